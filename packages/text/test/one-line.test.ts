import { expect, test } from '@jest/globals';
import { oneLine } from '../src/index.js';

const SEPARATORS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u0085',
  '\u001C',
  '\u001D',
  '\u001E',
  '\u001F',
  '\u1680',
  '\u2000',
  '\u2006',
  '\u2008',
  '\u200A',
  '\u2028',
  '\u2029',
  '\u205F',
  '\u3000',
];

test('oneLine: every breaking space or line/column separator, alone or in a run, becomes one space', () => {
  for (const separator of SEPARATORS) {
    expect(oneLine(`a${separator}b`)).toBe('a b');
    expect(oneLine(`a ${separator}${separator} b`)).toBe('a b');
  }
  expect(oneLine('first\r\nsecond\u2028third\u0085fourth')).toBe('first second third fourth');
});

test('oneLine: no separator is left at either end; all-space text is empty', () => {
  expect(oneLine(' \t a b \u2029\n')).toBe('a b');
  for (const separator of SEPARATORS) expect(oneLine(separator.repeat(3))).toBe('');
  expect(oneLine('')).toBe('');
});

test('oneLine: no-break spaces and other characters are kept as written', () => {
  expect(oneLine('Rp\u00A01.500 10\u202F%\u20071')).toBe('Rp\u00A01.500 10\u202F%\u20071');
  expect(oneLine('\u00A0x\u00A0')).toBe('\u00A0x\u00A0');
  expect(oneLine('zero\u200Bwidth \uFEFF bom \u0001 ctl')).toBe('zero\u200Bwidth \uFEFF bom \u0001 ctl');
});

test('oneLine: a long run of spaces takes linear time', () => {
  const text = `a${' '.repeat(200_000)}b${' '.repeat(200_000)}`;
  const started = Date.now();
  expect(oneLine(text)).toBe('a b');
  expect(Date.now() - started).toBeLessThan(1000);
});
