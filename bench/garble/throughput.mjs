// Start-up, throughput and memory of detectGarble, for one or more builds side by side.
//
//   node bench/garble/throughput.mjs [--runs 3] [dist folder…]
//
// Each dist folder is a built @sejajar/garble (default: packages/garble/dist); to compare with an
// older commit, build it in a worktree and pass both:
//
//   git worktree add /tmp/garble-baseline <rev> && (cd /tmp/garble-baseline && npx pnpm@10.34.9 install --offline && npx tsc -b packages/garble)
//   node bench/garble/throughput.mjs /tmp/garble-baseline/packages/garble/dist packages/garble/dist
//
// Every figure comes from a fresh child process (CPU seconds from process.cpuUsage, peak RSS from
// process.resourceUsage().maxRSS), and is the median of --runs runs:
// - first verdict: import, then detectGarble on one line, language detected (as `sejajar garble`
//   does) and given (`language: 'en'`, garble's own start-up without langid's);
// - throughput: words per CPU second over the held-out Brown press files (test half, see
//   brown.mjs), after a first call has loaded the data;
// - 2 MB: peak RSS and CPU seconds of one call on 2 MB of that clean news, concatenated.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brownText, heldOutBrownFiles } from './brown.mjs';

const LINE = 'The council mentioned it will make use of emergency budget in opposition to the rising waters.';
const BIG = 2 * 1024 * 1024;

const newsTexts = () => heldOutBrownFiles('test').map(brownText);
const wordCount = (text) => text.split(/\s+/).filter(Boolean).length;

/** Clean news, concatenated to `size` UTF-16 code units (about as many bytes: Brown is ASCII). */
function bigText(size) {
  const texts = newsTexts();
  const parts = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const text = texts[i % texts.length];
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

const cpuSeconds = (since) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
};
const peakMB = () => process.resourceUsage().maxRSS / 1024;

/** One measurement in this (child) process, printed as JSON. */
async function child(mode, dist) {
  const start = process.cpuUsage();
  const { detectGarble } = await import(pathToFileURL(resolve(dist, 'index.js')).href);
  if (mode === 'first' || mode === 'first-en') {
    const report = detectGarble(LINE, mode === 'first-en' ? { language: 'en' } : {});
    return { cpu: cpuSeconds(start), mb: peakMB(), verdict: report.verdict };
  }
  detectGarble(LINE, { language: 'en' });
  if (mode === 'throughput') {
    const texts = newsTexts();
    const words = texts.reduce((n, t) => n + wordCount(t), 0);
    const before = process.cpuUsage();
    let spans = 0;
    for (const text of texts) spans += detectGarble(text, { language: 'en' }).spans.length;
    const cpu = cpuSeconds(before);
    return { words, cpu, wordsPerCpuSecond: words / cpu, spans, mb: peakMB() };
  }
  if (mode === 'big') {
    const text = bigText(BIG);
    const before = process.cpuUsage();
    const report = detectGarble(text, { language: 'en' });
    return { chars: text.length, words: wordCount(text), cpu: cpuSeconds(before), mb: peakMB(), verdict: report.verdict, spans: report.spans.length };
  }
  throw new Error(`unknown mode ${mode}`);
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function run(mode, dist) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', mode, dist], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out);
}

if (process.argv[2] === '--child') {
  console.log(JSON.stringify(await child(process.argv[3], process.argv[4])));
} else {
  const args = process.argv.slice(2);
  let runs = 3;
  const dists = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--runs') runs = Number(args[++i]);
    else dists.push(resolve(args[i]));
  }
  if (dists.length === 0) dists.push(fileURLToPath(new URL('../../packages/garble/dist/', import.meta.url)));
  const rows = [];
  for (const dist of dists) {
    const measured = { first: [], 'first-en': [], throughput: [], big: [] };
    // Interleave the modes so that a busy moment on the shared machine spreads over all of them.
    for (let r = 0; r < runs; r++) for (const mode of Object.keys(measured)) measured[mode].push(run(mode, dist));
    const m = (mode, key) => median(measured[mode].map((x) => x[key]));
    rows.push({
      dist,
      'first verdict CPU s': m('first', 'cpu').toFixed(2),
      'first verdict MB': m('first', 'mb').toFixed(0),
      'first verdict (en) CPU s': m('first-en', 'cpu').toFixed(2),
      'first verdict (en) MB': m('first-en', 'mb').toFixed(0),
      'words/CPU s': m('throughput', 'wordsPerCpuSecond').toFixed(0),
      '2 MB CPU s': m('big', 'cpu').toFixed(1),
      '2 MB peak MB': m('big', 'mb').toFixed(0),
    });
    const t = measured.throughput[0];
    const b = measured.big[0];
    console.error(
      `${dist}: throughput over ${t.words} words (${t.spans} spans); 2 MB = ${b.chars} chars, ${b.words} words (${b.verdict}, ${b.spans} spans); ${runs} runs`,
    );
  }
  console.table(rows);
}
