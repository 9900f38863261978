import { expect } from '@jest/globals';
import type { Alignment } from '../src/index.js';

/** Every sentence of both sides in exactly one link, in order; scores in [0, 1]. */
export function expectComplete(alignment: Alignment): void {
  const source = alignment.links.flatMap((l) => l.source);
  const target = alignment.links.flatMap((l) => l.target);
  expect(source).toEqual(alignment.source.map((_, i) => i));
  expect(target).toEqual(alignment.target.map((_, i) => i));
  for (const link of alignment.links) {
    expect(link.source.length + link.target.length).toBeGreaterThan(0);
    expect(link.score).toBeGreaterThanOrEqual(0);
    expect(link.score).toBeLessThanOrEqual(1);
  }
}
