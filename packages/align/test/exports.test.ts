import { expect, test } from '@jest/globals';
import * as align from '../src/index.js';

test('the public API changes only on purpose', () => {
  expect(Object.keys(align).sort()).toEqual([
    'alignBatch',
    'alignSentences',
    'choosePairs',
    'documentCandidates',
    'fingerprintDocument',
    'hasBuiltinLexicon',
    'learnLexiconFrom',
    'lineSentences',
    'pairDocuments',
    'parseDictionary',
    'relatedDocuments',
    'tmxClose',
    'tmxOpen',
    'tmxUnits',
    'toJsonLines',
    'toMoses',
    'toTmx',
    'toTsv',
    'toVecalign',
  ]);
});
