// The resume promise under fire: a run killed with SIGKILL at a random moment, one input edited
// (changed, shrunk, removed, made unreadable) and a state file corrupted while it was down, then
// `--resume`, must end byte for byte where a clean run on the final inputs ends.
import { describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { random } from '../../../bench/random.mjs';
import { bin, manyCopies, sejajar, snapshot } from './run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'sejajar-crash-'));
const template = join(scratch, 'template');
manyCopies(template, 6);

/** Every file below `folder`, sorted, as paths relative to it. */
function filesBelow(folder: string): string[] {
  return (readdirSync(folder, { recursive: true }) as string[]).filter((p) => p.endsWith('.txt')).sort();
}

type Edit = (input: string, pick: <T>(items: readonly T[]) => T) => string;
/** What a user might do to a corpus between a crash and the resume. */
const edits: Record<string, Edit> = {
  changed(input, pick) {
    const file = join(input, pick(filesBelow(input).filter((f) => /\/00[01]_/.test(f))));
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/(\d+)/, (n) => String(Number(n) + 7)),
    );
    return file;
  },
  shrunk(input, pick) {
    const file = join(input, pick(filesBelow(input).filter((f) => /\/00[01]_/.test(f))));
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, Math.floor(text.length / 3)));
    return file;
  },
  removed(input, pick) {
    const file = join(input, pick(filesBelow(input)));
    rmSync(file);
    return file;
  },
  'not UTF-8'(input, pick) {
    const file = join(input, pick(filesBelow(input)));
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from([0xff, 0xfe, 0x41])]));
    return file;
  },
};

/** Corrupt one stored unit, if the killed run left any: truncated JSON. */
function corruptOneStateFile(out: string, pick: <T>(items: readonly T[]) => T): void {
  const state = join(out, '.sejajar-state');
  if (!existsSync(state)) return;
  const files = (readdirSync(state, { recursive: true }) as string[]).filter((p) => p.endsWith('.json')).sort();
  if (files.length > 0) writeFileSync(join(state, pick(files)), '{"key":"[');
}

async function killedRun(input: string, out: string, afterMs: number): Promise<void> {
  const child = spawn(process.execPath, [bin, 'corpus', input, '--out', out, '--jobs', '2', '--quiet'], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await Promise.race([new Promise((resolve) => setTimeout(resolve, afterMs)), exited]);
  child.kill('SIGKILL');
  await exited;
}

describe('kill -9 at random points, edit an input, --resume: equal to a clean run', () => {
  const cases: [number, string][] = [
    [1, 'changed'],
    [2, 'shrunk'],
    [3, 'removed'],
    [4, 'not UTF-8'],
  ];
  test.each(cases)(
    'seed %i, an input %s',
    async (seed, edit) => {
      const rand = random(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
      const input = join(scratch, `input-${seed}`);
      cpSync(template, input, { recursive: true });
      const out = join(scratch, `killed-${seed}`);
      // Anywhere from start-up to the writing of outputs (a clean run here takes 5 to 10 s).
      await killedRun(input, out, 300 + Math.floor(rand() * 7000));
      edits[edit]!(input, pick);
      corruptOneStateFile(out, pick);

      const resumed = sejajar(['corpus', input, '--out', out, '--jobs', '2', '--quiet', '--resume']);
      expect(resumed.stderr).not.toMatch(/\n\s+at /);
      const clean = join(scratch, `clean-${seed}`);
      const fresh = sejajar(['corpus', input, '--out', clean, '--jobs', '2', '--quiet']);
      expect(resumed.status).toBe(fresh.status);
      expect(existsSync(join(out, 'run.json'))).toBe(true);
      expect(snapshot(out)).toEqual(snapshot(clean));
    },
    180_000,
  );
});
