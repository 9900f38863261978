import { expect, test } from '@jest/globals';
import * as text from '../src/index.js';

test('the public API changes only on purpose', () => {
  expect(Object.keys(text).sort()).toEqual([
    'SejajarError',
    'assertSentences',
    'assertString',
    'decodeText',
    'oneLine',
    'primaryLanguage',
    'readTextFile',
    'splitSentences',
    'words',
  ]);
});
