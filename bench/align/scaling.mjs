// Benchmark: time and peak memory of alignSentences on one PANL document pair of 1k, 2k, 4k and
// 8k sentences per side (cut like panl-int-hard: lines dropped and merged), each size in a fresh
// process so peak memory is its own; median of 3 runs; ratio per doubling. With --batch: the same
// sizes as batches of documents of about 100 sentences a side through alignBatch (one run each).
// Run: npx pnpm@10.34.9 build && node bench/align/scaling.mjs [--batch]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { alignBatch, alignSentences } from '@sejajar/align';
import { available, cut, panlDomain } from './data.mjs';

const sizes = [1000, 2000, 4000, 8000];
const languages = { sourceLanguage: 'id', targetLanguage: 'en' };

if (process.argv[2] === '--child') {
  const size = Number(process.argv[3]);
  const batch = process.argv[4] === 'batch';
  const pairs = ['INT', 'ECO', 'SCI', 'SPO'].flatMap((d) => panlDomain(d));
  const times = [];
  let n = 0;
  let m = 0;
  if (batch) {
    const docs = Array.from({ length: size / 100 }, (_, k) => cut(pairs, { start: k * 105, size: 105, drop: 0.05, merge: 0.08, seed: 7 + k }));
    n = docs.reduce((sum, d) => sum + d.source.length, 0);
    m = docs.reduce((sum, d) => sum + d.target.length, 0);
    const started = performance.now();
    alignBatch(
      docs.map((d) => ({ source: d.source, target: d.target })),
      languages,
    );
    times.push((performance.now() - started) / 1000);
  } else {
    const doc = cut(pairs, { start: 0, size: Math.round(size / 0.95), drop: 0.05, merge: 0.08, seed: 7 });
    n = doc.source.length;
    m = doc.target.length;
    for (let r = 0; r < 3; r++) {
      const started = performance.now();
      alignSentences(doc.source, doc.target, languages);
      times.push((performance.now() - started) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ n, m, seconds: times[Math.floor(times.length / 2)] }));
} else if (available('iden/panl')) {
  const here = fileURLToPath(import.meta.url);
  const batch = process.argv.includes('--batch');
  let previous;
  console.log(`| sentences (id / en)${batch ? ', in documents of ~100' : ''} | ${batch ? 'time' : 'median time'} | peak RSS | time ratio per doubling |`);
  console.log('|---|---|---|---|');
  for (const size of sizes) {
    const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, here, '--child', String(size), batch ? 'batch' : 'pair'], { encoding: 'utf8' });
    const result = JSON.parse(child.stdout.trim().split('\n').pop());
    const peakMb = Number(child.stderr.trim().split('\n').pop()) / 1024;
    const ratio = previous ? (result.seconds / previous).toFixed(2) + '×' : '';
    console.log(`| ${result.n} / ${result.m} | ${result.seconds.toFixed(2)} s | ${peakMb.toFixed(0)} MB | ${ratio} |`);
    previous = result.seconds;
  }
}
