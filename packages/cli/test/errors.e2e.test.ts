// No Node stack trace reaches a user: every failure is one line on stderr and a documented exit code.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bin, corpus, jsonLines, scratchFolder, sejajar, type CliResult } from './run-cli.js';

const { dir: scratch, file } = scratchFolder('errors');
const seed = (n: string): string => join(corpus, readdirSync(corpus).find((f) => f.startsWith(n))!);
const [id, en] = [seed('000'), seed('001')];

/** The run failed with `status`, saying so in exactly one line, without a stack frame. */
function failsInOneLine(result: CliResult, status: number, line: RegExp): void {
  expect(result.stderr).not.toContain('    at ');
  expect(result.stderr.split('\n')).toEqual([expect.stringMatching(line), '']);
  expect(result.status).toBe(status);
}

/** Run `sejajar ARGS…` with standard output written to `path` (a device such as /dev/full). */
function sejajarInto(path: string, args: readonly string[]): CliResult {
  const fd = openSync(path, 'w');
  try {
    const result = spawnSync(process.execPath, [bin, ...args], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    return { status: result.status, stdout: '', stderr: result.stderr };
  } finally {
    closeSync(fd);
  }
}

describe('a failed write is one line naming the file and the cause, exit 2', () => {
  test.each([
    ['split', ['split', id]],
    ['detect', ['detect', id]],
    ['garble', ['garble', en]],
  ])('%s FILE > /dev/full', (_name, args) => {
    if (!existsSync('/dev/full')) return; // no such device here: nothing to test
    failsInOneLine(sejajarInto('/dev/full', args), 2, /^sejajar: standard output: no space left on device \(ENOSPC\)$/);
  });

  test('-o into a missing folder', () => {
    const out = join(scratch, 'missing', 'x.jsonl');
    failsInOneLine(sejajar(['align', id, en, '-o', out]), 2, new RegExp(`^sejajar: ${out}: no such folder \\(ENOENT\\)$`));
  });

  test('-o naming a folder, or a path through a file', () => {
    const folder = join(scratch, 'a-folder');
    mkdirSync(folder, { recursive: true });
    failsInOneLine(sejajar(['align', id, en, '-o', folder]), 2, new RegExp(`^sejajar: ${folder}: is a folder, expected a file \\(EISDIR\\)$`));
    const through = join(file('plain.txt', 'x'), 'x.jsonl');
    failsInOneLine(sejajar(['align', id, en, '-o', through]), 2, new RegExp(`^sejajar: ${through}: a part of the path is not a folder \\(ENOTDIR\\)$`));
  });

  test('-o into a read-only folder', () => {
    const folder = join(scratch, 'read-only');
    mkdirSync(folder, { recursive: true });
    chmodSync(folder, 0o555);
    try {
      // Root (as in many containers) writes through the permission bits: nothing to test then.
      try {
        writeFileSync(join(folder, 'probe'), '');
        rmSync(join(folder, 'probe'));
        return;
      } catch {
        // not writable: the case the test is about
      }
      const out = join(folder, 'x.jsonl');
      failsInOneLine(sejajar(['align', id, en, '-o', out]), 2, new RegExp(`^sejajar: ${out}: permission denied \\(EACCES\\)$`));
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  test('a reader that stops early is not an error (EPIPE): exit 0, nothing on stderr', () => {
    const big = file('big.txt', 'The minister said on Tuesday that the new law would come into force.\n'.repeat(40_000));
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" split "${big}" | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
    });
    expect(result.stdout.trim()).toBe('0');
    expect(result.stderr).toBe('');
  });
});

describe('bad usage is one line, exit 2', () => {
  test.each([
    ['detect - -', ['detect', '-', '-'], /^sejajar: standard input \(-\) can be read only once$/],
    ['detect - FILE -', ['detect', '-', id, '-'], /^sejajar: standard input \(-\) can be read only once$/],
    ['garble - --reference -', ['garble', '-', '--reference', '-'], /^sejajar: standard input \(-\) can be read only once$/],
    ["detect --only 'x y!'", ['detect', '--only', 'x y!', id], /^sejajar: --only: "x y!" is not a BCP 47 language tag \(e\.g\. id, en, zh-Hant\)$/],
    ["detect --ignore 'en,en-!!'", ['detect', '--ignore', 'en,en-!!', id], /^sejajar: --ignore: "en-!!" is not a BCP 47 language tag/],
  ])('%s', (_name, args, line) => {
    failsInOneLine(sejajar(args, 'Some text on standard input.\n'), 2, line);
  });

  test('--only keeps accepting ISO 639-3 codes and tags detect knows', () => {
    const result = sejajar(['detect', '--only', 'ind,zsm,en', id]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout)[0].language).toBe('id');
  });
});

test('detect --lines: a lone CR ends a line, as LF and CRLF do', () => {
  const input =
    'Guten Morgen, wie geht es dir?\rBonjour, comment allez-vous ?\r\nThe minister said on Tuesday that the law would pass.\n\rPemerintah akan menaikkan harga bahan bakar.';
  const result = sejajar(['detect', '--lines', '-'], input);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(jsonLines(result.stdout).map((r) => r.language)).toEqual(['de', 'fr', 'en', 'und', 'id']);
});
