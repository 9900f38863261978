// Benchmark: alignment speed as a user meets it, in CPU seconds under /usr/bin/time (user + sys),
// median of N runs (--runs, default 3), side by side with the project's Gale–Church baseline
// (bench/align/gale-church.mjs) run the same way in the same run:
//  - `sejajar align --batch` (languages given, then detected) over 200 small PANL documents (about 19 sentences a side, cut like
//    panl-int-hard), and a node script doing Gale–Church over the same batch file;
//  - one `sejajar align` on one small pair (its start-up: every model it loads before aligning),
//    against `node -e 0` and the Gale–Church script on that pair.
// "Sentence pairs" = (source sentences + target sentences) / 2, summed over the documents.
// With --baseline DIR (a built checkout of another commit, e.g. a git worktree), that checkout's
// CLI runs the same batch and pair in the same run, for a before/after ratio.
// Run: npx pnpm@10.34.9 build && node bench/align/speed.mjs [--runs N] [--docs N] [--baseline DIR]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lineSentences } from '@sejajar/align';
import { available, cut, panlDomain } from './data.mjs';
import { galeChurch } from './gale-church.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const bin = resolve(here, '../../packages/cli/dist/bin.js');

/** Child mode: Gale–Church over a batch file (SRC<TAB>TGT<TAB>OUT), one JSON line per link. */
if (process.argv[2] === '--gale-church') {
  const batch = process.argv[3];
  const folder = dirname(resolve(batch));
  for (const line of readFileSync(batch, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const [src, tgt, out] = line.split('\t').map((p) => resolve(folder, p));
    const source = lineSentences(readFileSync(src, 'utf8'));
    const target = lineSentences(readFileSync(tgt, 'utf8'));
    const links = galeChurch(source, target);
    writeFileSync(out, links.map((l) => JSON.stringify(l)).join('\n') + '\n');
  }
  process.exit(0);
}

const arg = (name, fallback) => {
  const k = process.argv.indexOf(name);
  return k < 0 ? fallback : Number(process.argv[k + 1]);
};
const runs = arg('--runs', 3);
const baselineAt = process.argv.indexOf('--baseline');
const baselineBin = baselineAt < 0 ? undefined : resolve(process.argv[baselineAt + 1], 'packages/cli/dist/bin.js');
const count = arg('--docs', 200);
if (!available('iden/panl')) process.exit(0);

const scratch = mkdtempSync(join(tmpdir(), 'sejajar-align-speed-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One run under /usr/bin/time: CPU seconds (user + sys), peak RSS in MB. */
function timed(command) {
  const stats = join(scratch, 'time.txt');
  const child = spawnSync('/usr/bin/time', ['-o', stats, '-f', '%U %S %M', ...command], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`${command.join(' ')} failed:\n${child.stderr}`);
  const [user, sys, kb] = readFileSync(stats, 'utf8').trim().split(/\s+/).map(Number);
  return { cpu: user + sys, rss: kb / 1024 };
}

function measure(command) {
  const samples = Array.from({ length: runs }, () => timed(command));
  return { cpu: median(samples.map((s) => s.cpu)), rss: median(samples.map((s) => s.rss)) };
}

// 200 documents of 20 line pairs from the four PANL domains, cut as panl-int-hard is.
const pairs = ['INT', 'ECO', 'SCI', 'SPO'].flatMap((d) => panlDomain(d));
let sentencePairs = 0;
const lines = [];
const dir = join(scratch, 'docs');
mkdirSync(dir);
for (let k = 0; k < count; k++) {
  const doc = cut(pairs, { start: k * 21, size: 20, drop: 0.05, merge: 0.08, seed: 300 + k });
  writeFileSync(join(dir, `${k}.id`), doc.sourceText);
  writeFileSync(join(dir, `${k}.en`), doc.targetText);
  sentencePairs += (doc.source.length + doc.target.length) / 2;
  lines.push(`${k}.id\t${k}.en\t${k}.out`);
}
const batch = join(dir, 'batch.tsv');
writeFileSync(batch, lines.join('\n') + '\n');
const one = [join(dir, '0.id'), join(dir, '0.en')];
const languages = ['--src-lang', 'id', '--tgt-lang', 'en', '--presplit'];

const cases = {
  batch: measure(['node', bin, 'align', ...languages, '--batch', batch]),
  batchDetect: measure(['node', bin, 'align', '--presplit', '--batch', batch]),
  batchGc: measure(['node', fileURLToPath(import.meta.url), '--gale-church', batch]),
  single: measure(['node', bin, 'align', ...languages, ...one, '-o', join(scratch, 'one.jsonl')]),
  singleDetect: measure(['node', bin, 'align', '--presplit', ...one, '-o', join(scratch, 'one.jsonl')]),
  singleGc: measure(['node', fileURLToPath(import.meta.url), '--gale-church', writeOne()]),
  node: measure(['node', '-e', '0']),
  ...(baselineBin === undefined
    ? {}
    : {
        baselineBatch: measure(['node', baselineBin, 'align', ...languages, '--batch', batch]),
        baselineSingle: measure(['node', baselineBin, 'align', ...languages, ...one, '-o', join(scratch, 'one.jsonl')]),
      }),
};
rmSync(scratch, { recursive: true, force: true });

function writeOne() {
  const file = join(dir, 'one.tsv');
  writeFileSync(file, '0.id\t0.en\tgc-one.out\n');
  return file;
}

const f2 = (x) => x.toFixed(2);
console.log(`${count} documents, ${sentencePairs} sentence pairs; median of ${runs} runs; CPU s = user + sys\n`);
console.log('| run | CPU s | peak MB | sentence pairs / CPU s |');
console.log('|---|---:|---:|---:|');
console.log(
  `| sejajar align --batch (${count} pairs) | ${f2(cases.batch.cpu)} | ${cases.batch.rss.toFixed(0)} | ${(sentencePairs / cases.batch.cpu).toFixed(0)} |`,
);
console.log(
  `| sejajar align --batch, languages detected | ${f2(cases.batchDetect.cpu)} | ${cases.batchDetect.rss.toFixed(0)} | ${(sentencePairs / cases.batchDetect.cpu).toFixed(0)} |`,
);
console.log(
  `| Gale–Church script, same batch | ${f2(cases.batchGc.cpu)} | ${cases.batchGc.rss.toFixed(0)} | ${(sentencePairs / cases.batchGc.cpu).toFixed(0)} |`,
);
console.log(`| sejajar align, one pair, languages given | ${f2(cases.single.cpu)} | ${cases.single.rss.toFixed(0)} | |`);
console.log(`| sejajar align, one pair, languages detected | ${f2(cases.singleDetect.cpu)} | ${cases.singleDetect.rss.toFixed(0)} | |`);
console.log(`| Gale–Church script, one pair | ${f2(cases.singleGc.cpu)} | ${cases.singleGc.rss.toFixed(0)} | |`);
console.log(`| node -e 0 | ${f2(cases.node.cpu)} | ${cases.node.rss.toFixed(0)} | |`);
const aligning = cases.batch.cpu - cases.single.cpu;
console.log(`\n--batch without its start-up (minus one single pair): ${(sentencePairs / aligning).toFixed(0)} sentence pairs / CPU s (target ≥ 1,000)`);
console.log(`--batch CPU / Gale–Church CPU: ${(cases.batch.cpu / cases.batchGc.cpu).toFixed(2)}×`);
console.log(
  `one pair: start-up over node -e 0 ${f2(cases.single.cpu - cases.node.cpu)} CPU s (target < 0.5); / Gale–Church one pair ${(cases.single.cpu / cases.singleGc.cpu).toFixed(2)}×`,
);
if (baselineBin !== undefined) {
  console.log(
    `\nbaseline (${process.argv[baselineAt + 1]}): --batch ${f2(cases.baselineBatch.cpu)} CPU s, ${cases.baselineBatch.rss.toFixed(0)} MB peak (${(sentencePairs / cases.baselineBatch.cpu).toFixed(0)} sentence pairs / CPU s), one pair ${f2(cases.baselineSingle.cpu)} CPU s`,
  );
  console.log(
    `this checkout / baseline: --batch ${(cases.batch.cpu / cases.baselineBatch.cpu).toFixed(2)}×, one pair ${(cases.single.cpu / cases.baselineSingle.cpu).toFixed(2)}×`,
  );
}
