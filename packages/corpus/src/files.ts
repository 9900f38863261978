import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { SejajarError } from '@sejajar/text';

/** A file of the corpus: `id` is its path as the user would write it (the folder given, then the path below it). */
export interface CorpusFile {
  readonly id: string;
  readonly path: string;
}

const TEXT_FILE = /\.(txt|text|md)$/i;

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const paths: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) paths.push(...(await walk(path)));
    else if (entry.isFile() && TEXT_FILE.test(entry.name)) paths.push(path);
  }
  return paths;
}

/**
 * Every text file (`.txt`, `.text`, `.md`) below the given folders (or the files themselves),
 * in a stable order: folders as given, then paths sorted, so reruns see the same corpus.
 */
export async function listCorpusFiles(inputs: readonly string[]): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const folder = resolve(input);
    let info;
    try {
      info = await stat(folder);
    } catch (cause) {
      throw new SejajarError('ENOENT', `${input}: no such file or folder`, { cause });
    }
    const paths = info.isDirectory() ? (await walk(folder)).sort() : [folder];
    for (const path of paths) {
      if (seen.has(path)) continue;
      seen.add(path);
      files.push({ id: info.isDirectory() ? join(input, relative(folder, path)) : input, path });
    }
  }
  return files;
}
