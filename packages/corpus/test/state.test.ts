import { expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapUnits, openState, type StateStore } from '../src/state.js';
import { removeTemporaries, writeFileAtomic } from '../src/atomic.js';

const isNumber = (value: unknown): value is number => typeof value === 'number';
const options = (state: StateStore) => ({ state, kind: 'double', key: String, valid: isNumber, limit: 2 });
const results = <R>(outcomes: ({ result: R } | { error: string })[]) => outcomes.map((o) => ('result' in o ? o.result : o.error));

test('finished units are reused on resume and discarded on a fresh run', async () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'sejajar-state-')), 'state');
  let calls = 0;
  const work = async (n: number) => {
    calls++;
    return n * 2;
  };
  expect(results(await mapUnits([1, 2, 3], options(await openState(folder, false)), work))).toEqual([2, 4, 6]);
  expect(calls).toBe(3);
  expect(results(await mapUnits([1, 2, 3, 4], options(await openState(folder, true)), work))).toEqual([2, 4, 6, 8]);
  expect(calls).toBe(4);
  expect(results(await mapUnits([1], options(await openState(folder, false)), work))).toEqual([2]);
  expect(calls).toBe(5);
});

test('a failing unit is an error outcome, the others finish, and the failure is retried on resume', async () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'sejajar-state-')), 'state');
  let broken = true;
  const work = async (n: number) => {
    if (n === 2 && broken) throw new Error('disk on fire');
    return n * 2;
  };
  expect(results(await mapUnits([1, 2, 3], options(await openState(folder, false)), work))).toEqual([2, 'disk on fire', 6]);
  broken = false;
  expect(results(await mapUnits([1, 2, 3], options(await openState(folder, true)), work))).toEqual([2, 4, 6]);
});

test('corrupt, foreign and ill-typed state files are discarded with a warning, never trusted', async () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'sejajar-state-')), 'state');
  const state = await openState(folder, false);
  await mapUnits([1, 2, 3], options(state), async (n) => n * 2);
  const files = readdirSync(join(folder, 'double')).map((name) => join(folder, 'double', name));
  const stored = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as { key: string; value: unknown });
  writeFileSync(files[0]!, '{"key": "1", "val');
  writeFileSync(files[1]!, JSON.stringify({ key: 'another key', value: stored[1]!.value }));
  writeFileSync(files[2]!, JSON.stringify({ key: stored[2]!.key, value: 'not a number' }));
  const warnings: string[] = [];
  let calls = 0;
  const outcomes = await mapUnits([1, 2, 3], options(await openState(folder, true, (m) => warnings.push(m))), async (n) => {
    calls++;
    return n * 2;
  });
  expect(results(outcomes)).toEqual([2, 4, 6]);
  expect(calls).toBe(3);
  expect(warnings).toHaveLength(3);
  expect(warnings[0]).toMatch(/corrupt resume state discarded/);
});

test('atomic writes leave no temporary files behind, and orphans of a killed writer are removed', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'sejajar-atomic-'));
  await writeFileAtomic(join(folder, 'a', 'out.json'), '{}');
  expect(readdirSync(join(folder, 'a'))).toEqual(['out.json']);
  writeFileSync(join(folder, 'a', 'corpus.tmx.tmp-123-abc9'), 'half');
  writeFileSync(join(folder, 'a', 'keep.tmp.txt'), 'mine');
  await removeTemporaries([join(folder, 'a'), join(folder, 'missing')]);
  expect(readdirSync(join(folder, 'a')).sort()).toEqual(['keep.tmp.txt', 'out.json']);
});
