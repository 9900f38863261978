// Development tool for the document score (round 3b; not a benchmark of the test data): how
// weightings of the findings' confidences separate clean development texts from lightly spun
// ones. For each weighting the midpoint is set so that the highest clean development text scores
// 0.495 (the highest under the round-3 weighting), then lightly spun development texts called
// spun are counted. Findings come from detectGarble with minConfidence 0 (in texts it calls spun
// they carry the repeat boost, so figures move a little with the shipped score).
// Run after the build: node bench/garble/doc-score.mjs
// Round 4: the shipped constants come from bench/garble/fit/fit-doc-score.mjs (the
// density per content word plus weak findings, cross-validated); this script is the round-3b record.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectGarble } from '@sejajar/garble';
import { tokenize } from '@sejajar/garble/internal';
import { brownText, heldOutBrownFiles } from './brown.mjs';
import { spin2 } from './spinner2.mjs';
import { spin } from './spinner.mjs';
import { otherDomainArticles, wireArticles } from './wire.mjs';
import { annotation004 as annotation, restored004 } from './seed004.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const corpus = repo + annotation.file.replace(/[^/]*$/, '');
const brownDev = heldOutBrownFiles('dev').map(brownText);
const seeds = ['001_7a7919da632cfa80.txt', '002_10c81dd6a715adbc.txt', '003_c081621a7dec6798.txt'].map((s) => readFileSync(corpus + s, 'utf8'));
const wire = wireArticles('dev', 17);
const clean = [...brownDev, ...seeds, ...wire, ...otherDomainArticles()];
const spunLow = {
  r004_03: Array.from({ length: 12 }, (_, k) => restored004(0.3, 17 + 300 + k).text),
  r004_05: Array.from({ length: 12 }, (_, k) => restored004(0.5, 17 + 500 + k).text),
  wire2_03: wire.map((t, i) => spin2(t, 0.3, 11 + i).text),
  brown2_03: brownDev.map((t, i) => spin2(t, 0.3, 11 + i).text),
  wire1_03: wire.map((t, i) => spin(t, 0.3, 11 + i).text),
};
function findings(text) {
  const r = detectGarble(text, { minConfidence: 0 });
  const content = tokenize(text).filter((t) => !t.functionWord && !t.special).length;
  return {
    spans: r.spans.map((s) => ({ c: s.confidence, w: s.reason === 'phrase-swap' && /\s/.test(s.text) ? 3 : 1, reason: s.reason })),
    n: Math.max(content, 25),
  };
}
const lin = (c) => Math.max(0, 2 * c - 1);
const F = {
  linear: (c) => lin(c),
  p1_5: (c) => lin(c) ** 1.5,
  p2: (c) => lin(c) ** 2,
  p3: (c) => lin(c) ** 3,
  p4: (c) => lin(c) ** 4,
  from07: (c) => Math.max(0, (c - 0.7) / 0.3),
  p3misfit: (c, r) => (r === 'sense-misfit' ? lin(c) ** 3 : lin(c)),
  p2misfit: (c, r) => (r === 'sense-misfit' ? lin(c) ** 2 : lin(c)),
};
/** Cap on the attribution findings' total weight. */
const CAPS = { none: Infinity, attr1: 1 };
const cleanF = clean.map(findings);
const spunF = Object.fromEntries(Object.entries(spunLow).map(([k, v]) => [k, v.map(findings)]));
let cap = Infinity;
const density = (d, f) => {
  let attr = 0;
  let rest = 0;
  for (const x of d.spans) {
    const v = x.w * f(x.c, x.reason);
    if (x.reason === 'attribution') attr += v;
    else rest += v;
  }
  return (rest + Math.min(cap, attr)) / d.n;
};
const score = (d, mid) => 1 - 0.5 ** (d / mid);
const S0 = 0.495;
for (const [capName, c] of Object.entries(CAPS))
  for (const [name, f] of Object.entries(F)) {
    cap = c;
    const cd = cleanF.map((d) => density(d, f)).sort((a, b) => b - a);
    const mid = cd[0] / (Math.log(1 / (1 - S0)) / Math.log(2));
    const out = Object.entries(spunF).map(([k, ds]) => `${k} ${ds.filter((d) => score(density(d, f), mid) >= 0.5).length}/${ds.length}`);
    console.log(
      capName,
      name.padEnd(14),
      'seed002',
      score(density(cleanF[brownDev.length + 1], f), mid).toFixed(3),
      'mid',
      mid.toFixed(4),
      'clean',
      cd
        .slice(0, 4)
        .map((x) => score(x, mid).toFixed(3))
        .join(' '),
      '|',
      out.join('  '),
    );
  }
console.log('round 3b choice: p3, attribution at most 1, by midpoint');
cap = 1;
for (const mid of [0.0118, 0.0125, 0.013, 0.0135, 0.014]) {
  const f = F.p3;
  const cd = cleanF.map((d) => density(d, f)).sort((a, b) => b - a);
  const out = Object.entries(spunF).map(([k, ds]) => `${k} ${ds.filter((d) => score(density(d, f), mid) >= 0.5).length}/${ds.length}`);
  console.log(
    'mid',
    mid,
    'clean',
    cd
      .slice(0, 5)
      .map((x) => score(x, mid).toFixed(3))
      .join(' '),
    '|',
    out.join('  '),
  );
}
