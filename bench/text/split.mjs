// Benchmark: sentence splitting throughput and boundary accuracy, @sejajar/text vs sentence-splitter.
// Run: npx pnpm@10.34.9 build && node bench/text/split.mjs   (from the repository root)
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { split as peerSplit } from 'sentence-splitter';
import { splitSentences, readTextFile } from '@sejajar/text';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const corpus = join(repo, 'examples/corpus');
const seeds = ['000_43db5b59d1f35ee8.txt', '001_7a7919da632cfa80.txt', '002_10c81dd6a715adbc.txt', '003_c081621a7dec6798.txt', '004_86f3b54372aeb3e8.txt'];
const sample = (await Promise.all(seeds.map((s) => readTextFile(join(corpus, s))))).join('\n\n');

/** The peer: sentence-splitter's Sentence nodes as [start, end] spans. */
function peer(text) {
  return peerSplit(text)
    .filter((n) => n.type === 'Sentence')
    .map((n) => [n.range[0], n.range[1]]);
}
/** The peer fed one line at a time, which is how a careful user would run it on long text. */
function peerByLine(text) {
  const spans = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    for (const n of peerSplit(line)) if (n.type === 'Sentence') spans.push([offset + n.range[0], offset + n.range[1]]);
    offset += line.length + 1;
  }
  return spans;
}
function ours(text) {
  return splitSentences(text).map((s) => [s.start, s.end]);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function time(fn, text, repeats) {
  const runs = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    fn(text);
    runs.push((performance.now() - started) / 1000);
  }
  return median(runs);
}
const mb = (text) => text.length / 1e6; // UTF-16 code units; the seeds are nearly all one byte per unit in UTF-8

console.log('## Throughput (median of runs; MB = million characters)');
const rows = [];
for (const [size, repeats, peerToo] of [
  [2e6, 5, true],
  [20e6, 3, false],
]) {
  const text = sample.repeat(Math.ceil(size / sample.length)).slice(0, size);
  const s = time(ours, text, repeats);
  const row = { size: `${mb(text).toFixed(0)} MB`, sejajar: `${(mb(text) / s).toFixed(1)} MB/s (${s.toFixed(2)} s)` };
  if (peerToo) {
    const p = time(peer, text, 1);
    row['sentence-splitter (whole text)'] = `${(mb(text) / p).toFixed(2)} MB/s (${p.toFixed(2)} s)`;
  }
  const l = time(peerByLine, text, 1);
  row['sentence-splitter (per line)'] = `${(mb(text) / l).toFixed(2)} MB/s (${l.toFixed(2)} s)`;
  row['ratio vs per line'] = `${(l / s).toFixed(1)}×`;
  rows.push(row);
}
console.table(rows);

console.log('\n## Boundary accuracy against the gold of seeds 000 and 001');
const goldPath = join(repo, '../shared/gold/000-001.alignment.json');
if (!existsSync(goldPath)) {
  console.log('skipped: ../shared/gold is absent');
} else {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const table = [];
  for (const side of ['source', 'target']) {
    const file = side === 'source' ? gold.source_file : gold.target_file;
    const text = readFileSync(join(repo, '../shared', file), 'utf8');
    const expected = new Set(gold.links.flatMap((l) => l[side]).map((s) => `${s.start}-${s.end}`));
    for (const [name, fn] of [
      ['sejajar', ours],
      ['sentence-splitter', peer],
      ['sentence-splitter per line', peerByLine],
    ]) {
      const got = fn(text).map(([a, b]) => `${a}-${b}`);
      const hits = got.filter((g) => expected.has(g)).length;
      table.push({ file, splitter: name, gold: expected.size, found: got.length, exact: hits });
    }
  }
  console.table(table);
}
