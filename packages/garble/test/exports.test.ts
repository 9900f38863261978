import { expect, test } from '@jest/globals';
import * as garble from '../src/index.js';

test('the public API changes only on purpose', () => {
  expect(Object.keys(garble).sort()).toEqual([
    'detectGarble',
    'garbleTables',
    'languageModel',
    'languageModelTables',
    'useGarbleTables',
    'useLanguageModelTables',
  ]);
});
