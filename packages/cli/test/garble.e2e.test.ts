import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus, scratchFolder, sejajar } from './run-cli.js';

const { dir: scratch, file } = scratchFolder('garble');
const seed = (name: string): string => join(corpus, name);
const spun = seed('004_86f3b54372aeb3e8.txt');
const clean = seed('001_7a7919da632cfa80.txt');
const indonesian = seed('000_43db5b59d1f35ee8.txt');

describe('sejajar garble', () => {
  test('--format json (the default) for one file: verdict, score and spans with offsets into the file', () => {
    const { status, stdout } = sejajar(['garble', spun]);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['verdict', 'score', 'spans']);
    expect(report.verdict).toBe('spun');
    const text = readFileSync(spun, 'utf8');
    expect(report.spans.length).toBeGreaterThan(40);
    for (const span of report.spans) {
      expect(Object.keys(span).filter((k) => k !== 'suggestion')).toEqual(['start', 'end', 'text', 'reason', 'confidence']);
      expect(typeof span.reason).toBe('string');
      expect(span.confidence).toBeGreaterThanOrEqual(0);
      expect(span.confidence).toBeLessThanOrEqual(1);
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  test('--format jsonl: one object per file with a "file" field; unsupported language says so on stderr', () => {
    const { status, stdout, stderr } = sejajar(['garble', '--format', 'jsonl', indonesian, clean, spun]);
    expect(status).toBe(0);
    const rows = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.file, r.verdict])).toEqual([
      [indonesian, 'unsupported'],
      [clean, 'clean'],
      [spun, 'spun'],
    ]);
    expect(stderr).toMatch(/000_43db5b59d1f35ee8\.txt: text is in "id", not English/);
  });

  test('--format text marks the spans in the text', () => {
    const { status, stdout } = sejajar(['garble', '--format', 'text', spun]);
    expect(status).toBe(0);
    expect(stdout).toContain('[despatched → dispatched]');
    expect(stdout.replace(/\[([^\]→]*?)(?: → [^\]]*)?\]/g, '$1')).toBe(readFileSync(spun, 'utf8') + '\n');
  });

  test('exit 0 whatever the verdict; --fail-on-spun exits 1 on a spun text only', () => {
    expect(sejajar(['garble', '--fail-on-spun', spun]).status).toBe(1);
    expect(sejajar(['garble', '--fail-on-spun', clean]).status).toBe(0);
    expect(sejajar(['garble', '--fail-on-spun', indonesian]).status).toBe(0);
  });

  test('--reference reports synonyms that differ from the reference, with its words', () => {
    const original = file('original.txt', 'The ministry said the military cooperation poses a grave security threat to the international community.\n');
    const copy = file('copy.txt', 'The ministry said the navy cooperation poses a grave safety threat to the worldwide community.\n');
    const { status, stdout } = sejajar(['garble', copy, '--reference', original]);
    expect(status).toBe(0);
    const spans = JSON.parse(stdout).spans.map((s: { text: string; suggestion: string }) => [s.text, s.suggestion]);
    expect(spans).toEqual(
      expect.arrayContaining([
        ['navy', 'military'],
        ['safety', 'security'],
        ['worldwide', 'international'],
      ]),
    );
  });

  test('a missing file or a bad format exits 2; --help works', () => {
    expect(sejajar(['garble', join(scratch, 'missing.txt')])).toMatchObject({ status: 2, stderr: expect.stringContaining('missing.txt') });
    expect(sejajar(['garble', '--format', 'xml', spun]).status).toBe(2);
    expect(sejajar(['garble']).status).toBe(2);
    expect(sejajar(['garble', '--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('Usage: sejajar garble') });
  });
});
