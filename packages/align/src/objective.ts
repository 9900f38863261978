// What the search maximises, and how widely it searches: a link's gain is its similarity above
// the threshold per sentence it covers, less a penalty for merging (docs/alignment.md, "Gains").
import { holdsForeign, type ForeignSentences } from './foreign.js';
import type { Gain } from './search.js';
import type { Similarity } from './similarity.js';

/** Extra cost of links of more than one sentence a side, so 1-1 wins a tie. */
const MERGE_PENALTY: Record<string, number> = { '2,1': 0.4, '1,2': 0.4, '2,2': 0.8, '3,1': 0.8, '1,3': 0.8 };
/** Band half-width, whole-table size limit and re-centrings of `bandedSearch`, for every pass. */
export const SEARCH = { halfWidth: 40, fullTableCells: 250_000, maxPasses: 4 };

/**
 * Can a 2-2 link be taken at all? Only when it is more similar than each of the two 1-1 links it
 * would replace. Merging never loses lexical coverage and evens out length differences, so two
 * true 1-1 neighbours, one of them weak, can add up to a 2-2 that scores above their mean; a true
 * 2-2 (a thought split differently on each side) scores above both of its halves.
 */
export function twoByTwoEarned(similarity: Similarity, s0: number, t0: number, score: number): boolean {
  return score > similarity.score(s0, 1, t0, 1) && score > similarity.score(s0 + 1, 1, t0 + 1, 1);
}

/**
 * The gain of a link for the search: per sentence, its similarity above `threshold`, less a
 * merge penalty; a 2-2 that does not beat both of its 1-1 halves is not a candidate, nor is a
 * link holding a sentence in the other side's language that the other side does not quote.
 */
export function linkGain(similarity: Similarity, threshold: number, foreign?: ForeignSentences): Gain {
  return (s0, a, t0, b) => {
    if (a === 0 || b === 0) return 0;
    if (foreign !== undefined && holdsForeign(foreign, similarity, s0, a, t0, b)) return -Infinity;
    const score = similarity.score(s0, a, t0, b);
    if (a === 2 && b === 2 && !twoByTwoEarned(similarity, s0, t0, score)) return -Infinity;
    return (a + b) * (score - threshold) - (MERGE_PENALTY[`${a},${b}`] ?? 0);
  };
}
