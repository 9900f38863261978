import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { SejajarError, decodeText } from '@sejajar/text';

/** A file of the corpus: `id` is its path as the user would write it (the folder given, then the path below it). */
export interface CorpusFile {
  readonly id: string;
  readonly path: string;
  /** Why the file cannot be read at all (a name that is not UTF-8); it is listed, never silently left out. */
  readonly error?: string | undefined;
}

/** A file as a task sees it: where it is, what to call it, and the content hash it must have. */
export interface FileRef {
  readonly id: string;
  readonly path: string;
  readonly hash: string;
}

/** What {@link listCorpusFiles} found, and what it passed over on purpose (said in warnings). */
export interface CorpusListing {
  readonly files: CorpusFile[];
  /** One line per kind of entry passed over: hidden entries, other extensions, symlink loops. */
  readonly skipped: string[];
}

const TEXT_FILE = /\.(txt|text|md)$/i;

interface WalkCounts {
  hidden: number;
  other: number;
  loops: number;
}

/** A name read as bytes is UTF-8 when decoding and re-encoding gives the same bytes. */
const isUtf8Name = (name: Buffer): boolean => Buffer.from(name.toString('utf8'), 'utf8').equals(name);

/**
 * Text files below `folder`. Symbolic links are followed (to files and to folders, a folder
 * already on the walk's path is not entered twice); hidden entries (names starting with `.`)
 * and other extensions are counted, not read.
 */
async function walk(folder: string, counts: WalkCounts, ancestors: ReadonlySet<string>, files: { path: string; error?: string | undefined }[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true, encoding: 'buffer' });
  for (const entry of entries) {
    const raw = entry.name;
    const name = raw.toString('utf8');
    const path = join(folder, name);
    if (name.startsWith('.')) {
      counts.hidden++;
      continue;
    }
    if (!isUtf8Name(raw)) {
      // Node cannot open such a path from a string; list it so the user hears of it.
      if (TEXT_FILE.test(name)) files.push({ path, error: 'file name is not valid UTF-8; rename the file to read it' });
      else counts.other++;
      continue;
    }
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      isDirectory = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
      if (target === undefined && TEXT_FILE.test(name)) files.push({ path, error: 'broken symbolic link' });
    }
    if (isDirectory) {
      const real = await realpath(path);
      if (ancestors.has(real)) {
        counts.loops++;
        continue;
      }
      await walk(path, counts, new Set([...ancestors, real]), files);
    } else if (isFile && TEXT_FILE.test(name)) files.push({ path });
    else if (isFile) counts.other++;
  }
}

/**
 * Every text file (`.txt`, `.text`, `.md`) below the given folders (or the files themselves),
 * in a stable order: folders as given, then paths sorted, so reruns see the same corpus.
 * Entries passed over are counted in `skipped`.
 */
export async function listCorpusFiles(inputs: readonly string[]): Promise<CorpusListing> {
  const files: CorpusFile[] = [];
  const seen = new Set<string>();
  const counts: WalkCounts = { hidden: 0, other: 0, loops: 0 };
  for (const input of inputs) {
    const folder = resolve(input);
    let info: Stats;
    try {
      info = await stat(folder);
    } catch (cause) {
      throw new SejajarError('ENOENT', `${input}: no such file or folder`, { cause });
    }
    const found: { path: string; error?: string | undefined }[] = [];
    if (info.isDirectory()) await walk(folder, counts, new Set([await realpath(folder)]), found);
    else found.push({ path: folder });
    found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const { path, error } of found) {
      if (seen.has(path)) continue;
      seen.add(path);
      const id = info.isDirectory() ? join(input, relative(folder, path)) : input;
      files.push(error === undefined ? { id, path } : { id, path, error });
    }
  }
  const skipped: string[] = [];
  if (counts.hidden > 0) skipped.push(`${counts.hidden} hidden ${counts.hidden === 1 ? 'entry' : 'entries'} (name starting with ".")`);
  if (counts.other > 0) skipped.push(`${counts.other} ${counts.other === 1 ? 'file' : 'files'} not named .txt, .text or .md`);
  if (counts.loops > 0) skipped.push(`${counts.loops} symbolic ${counts.loops === 1 ? 'link' : 'links'} back into a folder already walked`);
  return { files, skipped };
}

/** SHA-256 of bytes, hex: the identity of an input in the resume state. */
export const contentHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The content hash of a file, or its read error as a message. */
export async function hashFile(path: string): Promise<{ hash: string } | { error: string }> {
  try {
    return { hash: contentHash(await readFile(path)) };
  } catch (error) {
    return { error: `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}

/**
 * Read and decode a file that was hashed earlier in the run, refusing it if it has changed since:
 * a result computed on other text than its key says would make a resume differ from a clean run.
 */
export async function readVerified(path: string, hash: string, name = path): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new SejajarError(
      code === 'ENOENT' ? 'ENOENT' : 'EREAD',
      `${name}: ${code === 'ENOENT' ? 'removed' : `cannot read (${code})`} during the run; run again with --resume`,
      { cause },
    );
  }
  if (contentHash(bytes) !== hash) {
    throw new SejajarError('BAD_INPUT', `${name}: changed during the run; run again with --resume (finished work on unchanged files is kept)`);
  }
  return decodeText(bytes, name);
}

/** Every listed file's content hash, or why it cannot be read; `onDone` counts files done. */
export async function hashFiles(
  files: readonly CorpusFile[],
  onDone: (done: number) => void,
): Promise<{ refs: Map<string, FileRef>; unreadable: Map<string, string> }> {
  const refs = new Map<string, FileRef>();
  const unreadable = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    if (file.error !== undefined) unreadable.set(file.id, `${file.id}: ${file.error}`);
    else {
      const outcome = await hashFile(file.path);
      if ('hash' in outcome) refs.set(file.id, { id: file.id, path: file.path, hash: outcome.hash });
      else unreadable.set(file.id, `${file.id}: ${outcome.error}`);
    }
    onDone(i + 1);
  }
  return { refs, unreadable };
}
