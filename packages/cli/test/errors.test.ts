import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import { SejajarError } from '@sejajar/text';
import { describeError, exitCodeOf, reportError } from '../src/errors.js';
import { ExitCode } from '../src/exit.js';

/** A system error as Node makes it (`fs`, streams): a plain Error with code, errno, syscall, path. */
function systemError(code: string, syscall: string, path?: string): Error {
  return Object.assign(new Error(`${code}: something, ${syscall}`), { code, errno: -1, syscall, ...(path !== undefined ? { path } : {}) });
}

describe('describeError: one line, the file and the cause in words', () => {
  test.each([
    ['a missing folder', systemError('ENOENT', 'open', '/nonexistent-sejajar/x.jsonl'), undefined, '/nonexistent-sejajar/x.jsonl: no such folder (ENOENT)'],
    [
      'a missing file in a folder that exists',
      systemError('ENOENT', 'open', join(tmpdir(), 'no-such-sejajar.txt')),
      undefined,
      `${join(tmpdir(), 'no-such-sejajar.txt')}: no such file (ENOENT)`,
    ],
    ['a full disk on standard output', systemError('ENOSPC', 'write'), 'standard output', 'standard output: no space left on device (ENOSPC)'],
    ['a read-only folder', systemError('EACCES', 'open', 'ro/x.jsonl'), undefined, 'ro/x.jsonl: permission denied (EACCES)'],
    ['a read-only file system', systemError('EROFS', 'open', '/sys/x'), undefined, '/sys/x: read-only file system (EROFS)'],
    ['a folder given as the output file', systemError('EISDIR', 'open', 'out'), undefined, 'out: is a folder, expected a file (EISDIR)'],
    [
      'the path of the error wins over the file given',
      systemError('ENOTDIR', 'open', 'a.txt/x'),
      'standard output',
      'a.txt/x: a part of the path is not a folder (ENOTDIR)',
    ],
    ['an unlisted code keeps its syscall', systemError('ESOMETHING', 'fsync', 'x'), undefined, 'x: fsync failed (ESOMETHING)'],
  ])('%s', (_name, error, file, line) => {
    expect(describeError(error, file)).toBe(line);
    expect(exitCodeOf(error)).toBe(ExitCode.badInput);
  });

  test('a SejajarError is its message; from a worker thread (class lost, name and code kept) too', () => {
    expect(describeError(new SejajarError('BAD_OPTION', '--only: bad'))).toBe('--only: bad');
    expect(exitCodeOf(new SejajarError('BAD_OPTION', '--only: bad'))).toBe(ExitCode.badInput);
    const cloned = Object.assign(new Error('x.txt: not UTF-8 text'), { name: 'SejajarError', code: 'NOT_UTF8' });
    expect(describeError(cloned)).toBe('x.txt: not UTF-8 text');
    expect(exitCodeOf(cloned)).toBe(ExitCode.badInput);
  });

  test('a system error thrown in a worker thread is recognised by its code', async () => {
    const path = '/nonexistent-sejajar/documents.jsonl';
    const worker = new Worker(`require('node:fs').writeFileSync(${JSON.stringify(path)}, 'x')`, { eval: true });
    const error = await new Promise((resolve) => worker.once('error', resolve));
    expect(describeError(error)).toBe(`${path}: no such folder (ENOENT)`);
    expect(exitCodeOf(error)).toBe(ExitCode.badInput);
  });

  test('anything else is an internal error, in one line, exit 3', () => {
    const error = new TypeError('cannot read properties of undefined\n  (reading "x")');
    expect(describeError(error)).toBe('internal error: cannot read properties of undefined (reading "x") (set SEJAJAR_DEBUG=1 for the stack trace)');
    expect(exitCodeOf(error)).toBe(ExitCode.internalError);
    expect(describeError('thrown string')).toMatch(/^internal error: thrown string /);
    expect(exitCodeOf(Object.assign(new Error('odd'), { code: 'ERR_SOMETHING' }))).toBe(ExitCode.internalError);
  });
});

describe('reportError', () => {
  const debug = process.env.SEJAJAR_DEBUG;
  afterEach(() => {
    jest.restoreAllMocks();
    if (debug === undefined) delete process.env.SEJAJAR_DEBUG;
    else process.env.SEJAJAR_DEBUG = debug;
  });
  const stderrOf = (error: unknown): { text: string; code: number } => {
    const lines: string[] = [];
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => lines.push(String(chunk)) > 0);
    const code = reportError(error);
    return { text: lines.join(''), code };
  };

  test('one line on stderr, no stack trace', () => {
    delete process.env.SEJAJAR_DEBUG;
    const { text, code } = stderrOf(new Error('boom'));
    expect(text).toBe('sejajar: internal error: boom (set SEJAJAR_DEBUG=1 for the stack trace)\n');
    expect(code).toBe(3);
  });

  test('SEJAJAR_DEBUG=1 adds the stack trace', () => {
    process.env.SEJAJAR_DEBUG = '1';
    const { text, code } = stderrOf(new Error('boom'));
    expect(text).toMatch(/^sejajar: internal error: boom\nError: boom\n\s+at /);
    expect(code).toBe(3);
  });
});
