import { describe, expect, test } from '@jest/globals';
import { PairIndex } from '../src/pair-index.js';

describe('PairIndex', () => {
  test('keeps every pair apart through growth, as a Map of "a,b" keys would', () => {
    const index = new PairIndex(4);
    const reference = new Map<string, number>();
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 300;
    for (let k = 0; k < 5000; k++) {
      const [a, b] = [next(), next()];
      if (k % 3 === 0) {
        index.set(a, b, k);
        reference.set(`${a},${b}`, k);
      } else {
        const value = index.valueOrAdd(a, b, k);
        if (!reference.has(`${a},${b}`)) reference.set(`${a},${b}`, k);
        expect(value).toBe(reference.get(`${a},${b}`));
      }
    }
    expect(index.size).toBe(reference.size);
    for (const [key, value] of reference) {
      const [a, b] = key.split(',').map(Number) as [number, number];
      expect(index.get(a, b)).toBe(value);
      expect(index.get(b + 300, a)).toBeUndefined();
    }
  });

  test('(a, b) and (b, a) are different pairs', () => {
    const index = new PairIndex();
    index.set(1, 2, 10);
    expect(index.get(1, 2)).toBe(10);
    expect(index.get(2, 1)).toBeUndefined();
    expect(index.valueOrAdd(2, 1, 11)).toBe(11);
    expect(index.get(1, 2)).toBe(10);
  });
});
