import { fileURLToPath } from 'node:url';
import { runCorpus } from '@sejajar/corpus';

/** Corpus mode over the seeds: pairs, stories, spun copies, and report.html to look at. */
export const corpusSection = {
  title: 'Corpus mode (@sejajar/corpus): seed corpus report',
  async run(corpus) {
    const folder = fileURLToPath(new URL('../corpus/', import.meta.url));
    const out = fileURLToPath(new URL('../out/seed-corpus/', import.meta.url));
    const result = await runCorpus({ inputs: [folder], out, jobs: 2 });
    console.log(
      `${result.documents} documents, ${result.pairs} document pair(s), ${result.sentencePairs} sentence pairs ` +
        `(${result.leftOut.belowMinScore} left out below the minimum link score), ${result.spun} spun (${corpus.length} seeds)`,
    );
    console.log(`outputs: ${out}{documents.jsonl, pairs.jsonl, alignments/, corpus.tmx, corpus.id-en.*, report.html, run.json}`);
    console.log(`open the report: file://${out}report.html`);
  },
};
