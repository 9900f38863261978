import { expect, test } from '@jest/globals';
import * as align from '../src/index.js';

test('the public API changes only on purpose', () => {
  expect(Object.keys(align).sort()).toEqual([
    'alignBatch',
    'alignFirstPass',
    'alignSentences',
    'choosePairs',
    'documentCandidates',
    'fingerprintDocument',
    'hasBuiltinLexicon',
    'learnFromLinks',
    'learnLexiconFrom',
    'lineSentences',
    'pairDocuments',
    'parseDictionary',
    'relatedDocuments',
    'sampleTrainingLinks',
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
