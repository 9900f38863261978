// The language model's bytes where there is no file system (the `default` of the `#langid-tables`
// import in package.json): built on first use from the word lists the bundler inlined, by the
// same builder that writes data/langid.bin at build time, so answers are the same everywhere.
// Building costs about a second of CPU once; the bundle stays free of Node.js built-ins.
import { buildLangidTables } from './build.js';
import { readWordLists } from '#word-lists';

/** data/langid.bin's bytes, built from the inlined word lists (in shared memory where the page may have it). */
export function loadLangidTables(): Uint8Array {
  const built = buildLangidTables(readWordLists());
  // SharedArrayBuffer exists only on cross-origin-isolated pages; elsewhere the bytes stay as built.
  if (typeof SharedArrayBuffer !== 'function') return built;
  const shared = new Uint8Array(new SharedArrayBuffer(built.byteLength));
  shared.set(built);
  return shared;
}

/** Where the bytes come from, for error messages. */
export const LANGID_TABLES_SOURCE = 'the language model built from the inlined word lists';
