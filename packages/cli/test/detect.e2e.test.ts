import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus, jsonLines, scratchFolder, sejajar } from './run-cli.js';

const { dir: scratch, file } = scratchFolder('detect');
const jsonl = jsonLines;
const seeds = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('sejajar detect', () => {
  test('one answer per file: the seeds are Indonesian and English', () => {
    const { status, stdout } = sejajar(['detect', ...seeds.map((s) => join(corpus, s))]);
    expect(status).toBe(0);
    const rows = jsonl(stdout);
    expect(rows.map((r) => r.language)).toEqual(['id', 'en', 'en', 'en', 'en']);
    expect(rows[0]).toMatchObject({ file: join(corpus, seeds[0]!), iso6393: 'ind' });
    for (const row of rows) expect(row.confidence).toBeGreaterThan(0.8);
  });

  test('--lines: one JSON object per input line, in order, blank line → und', () => {
    const input = [
      'Pemerintah akan menaikkan harga bahan bakar karena anggaran subsidi sudah membengkak.',
      '',
      'Polis masih menyiasat punca kemalangan pada pagi Isnin.',
      'The minister said on Tuesday that the new law would come into force next year.',
      '12345',
    ].join('\n');
    const { status, stdout } = sejajar(['detect', '--lines', file('lines.txt', `${input}\n`)]);
    expect(status).toBe(0);
    const rows = jsonl(stdout);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(Object.keys(row)).toEqual(['language', 'iso6393', 'confidence']);
    expect(rows.map((r) => r.language)).toEqual(['id', 'und', 'ms', 'en', 'und']);
    expect(rows[1]).toEqual({ language: 'und', iso6393: 'und', confidence: 0 });
  });

  test('--lines reads standard input and keeps CRLF lines apart', () => {
    const { status, stdout } = sejajar(['detect', '--lines', '-'], 'Guten Morgen, wie geht es dir?\r\nBonjour, comment allez-vous ?\r\n');
    expect(status).toBe(0);
    expect(jsonl(stdout).map((r) => r.language)).toEqual(['de', 'fr']);
  });

  test('--by-sentence: every sentence of seed 000 is Indonesian, with offsets into the file', () => {
    const path = join(corpus, seeds[0]!);
    const text = readFileSync(path, 'utf8');
    const { status, stdout } = sejajar(['detect', '--by-sentence', path]);
    expect(status).toBe(0);
    const rows = jsonl(stdout);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      expect(row.language).toBe('id');
      expect(text.slice(row.start, row.end)).toBe(row.text);
    }
  });

  test('--format text and --format json', () => {
    const path = file('en.txt', 'The weather was fine and the trains ran on time.\n');
    const text = sejajar(['detect', '--format', 'text', path]);
    expect(text.stdout).toBe(`${path}\ten\t${jsonl(sejajar(['detect', path]).stdout)[0].confidence}\n`);
    const json = sejajar(['detect', '--format', 'json', '--lines', path]);
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ language: 'en', iso6393: 'eng' })]);
  });

  test('--only and --min-confidence', () => {
    const path = file('ms.txt', 'Polis masih menyiasat punca kemalangan pada pagi Isnin.\n');
    expect(jsonl(sejajar(['detect', '--lines', '--only', 'id,en', path]).stdout)[0].language).toBe('id');
    expect(jsonl(sejajar(['detect', '--lines', '--min-confidence', '0.9999', file('w.txt', 'Paris\n')]).stdout)[0].language).toBe('und');
  });

  test('bad usage exits 2 with a message', () => {
    const path = file('x.txt', 'hello\n');
    for (const args of [
      ['detect', '--only', 'xx', path],
      ['detect', '--min-confidence', 'high', path],
      ['detect', '--lines', '--by-sentence', path],
      ['detect', join(scratch, 'missing.txt')],
    ]) {
      const { status, stderr, stdout } = sejajar(args);
      expect(status).toBe(2);
      expect(stderr).toMatch(/sejajar: /);
      expect(stdout).toBe('');
    }
  });
});
