/**
 * The one builder of the word models: word lists in, data/langid.bin's bytes out. It runs at
 * build time in Node.js (scripts/derive.mjs imports it from dist/) and at run time in a browser
 * bundle, which has the word lists inlined and no file to read (langid-tables.browser.ts).
 */
import { type Column, indexStrings, packTables } from '@sejajar/tables';
import { CharacterCounts } from './characters.js';
import { type LangidMeta, MODEL_PARAMS, type ScriptModel, langidMeta, scriptColumns } from './model-file.js';
import { FRANC_SCRIPT_LANGUAGES, FRANC_SCRIPT_OF } from './script.js';
import type { WordLists } from './word-lists.js';

const { KNOWN_RANKED, KNOWN_UNRANKED, ZIPF_OFFSET, CHARS_FROM_RANK } = MODEL_PARAMS;

/** Build every script's word model from the word lists (data/lexicon.json) and pack them as data/langid.bin. */
export function buildLangidTables(lists: WordLists): Uint8Array {
  const scripts: Record<string, LangidMeta['scripts'][string]> = {};
  const columns: Record<string, Column> = {};
  for (const script of FRANC_SCRIPT_LANGUAGES.keys()) {
    const codes = Object.keys(lists.languages)
      .filter((code) => (FRANC_SCRIPT_OF.get(code) ?? 'Latin') === script)
      .sort();
    if (codes.length === 0) continue;
    scripts[script] = { codes };
    Object.assign(columns, scriptColumns(script, buildModel(lists, codes)));
  }
  return packTables(langidMeta(scripts), columns);
}

function buildModel(file: WordLists, codes: readonly string[]): ScriptModel {
  const width = codes.length;
  if (width > 255) throw new RangeError(`@sejajar/langid: ${width} languages in one script; entry columns are stored in 8 bits`);
  const lists = codes.map((code) => file.languages[code]!);
  const characters = new CharacterCounts(
    lists.map((list) => list.words),
    width,
  );

  // Listed words as linked entries in flat arrays; the character model learns from the same lists.
  let size = 0;
  for (const list of lists) size += list.words.split(' ').length;
  const ids = new Map<string, number>();
  const heads: number[] = [];
  const entryColumn = new Uint8Array(size);
  const entryScore = new Float32Array(size);
  const entryNext = new Int32Array(size);
  let entries = 0;
  const offList = new Float32Array(width);
  lists.forEach((list, col) => {
    const listWords = list.words.split(' ').filter(Boolean);
    const known = list.ranked ? KNOWN_RANKED : KNOWN_UNRANKED;
    offList[col] = Math.log(1 - known);
    const zipfTotal = Math.log((listWords.length + ZIPF_OFFSET + 0.5) / (ZIPF_OFFSET + 0.5));
    listWords.forEach((word, rank) => {
      const p = list.ranked ? 1 / (rank + 1 + ZIPF_OFFSET) / zipfTotal : 1 / listWords.length;
      entryColumn[entries] = col;
      entryScore[entries] = Math.log(known * p);
      let id = ids.get(word);
      if (id === undefined) {
        id = heads.length;
        ids.set(word, id);
        heads.push(-1);
      }
      entryNext[entries] = heads[id]!;
      heads[id] = entries++;
      if (!list.ranked || rank >= CHARS_FROM_RANK) characters.addWord(word, col);
    });
  });

  return {
    codes,
    column: new Map(codes.map((code, i) => [code, i])),
    offList,
    words: indexStrings([...ids.keys()]),
    firstEntry: Int32Array.from(heads),
    // `size` counted empty strings that filter(Boolean) dropped: store only the entries made.
    entryColumn: entryColumn.subarray(0, entries),
    entryScore: entryScore.subarray(0, entries),
    entryNext: entryNext.subarray(0, entries),
    chars: characters.tables(),
  };
}
