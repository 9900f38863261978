// Development tool (not run by the build): refit the document score's constants (SCORE_FIT in
// packages/garble/src/score.ts) after the misfit model changes. Development data only:
// - clean (114 texts): Brown press files ca02–ca12 (held out of the derived counts), seeds 001–003,
//   wire news (PANL INT English, development half) and the other PANL domains (ECO, SCI, SPO
//   English), each cut as in bench/garble/wire.mjs and again 100 lines later (no shared line);
// - spun (720 texts): copies of those texts by bench/garble/spinner.mjs and spinner2.mjs at rates
//   0.3, 0.5 and 0.7 (seeds other than the bench's), seed 004 with a share of its annotated
//   substitutions put back (rates 0.3, 0.5, 0.7; 12 copies each, seeds other than the bench's),
//   and copies by light-spinner.mjs at 1.4 and 3.6 swaps per 100 words (seeds other than
//   light.mjs's), counted with the light copies.
// The score is 1 − 2^(−density / midpoint), the density the evidence mass per (content words +
// weakWeight × findings below 0.5) (documentEvidence, documentDensity in score.ts). For each
// weakWeight in WEAK_WEIGHTS (and each strongWeight in STRONG_WEIGHTS: the strong findings but one,
// see documentDensity, added to the mass) the midpoint is calibrated so that the clean text ranked CLEAN_SPARE + 1
// scores CLEAN_TOP; the weakWeight kept is the one under which most light copies (rates 0.3 and
// 0.5) are called spun when each half of the base texts is scored with the midpoint calibrated on
// the other half (cross-validated: those are the figures docs quote). The constants to paste are
// those weights with the midpoint calibrated on all clean texts.
// Run after the build (npx pnpm@10.34.9 run build): node bench/garble/fit/fit-doc-score.mjs
// (about 1.5 minutes; --cache FILE keeps the findings in FILE to rerun the fit alone: delete the
// file when the detector changes). Prints SCORE_FIT to paste.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { documentDensity, documentEvidence, documentScore, findingsForScore, SCORE_FIT } from '@sejajar/garble/internal';
import { brownText, heldOutBrownFiles } from '../brown.mjs';
import { spin } from '../spinner.mjs';
import { spin2 } from '../spinner2.mjs';
import { spinLight } from '../light-spinner.mjs';
import { otherDomainArticles, wireArticles } from '../wire.mjs';
import { annotation004 as annotation, auc, restored004 } from '../seed004.mjs';

/** Score of the highest clean development text but CLEAN_SPARE after calibration: the verdict's margin. */
const CLEAN_TOP = 0.46;
/**
 * Clean development texts allowed above CLEAN_TOP: one of the 114 (a science text from the other
 * PANL domains that every weighting tried scores far above the rest) would otherwise set the
 * midpoint alone. The held-out judgement allows one clean article called spun.
 */
const CLEAN_SPARE = 1;
/** Weights of the weak findings in the density's denominator tried (0: per content word only). */
const WEAK_WEIGHTS = [0, 1, 2, 4, 8, 16, 32];
/** Weights of the strong findings but one (documentDensity) tried. */
const STRONG_WEIGHTS = [0, 0.125, 0.25, 0.5];
const RATES = [0.3, 0.5, 0.7];
/** Light spinning (light-spinner.mjs), swaps per 100 words: counted with the light copies. */
const LIGHT = [1.4, 3.6];

const repo = new URL('../../../', import.meta.url);
/** The development documents: { group, rate, fold, text } (rate 0 = clean). */
function documents() {
  const corpus = new URL(annotation.file.replace(/[^/]*$/, ''), repo);
  const seeds = ['001_7a7919da632cfa80.txt', '002_10c81dd6a715adbc.txt', '003_c081621a7dec6798.txt'].map((s) => readFileSync(new URL(s, corpus), 'utf8'));
  const bases = {
    brown: heldOutBrownFiles('dev').map(brownText),
    seeds,
    wire: [...wireArticles('dev', 17), ...wireArticles('dev', 17, 100)],
    other: [...otherDomainArticles(), ...otherDomainArticles(100)],
  };
  const docs = [];
  for (const [group, texts] of Object.entries(bases)) {
    texts.forEach((text, i) => {
      docs.push({ group, spinner: 'clean', rate: 0, fold: i % 2, text });
      for (const rate of RATES) {
        docs.push({ group, spinner: 'spinner2', rate, fold: i % 2, text: spin2(text, rate, 70000 + 1000 * rate + i).text });
        docs.push({ group, spinner: 'spinner', rate, fold: i % 2, text: spin(text, rate, 80000 + 1000 * rate + i).text });
      }
      // Seeds other than light.mjs's (50000 + …).
      for (const per100 of LIGHT)
        docs.push({ group, spinner: 'light', per100, rate: 0.01, fold: i % 2, text: spinLight(text, per100, 60000 + 1000 * per100 + i).text });
    });
  }
  for (const rate of RATES)
    for (let k = 0; k < 12; k++) docs.push({ group: '004', spinner: 'restored', rate, fold: k % 2, text: restored004(rate, 5000 + 1000 * rate + k).text });
  return docs;
}

const cacheAt = process.argv.includes('--cache') ? process.argv[process.argv.indexOf('--cache') + 1] : undefined;
let docs;
if (cacheAt && existsSync(cacheAt)) docs = JSON.parse(readFileSync(cacheAt, 'utf8'));
else {
  docs = documents().map(({ text, ...doc }) => ({ ...doc, evidence: findingsForScore(text) }));
  if (cacheAt) writeFileSync(cacheAt, JSON.stringify(docs));
}
for (const d of docs) d.evidence = documentEvidence(d.evidence);

/** Target score of the highest clean development text but {@link CLEAN_SPARE}: the verdict's margin. */
const target = -Math.log2(1 - CLEAN_TOP);
/** SCORE_FIT for a weak weight: the midpoint puts the clean text ranked CLEAN_SPARE + 1 at CLEAN_TOP. */
function calibrate(weakWeight, strongWeight, clean) {
  const ranked = clean.map((d) => documentDensity(d.evidence, weakWeight, strongWeight)).sort((a, b) => b - a);
  return { weakWeight, midpoint: ranked[Math.min(CLEAN_SPARE, ranked.length - 1)] / target, strongWeight };
}

/** Called-spun counts by spinner and rate, clean texts called spun, the highest clean scores, AUC. */
function table(scored) {
  const clean = scored.filter((d) => d.rate === 0);
  const called = (ds) => `${ds.filter((d) => d.score >= 0.5).length}/${ds.length}`;
  const rows = [];
  for (const [spinner, groups] of [
    ['spinner2', ['wire']],
    ['spinner2', ['brown', 'seeds', 'other']],
    ['spinner', ['wire']],
    ['spinner', ['brown', 'seeds', 'other']],
    ['restored', ['004']],
  ]) {
    rows.push(
      `  ${`${spinner} ${groups.join('+')}`.padEnd(32)} at ${RATES.join(' / ')}: ${RATES.map((rate) => called(scored.filter((d) => d.spinner === spinner && groups.includes(d.group) && d.rate === rate))).join(' ')}`,
    );
  }
  const light = (per100) => scored.filter((d) => d.spinner === 'light' && d.per100 === per100);
  rows.push(`  ${'light-spinner all groups'.padEnd(32)} at ${LIGHT.join(' / ')} swaps per 100 words: ${LIGHT.map((p) => called(light(p))).join(' ')}`);
  const top = [...clean].sort((a, b) => b.score - a.score).slice(0, 3);
  const atRate = scored.filter((d) => d.rate === 0.3).map((d) => d.score);
  rows.push(`  clean called spun ${called(clean)}; highest ${top.map((d) => `${d.score.toFixed(3)} (${d.group})`).join(', ')}`);
  rows.push(
    `  AUC against clean: all spun ${auc(
      scored.filter((d) => d.rate > 0).map((d) => d.score),
      clean.map((d) => d.score),
    ).toFixed(4)}, at 0.3 ${auc(
      atRate,
      clean.map((d) => d.score),
    ).toFixed(4)}`,
  );
  return rows.join('\n');
}

const scoreAll = (ds, fit) => ds.map((d) => ({ ...d, score: documentScore(d.evidence, fit) }));
/** Each half scored with the constants calibrated on the other half. */
function crossScored(weakWeight, strongWeight) {
  return [0, 1].flatMap((fold) =>
    scoreAll(
      docs.filter((d) => d.fold === fold),
      calibrate(
        weakWeight,
        strongWeight,
        docs.filter((d) => d.fold !== fold && d.rate === 0),
      ),
    ),
  );
}
const lightCalled = (scored) => scored.filter((d) => d.rate > 0 && d.rate <= 0.5 && d.score >= 0.5).length;

console.log(`## Shipped SCORE_FIT ${JSON.stringify(SCORE_FIT)} on all ${docs.length} development documents`);
console.log(table(scoreAll(docs, SCORE_FIT)));

console.log('\n## Cross-validated by weak weight (constants calibrated on one half of the base texts, counted on the other)');
let best;
for (const strongWeight of STRONG_WEIGHTS) {
  for (const weakWeight of WEAK_WEIGHTS) {
    const scored = crossScored(weakWeight, strongWeight);
    console.log(`weakWeight ${weakWeight}, strongWeight ${strongWeight}: light copies (0.3, 0.5; light-spinner) called spun ${lightCalled(scored)}`);
    console.log(table(scored));
    if (!best || lightCalled(scored) > best.called) best = { weakWeight, strongWeight, called: lightCalled(scored) };
  }
}

const fit = calibrate(
  best.weakWeight,
  best.strongWeight,
  docs.filter((d) => d.rate === 0),
);
console.log(`\n## Chosen weakWeight ${best.weakWeight}, strongWeight ${best.strongWeight}, calibrated on all development documents (its own figures)`);
console.log(table(scoreAll(docs, fit)));
console.log('\nPaste into packages/garble/src/score.ts:');
console.log(
  `export const SCORE_FIT: ScoreFit = { weakWeight: ${fit.weakWeight}, midpoint: ${fit.midpoint.toPrecision(3)}, strongWeight: ${fit.strongWeight} };`,
);
