import { expect, test } from '@jest/globals';
import { primaryLanguage } from '../src/index.js';

test('primaryLanguage: the primary subtag, lower-cased; undefined for no tag', () => {
  expect(primaryLanguage('id-ID')).toBe('id');
  expect(primaryLanguage('zh-Hant-TW')).toBe('zh');
  expect(primaryLanguage('EN_us')).toBe('en');
  expect(primaryLanguage('ind')).toBe('ind');
  expect(primaryLanguage('')).toBeUndefined();
  expect(primaryLanguage(undefined)).toBeUndefined();
});
