import { describe, expect, test } from '@jest/globals';
import { SejajarError, assertSentences, assertString, splitSentences, words } from '../src/index.js';

describe('text functions refuse a non-string text with a TypeError naming the function', () => {
  test.each([
    ['splitSentences', () => splitSentences({} as unknown as string), 'splitSentences: text must be a string, got object'],
    ['splitSentences (undefined)', () => splitSentences(undefined as unknown as string), 'splitSentences: text must be a string, got undefined'],
    ['words', () => words(42 as unknown as string), 'words: text must be a string, got number'],
    ['words (null)', () => words(null as unknown as string), 'words: text must be a string, got null'],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  test('assertString passes a string, empty or not', () => {
    expect(() => assertString('', 'f: text')).not.toThrow();
    expect(() => assertString(['a'], 'f: text')).toThrow('f: text must be a string, got array');
  });
});

describe('assertSentences: offsets that cannot be true are refused, naming the index', () => {
  const text = 'One. Two three.';
  const good = splitSentences(text);

  test('sentences from splitSentences pass, with and without their text', () => {
    expect(() => assertSentences(good, 'f: source')).not.toThrow();
    expect(() => assertSentences(good, 'f: source', text)).not.toThrow();
    expect(() => assertSentences([], 'f: source')).not.toThrow();
  });

  const bad = (sentence: object): unknown[] => [good[0], { index: 1, ...sentence }];
  test.each([
    ['start not a whole number', bad({ start: 5.5, end: 15, text: 'Two three.' }), /f: source\[1\]: start and end must be whole numbers/],
    ['end missing', bad({ start: 5, text: 'Two three.' }), /f: source\[1\]: start and end must be whole numbers/],
    ['negative start', bad({ start: -1, end: 9, text: 'Two three.' }), /f: source\[1\]: start must not be negative/],
    ['start after end', bad({ start: 15, end: 5, text: 'Two three.' }), /f: source\[1\]: start 15 is after end 5/],
    ['end - start is not the text length', bad({ start: 5, end: 14, text: 'Two three.' }), /f: source\[1\]: end - start is 9 but its text has 10/],
  ])('%s', (_name, sentences, message) => {
    const call = (): void => assertSentences(sentences, 'f: source');
    expect(call).toThrow(SejajarError);
    expect(call).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(call).toThrow(message);
  });

  test('with the original text, offsets past its end are refused', () => {
    const past = [{ index: 0, start: 10, end: 20, text: 'x'.repeat(10) }];
    expect(() => assertSentences(past, 'f: source')).not.toThrow();
    expect(() => assertSentences(past, 'f: source', text)).toThrow(/f: source\[0\]: end 20 is past the end of the text \(15 UTF-16 code units\)/);
  });

  test('a value that is not an array of sentence objects is a TypeError', () => {
    expect(() => assertSentences('One.', 'f: source')).toThrow(new TypeError('f: source must be an array of sentences, got string'));
    expect(() => assertSentences([null], 'f: source')).toThrow(new TypeError('f: source[0] must be a sentence ({ start, end, text }), got null'));
    expect(() => assertSentences([{ start: 0, end: 1, text: 1 }], 'f: source')).toThrow(new TypeError('f: source[0].text must be a string, got number'));
  });
});
