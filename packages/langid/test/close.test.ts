import { expect, test } from '@jest/globals';
import { closeLanguages } from '../src/index.js';

test('close languages of a tag, from the close groups the detector decides', () => {
  expect(closeLanguages('id')).toEqual(['ms']);
  expect(closeLanguages('ms')).toEqual(['id']);
  expect(closeLanguages('id-ID')).toEqual(['ms']);
  expect(closeLanguages('ind')).toEqual(['ms']);
  expect(closeLanguages('en')).toContain('sco');
  expect(closeLanguages('de')).toEqual([]);
  expect(closeLanguages('not a language')).toEqual([]);
});
