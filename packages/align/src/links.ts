// The final links: sentence indices and a score for each link the search kept.
import type { Link } from './types.js';
import type { Bead } from './search.js';
import type { Similarity } from './similarity.js';

/** Scores for the final links: similarity for pairs, 1 − best nearby similarity for the unaligned. */
export function toLinks(beads: readonly Bead[], similarity: Similarity, n: number, m: number): Link[] {
  const range = (first: number, count: number): number[] => Array.from({ length: count }, (_, k) => first + k);
  const clamp = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
  return beads.map((bead) => {
    let score: number;
    if (bead.a > 0 && bead.b > 0) score = similarity.score(bead.s0, bead.a, bead.t0, bead.b);
    else {
      let best = 0;
      for (let d = -2; d <= 2; d++) {
        if (bead.a > 0 && bead.t0 + d >= 0 && bead.t0 + d < m) best = Math.max(best, similarity.score(bead.s0, 1, bead.t0 + d, 1));
        if (bead.b > 0 && bead.s0 + d >= 0 && bead.s0 + d < n) best = Math.max(best, similarity.score(bead.s0 + d, 1, bead.t0, 1));
      }
      score = 1 - best;
    }
    return { source: range(bead.s0, bead.a), target: range(bead.t0, bead.b), score: clamp(score) };
  });
}
