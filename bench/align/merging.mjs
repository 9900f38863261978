// Benchmark: over-merging and sentences without counterpart, on the development views (and, with
// --test, Text+Berg test). Per set, per pair and as one batch: strict F1, gold 1-1 links kept,
// gold 1-1 links lost inside a larger output link (two true neighbours joined), and gold 1-0 / 0-1
// links found. See docs/experiments/align-merging.md.
// Run: npx tsc -b && node bench/align/merging.mjs [--test] [--de-fr-only]
import { alignBatch, alignSentences } from '@sejajar/align';
import { available, panlIntHarder, panlSet, textberg, textbergDevParts, withDroppedCounterparts } from './data.mjs';
import { countHits, metrics, pool } from './score.mjs';

const args = process.argv.slice(2);
const withTest = args.includes('--test');
const deFrOnly = args.includes('--de-fr-only');

/** Gold 1-1 links kept as they are, and lost inside a larger output link (merged with a neighbour). */
function oneToOne(gold, output) {
  const at = new Map();
  for (const l of output) for (const s of l.source) at.set(s, l);
  let kept = 0;
  let merged = 0;
  let total = 0;
  for (const g of gold) {
    if (g.source.length !== 1 || g.target.length !== 1) continue;
    total++;
    const l = at.get(g.source[0]);
    if (l === undefined || !l.target.includes(g.target[0])) continue;
    if (l.source.length === 1 && l.target.length === 1) kept++;
    else merged++;
  }
  return { total, kept, merged };
}

function unalignedBySide(gold, output) {
  const keys = new Set(output.map((l) => `${l.source.join(',')}:${l.target.join(',')}`));
  const c = { src: 0, srcGold: 0, tgt: 0, tgtGold: 0 };
  for (const g of gold) {
    if (g.target.length === 0) {
      c.srcGold++;
      if (keys.has(`${g.source.join(',')}:`)) c.src++;
    } else if (g.source.length === 0) {
      c.tgtGold++;
      if (keys.has(`:${g.target.join(',')}`)) c.tgt++;
    }
  }
  return c;
}

function line(label, docs, alignments) {
  const hits = pool(docs.map((d, k) => countHits(d.gold, alignments[k].links)));
  const o = { total: 0, kept: 0, merged: 0 };
  const u = { src: 0, srcGold: 0, tgt: 0, tgtGold: 0 };
  docs.forEach((d, k) => {
    const x = oneToOne(d.gold, alignments[k].links);
    for (const key of Object.keys(o)) o[key] += x[key];
    const y = unalignedBySide(d.gold, alignments[k].links);
    for (const key of Object.keys(u)) u[key] += y[key];
  });
  const m = metrics(hits);
  console.log(
    `${label.padEnd(9)} strict F1 ${m.strict.f1.toFixed(3)} (P ${m.strict.p.toFixed(3)} R ${m.strict.r.toFixed(3)}) lax ${m.lax.f1.toFixed(3)} | 1-1 kept ${o.kept}/${o.total}, merged away ${o.merged} | 1-0 ${u.src}/${u.srcGold}, 0-1 ${u.tgt}/${u.tgtGold}`,
  );
}

function report(title, docs, languages) {
  console.log(`\n## ${title}`);
  line(
    'per pair',
    docs,
    docs.map((d) => alignSentences(d.source, d.target, languages)),
  );
  line(
    'batch',
    docs,
    alignBatch(
      docs.map((d) => ({ source: d.source, target: d.target })),
      languages,
    ),
  );
}

const deFr = { sourceLanguage: 'de', targetLanguage: 'fr' };
if (available('textberg')) {
  report('Text+Berg dev', textberg('dev'), deFr);
  report('Text+Berg dev in 4 parts', textbergDevParts(4), deFr);
  report('Text+Berg dev in 4 parts, 8% counterparts dropped', withDroppedCounterparts(textbergDevParts(4), { drop: 0.08, seed: 3000 }), deFr);
  if (withTest) report('Text+Berg test (report only)', textberg('test'), deFr);
}
if (!deFrOnly && available('iden')) {
  const idEn = { sourceLanguage: 'id', targetLanguage: 'en' };
  report('panl-int-del', panlSet('panl-int-del'), idEn);
  report('panl-int-hard', panlSet('panl-int-hard'), idEn);
  report('PANL INT harder cuts', panlIntHarder(), idEn);
}
