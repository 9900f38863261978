import { describe, expect, test } from '@jest/globals';
import { SejajarError } from '@sejajar/text';
import { detect, supportedLanguages, UNDETERMINED } from '../src/index.js';
import { ENGLISH_NEWS, INDONESIAN, MALAY, SCOTS } from './fixtures.js';

describe('detect: no linguistic content is und, never an exception', () => {
  test.each([
    ['empty', ''],
    ['white space', ' \n\t '],
    ['digits', '12345 67,89'],
    ['punctuation', '?!... -- ()'],
    ['a URL', 'https://example.com/path?q=1'],
    ['URLs and an e-mail', 'www.example.org  mail@example.org  http://a.b/c'],
    ['emoji', '😀 👍'],
  ])('%s', (_name, text) => {
    const d = detect(text);
    expect(d).toEqual(UNDETERMINED);
    expect(d.language).toBe('und');
    expect(d.iso6393).toBe('und');
    expect(d.confidence).toBe(0);
  });

  test('odd text does not throw', () => {
    expect(detect('\u0000\uFFFD').language).toBe('und');
    expect(() => detect('a'.repeat(200_000))).not.toThrow();
  });
});

describe('detect: the shape of an answer', () => {
  test('BCP 47 tag, ISO 639-3 code, calibrated confidence, ranked candidates', () => {
    const d = detect(INDONESIAN[0]!);
    expect(d.language).toBe('id');
    expect(d.iso6393).toBe('ind');
    expect(d.confidence).toBeGreaterThan(0.5);
    expect(d.confidence).toBeLessThanOrEqual(1);
    expect(d.candidates[0]).toEqual({ language: 'id', iso6393: 'ind', confidence: d.confidence });
    expect(d.candidates.length).toBeGreaterThan(1);
    expect(d.candidates.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < d.candidates.length; i++) {
      expect(d.candidates[i]!.confidence).toBeLessThanOrEqual(d.candidates[i - 1]!.confidence);
    }
    const total = d.candidates.reduce((sum, c) => sum + c.confidence, 0);
    expect(total).toBeLessThanOrEqual(1 + 1e-9);
  });

  test('Malay is reported as ms / zsm', () => {
    const d = detect(MALAY[0]!);
    expect([d.language, d.iso6393]).toEqual(['ms', 'zsm']);
  });

  test('the default set is every language franc knows, each with a tag and a name', () => {
    const all = supportedLanguages();
    expect(all.length).toBe(178);
    expect(all).toContainEqual({ language: 'ms', iso6393: 'zsm', name: 'Malay' });
    expect(all).toContainEqual({ language: 'sco', iso6393: 'sco', name: 'Scots' });
    expect(new Set(all.map((l) => l.language)).size).toBe(all.length);
  });
});

describe('detect: Indonesian and Malay, decided by evidence with Malay enabled', () => {
  test.each(INDONESIAN)('Indonesian: %s', (sentence) => {
    expect(detect(sentence).language).toBe('id');
  });
  test.each(MALAY)('Malay: %s', (sentence) => {
    expect(detect(sentence).language).toBe('ms');
  });
  test('distinctive words alone decide a pair', () => {
    expect(detect('karena').language).toBe('id');
    expect(detect('kerana').language).toBe('ms');
    expect(detect('rumah sakit').language).toBe('id');
    expect(detect('universiti').language).toBe('ms');
  });
  test('with neither language’s marks, Indonesian stands', () => {
    expect(detect('Saya makan nasi goreng di rumah.').language).toBe('id');
  });
});

describe('detect: English and Scots', () => {
  test.each(ENGLISH_NEWS)('English news is never Scots: %s', (sentence) => {
    const d = detect(sentence);
    expect(d.language).toBe('en');
  });
  test('Scots stays possible', () => {
    expect(detect(SCOTS[1]!).language).toBe('sco');
  });
});

describe('detect: short text is decided by script or by known words', () => {
  test.each([
    ['谢谢', 'zh'],
    ['カ', 'ja'],
    ['ありがとう', 'ja'],
    ['감사합니다', 'ko'],
    ['สวัสดี', 'th'],
    ['ευχαριστώ', 'el'],
    ['спасибо', 'ru'],
    ['شكرا', 'ar'],
  ])('script: %s → %s', (text, language) => {
    expect(detect(text).language).toBe(language);
  });
  test.each([
    ['the', 'en'],
    ['danke', 'de'],
    ['grazie', 'it'],
    ['niet', 'nl'],
    ['teşekkürler', 'tr'],
    ['cảm ơn', 'vi'],
    ['ang mga', 'tl'],
    ['yang', 'id'],
    ['gracias amigo', 'es'],
  ])('frequent words: %s → %s', (text, language) => {
    expect(detect(text).language).toBe(language);
  });
});

describe('detect: options', () => {
  test('only restricts the answer; BCP 47 and ISO 639-3 both work', () => {
    expect(detect(MALAY[0]!, { only: ['id', 'en'] }).language).toBe('id');
    expect(detect(MALAY[0]!, { only: ['ind', 'eng'] }).language).toBe('id');
    const d = detect('Das ist ein Haus.', { only: ['en', 'fr'] });
    expect(['en', 'fr']).toContain(d.language);
  });
  test('ignore removes a language', () => {
    expect(detect(MALAY[0]!, { ignore: ['ms'] }).language).toBe('id');
  });
  test('only with no language of the text’s script is und', () => {
    expect(detect('谢谢你', { only: ['en', 'id'] }).language).toBe('und');
  });
  test('minConfidence turns weak answers into und but keeps the candidates', () => {
    const weak = detect('Paris', { minConfidence: 0.999 });
    expect(weak.language).toBe('und');
    expect(weak.confidence).toBe(0);
    expect(weak.candidates.length).toBeGreaterThan(0);
    expect(detect(ENGLISH_NEWS[0]!, { minConfidence: 0.5 }).language).toBe('en');
  });
  test('an unknown language in only/ignore is a SejajarError', () => {
    expect(() => detect('hello', { only: ['xx'] })).toThrow(SejajarError);
    expect(() => detect('hello', { ignore: ['klingon'] })).toThrow(/unknown language "klingon"/);
  });
});
