import { describe, expect, test } from '@jest/globals';
import { SejajarError, splitSentences } from '@sejajar/text';
import { alignBatch, alignSentences } from '../src/index.js';

const source = 'Harga beras naik. Pemerintah akan bertindak.';
const target = 'Rice prices rose. The government will act.';

describe('alignSentences refuses sides that are neither text nor sentences', () => {
  test.each([
    ['source', () => alignSentences({} as unknown as string, target), 'alignSentences: source must be an array of sentences, got object'],
    ['target', () => alignSentences(source, 5 as unknown as string), 'alignSentences: target must be an array of sentences, got number'],
    [
      'a sentence text',
      () => alignSentences([{ index: 0, start: 0, end: 1, text: null }] as never, target),
      'alignSentences: source[0].text must be a string, got null',
    ],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});

describe('alignSentences refuses sentences whose offsets cannot be true, naming side and index', () => {
  const good = splitSentences(target);

  test('sentences from splitSentences are accepted', () => {
    expect(alignSentences(splitSentences(source), good).links.length).toBeGreaterThan(0);
  });

  test.each([
    ['end - start differs from the text length', { start: 18, end: 30 }, /alignSentences: target\[1\]: end - start is 12/],
    ['start after end', { start: 42, end: 18 }, /alignSentences: target\[1\]: start 42 is after end 18/],
    ['negative start', { start: -25, end: -1 }, /alignSentences: target\[1\]: start must not be negative/],
    ['offsets not whole numbers', { start: 18.5, end: 42.5 }, /alignSentences: target\[1\]: start and end must be whole numbers/],
  ])('%s', (_name, offsets, message) => {
    const sentences = [good[0]!, { ...good[1]!, ...offsets }];
    const call = (): unknown => alignSentences(source, sentences);
    expect(call).toThrow(SejajarError);
    expect(call).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(call).toThrow(message);
  });

  test('alignBatch checks its pairs the same way', () => {
    const sentences = [{ ...good[0]!, end: good[0]!.end + 1 }];
    expect(() => alignBatch([{ source, target: sentences }])).toThrow(/alignSentences: target\[0\]: end - start/);
  });
});
