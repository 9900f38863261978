import { expect, test } from '@jest/globals';
import * as corpus from '../src/index.js';

test('the public API changes only on purpose', () => {
  expect(Object.keys(corpus).sort()).toEqual(['renderReport', 'runCorpus', 'runWorker']);
});
