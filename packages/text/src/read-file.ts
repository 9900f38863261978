// readTextFile for Node.js, where files are read with node:fs. Chosen by the `#read-file` import in
// package.json for the `node` condition; every other platform (a browser bundle) gets
// read-file.browser.ts, so the package bundles without Node built-ins.
import { readFile } from 'node:fs/promises';
import { decodeText } from './decode.js';
import { SejajarError } from './errors.js';

/** Read a file and decode it with {@link decodeText}; a missing file is a `SejajarError` naming the path. */
export async function readTextFile(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      // A name with bytes that are not UTF-8 reaches Node as U+FFFD and cannot be opened by it.
      const hint = path.includes('\uFFFD') ? ' (its name has bytes that are not UTF-8, which Node.js cannot open by name: rename the file)' : '';
      throw new SejajarError('ENOENT', `${path}: no such file${hint}`, { cause });
    }
    if (code === 'EISDIR') throw new SejajarError('EREAD', `${path}: is a directory, expected a text file`, { cause });
    throw new SejajarError('EREAD', `${path}: cannot read (${code ?? String(cause)})`, { cause });
  }
  return decodeText(bytes, path);
}
