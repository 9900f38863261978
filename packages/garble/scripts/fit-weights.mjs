// Development tool (not run by the build): fit the misfit model's weights (MISFIT_WEIGHTS in
// src/misfit.ts) by max-pooled logistic regression on development data only:
// - seed 004 against bench/garble/004.annotation.json;
// - Brown press files ca02–ca12 (held out of the derived counts), clean and spun by
//   bench/garble/spinner.mjs at rates 0.3, 0.5, 0.7 and 0.9;
// - ten wire-news pseudo articles from the development half of PANL INT English
//   (bench/garble/wire.mjs, read from ../shared/bench-data when present), clean and spun.
// A token is positive when it overlaps a substitution; its score is the best candidate's.
// Run after `npx tsc -b packages/garble`: node packages/garble/scripts/fit-weights.mjs
import { readFileSync } from 'node:fs';
import { loadLexicon } from '../dist/lexicon.js';
import { tokenize } from '../dist/tokens.js';
import { candidateFeatures } from '../dist/misfit.js';
import { brownText } from '../../../bench/garble/brown.mjs';
import { spin } from '../../../bench/garble/spinner.mjs';
import { wireArticles } from '../../../bench/garble/wire.mjs';

const lexicon = loadLexicon();
const repo = new URL('../../../', import.meta.url);
const docs = [];
const annotation = JSON.parse(readFileSync(new URL('bench/garble/004.annotation.json', repo), 'utf8'));
docs.push({ text: readFileSync(new URL(annotation.file, repo), 'utf8'), spans: annotation.spans, weight: 6 });
const { dev } = JSON.parse(readFileSync(new URL('../data/garble.json', import.meta.url), 'utf8')).heldOut;
dev.forEach((file, i) => {
  const text = brownText(file);
  // As many clean words as spun ones: the model must not learn that every text is spun.
  docs.push({ text, spans: [], weight: 4 });
  for (const rate of [0.3, 0.5, 0.7, 0.9]) {
    const spun = spin(text, rate, 7000 + 100 * rate + i);
    docs.push({ text: spun.text, spans: spun.spans, weight: 1 });
  }
});

// Wire news (PANL INT English, development half), when ../shared/bench-data is there.
wireArticles('dev', 10).forEach((text, i) => {
  docs.push({ text, spans: [], weight: 4 });
  for (const rate of [0.3, 0.5, 0.7, 0.9]) {
    const spun = spin(text, rate, 9000 + 100 * rate + i);
    docs.push({ text: spun.text, spans: spun.spans, weight: 1 });
  }
});

const rows = []; // { label, weight, candidates: number[][] }
for (const doc of docs) {
  const tokens = tokenize(doc.text);
  tokens.forEach((token, at) => {
    if (token.functionWord || token.special || token.lower.length < 3 || (token.capitalised && !token.initial)) return;
    const candidates = candidateFeatures(lexicon, tokens, at);
    if (candidates.length === 0) return;
    const label = doc.spans.some((s) => s.start < token.end && token.start < s.end) ? 1 : 0;
    rows.push({ label, weight: doc.weight, candidates: candidates.map((c) => c.features) });
  });
}
const dims = rows[0].candidates[0].length;
console.error(`${rows.length} tokens, ${rows.filter((r) => r.label).length} substituted`);

// Standardise the features (bias aside) so that one learning rate suits them all.
const mean = new Array(dims).fill(0);
const sd = new Array(dims).fill(1);
const all = rows.flatMap((r) => r.candidates);
for (let i = 1; i < dims; i++) {
  mean[i] = all.reduce((s, x) => s + x[i], 0) / all.length;
  sd[i] = Math.sqrt(all.reduce((s, x) => s + (x[i] - mean[i]) ** 2, 0) / all.length) || 1;
}
for (const x of all) for (let i = 1; i < dims; i++) x[i] = (x[i] - mean[i]) / sd[i];
let w = new Array(dims).fill(0);
w[0] = -2;
const L2 = 1e-3;
const score = (x) => x.reduce((s, v, i) => s + v * w[i], 0);
for (let epoch = 0; epoch < 600; epoch++) {
  const grad = new Array(dims).fill(0);
  let total = 0;
  let loss = 0;
  for (const row of rows) {
    let best = row.candidates[0];
    let bestScore = -Infinity;
    for (const x of row.candidates) {
      const s = score(x);
      if (s > bestScore) { bestScore = s; best = x; }
    }
    const p = 1 / (1 + Math.exp(-bestScore));
    loss -= row.weight * (row.label ? Math.log(p + 1e-9) : Math.log(1 - p + 1e-9));
    for (let i = 0; i < dims; i++) grad[i] += row.weight * (p - row.label) * best[i];
    total += row.weight;
  }
  const rate = epoch < 300 ? 1 : 0.2;
  w = w.map((v, i) => v - rate * (grad[i] / total + (i === 0 ? 0 : L2 * v)));
  if (epoch % 50 === 0) console.error(`epoch ${epoch} loss ${(loss / total).toFixed(4)}`);
}
for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7]) {
  let tp = 0, fp = 0, fn = 0;
  for (const row of rows) {
    const p = 1 / (1 + Math.exp(-Math.max(...row.candidates.map(score))));
    if (p >= threshold && row.label) tp++;
    else if (p >= threshold) fp++;
    else if (row.label) fn++;
  }
  console.error(`threshold ${threshold}: P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)}`);
}
// Back to the raw feature scale.
const raw = w.map((v, i) => (i === 0 ? v - w.slice(1).reduce((s, u, j) => s + (u * mean[j + 1]) / sd[j + 1], 0) : v / sd[i]));
console.log(JSON.stringify(raw.map((v) => Math.round(v * 1000) / 1000)));
