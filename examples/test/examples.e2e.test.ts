// Every example script runs as a newcomer would run it: `node examples/NAME.mjs ARGS`.
import { expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTmx } from '../../packages/align/test/tmx.js';

const examples = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(examples, 'corpus');
const scratch = mkdtempSync(join(tmpdir(), 'sejajar-examples-'));
const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [join(examples, script), ...args], { encoding: 'utf8' });

test('align-to-tmx writes a TMX a strict parser reads and Moses files of equal length', () => {
  const out = join(scratch, 'seed');
  const result = run('align-to-tmx.mjs', join(corpus, '000_43db5b59d1f35ee8.txt'), join(corpus, '001_7a7919da632cfa80.txt'), out);
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^id–en: \d+ links, (\d+) sentence pairs written, \d+ below 0\.5 left out\n/);
  const pairs = Number(/(\d+) sentence pairs written/.exec(result.stdout)![1]);
  expect(parseTmx(readFileSync(`${out}.tmx`, 'utf8')).units).toHaveLength(pairs);
  expect(readFileSync(`${out}.id`, 'utf8').split('\n')).toHaveLength(pairs + 1);
  expect(readFileSync(`${out}.en`, 'utf8').split('\n')).toHaveLength(pairs + 1);
});

test('detect-folder prints each sentence with offsets and each file with its language', () => {
  const result = run('detect-folder.mjs', corpus);
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^000_43db5b59d1f35ee8\.txt\t0-93\tid\t0\.\d{3}\tSekitar 1\.500/);
  expect(result.stdout).toContain('000_43db5b59d1f35ee8.txt: id (');
  expect(result.stdout).toContain('001_7a7919da632cfa80.txt: en (');
});

test('check-spun finds the spun copy and prints its spans with likely originals', () => {
  const result = run('check-spun.mjs', corpus);
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/004_86f3b54372aeb3e8\.txt: spun \(score 0\.\d\d, \d+ spans\)/);
  expect(result.stdout).toMatch(/ → likely "[^"]+" \(/);
  expect(result.stdout).toContain('000_43db5b59d1f35ee8.txt: not judged');
  expect(result.stdout).toContain('1 of 5 files spun');
}, 120_000);

test('corpus-api runs corpus mode with a progress callback and writes every output', () => {
  const out = join(scratch, 'corpus/');
  const result = run('corpus-api.mjs', corpus, out);
  expect(result.status).toBe(0);
  for (const stage of ['hash', 'read', 'align', 'garble', 'write']) expect(result.stderr).toContain(`${stage}: `);
  expect(result.stdout).toMatch(/^5 documents \(0 unreadable\), 1 document pair\(s\), \d+ sentence pairs written/);
  for (const name of ['documents.jsonl', 'pairs.jsonl', 'corpus.tmx', 'report.html', 'run.json']) expect(existsSync(join(out, name))).toBe(true);
}, 120_000);
