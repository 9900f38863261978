// Benchmark: what the lexicon learned across a corpus gives corpus mode. Two corpora are written
// to a temporary folder at run time (never committed) from ../shared/bench-data: the Text+Berg
// test documents (de–fr) and the panl-int-del documents (id–en), one file per side. Each is run
// through `runCorpus` with and without the shared lexicon; the pairs it finds are scored against
// the gold links with the project's Text+Berg scorer (bench/align/score.mjs), and the gain printed.
//
// Corpus mode splits the texts itself, so the files hold one gold sentence per paragraph (lines
// joined by a blank line) and the links are read back as gold line numbers through their offsets.
// Run: npx pnpm@10.34.9 build && node bench/corpus/lexicon.mjs
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The root links only some workspace packages; the built library is imported by path.
import { runCorpus } from '../../packages/corpus/dist/index.js';
import { available, panlSet, textberg } from '../align/data.mjs';
import { countHits, metrics, pool, summary } from '../align/score.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'sejajar-lexicon-bench-'));

/** A side's text (one sentence per paragraph) and where each of its lines starts. */
function layout(sentences) {
  const starts = [];
  let at = 0;
  for (const s of sentences) {
    starts.push(at);
    at += s.text.length + 2;
  }
  return { text: sentences.map((s) => s.text).join('\n\n') + '\n', starts };
}

/** The gold line a character offset falls in. */
function lineAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Write the corpus: NAME.SRC.txt and NAME.TGT.txt per document. */
function writeCorpus(folder, docs, [src, tgt]) {
  mkdirSync(folder, { recursive: true });
  return docs.map((d, k) => {
    const name = `${String(k).padStart(3, '0')}`;
    const source = layout(d.source);
    const target = layout(d.target);
    const sourceFile = join(folder, `${name}.${src}.txt`);
    const targetFile = join(folder, `${name}.${tgt}.txt`);
    writeFileSync(sourceFile, source.text);
    writeFileSync(targetFile, target.text);
    return { ...d, sourceFile, targetFile, sourceStarts: source.starts, targetStarts: target.starts };
  });
}

/** A corpus run's links for one document, as gold line numbers (a split or joined line counts as the lines it touches). */
function linksOf(out, pairs, doc) {
  const pair = pairs.find((p) => p.source === doc.sourceFile && p.target === doc.targetFile);
  if (pair === undefined || pair.alignment === null) return undefined;
  const lines = (spans, starts) => [...new Set(spans.map(([start]) => lineAt(starts, start)))].sort((a, b) => a - b);
  return readFileSync(join(out, pair.alignment), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .map((l) => ({ source: lines(l.srcSpans, doc.sourceStarts), target: lines(l.tgtSpans, doc.targetStarts) }));
}

async function run(title, docs, languages) {
  const folder = join(scratch, title.replace(/\W+/g, '-'));
  const written = writeCorpus(join(folder, 'input'), docs, languages);
  console.log(`\n## ${title} (${docs.length} documents per side)`);
  const results = {};
  for (const sharedLexicon of [false, true]) {
    const out = join(folder, sharedLexicon ? 'shared' : 'own');
    const started = performance.now();
    const result = await runCorpus({
      inputs: [join(folder, 'input')],
      out,
      sourceLanguage: languages[0],
      targetLanguage: languages[1],
      sharedLexicon,
    });
    const seconds = (performance.now() - started) / 1000;
    const pairs = readFileSync(join(out, 'pairs.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    const counts = [];
    let found = 0;
    for (const doc of written) {
      const links = linksOf(out, pairs, doc);
      if (links === undefined) continue;
      found++;
      counts.push(countHits(doc.gold, links));
    }
    const pooled = pool(counts);
    results[sharedLexicon] = metrics(pooled).strict.f1;
    const lexicon = result.lexicons.map((l) => `; ${l.sourceLanguage}–${l.targetLanguage} lexicon ${l.wordPairs} word pairs from ${l.links} links`).join('');
    console.log(
      `${sharedLexicon ? 'shared lexicon   ' : 'each on its own  '} ${summary(pooled)} (${found}/${docs.length} pairs found, ${seconds.toFixed(1)} s${lexicon})`,
    );
  }
  const gain = results.true - results.false;
  console.log(`strict F1 ${results.false.toFixed(3)} → ${results.true.toFixed(3)} (${gain >= 0 ? '+' : ''}${gain.toFixed(3)})`);
}

try {
  if (available('textberg')) await run('Text+Berg test (de-fr)', textberg('test'), ['de', 'fr']);
  if (available('iden/panl-int-del')) await run('panl-int-del (id-en)', panlSet('panl-int-del'), ['id', 'en']);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
