/**
 * The character model behind a script model's words off the lists: per language, a character
 * trigram model with Dirichlet back-off (trigram → bigram → unigram), trained on the words of
 * that language's list, kept as flat tables of log-probabilities.
 */

/** Dirichlet priors of the back-off (trigram → bigram → unigram). */
const PRIOR_TRIGRAM = 2;
const PRIOR_BIGRAM = 2;
const UNIGRAM_SMOOTHING = 0.5;
const ALPHABET = 100;
/** Character codes: 0 for a letter no list has, 1 before a word, 2 after it, then letters. */
const UNSEEN = 0;
const START = 1;
const END = 2;

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

/**
 * Character n-gram counts of `width` languages, trained word by word with {@link addWord}, then
 * turned into a scorer with {@link scorer}. The alphabet is every character of the given word
 * lists (space-separated), so codes are the same for training and scoring.
 */
export class CharacterCounts {
  private readonly alphabet = new Map<number, number>();
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
    for (const list of lists) {
      for (let i = 0; i < list.length; i++) {
        const ch = list.charCodeAt(i);
        if (ch !== 32 && !this.alphabet.has(ch)) this.alphabet.set(ch, this.alphabet.size + 3);
      }
    }
    this.base = this.alphabet.size + 3;
    this.tri = new Counts(width);
    this.ctx2 = new Counts(width);
    this.bi = new Counts(width);
    this.ctx1 = new Counts(width);
    this.uni = new Counts(width);
    this.totals = new Float64Array(width);
  }

  private code(ch: number): number {
    return this.alphabet.get(ch) ?? UNSEEN;
  }

  /** Count the characters of `word` (with its start and end) for language `col`. */
  addWord(word: string, col: number): void {
    const base = this.base;
    let a = START;
    let b = START;
    for (let i = 0; i <= word.length; i++) {
      const c = i < word.length ? this.code(word.charCodeAt(i)) : END;
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

  /** A function adding log P_chars(word | L) to `into`, per column, from the counts so far. */
  scorer(): (word: string, into: Float64Array) => void {
    const { tri, ctx2, bi, ctx1, uni, totals, width, base } = this;
    const unigram = (c: number, col: number): number => (uni.get(c, col) + UNIGRAM_SMOOTHING) / (totals[col]! + UNIGRAM_SMOOTHING * ALPHABET);
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
    const code = (ch: number): number => this.code(ch);
    return (word, into) => {
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
  }
}
