import { detectDocument } from '@sejajar/langid';
import { clip } from './corpus.mjs';

/** The language of each seed article, and of each sentence of the first one. */
export const languagesSection = {
  title: 'Languages (@sejajar/langid)',
  run(corpus) {
    for (const doc of corpus) {
      const d = detectDocument(doc.text);
      const others = d.candidates
        .slice(1, 3)
        .map((c) => `${c.language} ${c.confidence.toFixed(2)}`)
        .join(', ');
      console.log(`${doc.name}: ${d.language} (${d.iso6393}), confidence ${d.confidence.toFixed(2)}${others ? `; then ${others}` : ''}`);
    }
    const first = corpus[0];
    if (!first) return;
    console.log(`\n${first.name}, sentence by sentence:`);
    for (const s of detectDocument(first.text).sentences) {
      const mark = s.smoothed ? '*' : ' ';
      console.log(`  [${String(s.index).padStart(2)}] ${s.language.padEnd(3)} ${s.confidence.toFixed(2)}${mark} ${clip(s.text, 70)}`);
    }
  },
};
