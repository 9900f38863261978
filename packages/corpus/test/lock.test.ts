import { expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE, lockOutput } from '../src/lock.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'sejajar-lock-'));

test('a second lock on the same folder is refused while the first is held, and granted after release', async () => {
  const out = scratch();
  const first = await lockOutput(out, () => {});
  await expect(lockOutput(out, () => {})).rejects.toThrow(/another sejajar run \(pid \d+ on .*\) is writing here/);
  await first.release();
  const second = await lockOutput(out, () => {});
  await second.release();
  expect(readdirSync(out)).toEqual([]);
});

test('a lock left by a process that is gone (kill -9) is taken over with a warning', async () => {
  const out = scratch();
  // A pid that surely ended: a child that has exited.
  const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
  writeFileSync(join(out, LOCK_FILE), JSON.stringify({ pid: dead, host: hostname(), started: '2026-01-01T00:00:00.000Z' }));
  const warnings: string[] = [];
  const lock = await lockOutput(out, (m) => warnings.push(m));
  expect(warnings).toEqual([expect.stringMatching(/taking over the lock of an earlier run .*pid \d+/)]);
  await lock.release();
  expect(existsSync(join(out, LOCK_FILE))).toBe(false);
});

test('a lock held on another machine is never guessed stale', async () => {
  const out = scratch();
  writeFileSync(join(out, LOCK_FILE), JSON.stringify({ pid: 1, host: `not-${hostname()}`, started: '2026-01-01T00:00:00.000Z' }));
  await expect(lockOutput(out, () => {})).rejects.toThrow(/delete .*\.sejajar-lock if that run is gone/);
});

test('an unreadable lock file is replaced with a warning', async () => {
  const out = scratch();
  writeFileSync(join(out, LOCK_FILE), 'garbage');
  const warnings: string[] = [];
  const lock = await lockOutput(out, (m) => warnings.push(m));
  expect(warnings).toEqual([expect.stringMatching(/unreadable lock file replaced/)]);
  await lock.release();
});
