// readTextFile where there is no file system (the `default` of the `#read-file` import in
// package.json): the function exists on every platform, so the package has one API, and says
// what to do instead of failing on a missing Node built-in.
import { SejajarError } from './errors.js';

/** Read a file and decode it with {@link decodeText}: Node.js only; elsewhere it rejects with a `SejajarError` (`EREAD`). */
export async function readTextFile(path: string): Promise<string> {
  throw new SejajarError(
    'EREAD',
    `${path}: readTextFile reads files with Node.js only; in a browser, decode a File's or a fetch response's bytes with decodeText`,
  );
}
