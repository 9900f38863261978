// The derived word lists for Node.js, read from data/lexicon.json with node:fs on first use. Chosen
// by the `#word-lists` import in package.json for the `node` condition; every other platform (a
// browser bundle) gets word-lists.browser.ts, which has the bundler inline the same file.
import { existsSync, readFileSync } from 'node:fs';

/** data/lexicon.json, derived at build time by scripts/derive.mjs: a word list per franc language code. */
export interface WordLists {
  version: number;
  /** `words`: the list, space-separated, most frequent first when `ranked`. */
  languages: Record<string, { ranked: boolean; source: string; words: string }>;
}

/** The derived word lists (data/lexicon.json), read and parsed on each call: the caller keeps them. */
export function readWordLists(): WordLists {
  const url = new URL('../data/lexicon.json', import.meta.url);
  if (!existsSync(url)) {
    // A broken install, not bad input: the build derives this file from npm packages.
    throw new Error(`@sejajar/langid: ${url.pathname} is missing; run \`pnpm build\` to derive the word lists`);
  }
  return JSON.parse(readFileSync(url, 'utf8')) as WordLists;
}
