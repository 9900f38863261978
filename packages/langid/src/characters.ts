/**
 * The character model behind a script model's words off the lists: per language, a character
 * trigram model with Dirichlet back-off (trigram → bigram → unigram), trained on the words of
 * that language's list, kept as flat tables of log-probabilities: sorted integer keys (an n-gram
 * of character codes) and one float per language for each key. Training ({@link CharacterCounts})
 * runs at build time; scoring ({@link addCharacterScores}) reads the tables as stored.
 */
import { searchSorted } from '@sejajar/tables';

/** Dirichlet priors of the back-off (trigram → bigram → unigram). */
const PRIOR_TRIGRAM = 2;
const PRIOR_BIGRAM = 2;
const UNIGRAM_SMOOTHING = 0.5;
const ALPHABET = 100;
/** The parameters above, recorded in data/langid.bin so that a file built with others is refused. */
export const CHARACTER_PARAMS = { PRIOR_TRIGRAM, PRIOR_BIGRAM, UNIGRAM_SMOOTHING, ALPHABET } as const;
/** Character codes: 0 for a letter no list has, 1 before a word, 2 after it, then letters. */
const UNSEEN = 0;
const START = 1;
const END = 2;
const FIRST_LETTER = 3;

/** n-grams (`(a · base + b) · base + c` for a trigram), ascending → log P, `width` floats per key. */
export interface NgramTable {
  readonly keys: Int32Array;
  readonly values: Float32Array;
}

/** The character model of one script's languages, as stored in data/langid.bin. */
export interface CharacterTables {
  /** Number of languages: floats per key. */
  readonly width: number;
  /** The letters of every list, ascending; letter `alphabet[i]` has code `i + 3`. */
  readonly alphabet: Uint32Array;
  readonly tri: NgramTable;
  /** Trigram contexts "ab": the back-off weight of a context some language has seen. */
  readonly ctx2: NgramTable;
  readonly bi: NgramTable;
  /** Bigram contexts "b". */
  readonly ctx1: NgramTable;
  readonly uni: NgramTable;
  /** log P of a letter no list has, per language. */
  readonly unseen: Float32Array;
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

/** The keys of `counts`, ascending, each with log p(key, column) for every column. */
function table(counts: Counts, width: number, p: (key: number, column: number) => number): NgramTable {
  const keys = Int32Array.from(counts.rows.keys()).sort();
  const values = new Float32Array(keys.length * width);
  keys.forEach((key, row) => {
    for (let col = 0; col < width; col++) values[row * width + col] = Math.log(p(key, col));
  });
  return { keys, values };
}

/** The code of character `ch` (a UTF-16 code unit) in `alphabet`. */
function codeOf(alphabet: Uint32Array, ch: number): number {
  const i = searchSorted(alphabet, ch);
  return i < 0 ? UNSEEN : i + FIRST_LETTER;
}

/**
 * Character n-gram counts of `width` languages, trained word by word with {@link addWord}, then
 * turned into tables with {@link tables}. The alphabet is every character of the given word
 * lists (space-separated), so codes are the same for training and scoring.
 */
export class CharacterCounts {
  private readonly alphabet: Uint32Array;
  private readonly base: number;
  private readonly tri: Counts;
  private readonly ctx2: Counts;
  private readonly bi: Counts;
  private readonly ctx1: Counts;
  private readonly uni: Counts;
  private readonly totals: Float64Array;

  constructor(
    lists: readonly string[],
    private readonly width: number,
  ) {
    const letters = new Set<number>();
    for (const list of lists) for (let i = 0; i < list.length; i++) if (list.charCodeAt(i) !== 32) letters.add(list.charCodeAt(i));
    this.alphabet = Uint32Array.from(letters).sort();
    this.base = this.alphabet.length + FIRST_LETTER;
    // Trigram keys are stored as 32-bit integers.
    if (this.base ** 3 > 2 ** 31) throw new RangeError(`@sejajar/langid: ${this.alphabet.length} letters in one script are too many for 32-bit trigram keys`);
    this.tri = new Counts(width);
    this.ctx2 = new Counts(width);
    this.bi = new Counts(width);
    this.ctx1 = new Counts(width);
    this.uni = new Counts(width);
    this.totals = new Float64Array(width);
  }

  /** Count the characters of `word` (with its start and end) for language `col`. */
  addWord(word: string, col: number): void {
    const base = this.base;
    let a = START;
    let b = START;
    for (let i = 0; i <= word.length; i++) {
      const c = i < word.length ? codeOf(this.alphabet, word.charCodeAt(i)) : END;
      this.tri.add((a * base + b) * base + c, col);
      this.ctx2.add(a * base + b, col);
      this.bi.add(b * base + c, col);
      this.ctx1.add(b, col);
      this.uni.add(c, col);
      this.totals[col]!++;
      a = b;
      b = c;
    }
  }

  /** The tables of log-probabilities from the counts so far. */
  tables(): CharacterTables {
    const { tri, ctx2, bi, ctx1, uni, totals, width, base } = this;
    const unigram = (c: number, col: number): number => (uni.get(c, col) + UNIGRAM_SMOOTHING) / (totals[col]! + UNIGRAM_SMOOTHING * ALPHABET);
    const bigram = (b: number, c: number, col: number): number =>
      (bi.get(b * base + c, col) + PRIOR_BIGRAM * unigram(c, col)) / (ctx1.get(b, col) + PRIOR_BIGRAM);
    const unseen = new Float32Array(width);
    for (let col = 0; col < width; col++) unseen[col] = Math.log(unigram(UNSEEN, col));
    return {
      width,
      alphabet: this.alphabet,
      tri: table(tri, width, (key, col) => {
        const c = key % base;
        const ab = (key - c) / base;
        const b = ab % base;
        return (tri.get(key, col) + PRIOR_TRIGRAM * bigram(b, c, col)) / (ctx2.get(ab, col) + PRIOR_TRIGRAM);
      }),
      // A trigram whose context "ab" some language has seen, with no "abc" anywhere, still pays
      // that language's context prior: P = prior · P(c|b) / (count(ab·) + prior). Same for "b".
      ctx2: table(ctx2, width, (key, col) => PRIOR_TRIGRAM / (ctx2.get(key, col) + PRIOR_TRIGRAM)),
      bi: table(bi, width, (key, col) => bigram(Math.floor(key / base), key % base, col)),
      ctx1: table(ctx1, width, (key, col) => PRIOR_BIGRAM / (ctx1.get(key, col) + PRIOR_BIGRAM)),
      uni: table(uni, width, (key, col) => unigram(key, col)),
      unseen,
    };
  }
}

/** Add the row of `key` in `table` to `into`; false when no language has seen the n-gram. */
function addRow(into: Float64Array, table: NgramTable, width: number, key: number): boolean {
  const row = searchSorted(table.keys, key);
  if (row < 0) return false;
  const values = table.values;
  const start = row * width;
  for (let k = 0; k < width; k++) into[k]! += values[start + k]!;
  return true;
}

/** Add log P_chars(word | L) to `into`, per language (column). */
export function addCharacterScores(tables: CharacterTables, word: string, into: Float64Array): void {
  const { width, alphabet, tri, ctx2, bi, ctx1, uni, unseen } = tables;
  const base = alphabet.length + FIRST_LETTER;
  let a = START;
  let b = START;
  for (let i = 0; i <= word.length; i++) {
    const c = i < word.length ? codeOf(alphabet, word.charCodeAt(i)) : END;
    if (!addRow(into, tri, width, (a * base + b) * base + c)) {
      addRow(into, ctx2, width, a * base + b);
      if (!addRow(into, bi, width, b * base + c)) {
        addRow(into, ctx1, width, b);
        if (!addRow(into, uni, width, c)) for (let k = 0; k < width; k++) into[k]! += unseen[k]!;
      }
    }
    a = b;
    b = c;
  }
}
