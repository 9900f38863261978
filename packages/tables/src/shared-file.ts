// Reading a table file for Node.js: chosen by the `#shared-file` import in package.json for the
// `node` condition; every other platform gets shared-file.browser.ts, which has no file system.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * A file's bytes, read whole into a SharedArrayBuffer: views on them ({@link unpackTables}) can
 * be posted to worker threads, which then use the same memory instead of reading the file again.
 * Throws the file system's error (ENOENT…) as it is, for the caller to say what is missing.
 */
export function readSharedFile(path: URL | string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    for (let at = 0; at < size; ) {
      const read = readSync(fd, bytes, at, size - at, at);
      if (read === 0) throw new Error(`${String(path)} ended after ${at} of ${size} bytes (was it being rewritten?)`);
      at += read;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}
