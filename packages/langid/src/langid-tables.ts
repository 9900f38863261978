// The language model's bytes for Node.js: data/langid.bin, built by scripts/derive.mjs at build
// time, read whole into shared memory on first use. Chosen by the `#langid-tables` import in
// package.json for the `node` condition; elsewhere (a browser bundle) langid-tables.browser.ts
// builds the same bytes from the inlined word lists.
import { readSharedFile } from '@sejajar/tables';

/**
 * data/langid.bin's bytes in a SharedArrayBuffer, so that worker threads can be handed the
 * same memory (useLangidTables) instead of reading the file again.
 */
export function loadLangidTables(): Uint8Array {
  const url = new URL('../data/langid.bin', import.meta.url);
  try {
    return readSharedFile(url);
  } catch (error) {
    // A broken install, not bad input: the build derives this file from the word lists.
    throw new Error(`@sejajar/langid: cannot read ${url.pathname}; run \`pnpm build\` (or \`node scripts/derive.mjs\`) to build the language model`, {
      cause: error,
    });
  }
}

/** Where the bytes come from, for error messages. */
export const LANGID_TABLES_SOURCE = 'data/langid.bin';
