import { expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapUnits, openState } from '../src/state.js';
import { writeFileAtomic } from '../src/atomic.js';

test('finished units are reused on resume and discarded on a fresh run', async () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'sejajar-state-')), 'state');
  let calls = 0;
  const work = async (n: number) => {
    calls++;
    return n * 2;
  };
  const options = (state: Awaited<ReturnType<typeof openState>>) => ({ state, kind: 'double', key: String, limit: 2 });
  expect(await mapUnits([1, 2, 3], options(await openState(folder, false)), work)).toEqual([2, 4, 6]);
  expect(calls).toBe(3);
  expect(await mapUnits([1, 2, 3, 4], options(await openState(folder, true)), work)).toEqual([2, 4, 6, 8]);
  expect(calls).toBe(4);
  expect(await mapUnits([1], options(await openState(folder, false)), work)).toEqual([2]);
  expect(calls).toBe(5);
});

test('atomic writes leave no temporary files behind', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'sejajar-atomic-'));
  await writeFileAtomic(join(folder, 'a', 'out.json'), '{}');
  expect(readdirSync(join(folder, 'a'))).toEqual(['out.json']);
});
