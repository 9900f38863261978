import { expect, test } from '@jest/globals';
import { lineSentences } from '../src/index.js';

test('lineSentences: sentence i is line i, empty lines kept, CRLF and a final newline handled', () => {
  const text = 'first\r\n\nthird line\nlast';
  const sentences = lineSentences(text);
  expect(sentences.map((s) => s.text)).toEqual(['first', '', 'third line', 'last']);
  sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  expect(lineSentences('a\nb\n')).toHaveLength(2);
  expect(lineSentences('')).toEqual([]);
});
