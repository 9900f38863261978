// The seed demo: what sejajar can say about the five seed articles in examples/corpus/.
// Run it with `npm run demo` from the repository root (it installs and builds first).
// Each section lives in sections/ and prints one thing; add a section, not a branch here.
import { loadCorpus } from './sections/corpus.mjs';
import { sentencesSection } from './sections/sentences.mjs';
import { languagesSection } from './sections/languages.mjs';
import { alignmentSection } from './sections/alignment.mjs';
import { garbleSection } from './sections/garble.mjs';
import { corpusSection } from './sections/corpus-report.mjs';

const corpus = await loadCorpus(new URL('./corpus/', import.meta.url));
const sections = [sentencesSection, languagesSection, alignmentSection, garbleSection, corpusSection];

for (const section of sections) {
  console.log(`\n=== ${section.title} ===`);
  await section.run(corpus);
}
