import { spawnSync } from 'node:child_process';
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
