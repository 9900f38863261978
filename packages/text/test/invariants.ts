import { expect } from '@jest/globals';
import type { Sentence } from '../src/index.js';

/**
 * What must hold for any split of any text: offsets match the text, sentences are trimmed,
 * in order, do not overlap, and together cover every non-white-space character.
 */
export function expectSplitInvariants(text: string, sentences: readonly Sentence[]): void {
  let covered = 0;
  sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.text).toBe(text.slice(s.start, s.end));
    expect(s.text.length).toBeGreaterThan(0);
    expect(s.text).toBe(s.text.trim());
    expect(s.start).toBeGreaterThanOrEqual(covered);
    // Nothing but white space may lie between two sentences.
    expect(text.slice(covered, s.start).trim()).toBe('');
    covered = s.end;
  });
  expect(text.slice(covered).trim()).toBe('');
}
