import { describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, corpus, manyCopies, sejajar, snapshot } from './run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'sejajar-corpus-'));
const jsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe('sejajar corpus on the seed corpus', () => {
  const out = join(scratch, 'seeds');
  const run = sejajar(['corpus', corpus, '--out', out, '--jobs', '2', '--quiet']);

  test('exits 0 and writes every output', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const name of ['documents.jsonl', 'pairs.jsonl', 'corpus.tmx', 'report.html', 'run.json']) expect(existsSync(join(out, name))).toBe(true);
    expect(readdirSync(out).filter((f) => f.includes('.tmp-') || f.startsWith('.sejajar'))).toEqual([]);
  });

  test('documents.jsonl: languages, verdicts, one story, 004 spun', () => {
    const docs = jsonl(join(out, 'documents.jsonl'));
    expect(docs.map((d) => [d.file.split('/').pop().slice(0, 3), d.language])).toEqual([
      ['000', 'id'],
      ['001', 'en'],
      ['002', 'en'],
      ['003', 'en'],
      ['004', 'en'],
    ]);
    const verdict = (n: string) => docs.find((d) => d.file.includes(`/${n}_`)).verdict;
    expect(verdict('000')).toBe('unsupported');
    expect(verdict('004')).toBe('spun');
    for (const n of ['001', '002', '003']) expect(verdict(n)).toBe('clean');
    const stories = new Set(docs.filter((d) => d.language === 'en').map((d) => d.story));
    expect(stories.size).toBe(1);
    expect([...stories][0]).not.toBeNull();
  });

  test('pairs.jsonl pairs 000 with 001 and points at its alignment', () => {
    const pairs = jsonl(join(out, 'pairs.jsonl'));
    expect(pairs).toHaveLength(1);
    expect(pairs[0].source).toContain('000_');
    expect(pairs[0].target).toContain('001_');
    const links = jsonl(join(out, pairs[0].alignment));
    expect(links.length).toBeGreaterThan(10);
    expect(Object.keys(links[0])).toEqual(['src', 'tgt', 'score', 'srcSpans', 'tgtSpans', 'srcText', 'tgtText']);
  });

  test('corpus.tmx and the Moses files hold the same sentence pairs', () => {
    const tmx = readFileSync(join(out, 'corpus.tmx'), 'utf8');
    const units = tmx.match(/<tu>/g) ?? [];
    expect(units.length).toBeGreaterThan(5);
    const moses = readdirSync(out)
      .filter((f) => /^corpus\.id-en\.(id|en)$/.test(f))
      .sort();
    expect(moses).toEqual(['corpus.id-en.en', 'corpus.id-en.id']);
    const en = readFileSync(join(out, 'corpus.id-en.en'), 'utf8').trimEnd().split('\n');
    const id = readFileSync(join(out, 'corpus.id-en.id'), 'utf8').trimEnd().split('\n');
    expect(en).toHaveLength(units.length);
    expect(id).toHaveLength(units.length);
  });
});

describe('bad files', () => {
  test('unreadable and non-UTF-8 files are listed with their error; the run goes on and exits 1', () => {
    const input = join(scratch, 'bad-input');
    mkdirSync(input, { recursive: true });
    cpSync(join(corpus, '000_43db5b59d1f35ee8.txt'), join(input, 'a.txt'));
    writeFileSync(join(input, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e]));
    writeFileSync(join(input, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02]));
    const out = join(scratch, 'bad-out');
    const result = sejajar(['corpus', input, '--out', out, '--jobs', '1', '--quiet']);
    expect(result.status).toBe(1);
    const docs = jsonl(join(out, 'documents.jsonl'));
    expect(docs.map((d) => d.file.split('/').pop())).toEqual(['a.txt', 'binary.txt', 'latin1.txt']);
    expect(docs[1].error).toMatch(/not UTF-8/);
    expect(docs[2].error).toMatch(/not UTF-8/);
    expect(docs[0].error).toBeUndefined();
  });

  test('a missing folder and bad flags are usage errors (exit 2)', () => {
    expect(sejajar(['corpus', join(scratch, 'nope'), '--out', join(scratch, 'o')]).status).toBe(2);
    expect(sejajar(['corpus', corpus]).status).toBe(2);
    expect(sejajar(['corpus', corpus, '--out', join(scratch, 'o'), '--jobs', '0']).status).toBe(2);
    expect(sejajar(['corpus', corpus, '--out', join(scratch, 'o'), '--src-lang', 'id']).status).toBe(2);
  });
});

describe('kill and resume', () => {
  test('a run killed midway, re-run with --resume, ends identical to an uninterrupted run', async () => {
    const input = join(scratch, 'many');
    manyCopies(input, 12);
    const whole = join(scratch, 'whole');
    expect(sejajar(['corpus', input, '--out', whole, '--jobs', '2', '--quiet']).status).toBe(0);
    // Copies this alike are hard to tell apart; most must still pair, so alignments are part of the work.
    expect(readFileSync(join(whole, 'pairs.jsonl'), 'utf8').trim().split('\n').length).toBeGreaterThanOrEqual(6);

    const killed = join(scratch, 'killed');
    const child = spawn(process.execPath, [bin, 'corpus', input, '--out', killed, '--jobs', '2', '--quiet'], { stdio: 'ignore' });
    // Kill once some units of work are stored, before the run can finish.
    const state = join(killed, '.sejajar-state');
    for (let waited = 0; waited < 60_000; waited += 50) {
      const kinds = existsSync(state) ? readdirSync(state) : [];
      if (kinds.includes('garble') || kinds.includes('align')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(existsSync(join(killed, 'report.html'))).toBe(false);

    expect(sejajar(['corpus', input, '--out', killed, '--jobs', '2', '--quiet', '--resume']).status).toBe(0);
    expect(snapshot(killed)).toEqual(snapshot(whole));
  }, 180_000);
});
