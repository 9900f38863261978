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

  // Each listed word's entries (column, score), stored together by word: one lookup finds them
  // all. The character model learns from the same lists.
  const ids = new Map<string, number>();
  const entryWord: number[] = [];
  const entryColumns: number[] = [];
  const entryScores: number[] = [];
  const offList = new Float32Array(width);
  lists.forEach((list, col) => {
    const listWords = list.words.split(' ').filter(Boolean);
    const known = list.ranked ? KNOWN_RANKED : KNOWN_UNRANKED;
    offList[col] = Math.log(1 - known);
    const zipfTotal = Math.log((listWords.length + ZIPF_OFFSET + 0.5) / (ZIPF_OFFSET + 0.5));
    listWords.forEach((word, rank) => {
      const p = list.ranked ? 1 / (rank + 1 + ZIPF_OFFSET) / zipfTotal : 1 / listWords.length;
      let id = ids.get(word);
      if (id === undefined) ids.set(word, (id = ids.size));
      entryWord.push(id);
      entryColumns.push(col);
      entryScores.push(Math.log(known * p));
      if (!list.ranked || rank >= CHARS_FROM_RANK) characters.addWord(word, col);
    });
  });
  // A counting sort by word id: entryStart[id] is where the word's entries begin.
  const entryStart = new Uint32Array(ids.size + 1);
  for (const id of entryWord) entryStart[id + 1]!++;
  for (let id = 0; id < ids.size; id++) entryStart[id + 1]! += entryStart[id]!;
  const next = entryStart.slice(0, ids.size);
  const entryColumn = new Uint8Array(entryWord.length);
  const entryScore = new Float32Array(entryWord.length);
  entryWord.forEach((id, i) => {
    const at = next[id]!++;
    entryColumn[at] = entryColumns[i]!;
    entryScore[at] = entryScores[i]!;
  });

  return {
    codes,
    column: new Map(codes.map((code, i) => [code, i])),
    offList,
    words: indexStrings([...ids.keys()]),
    entryStart,
    entryColumn,
    entryScore,
    chars: characters.tables(),
  };
}
