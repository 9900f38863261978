import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
// biome-ignore lint/suspicious/noExplicitAny: tests read the records field by field; a wrong field fails the assertion that reads it
export function jsonLines(text: string): any[] {
  return text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/**
 * Every output file of a corpus run, by relative path, for comparing two runs byte for byte.
 * `run.json` is left out: it records when the run finished.
 */
export function snapshot(out: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else if (`${prefix}${entry.name}` !== 'run.json') files.set(`${prefix}${entry.name}`, readFileSync(path, 'utf8'));
    }
  };
  walk(out, '');
  return files;
}

/**
 * A corpus that takes a few seconds: the seeds copied into `batches` folders, each copy of 000
 * and 001 given its own closing sentence (a report number and a reporter) so that copies pair up.
 */
export function manyCopies(folder: string, batches: number): void {
  const reporters = ['Budi Santoso', 'Rina Wijaya', 'Agus Salim', 'Dewi Lestari', 'Hendra Gunawan', 'Sari Pratiwi'];
  for (let i = 0; i < batches; i++) {
    const batch = join(folder, `batch${String(i).padStart(2, '0')}`);
    mkdirSync(batch, { recursive: true });
    const number = 4000 + i * 137;
    const reporter = `${reporters[i % reporters.length]} ${['Tan', 'Lim', 'Ong'][i % 3]}${i}`;
    for (const name of readdirSync(corpus)) {
      let text = readFileSync(join(corpus, name), 'utf8');
      if (name.startsWith('000')) text += `\nLaporan nomor ${number} ditulis oleh ${reporter} di Jakarta pada ${i + 1} Mei.\n`;
      if (name.startsWith('001')) text += `\nReport number ${number} was written by ${reporter} in Jakarta on May ${i + 1}.\n`;
      writeFileSync(join(batch, name), text);
    }
  }
}

/** Indonesian words and their Malay equivalents: enough of them turn an Indonesian article Malay to the detector. */
const MALAY: readonly (readonly [string, string])[] = [
  ['tidak', 'tak'],
  ['karena', 'kerana'],
  ['sudah', 'telah'],
  ['bisa', 'boleh'],
  ['pemerintah', 'kerajaan'],
  ['hari Senin', 'hari Isnin'],
  ['mengatakan', 'berkata'],
  ['pasukan', 'askar'],
  ['tentara', 'askar'],
  ['nomor', 'nombor'],
  ['Jakarta', 'Kuala Lumpur'],
  ['bahwa', 'bahawa'],
  ['kantor', 'pejabat'],
  ['Inggris', 'Inggeris'],
  ['mengonfirmasi', 'mengesahkan'],
  ['Juni', 'Jun'],
  ['berbicara', 'bercakap'],
  ['apakah', 'adakah'],
  ['tersebut', 'itu'],
  ['sekitar', 'kira-kira'],
];

/** Whole words of `text` replaced by their swaps, in order. */
export const swapWords = (text: string, swaps: readonly (readonly [string, string])[]): string =>
  swaps.reduce((t, [a, b]) => t.replace(new RegExp(`\\b${a}\\b`, 'g'), b), text);

/** An Indonesian text made Malay word by word (see MALAY). */
export const toMalay = (text: string): string => swapWords(text, MALAY);
