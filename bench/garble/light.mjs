// Benchmark: verdicts on lightly spun text (issue 20, item 3).
// Run: npx pnpm@10.34.9 build && node bench/garble/light.mjs [--dev]   (from the repository root)
//
// Clean articles: the held-out Brown press files, seeds 001–003 and 17 wire-news pseudo articles
// (PANL INT English; test half, or with --dev the development files and half). Spun copies: each
// article spun by bench/garble/light-spinner.mjs (spinner2.mjs's thesaurus, a share of crude
// re-inflections such as "restorationed") at 1.4, 3.6 and 10 swaps per 100 words, two copies
// each (seeds fixed). Printed per rate:
// - verdict recall at the shipped threshold (0.5) and at a fixed false-positive rate: the
//   threshold just above the second-highest clean score, so that at most 1 clean article is
//   called spun (the "at most 1 of 24");
// - word P / R / F1 of the spans, and how many crude non-words were flagged.
// Also the same figures with bench/garble/spinner2.mjs at its rate 0.3 for comparison.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectGarble } from '@sejajar/garble';
import { brownText, heldOutBrownFiles } from './brown.mjs';
import { spinLight } from './light-spinner.mjs';
import { overlap, prf, wordCounts } from './seed004.mjs';
import { wireArticles } from './wire.mjs';

const dev = process.argv.includes('--dev');
const repo = fileURLToPath(new URL('../../', import.meta.url));
const seeds = ['001_7a7919da632cfa80.txt', '002_10c81dd6a715adbc.txt', '003_c081621a7dec6798.txt'].map((s) =>
  readFileSync(join(repo, 'examples/corpus', s), 'utf8'),
);
const clean = [...heldOutBrownFiles(dev ? 'dev' : 'test').map(brownText), ...seeds, ...wireArticles(dev ? 'dev' : 'test', 17)];
const wordCount = (text) => (text.match(/\p{L}+/gu) ?? []).length;

const cleanScores = clean.map((text) => detectGarble(text).score).sort((a, b) => b - a);
// The fixed false-positive rate: at most one clean article at or above the threshold.
const fixed = (cleanScores[1] ?? 0) + 1e-9;
console.log(`## Light spinning (${dev ? 'development' : 'test'} texts)`);
console.log(
  `clean: ${clean.length} articles; called spun at 0.5: ${cleanScores.filter((s) => s >= 0.5).length}; highest ${cleanScores[0].toFixed(3)}, second ${cleanScores[1].toFixed(3)} (the fixed-FPR threshold)`,
);
console.log(
  '| swaps per 100 words (measured) | copies | called spun at 0.5 | recall at ≤ 1 clean flagged | word P | word R | word F1 | crude non-words flagged |',
);
console.log('|---|---|---|---|---|---|---|---|');
const zero = { tp: 0, fp: 0, fn: 0, n: 0 };
const add = (a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, n: a.n + b.n });
for (const per100 of [1.4, 3.6, 10]) {
  let spun = 0;
  let atFixed = 0;
  let copies = 0;
  let swaps = 0;
  let words = 0;
  let counts = zero;
  let crude = 0;
  let crudeFound = 0;
  clean.forEach((text, i) => {
    for (const k of [0, 1]) {
      const copy = spinLight(text, per100, 50000 + 1000 * per100 + 10 * i + k);
      const report = detectGarble(copy.text);
      copies++;
      swaps += copy.spans.length;
      words += wordCount(copy.text);
      if (report.verdict === 'spun') spun++;
      if (report.score >= fixed) atFixed++;
      counts = add(counts, wordCounts(copy.text, copy.spans, report.spans));
      // Crude non-words are judged on every span the detector found, whatever the verdict.
      const all = report.verdict === 'spun' ? report.spans : detectGarble(copy.text, { minConfidence: 0.25 }).spans;
      for (const s of copy.spans.filter((s) => s.crude)) {
        crude++;
        if (all.some((f) => overlap(f, s))) crudeFound++;
      }
    }
  });
  const m = prf(counts);
  console.log(
    `| ${per100} (${((100 * swaps) / words).toFixed(2)}) | ${copies} | ${spun} (${((100 * spun) / copies).toFixed(1)}%) | ${atFixed} (${((100 * atFixed) / copies).toFixed(1)}%) | ${m.p.toFixed(3)} | ${m.r.toFixed(3)} | ${m.f.toFixed(3)} | ${crudeFound} of ${crude} |`,
  );
}
