import { existsSync, readFileSync } from 'node:fs';
import { data as francData } from 'franc/data.js';

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

interface LexiconFile {
  version: number;
  languages: Record<string, { ranked: boolean; source: string; words: string }>;
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
/** Dirichlet priors of the character model's back-off (trigram → bigram → unigram). */
const PRIOR_TRIGRAM = 2;
const PRIOR_BIGRAM = 2;
const UNIGRAM_SMOOTHING = 0.5;
const ALPHABET = 100;
/** Character codes: 0 for a letter no list has, 1 before a word, 2 after it, then letters. */
const UNSEEN = 0;
const START = 1;
const END = 2;

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

let lexicon: LexiconFile | undefined;
const models = new Map<string, ScriptModel | null>();

/** The word model of a script (`Latin`, `Cyrillic`…), or null when no list is in that script. */
export function scriptModel(script: string): ScriptModel | null {
  let model = models.get(script);
  if (model === undefined) {
    lexicon ??= readLexicon();
    const codes = Object.keys(lexicon.languages)
      .filter((code) => (FRANC_SCRIPT_OF.get(code) ?? 'Latin') === script)
      .sort();
    model = codes.length === 0 ? null : buildModel(lexicon, codes);
    models.set(script, model);
    if ([...FRANC_SCRIPT_LANGUAGES.keys()].every((s) => models.has(s))) lexicon = undefined;
  }
  return model;
}

function readLexicon(): LexiconFile {
  const url = new URL('../data/lexicon.json', import.meta.url);
  if (!existsSync(url)) {
    // A broken install, not bad input: the build derives this file from npm packages.
    throw new Error(`@sejajar/langid: ${url.pathname} is missing; run \`pnpm build\` to derive the word lists`);
  }
  return JSON.parse(readFileSync(url, 'utf8')) as LexiconFile;
}

/** n-gram keys → row, with a count per language in one flat array. */
class Counts {
  readonly rows = new Map<number, number>();
  counts: Uint32Array;
  constructor(readonly width: number) {
    this.counts = new Uint32Array(1024 * width);
  }
  add(key: number, column: number): void {
    let row = this.rows.get(key);
    if (row === undefined) {
      row = this.rows.size;
      this.rows.set(key, row);
      if ((row + 1) * this.width > this.counts.length) {
        const grown = new Uint32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    this.counts[row * this.width + column]!++;
  }
  get(key: number, column: number): number {
    const row = this.rows.get(key);
    return row === undefined ? 0 : this.counts[row * this.width + column]!;
  }
}

/** A table of log-probabilities: key → one float per column. */
interface Table {
  readonly rows: ReadonlyMap<number, number>;
  readonly values: Float32Array;
}

function table(counts: Counts, width: number, p: (key: number, column: number) => number): Table {
  const values = new Float32Array(counts.rows.size * width);
  for (const [key, row] of counts.rows) {
    for (let col = 0; col < width; col++) values[row * width + col] = Math.log(p(key, col));
  }
  return { rows: counts.rows, values };
}

function buildModel(file: LexiconFile, codes: readonly string[]): ScriptModel {
  const column = new Map(codes.map((code, i) => [code, i]));
  const width = codes.length;
  const lists = codes.map((code) => file.languages[code]!);

  // Alphabet: every character of every list gets a small code.
  const alphabet = new Map<number, number>();
  for (const list of lists) {
    for (let i = 0; i < list.words.length; i++) {
      const ch = list.words.charCodeAt(i);
      if (ch !== 32 && !alphabet.has(ch)) alphabet.set(ch, alphabet.size + 3);
    }
  }
  const base = alphabet.size + 3;
  const code = (ch: number): number => alphabet.get(ch) ?? UNSEEN;

  // Listed words, and the counts of the character model.
  let size = 0;
  for (const list of lists) size += list.words.split(' ').length;
  const words = new Map<string, number>();
  const entryColumn = new Uint8Array(size);
  const entryScore = new Float32Array(size);
  const entryNext = new Int32Array(size);
  let entries = 0;
  const offList = new Float32Array(width);
  const tri = new Counts(width);
  const ctx2 = new Counts(width);
  const bi = new Counts(width);
  const ctx1 = new Counts(width);
  const uni = new Counts(width);
  const totals = new Float64Array(width);
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
      if (list.ranked && rank < CHARS_FROM_RANK) return;
      let a = START;
      let b = START;
      for (let i = 0; i <= word.length; i++) {
        const c = i < word.length ? code(word.charCodeAt(i)) : END;
        tri.add((a * base + b) * base + c, col);
        ctx2.add(a * base + b, col);
        bi.add(b * base + c, col);
        ctx1.add(b, col);
        uni.add(c, col);
        totals[col]!++;
        a = b;
        b = c;
      }
    });
  });


  const unigram = (c: number, col: number): number =>
    (uni.get(c, col) + UNIGRAM_SMOOTHING) / (totals[col]! + UNIGRAM_SMOOTHING * ALPHABET);
  const bigram = (b: number, c: number, col: number): number =>
    (bi.get(b * base + c, col) + PRIOR_BIGRAM * unigram(c, col)) / (ctx1.get(b, col) + PRIOR_BIGRAM);
  const triTable = table(tri, width, (key, col) => {
    const c = key % base;
    const ab = (key - c) / base;
    const b = ab % base;
    return (tri.get(key, col) + PRIOR_TRIGRAM * bigram(b, c, col)) / (ctx2.get(ab, col) + PRIOR_TRIGRAM);
  });
  const biTable = table(bi, width, (key, col) => bigram(Math.floor(key / base), key % base, col));
  // A trigram whose context "ab" some language has seen, with no "abc" anywhere, still pays
  // that language's context prior: P = prior · P(c|b) / (count(ab·) + prior). Same for "b".
  const ctx2Table = table(ctx2, width, (key, col) => PRIOR_TRIGRAM / (ctx2.get(key, col) + PRIOR_TRIGRAM));
  const ctx1Table = table(ctx1, width, (key, col) => PRIOR_BIGRAM / (ctx1.get(key, col) + PRIOR_BIGRAM));
  const uniTable = table(uni, width, (key, col) => unigram(key, col));
  const unseen = new Float32Array(width);
  for (let col = 0; col < width; col++) unseen[col] = Math.log(unigram(UNSEEN, col));

  const addRow = (into: Float64Array, t: Table, key: number): boolean => {
    const row = t.rows.get(key);
    if (row === undefined) return false;
    const values = t.values;
    const start = row * width;
    for (let k = 0; k < width; k++) into[k]! += values[start + k]!;
    return true;
  };
  const chars = (word: string, into: Float64Array): void => {
    let a = START;
    let b = START;
    for (let i = 0; i <= word.length; i++) {
      const c = i < word.length ? code(word.charCodeAt(i)) : END;
      if (!addRow(into, triTable, (a * base + b) * base + c)) {
        addRow(into, ctx2Table, a * base + b);
        if (!addRow(into, biTable, b * base + c)) {
          addRow(into, ctx1Table, b);
          if (!addRow(into, uniTable, c)) for (let k = 0; k < width; k++) into[k]! += unseen[k]!;
        }
      }
      a = b;
      b = c;
    }
  };

  return {
    codes,
    column,
    offList,
    words,
    entryColumn,
    entryScore,
    entryNext,
    chars,
  };
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
