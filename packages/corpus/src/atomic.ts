import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';

/** A name beside `path` that no other writer uses; renaming it over `path` is atomic. */
function temporaryName(path: string): string {
  return `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
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
