// After the search: sentences left alone are given a second look. Gaps between links are searched
// again with a lower threshold, a lone sentence joins its neighbouring link when that costs little
// (unless it is in the other side's language: foreign.ts),
// and lone sentences are put in one canonical order (docs/alignment.md, "Gains, and sentences
// without counterpart").
import { MAX_LEXICAL_WEIGHT } from './calibrate.js';
import { holdsForeign, type ForeignSentences } from './foreign.js';
import { linkGain, SEARCH } from './objective.js';
import { bandedSearch, SHAPES, type Bead } from './search.js';
import type { Similarity } from './similarity.js';

/** Two lone sentences side by side between links are paired above this share of the threshold. */
const GAP_FACTOR = 0.5;
/** Gaps of at most this many sentences a side are searched again. */
const MAX_GAP = 4;
/** How much similarity a join may lose when lexical evidence is nil (scaled down as it grows). */
const ABSORB_SLACK = 1;

/** The search's links with gaps filled, lone sentences joined where they belong, in canonical order. */
export function refine(beads: readonly Bead[], similarity: Similarity, threshold: number, foreign?: ForeignSentences): Bead[] {
  return canonicalOrder(absorbNeighbours(fillGaps(beads, similarity, threshold * GAP_FACTOR, foreign), similarity, foreign));
}

/**
 * Sentences left unaligned on both sides between the same two links are, in a translation,
 * usually counterparts with too little evidence to show it. Each such gap (at most
 * {@link MAX_GAP} sentences a side) is searched again on its own with a lower threshold.
 */
function fillGaps(beads: readonly Bead[], similarity: Similarity, threshold: number, foreign: ForeignSentences | undefined): Bead[] {
  const out: Bead[] = [];
  const gain = linkGain(similarity, threshold, foreign);
  let k = 0;
  while (k < beads.length) {
    const bead = beads[k]!;
    const before = out[out.length - 1];
    if (bead.a > 0 && bead.b > 0) {
      out.push(bead);
      k++;
      continue;
    }
    let end = k;
    while (end < beads.length && (beads[end]!.a === 0 || beads[end]!.b === 0)) end++;
    const run = beads.slice(k, end);
    const a = run.reduce((sum, r) => sum + r.a, 0);
    const b = run.reduce((sum, r) => sum + r.b, 0);
    if (before !== undefined && end < beads.length && a > 0 && b > 0 && a <= MAX_GAP && b <= MAX_GAP) {
      const s0 = Math.min(...run.filter((r) => r.a > 0).map((r) => r.s0));
      const t0 = Math.min(...run.filter((r) => r.b > 0).map((r) => r.t0));
      const local = bandedSearch(a, b, new Float64Array(a + 1), (i, x, j, y) => gain(s0 + i, x, t0 + j, y), { ...SEARCH, fullTableCells: Infinity });
      out.push(...local.map((l) => ({ s0: s0 + l.s0, a: l.a, t0: t0 + l.t0, b: l.b })));
    } else out.push(...run);
    k = end;
  }
  return out;
}

/**
 * A sentence left unaligned next to a link joins that link when the joined link is about as
 * similar as the link alone: exactly as similar or more when lexical evidence is strong (its
 * words would show it belongs), up to {@link ABSORB_SLACK} less when lexical evidence is nil.
 */
function absorbNeighbours(beads: readonly Bead[], similarity: Similarity, foreign: ForeignSentences | undefined): Bead[] {
  const out = [...beads];
  const sim = (b: Bead): number => similarity.score(b.s0, b.a, b.t0, b.b);
  const allowed = (a: number, b: number): boolean => SHAPES.some((shape) => shape.a === a && shape.b === b);
  // Weak lexical evidence cannot tell an omitted sentence from a split one: the weaker it is,
  // the more a join may lose in similarity and still be taken.
  const slack = ABSORB_SLACK * Math.max(0, 1 - similarity.lexicalWeight / MAX_LEXICAL_WEIGHT);
  for (let k = 0; k < out.length; k++) {
    const lone = out[k]!;
    if (lone.a + lone.b !== 1) continue;
    let best: { at: number; merged: Bead; gainOver: number } | undefined;
    for (const at of [k - 1, k + 1]) {
      const link = out[at];
      if (link === undefined || link.a === 0 || link.b === 0) continue;
      const merged: Bead =
        at < k
          ? { s0: link.s0, a: link.a + lone.a, t0: link.t0, b: link.b + lone.b }
          : { s0: lone.a ? lone.s0 : link.s0, a: link.a + lone.a, t0: lone.b ? lone.t0 : link.t0, b: link.b + lone.b };
      if (!allowed(merged.a, merged.b)) continue;
      if (foreign !== undefined && holdsForeign(foreign, similarity, merged.s0, merged.a, merged.t0, merged.b)) continue;
      const gainOver = sim(merged) - sim(link) + slack;
      if (gainOver > 0 && (best === undefined || gainOver > best.gainOver)) best = { at, merged, gainOver };
    }
    if (best !== undefined) {
      out.splice(Math.min(k, best.at), 2, best.merged);
      k = Math.max(-1, Math.min(k, best.at) - 2);
    }
  }
  return out;
}

/**
 * Sentences without counterpart that stand between the same two links may be listed in any
 * order; list the source ones first, so equal alignments are equal arrays.
 */
function canonicalOrder(beads: readonly Bead[]): Bead[] {
  const out: Bead[] = [];
  let run: Bead[] = [];
  const flush = (): void => {
    out.push(...run.filter((b) => b.a > 0), ...run.filter((b) => b.a === 0));
    run = [];
  };
  for (const bead of beads) {
    if (bead.a === 0 || bead.b === 0) run.push(bead);
    else {
      flush();
      out.push(bead);
    }
  }
  flush();
  return out;
}
