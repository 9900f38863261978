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

test('lineSentences: a lone CR ends a line, as LF and CRLF do, in any mix', () => {
  const text = 'mac one\rmac two\r\rwindows\r\nunix\n\r\nlast\r';
  const sentences = lineSentences(text);
  expect(sentences.map((s) => s.text)).toEqual(['mac one', 'mac two', '', 'windows', 'unix', '', 'last']);
  sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  expect(lineSentences('\r')).toEqual([{ index: 0, start: 0, end: 0, text: '' }]);
  expect(lineSentences('\n\r')).toHaveLength(2);
});
