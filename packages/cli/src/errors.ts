// How the CLI puts any error into one line on stderr: a person sees what failed and why, never
// a Node stack trace (that is for SEJAJAR_DEBUG=1).
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { ExitCode } from './exit.js';

/** The causes of system errors a user can meet (and fix), in words. */
const CAUSES: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EAGAIN: 'resource temporarily unavailable',
  EBADF: 'not open for this (bad file descriptor)',
  EBUSY: 'busy',
  EDQUOT: 'disk quota exceeded',
  EEXIST: 'already exists',
  EFBIG: 'file too large',
  EINVAL: 'invalid argument',
  EIO: 'input/output error',
  EISDIR: 'is a folder, expected a file',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'name too long',
  ENFILE: 'too many open files in the system',
  ENODEV: 'no such device',
  ENOMEM: 'out of memory',
  ENOSPC: 'no space left on device',
  ENOTDIR: 'a part of the path is not a folder',
  ENOTEMPTY: 'folder not empty',
  ENXIO: 'no such device or address',
  EPERM: 'operation not permitted',
  EPIPE: 'the reader closed the pipe',
  EROFS: 'read-only file system',
  ETXTBSY: 'file busy',
  EXDEV: 'cannot move across file systems',
};

/** An error from the operating system, as Node reports it (`code` `ENOSPC`, maybe `path`). */
interface SystemError {
  readonly code: string;
  readonly path?: unknown;
  readonly syscall?: unknown;
}

/**
 * A `SejajarError`, recognised by its `name` and `code` rather than its class: one thrown in a
 * worker thread loses its class to structured cloning (keeping `name` and `code`), and not
 * importing `@sejajar/text` here keeps it out of `sejajar --version` and `--help`.
 */
function isSejajarError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && error.name === 'SejajarError' && typeof (error as { code?: unknown }).code === 'string';
}

/** A system error, recognised by its `E…` code (and an errno or syscall), whatever its class. */
function isSystemError(error: unknown): error is SystemError {
  if (typeof error !== 'object' || error === null) return false;
  const { code, errno, syscall } = error as { code?: unknown; errno?: unknown; syscall?: unknown };
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) && (typeof errno === 'number' || typeof syscall === 'string' || code in CAUSES);
}

/** `SEJAJAR_DEBUG=1`: stack traces are wanted (by whoever debugs sejajar itself). */
function debugging(): boolean {
  return process.env.SEJAJAR_DEBUG === '1';
}

/** Line breaks folded, so a message stays one line. */
function singleLine(message: string): string {
  return message.trim().replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
}

/** A system error's cause in words: a missing folder is told apart from a missing file. */
function cause(error: SystemError, path: string | undefined): string {
  if (error.code === 'ENOENT') return path !== undefined && !existsSync(dirname(path)) ? 'no such folder' : 'no such file';
  return CAUSES[error.code] ?? `${typeof error.syscall === 'string' ? error.syscall : 'system call'} failed`;
}

/**
 * One line, without the `sejajar: ` prefix, saying what went wrong: a `SejajarError`'s message;
 * for a system error the file and the cause in words plus the code
 * (`out/x.jsonl: no such folder (ENOENT)`), naming `file` when the error carries no path (pass
 * `'standard output'` for a failed write to stdout); for anything else
 * `internal error: <message> (set SEJAJAR_DEBUG=1 for the stack trace)`. Errors thrown in
 * worker threads are recognised by their `name` and `code`.
 */
export function describeError(error: unknown, file?: string): string {
  if (isSejajarError(error)) return singleLine(error.message);
  if (isSystemError(error)) {
    const path = typeof error.path === 'string' ? error.path : file;
    return `${path !== undefined ? `${path}: ` : ''}${cause(error, path)} (${error.code})`;
  }
  const message = singleLine(error instanceof Error ? error.message : String(error)) || 'unknown';
  return `internal error: ${message}${debugging() ? '' : ' (set SEJAJAR_DEBUG=1 for the stack trace)'}`;
}

/** The exit code for an error: bad input and refused reads or writes 2, anything else (a bug) 3. */
export function exitCodeOf(error: unknown): number {
  return isSejajarError(error) || isSystemError(error) ? ExitCode.badInput : ExitCode.internalError;
}

/**
 * Report an error on stderr as `sejajar: ` + {@link describeError}, followed by the stack trace
 * when `SEJAJAR_DEBUG=1`, and return its exit code ({@link exitCodeOf}).
 */
export function reportError(error: unknown, file?: string): number {
  process.stderr.write(`sejajar: ${describeError(error, file)}\n`);
  if (debugging() && error instanceof Error && error.stack !== undefined) {
    process.stderr.write(`${error.stack}\n`);
  }
  return exitCodeOf(error);
}
