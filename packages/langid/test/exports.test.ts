import { expect, test } from '@jest/globals';
import * as langid from '../src/index.js';

test('the public API changes only on purpose', () => {
  expect(Object.keys(langid).sort()).toEqual([
    'UNDETERMINED',
    'checkLanguageTag',
    'closeLanguages',
    'detect',
    'detectDocument',
    'detectSentences',
    'langidTables',
    'supportedLanguages',
    'useLangidTables',
  ]);
});
