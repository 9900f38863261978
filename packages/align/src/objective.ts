// What the search maximises, and how widely it searches: a link's gain is its similarity above
// the threshold per sentence it covers, less a penalty for merging (docs/alignment.md, "Gains").
import type { Gain } from './search.js';
import type { Similarity } from './similarity.js';

/** Extra cost of links of more than one sentence a side, so 1-1 wins a tie. */
const MERGE_PENALTY: Record<string, number> = { '2,1': 0.4, '1,2': 0.4, '2,2': 0.8, '3,1': 0.8, '1,3': 0.8 };
/** Band half-width, whole-table size limit and re-centrings of `bandedSearch`, for every pass. */
export const SEARCH = { halfWidth: 40, fullTableCells: 250_000, maxPasses: 4 };

/** The gain of a link for the search: per sentence, its similarity above `threshold`, less a merge penalty. */
export function linkGain(similarity: Similarity, threshold: number): Gain {
  return (s0, a, t0, b) => (a === 0 || b === 0 ? 0 : (a + b) * (similarity.score(s0, a, t0, b) - threshold) - (MERGE_PENALTY[`${a},${b}`] ?? 0));
}
