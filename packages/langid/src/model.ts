import { data as francData } from 'franc/data.js';
import { CharacterCounts } from './characters.js';
import { readWordLists, type WordLists } from '#word-lists';

/**
 * The word model of one script: for each language written in it that has a word list,
 *
 *   P(w | L) = known(L) · P_list(w | L) + (1 − known(L)) · P_chars(w | L)
 *
 * where P_list spreads probability over the list by rank (Zipf) and P_chars is a character
 * trigram model trained on the same list, so words off the list still lean somewhere
 * ("resorbiert" looks German). Built once per script, on first use, from `data/lexicon.json`,
 * into flat typed arrays: a few megabytes per script.
 */
export interface ScriptModel {
  /** franc codes of the languages with a word list in this script; position = column. */
  readonly codes: readonly string[];
  readonly column: ReadonlyMap<string, number>;
  /** log(1 − known(L)) per column: the share of running text off the list. */
  readonly offList: Float32Array;
  /**
   * Listed words → their first entry. Entries form linked lists in flat arrays: column,
   * log(known(L) · P_list(w | L)), and the next entry of the same word (-1 after the last).
   */
  readonly words: ReadonlyMap<string, number>;
  readonly entryColumn: Uint8Array;
  readonly entryScore: Float32Array;
  readonly entryNext: Int32Array;
  /** Add log P_chars(word | L) to `into`, per column. */
  chars(word: string, into: Float64Array): void;
}

/** Share of running text that a ranked 10,000-word list covers, and a short unranked list. */
const KNOWN_RANKED = 0.75;
const KNOWN_UNRANKED = 0.4;
/** Zipf offset: P_list(rank r) ∝ 1 / (r + ZIPF_OFFSET). */
const ZIPF_OFFSET = 2;
/**
 * The character model learns from the words past this rank of a ranked list: it stands for
 * words off the list, which are rarer and longer than "de" or "the".
 */
const CHARS_FROM_RANK = 300;
/** No single word moves a language more than this (in nats) behind the word's best language. */
const WORD_CAP = 8;

/** franc's script group of each language it models by trigrams (`Latin`, `Cyrillic`…). */
export const FRANC_SCRIPT_OF: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [script, languages] of Object.entries(francData)) {
    for (const code of Object.keys(languages)) if (!map.has(code)) map.set(code, script);
  }
  return map;
})();

/** The languages franc models with trigrams, per multi-language script. */
export const FRANC_SCRIPT_LANGUAGES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(francData).map(([script, languages]) => [script, Object.keys(languages)]),
);

let lexicon: WordLists | undefined;
const models = new Map<string, ScriptModel | null>();

/** The word model of a script (`Latin`, `Cyrillic`…), or null when no list is in that script. */
export function scriptModel(script: string): ScriptModel | null {
  let model = models.get(script);
  if (model === undefined) {
    lexicon ??= readWordLists();
    const codes = Object.keys(lexicon.languages)
      .filter((code) => (FRANC_SCRIPT_OF.get(code) ?? 'Latin') === script)
      .sort();
    model = codes.length === 0 ? null : buildModel(lexicon, codes);
    models.set(script, model);
    if ([...FRANC_SCRIPT_LANGUAGES.keys()].every((s) => models.has(s))) lexicon = undefined;
  }
  return model;
}

function buildModel(file: WordLists, codes: readonly string[]): ScriptModel {
  const column = new Map(codes.map((code, i) => [code, i]));
  const width = codes.length;
  const lists = codes.map((code) => file.languages[code]!);
  const characters = new CharacterCounts(
    lists.map((list) => list.words),
    width,
  );

  // Listed words as linked entries in flat arrays; the character model learns from the same lists.
  let size = 0;
  for (const list of lists) size += list.words.split(' ').length;
  const words = new Map<string, number>();
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
      entryNext[entries] = words.get(word) ?? -1;
      words.set(word, entries++);
      if (!list.ranked || rank >= CHARS_FROM_RANK) characters.addWord(word, col);
    });
  });

  return { codes, column, offList, words, entryColumn, entryScore, entryNext, chars: characters.scorer() };
}

/** Scratch space for {@link addWord}, grown to the widest script. */
let scratch = new Float64Array(64);

/**
 * Add `weight` · log P(word | L) to `totals` for every column (the listed-word probability where
 * the word is on L's list, mixed with the character model for words off it), and count list hits.
 * `extra` adds entries ([column, log P, …]) for words known some other way.
 */
export function addWord(
  model: ScriptModel,
  word: string,
  totals: Float64Array,
  hits: Uint32Array,
  weight = 1,
  extra?: ReadonlyMap<string, readonly number[]>,
): void {
  const width = model.codes.length;
  if (scratch.length < width) scratch = new Float64Array(width);
  const scores = scratch;
  for (let k = 0; k < width; k++) scores[k] = model.offList[k]!;
  model.chars(word, scores);
  const first = model.words.get(word);
  if (first !== undefined) {
    for (let i = first; i >= 0; i = model.entryNext[i]!) {
      const col = model.entryColumn[i]!;
      const a = model.entryScore[i]!;
      const b = scores[col]!;
      // log(e^a + e^b), without overflow.
      scores[col] = a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
      hits[col]!++;
    }
  }
  const more = extra?.get(word);
  if (more) {
    for (let i = 0; i < more.length; i += 2) {
      const col = more[i]!;
      const a = more[i + 1]!;
      const b = scores[col]!;
      if (a > b) {
        scores[col] = a;
        hits[col]!++;
      }
    }
  }
  let best = -Infinity;
  for (let k = 0; k < width; k++) best = Math.max(best, scores[k]!);
  const floor = best - WORD_CAP;
  for (let k = 0; k < width; k++) totals[k]! += weight * Math.max(scores[k]!, floor);
}
