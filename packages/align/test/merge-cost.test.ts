import { describe, expect, test } from '@jest/globals';
import { linkGain } from '../src/objective.js';
import { bandedSearch, type Bead } from '../src/search.js';
import type { Similarity } from '../src/similarity.js';

// The search over two sentences a side with similarities given by hand: which links it takes.
function search(similarities: Record<string, number>): string[] {
  const similarity = { score: (s0: number, a: number, t0: number, b: number) => similarities[`${s0},${a},${t0},${b}`] ?? 0 } as unknown as Similarity;
  const beads = bandedSearch(2, 2, new Float64Array([0, 1, 2]), linkGain(similarity, 0.2), { halfWidth: 2, fullTableCells: Infinity, maxPasses: 1 });
  return beads.map((b: Bead) => `${b.a}-${b.b}`);
}

describe('merge cost', () => {
  test('two 1-1 neighbours, one with clear evidence, stay two 1-1 links though their 2-2 scores above their mean', () => {
    // 2-2: 4 × (0.85 − 0.2) − 0.8 = 1.8 against 1-1 + 1-1: 2 × 0.7 + 2 × 0.1 = 1.6; but the first
    // half alone is more similar than the 2-2, so the 2-2 has not earned its merge.
    expect(search({ '0,1,0,1': 0.9, '1,1,1,1': 0.3, '0,2,0,2': 0.85 })).toEqual(['1-1', '1-1']);
  });

  test('a true 2-2, more similar than each of its halves, is still taken', () => {
    expect(search({ '0,1,0,1': 0.4, '1,1,1,1': 0.4, '0,2,0,2': 0.9 })).toEqual(['2-2']);
  });

  test('a real 1-2 split still merges', () => {
    // One source sentence said in two target sentences: the 1-2 is far more similar than either 1-1.
    expect(search({ '0,1,0,2': 0.9, '0,1,0,1': 0.45, '0,1,1,1': 0.3, '1,1,1,1': 0.1 })).toEqual(['1-2', '1-0']);
  });
});
