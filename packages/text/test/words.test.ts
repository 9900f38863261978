import { expect, test } from '@jest/globals';
import { words } from '../src/index.js';

test('words keep inner apostrophes, hyphens and number separators, with offsets', () => {
  const text = 'Kim Hong-kyun didn’t say 1,500 (or 3.5).';
  const result = words(text);
  expect(result.map((w) => w.text)).toEqual(['Kim', 'Hong-kyun', 'didn’t', 'say', '1,500', 'or', '3.5']);
  for (const w of result) expect(text.slice(w.start, w.end)).toBe(w.text);
});
