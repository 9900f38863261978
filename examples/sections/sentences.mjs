import { splitSentences } from '@sejajar/text';
import { clip } from './corpus.mjs';

export const sentencesSection = {
  title: 'Sentences (@sejajar/text)',
  run(corpus) {
    for (const doc of corpus) {
      const sentences = splitSentences(doc.text);
      console.log(`\n${doc.name}: ${sentences.length} sentences`);
      for (const s of sentences) {
        console.log(`  [${String(s.index).padStart(2)}] ${String(s.start).padStart(5)}-${String(s.end).padEnd(5)} ${clip(s.text, 80)}`);
      }
    }
  },
};
