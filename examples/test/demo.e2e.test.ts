import { expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const examples = join(dirname(fileURLToPath(import.meta.url)), '..');

test('the seed demo runs and shows every seed article', () => {
  const result = spawnSync(process.execPath, [join(examples, 'demo.mjs')], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  for (const seed of ['000_', '001_', '002_', '003_', '004_']) expect(result.stdout).toContain(seed);
  expect(result.stdout).toContain('=== Sentences');
  expect(result.stdout).toContain('Sekitar 1.500 tentara pasukan khusus Korea Utara');
});

test('the split example prints offsets and sentences', () => {
  const result = spawnSync(process.execPath, [join(examples, 'split-sentences.mjs')], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  expect(result.stdout.split('\n')[0]).toMatch(/^0 93 Sekitar 1\.500/);
});
