// Benchmark: `sejajar corpus` throughput (document pairs per minute) with --jobs 1 and --jobs 2,
// CPU seconds, and peak memory of each (with the ratio --jobs 2 / --jobs 1) as the corpus grows. Documents are PANL pseudo-articles written to a temporary
// folder at run time (never committed).
// Run: npx pnpm@10.34.9 build && node bench/corpus/throughput.mjs [sizes…]   (default sizes: 100 200 400 documents per side)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { available, writePanlCorpus } from './data.mjs';

if (!available) {
  console.log('skipped: ../shared/bench-data is absent');
  process.exit(0);
}
const bin = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));
const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);

function run(folder, jobs) {
  const out = mkdtempSync(join(tmpdir(), 'sejajar-bench-out-'));
  const args = [bin, 'corpus', folder, '--out', out, '--jobs', String(jobs), '--quiet'];
  const started = performance.now();
  const result = time
    ? spawnSync(time, ['-f', '%M %U %S', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`sejajar corpus failed: ${result.stderr}`);
  const pairs = readFileSync(join(out, 'pairs.jsonl'), 'utf8').trim().split('\n').filter(Boolean).length;
  const [peakKb, user, system] = time ? result.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  rmSync(out, { recursive: true, force: true });
  return { seconds, pairs, peakMb: peakKb / 1024, cpu: user + system };
}

const rows = [];
for (const perSide of sizes.length > 0 ? sizes : [100, 200, 400]) {
  const { folder } = writePanlCorpus(perSide);
  const one = run(folder, 1);
  const two = run(folder, 2);
  rows.push({
    'docs per side': perSide,
    'pairs found': one.pairs,
    'jobs 1: pairs/min': Math.round((one.pairs / one.seconds) * 60),
    'jobs 2: pairs/min': Math.round((two.pairs / two.seconds) * 60),
    'speed-up': (one.seconds / two.seconds).toFixed(2) + '×',
    'jobs 1: s': one.seconds.toFixed(1),
    'jobs 2: s': two.seconds.toFixed(1),
    'jobs 1: CPU s': one.cpu.toFixed(1),
    'jobs 2: CPU s': two.cpu.toFixed(1),
    'jobs 1: peak MB': one.peakMb.toFixed(0),
    'jobs 2: peak MB': two.peakMb.toFixed(0),
    'memory 2/1': (two.peakMb / one.peakMb).toFixed(2) + '×',
  });
  rmSync(folder, { recursive: true, force: true });
}
console.table(rows);
