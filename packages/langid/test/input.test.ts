import { describe, expect, test } from '@jest/globals';
import { SejajarError } from '@sejajar/text';
import { checkLanguageTag, detect, detectDocument, detectSentences } from '../src/index.js';

describe('a text that is not a string is a TypeError naming the function, not an answer', () => {
  test.each([
    ['detect', () => detect({} as unknown as string), 'detect: text must be a string, got object'],
    ['detect (undefined)', () => detect(undefined as unknown as string), 'detect: text must be a string, got undefined'],
    ['detectSentences', () => detectSentences(['a'] as unknown as string), 'detectSentences: text must be a string, got array'],
    ['detectDocument', () => detectDocument(7 as unknown as string), 'detectDocument: text must be a string, got number'],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});

describe('checkLanguageTag', () => {
  test.each([
    ['id', 'id'],
    ['en-us', 'en-US'],
    ['zh-hant', 'zh-Hant'],
    ['und', 'und'],
    // ISO 639-3 codes are three-letter primary subtags; Intl maps those with a shorter tag.
    ['ind', 'id'],
    ['zsm', 'ms'],
    ['sco', 'sco'],
    ['EN', 'en'],
    ['id-id', 'id-ID'],
    // Intl would answer fil and fa-AF, tags the detector does not report for these languages.
    ['tl', 'tl'],
    ['prs', 'prs'],
  ])('%s is a BCP 47 tag → %s', (tag, canonical) => {
    expect(checkLanguageTag(tag, '--only')).toBe(canonical);
  });

  test.each(['x y!', '', 'en_US', 'e', '-en', '12', 'en-'])('"%s" is refused, naming the option', (tag) => {
    const call = (): string => checkLanguageTag(tag, '--only');
    expect(call).toThrow(SejajarError);
    expect(call).toThrow(expect.objectContaining({ code: 'BAD_OPTION' }));
    expect(call).toThrow(`--only: "${tag}" is not a BCP 47 language tag (e.g. id, en, zh-Hant)`);
  });

  test('a value that is not a string is refused too, not read as a list of tags', () => {
    expect(() => checkLanguageTag(['en', 'id'] as unknown as string, 'language')).toThrow(/^language: "en,id" is not a BCP 47 language tag/);
    expect(() => checkLanguageTag(undefined as unknown as string, 'language')).toThrow(SejajarError);
  });
});
