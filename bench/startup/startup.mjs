// Start-up cost of the `sejajar` command, against plain Node.js and a one-file franc script.
// Usage: node bench/startup/startup.mjs [--runs=N] [--bin=packages/cli/dist/bin.js]
// Each case runs N times under /usr/bin/time (user + system CPU seconds, wall seconds, peak
// RSS of the child); the medians and their ratios are printed as a Markdown table.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const runs = Number(arg('runs', '11'));
const bin = resolve(root, arg('bin', 'packages/cli/dist/bin.js'));

const scratch = mkdtempSync(join(tmpdir(), 'sejajar-startup-'));
const line = 'The ministry said the military cooperation poses a grave security threat to the international community.';
const lineFile = join(scratch, 'line.txt');
writeFileSync(lineFile, `${line}\n`);

/** One run under /usr/bin/time: CPU seconds (user + sys), wall seconds, peak RSS in MB. */
function measure(command) {
  const stats = join(scratch, 'time.txt');
  const child = spawnSync('/usr/bin/time', ['-o', stats, '-f', '%U %S %e %M', ...command], { cwd: root, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`${command.join(' ')} exited ${child.status}: ${child.stderr}`);
  const [user, sys, wall, kb] = readFileSync(stats, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { cpu: user + sys, wall, rss: kb / 1024 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Medians over `runs` runs, the cases interleaved so that machine noise hits them alike. */
function medians(cases) {
  const samples = cases.map(() => []);
  for (let r = 0; r < runs; r++) cases.forEach((c, i) => samples[i].push(measure(c.command)));
  return cases.map((c, i) => ({
    ...c,
    cpu: median(samples[i].map((s) => s.cpu)),
    wall: median(samples[i].map((s) => s.wall)),
    rss: median(samples[i].map((s) => s.rss)),
  }));
}

const node = process.execPath;
const cases = medians([
  { name: 'node -e 0', command: [node, '-e', '0'] },
  { name: 'sejajar --version', command: [node, bin, '--version'] },
  { name: 'franc one-file script, one line', command: [node, join(here, 'franc-one.mjs'), line] },
  { name: 'sejajar detect, one line', command: [node, bin, 'detect', '--lines', lineFile] },
  { name: 'sejajar garble, one line', command: [node, bin, 'garble', lineFile] },
]);
const by = Object.fromEntries(cases.map((c) => [c.name, c]));
const ratio = (a, b, key) => (by[a][key] / by[b][key]).toFixed(2);

console.log(`Node.js ${process.version}, ${runs} runs each, medians; ${bin.slice(root.length + 1)}\n`);
console.log('| command | CPU s | wall s | peak RSS MB |');
console.log('|---|---|---|---|');
for (const c of cases) console.log(`| ${c.name} | ${c.cpu.toFixed(2)} | ${c.wall.toFixed(2)} | ${c.rss.toFixed(0)} |`);
console.log('\n| ratio | CPU | wall | target |');
console.log('|---|---|---|---|');
console.log(
  `| sejajar --version / node -e 0 | ${ratio('sejajar --version', 'node -e 0', 'cpu')}× | ${ratio('sejajar --version', 'node -e 0', 'wall')}× | ≤ 2× |`,
);
console.log(
  `| sejajar detect / franc script | ${ratio('sejajar detect, one line', 'franc one-file script, one line', 'cpu')}× | ${ratio('sejajar detect, one line', 'franc one-file script, one line', 'wall')}× | ≤ 2× |`,
);
const g = by['sejajar garble, one line'];
console.log(`\nsejajar garble, one line: ${g.cpu.toFixed(2)} CPU s (target ≤ 1.5), ${g.rss.toFixed(0)} MB peak RSS (target ≤ 250)`);
