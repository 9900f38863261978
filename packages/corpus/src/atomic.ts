import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';

/** A name beside `path` that no other writer uses; renaming it over `path` is atomic. */
function temporaryName(path: string): string {
  return `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
}

/** Names that {@link temporaryName} (and the lock's take-over) give: what a killed writer leaves behind. */
const TEMPORARY = /\.(tmp|stale)-\d+-[a-z0-9]+$/;

/**
 * Delete the temporaries a killed run left in these folders (not below them). Only call it while
 * holding the folder's lock: then no live writer owns any of them.
 */
export async function removeTemporaries(folders: readonly string[]): Promise<void> {
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    await Promise.all(names.filter((name) => TEMPORARY.test(name)).map((name) => rm(join(folder, name), { force: true })));
  }
}

/** Write a whole file atomically: readers see the old file or the new one, never half of it. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = temporaryName(path);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** A streamed file that appears under its name only once {@link AtomicStream.commit} succeeds. */
export interface AtomicStream {
  /** Append text, waiting when the disk is slower than the producer (bounded memory). */
  write(text: string): Promise<void>;
  /** Flush, close and rename into place. */
  commit(): Promise<void>;
  /** Close and delete the temporary file. */
  abort(): Promise<void>;
}

/** Open a streamed, atomically committed file (large outputs: TMX, Moses, JSON Lines). */
export async function openAtomicStream(path: string): Promise<AtomicStream> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = temporaryName(path);
  const stream = createWriteStream(temporary);
  return {
    async write(text) {
      if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve));
    },
    async commit() {
      stream.end();
      await finished(stream);
      await rename(temporary, path);
    },
    async abort() {
      stream.destroy();
      await rm(temporary, { force: true });
    },
  };
}
