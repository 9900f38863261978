import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus, jsonLines, scratchFolder, sejajar } from './run-cli.js';

const { dir: scratch, file } = scratchFolder('cli');
const jsonl = jsonLines;

describe('sejajar split', () => {
  test('prints JSON Lines with offsets into the file for every seed', () => {
    for (const name of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(corpus, name), 'utf8');
      const { status, stdout } = sejajar(['split', join(corpus, name)]);
      expect(status).toBe(0);
      const rows = jsonl(stdout);
      expect(rows.length).toBeGreaterThan(5);
      rows.forEach((row, i) => {
        expect(Object.keys(row)).toEqual(['index', 'start', 'end', 'text']);
        expect(row.index).toBe(i);
        expect(text.slice(row.start, row.end)).toBe(row.text);
      });
    }
  });

  test('--format text prints one sentence per line; - reads standard input', () => {
    const { status, stdout } = sejajar(['split', '--format', 'text', '-'], 'One line\nwraps. Two.\n');
    expect(status).toBe(0);
    expect(stdout).toBe('One line wraps.\nTwo.\n');
  });

  test('a missing file exits 2 naming the path', () => {
    const { status, stderr, stdout } = sejajar(['split', join(scratch, 'missing.txt')]);
    expect(status).toBe(2);
    expect(stderr).toContain('missing.txt');
    expect(stdout).toBe('');
  });

  test('invalid UTF-8 and NUL bytes exit 2 saying the file is not UTF-8 text', () => {
    for (const bytes of [new Uint8Array([0x61, 0xc3, 0x28]), new Uint8Array([0x61, 0x00, 0x62])]) {
      const { status, stderr } = sejajar(['split', file('bad.txt', bytes)]);
      expect(status).toBe(2);
      expect(stderr).toMatch(/bad\.txt: not UTF-8 text/);
    }
  });

  test('an empty file has no sentences and exits 0', () => {
    const { status, stdout } = sejajar(['split', file('empty.txt', '')]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
  });

  test('a BOM is ignored: offsets count after it; CRLF and emoji keep offsets right', () => {
    const body = 'Hello 😀 world.\r\nSecond line.\r\n';
    const { stdout } = sejajar(['split', file('bom.txt', '\uFEFF' + body)]);
    const rows = jsonl(stdout);
    expect(rows.map((r) => r.text)).toEqual(['Hello 😀 world.', 'Second line.']);
    for (const row of rows) expect(body.slice(row.start, row.end)).toBe(row.text);
  });

  test('--help and --version on the command; bad usage exits 2', () => {
    expect(sejajar(['split', '--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('Usage: sejajar split') });
    expect(sejajar(['split', '--version'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(sejajar(['--version']).status).toBe(0);
    expect(sejajar(['split']).status).toBe(2);
    expect(sejajar(['split', '--format', 'xml', '-']).status).toBe(2);
    expect(sejajar(['nonsense']).status).toBe(2);
  });
});
