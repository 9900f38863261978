import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readTextFile } from '@sejajar/text';

/**
 * Read every .txt file of a folder, sorted by name.
 * @returns {Promise<{ name: string, path: string, text: string }[]>}
 */
export async function loadCorpus(folderUrl) {
  const folder = fileURLToPath(folderUrl);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(folder, name);
      return { name, path, text: await readTextFile(path) };
    }),
  );
}

/** Shorten a text to `width` characters for a one-line display. */
export function clip(text, width = 90) {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : flat.slice(0, width - 1) + '…';
}
