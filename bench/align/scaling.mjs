// Benchmark: time and peak memory of alignSentences on one PANL document pair of 1k, 2k, 4k and
// 8k sentences per side (cut like panl-int-hard: lines dropped and merged), each size in a fresh
// process so peak memory is its own; median of 3 runs; ratio per doubling.
// Run: npx pnpm@10.34.9 build && node bench/align/scaling.mjs
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { alignSentences } from '@sejajar/align';
import { available, cut, panlDomain } from './data.mjs';

const sizes = [1000, 2000, 4000, 8000];
const repeats = 3;

if (process.argv[2] === '--child') {
  const size = Number(process.argv[3]);
  const pairs = ['INT', 'ECO', 'SCI', 'SPO'].flatMap((d) => panlDomain(d));
  const doc = cut(pairs, { start: 0, size: Math.round(size / 0.95), drop: 0.05, merge: 0.08, seed: 7 });
  const times = [];
  let links = 0;
  for (let r = 0; r < repeats; r++) {
    const started = performance.now();
    links = alignSentences(doc.source, doc.target, { sourceLanguage: 'id', targetLanguage: 'en' }).links.length;
    times.push((performance.now() - started) / 1000);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ n: doc.source.length, m: doc.target.length, links, seconds: times[1] }));
} else if (available('iden/panl')) {
  const here = fileURLToPath(import.meta.url);
  let previous;
  console.log('| sentences (id / en) | median time | peak RSS | time ratio per doubling |');
  console.log('|---|---|---|---|');
  for (const size of sizes) {
    const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, here, '--child', String(size)], { encoding: 'utf8' });
    const result = JSON.parse(child.stdout.trim().split('\n').pop());
    const peakMb = Number(child.stderr.trim().split('\n').pop()) / 1024;
    const ratio = previous ? (result.seconds / previous).toFixed(2) + '×' : '';
    console.log(`| ${result.n} / ${result.m} | ${result.seconds.toFixed(2)} s | ${peakMb.toFixed(0)} MB | ${ratio} |`);
    previous = result.seconds;
  }
}
