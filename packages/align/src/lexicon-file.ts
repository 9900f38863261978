// Where the built-in lexicon's text comes from on Node.js: the one place @sejajar/align reads a
// file. The data lies in lexicon/, beside src/ and dist/ (and listed in package.json `files`), so one
// relative URL serves the sources (jest, type-checking), the build and a published install. It is
// read on first use only. The `#lexicon-file` import in package.json chooses this module for the
// `node` condition; every other platform (a browser bundle) gets lexicon-file.browser.ts instead.
import { readFileSync } from 'node:fs';
import { SejajarError } from '@sejajar/text';

/** The built-in Indonesian → English lexicon as `indonesian<TAB>english` lines (`lexicon/id-en.tsv`). */
export function readIndonesianEnglish(): string {
  const url = new URL('../lexicon/id-en.tsv', import.meta.url);
  try {
    return readFileSync(url, 'utf8');
  } catch (cause) {
    // A broken install, not bad input: the file ships with the package.
    throw new SejajarError('EREAD', `@sejajar/align: cannot read its built-in lexicon ${url.pathname}; reinstall @sejajar/align`, { cause });
  }
}
