import { expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const examples = join(dirname(fileURLToPath(import.meta.url)), '..');

test('the seed demo shows every seed article, each capability, and writes the corpus report', () => {
  const report = join(examples, 'out/seed-corpus/report.html');
  rmSync(report, { force: true });
  const result = spawnSync(process.execPath, [join(examples, 'demo.mjs')], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  for (const seed of ['000_', '001_', '002_', '003_', '004_']) expect(result.stdout).toContain(seed);
  for (const section of ['=== Sentences', '=== Languages', '=== Sentence alignment', '=== Spun-text detection', '=== Corpus mode']) {
    expect(result.stdout).toContain(section);
  }
  expect(result.stdout).toContain('Sekitar 1.500 tentara pasukan khusus Korea Utara');
  expect(result.stdout).toMatch(/5 documents, 1 document pair\(s\), \d+ sentence pairs \(\d+ left out below the minimum link score\), 1 spun/);
  expect(readFileSync(report, 'utf8')).toContain('<h1>sejajar corpus report</h1>');
});

test('the split example prints offsets and sentences', () => {
  const result = spawnSync(process.execPath, [join(examples, 'split-sentences.mjs')], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  expect(result.stdout.split('\n')[0]).toMatch(/^0 93 Sekitar 1\.500/);
});
