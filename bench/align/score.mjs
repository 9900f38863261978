// Scoring shared by the alignment benchmarks: the published Text+Berg scoring (Sennrich & Volk
// 2010, as used by Bleualign, Vecalign and Bertalign), described in ../shared/bench-data/README.md.

/** Parse links in the Text+Berg format: one `[src ids]:[tgt ids]` per line. */
export function parseLinks(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [src, tgt] = line.split(':').map((side) => JSON.parse(side));
      return { source: src, target: tgt };
    });
}

const key = (link) => `${link.source.join(',')}:${link.target.join(',')}`;
const shape = (link) => `${Math.min(link.source.length, 3)}-${Math.min(link.target.length, 3)}`;

/**
 * Count hits of one document. Precision is over every output link (1-0 and 0-1 included), recall
 * over gold links with both sides; strict = identical link, lax = shares a source and a target
 * sentence with a gold link.
 */
export function countHits(gold, output) {
  const goldKeys = new Set(gold.map(key));
  const goldPairs = gold.filter((l) => l.source.length > 0 && l.target.length > 0);
  const outPairs = output.filter((l) => l.source.length > 0 && l.target.length > 0);
  const overlaps = (a, b) => a.source.some((s) => b.source.includes(s)) && a.target.some((t) => b.target.includes(t));
  const c = {
    output: output.length,
    gold: goldPairs.length,
    strictP: output.filter((l) => goldKeys.has(key(l))).length,
    laxP: output.filter((l) => goldKeys.has(key(l)) || (l.source.length > 0 && l.target.length > 0 && goldPairs.some((g) => overlaps(g, l)))).length,
    strictR: goldPairs.filter((g) => output.some((l) => key(l) === key(g))).length,
    laxR: goldPairs.filter((g) => outPairs.some((l) => overlaps(g, l))).length,
    goldUnaligned: gold.filter((l) => l.source.length === 0 || l.target.length === 0).length,
    foundUnaligned: gold.filter((l) => (l.source.length === 0 || l.target.length === 0) && output.some((o) => key(o) === key(l))).length,
    byShape: {},
  };
  const outKeys = new Set(output.map(key));
  for (const g of gold) {
    const s = (c.byShape[shape(g)] ??= { gold: 0, found: 0 });
    s.gold++;
    if (outKeys.has(key(g))) s.found++;
  }
  return c;
}

/** Pool counts of several documents. */
export function pool(counts) {
  const total = { output: 0, gold: 0, strictP: 0, laxP: 0, strictR: 0, laxR: 0, goldUnaligned: 0, foundUnaligned: 0, byShape: {} };
  for (const c of counts) {
    for (const k of ['output', 'gold', 'strictP', 'laxP', 'strictR', 'laxR', 'goldUnaligned', 'foundUnaligned']) total[k] += c[k];
    for (const [s, v] of Object.entries(c.byShape)) {
      const t = (total.byShape[s] ??= { gold: 0, found: 0 });
      t.gold += v.gold;
      t.found += v.found;
    }
  }
  return total;
}

const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Strict and lax precision, recall and F1 from pooled counts. */
export function metrics(c) {
  const sp = c.output ? c.strictP / c.output : 0;
  const sr = c.gold ? c.strictR / c.gold : 0;
  const lp = c.output ? c.laxP / c.output : 0;
  const lr = c.gold ? c.laxR / c.gold : 0;
  return { strict: { p: sp, r: sr, f1: f1(sp, sr) }, lax: { p: lp, r: lr, f1: f1(lp, lr) } };
}

/** One line of a report: strict and lax P/R/F1, unaligned found. */
export function summary(c) {
  const m = metrics(c);
  const fmt = (x) => x.toFixed(3);
  return `strict P ${fmt(m.strict.p)} R ${fmt(m.strict.r)} F1 ${fmt(m.strict.f1)} | lax P ${fmt(m.lax.p)} R ${fmt(m.lax.r)} F1 ${fmt(m.lax.f1)} | unaligned found ${c.foundUnaligned}/${c.goldUnaligned}`;
}

/** Per link type: found / gold. */
export function byShape(c) {
  return Object.entries(c.byShape)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([s, v]) => `${s} ${v.found}/${v.gold}`)
    .join(', ');
}
