import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The built binary, as a user runs it (`npm test` builds first). */
export const bin = join(here, '../dist/bin.js');
export const repo = join(here, '../../..');
export const corpus = join(repo, 'examples/corpus');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run `sejajar ARGS…` through the built binary. */
export function sejajar(args: readonly string[], input?: string | Uint8Array): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder for a test file, and a way to write inputs into it. */
export function scratchFolder(prefix: string): { dir: string; file: (name: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), `sejajar-${prefix}-`));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** Parse JSON Lines output (blank lines ignored). */
export function jsonLines(text: string): any[] {
  return text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
}
