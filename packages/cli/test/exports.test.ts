import { expect, test } from '@jest/globals';
import * as cli from '../src/index.js';

test('the public API changes only on purpose', () => {
  expect(Object.keys(cli).sort()).toEqual(['ExitCode', 'program', 'run']);
});
