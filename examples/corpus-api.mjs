// Corpus mode from the API, with your own progress display and warnings:
//   node examples/corpus-api.mjs FOLDER OUT
// writes documents.jsonl, pairs.jsonl, alignments/, corpus.tmx, Moses files, report.html and run.json.
import { runCorpus } from '@sejajar/corpus';

const folder = process.argv[2] ?? new URL('./corpus/', import.meta.url).pathname;
const out = process.argv[3] ?? new URL('./out/corpus-api/', import.meta.url).pathname;

let shown = '';
const result = await runCorpus({
  inputs: [folder],
  out,
  jobs: 2,
  // One line per stage and tenth of the way: enough to watch a long run in a log.
  onProgress: ({ stage, done, total }) => {
    const step = `${stage} ${Math.floor((10 * done) / Math.max(1, total))}`;
    if (step === shown) return;
    shown = step;
    console.error(`${stage}: ${done}/${total}`);
  },
  onWarning: (message) => console.error(`warning: ${message}`),
});
console.log(
  `${result.documents} documents (${result.failed} unreadable), ${result.pairs} document pair(s), ${result.sentencePairs} sentence pairs written ` +
    `(${result.spunSentencePairs} from spun documents), ${result.leftOut.belowMinScore} left out below the minimum score, ${result.spun} spun`,
);
console.log(`open ${out}report.html`);
