import { readSharedFile, searchSorted, stringId, stringIndexFrom, unpackTables, type Column, type StringIndex } from '@sejajar/tables';
import { SejajarError } from '@sejajar/text';

export const LM_FORMAT = 'sejajar-garble-lm';
export const LM_VERSION = 1;

/** What data/lm.bin's header carries besides its columns (written by scripts/derive-lm.mjs). */
export interface LanguageModelMeta {
  readonly format: string;
  readonly version: number;
  /** Where the n-grams come from: the model and the package (or file) it was read from. */
  readonly source: string;
  /** How the word subset was chosen, in words. */
  readonly subset: string;
  /** The source model's n-gram counts (unigrams, bigrams, trigrams), before the subset. */
  readonly sourceCounts: readonly number[];
  /** The n-grams kept: words, bigrams (not counting placeholders that only lead to trigrams), trigrams. */
  readonly counts: readonly number[];
  /** log10 probability of a word outside the tables: the rarest word of the source model. */
  readonly unknownLogProb: number;
}

/**
 * A trigram back-off language model (CMU Sphinx US English, a subset; see the package README),
 * read from data/lm.bin. Probabilities are log10, as in the ARPA format.
 */
export interface LanguageModel {
  /** The file's metadata: source, subset, counts. */
  readonly meta: LanguageModelMeta;
  /** Number of words in the tables; `<s>` and `</s>` (sentence start and end) among them. */
  readonly size: number;
  /** Whether the tables have `word` (lower case, as the model writes words: "country's", "u.s."). */
  has(word: string): boolean;
  /**
   * log10 P(last | the one or two words before it), with Katz back-off as in the ARPA format:
   * P(w3 | w1 w2) is the trigram's when the model has it, else bo(w1 w2) + log P(w3 | w2); P(w2 |
   * w1) the bigram's, else bo(w1) + log P(w2); a missing back-off weight is 0. A word outside the
   * tables scores `meta.unknownLogProb` and, as history, backs off to the shorter context. Words
   * are looked up as given (the model is lower case; `<s>` starts a sentence, `</s>` ends one).
   * Throws a `SejajarError` (`BAD_INPUT`) unless 1 to 3 words are given.
   */
  logProb(words: readonly string[]): number;
}

/** The tables of a LanguageModel: columns of data/lm.bin (see scripts/derive-lm.mjs). */
interface LanguageModelTables {
  readonly words: StringIndex;
  /** Per word id (ids in decreasing unigram probability): log10 P(w) and back-off weight. */
  readonly unigramProbs: Float32Array;
  readonly unigramBackoffs: Float32Array;
  /** Row `left`: its bigrams' right word ids, ascending, in `bigramRight[bigramStarts[left]..bigramStarts[left + 1]]` (16-bit ids when there are at most 65,536 words). */
  readonly bigramStarts: Uint32Array;
  readonly bigramRight: Uint16Array | Uint32Array;
  /** Per bigram: an index into `bigramProbLevels` (log10; NaN for a placeholder that only leads to trigrams) and `bigramBackoffLevels`. */
  readonly bigramProbCodes: Uint16Array;
  readonly bigramBackoffCodes: Uint16Array;
  readonly bigramProbLevels: Float32Array;
  readonly bigramBackoffLevels: Float32Array;
  /** Row `bigram`: its trigrams' third word ids, ascending, in `trigramThird[trigramStarts[b]..trigramStarts[b + 1]]`. */
  readonly trigramStarts: Uint32Array;
  readonly trigramThird: Uint16Array | Uint32Array;
  /** Per trigram: an index into `trigramProbLevels` (log10). */
  readonly trigramProbCodes: Uint16Array;
  readonly trigramProbLevels: Float32Array;
}

function column<T extends Column>(columns: Readonly<Record<string, Column>>, name: string, type: new (length: number) => T, where: string): T {
  const found = columns[name];
  if (!(found instanceof type))
    throw new SejajarError('BAD_INPUT', `@sejajar/garble: ${where} have no ${type.name} column "${name}"; rebuild data/lm.bin (\`pnpm build\`)`);
  return found;
}

/** A column of word ids: 16-bit when `size` allows (see `idArray` in lm-build.ts). */
function idColumn(columns: Readonly<Record<string, Column>>, name: string, size: number, where: string): Uint16Array | Uint32Array {
  return size <= 65536 ? column(columns, name, Uint16Array, where) : column(columns, name, Uint32Array, where);
}

/** The language model over an lm.bin file's bytes, checked to be one. */
export function languageModelOf(bytes: Uint8Array, where: string): LanguageModel {
  let meta: LanguageModelMeta;
  let columns: Readonly<Record<string, Column>>;
  try {
    ({ meta, columns } = unpackTables<LanguageModelMeta>(bytes));
  } catch (cause) {
    throw new SejajarError('BAD_INPUT', `@sejajar/garble: ${where} are not language-model tables (${(cause as Error).message})`, { cause });
  }
  if (meta?.format !== LM_FORMAT || meta.version !== LM_VERSION) {
    throw new SejajarError(
      'BAD_INPUT',
      `@sejajar/garble: ${where} hold ${meta?.format ?? 'unknown'} tables version ${meta?.version}, this version reads ${LM_FORMAT} version ${LM_VERSION}; rebuild the data (\`pnpm build\`)`,
    );
  }
  let words: StringIndex;
  try {
    words = stringIndexFrom(columns, 'words');
  } catch (cause) {
    throw new SejajarError('BAD_INPUT', `@sejajar/garble: ${where} have no word index`, { cause });
  }
  const tables: LanguageModelTables = {
    words,
    unigramProbs: column(columns, 'unigramProbs', Float32Array, where),
    unigramBackoffs: column(columns, 'unigramBackoffs', Float32Array, where),
    bigramStarts: column(columns, 'bigramStarts', Uint32Array, where),
    bigramRight: idColumn(columns, 'bigramRight', words.size, where),
    bigramProbCodes: column(columns, 'bigramProbCodes', Uint16Array, where),
    bigramBackoffCodes: column(columns, 'bigramBackoffCodes', Uint16Array, where),
    bigramProbLevels: column(columns, 'bigramProbLevels', Float32Array, where),
    bigramBackoffLevels: column(columns, 'bigramBackoffLevels', Float32Array, where),
    trigramStarts: column(columns, 'trigramStarts', Uint32Array, where),
    trigramThird: idColumn(columns, 'trigramThird', words.size, where),
    trigramProbCodes: column(columns, 'trigramProbCodes', Uint16Array, where),
    trigramProbLevels: column(columns, 'trigramProbLevels', Float32Array, where),
  };
  const model: LanguageModel = {
    meta,
    size: words.size,
    has: (word) => stringId(words, word) >= 0,
    logProb: (sequence) => logProbOf(tables, meta.unknownLogProb, sequence),
  };
  scorers.set(model, scorerOf(tables, meta.unknownLogProb));
  return model;
}

/** History slot with no word in it (a sentence edge or punctuation before the context): the shorter context is used. */
export const NO_WORD = -2;

/**
 * The detector's access to a {@link LanguageModel} by word ids, without hashing a word again
 * for every look-up. Internal: not exported from the package's index.
 */
export interface LanguageModelScorer {
  /** The word's id, or -1 for a word outside the tables. */
  id(word: string): number;
  /**
   * log10 P(w3 | w1 w2) with Katz back-off, by ids: -1 for a word outside the tables, and
   * {@link NO_WORD} for no history word (w1 or w2): then the shorter context is used, and
   * with w2 = NO_WORD the unigram. The n-gram order that answered (1 to 3) is left in
   * {@link LanguageModelScorer.order}.
   */
  logProb(w1: number, w2: number, w3: number): number;
  /** The n-gram order that answered the last {@link LanguageModelScorer.logProb}: 3 for a trigram found. */
  order: number;
}

const scorers = new WeakMap<LanguageModel, LanguageModelScorer>();

/** The id-level scorer of a model read by {@link languageModelOf}. */
export function scorerOf(model: LanguageModel): LanguageModelScorer | undefined;
export function scorerOf(t: LanguageModelTables, unknown: number): LanguageModelScorer;
export function scorerOf(source: LanguageModel | LanguageModelTables, unknown?: number): LanguageModelScorer | undefined {
  if (unknown === undefined) return scorers.get(source as LanguageModel);
  const t = source as LanguageModelTables;
  const scorer: LanguageModelScorer = {
    order: 0,
    id: (word) => stringId(t.words, word),
    logProb(w1, w2, w3) {
      if (w3 < 0) {
        scorer.order = 0;
        return unknown;
      }
      if (w2 === NO_WORD) {
        scorer.order = 1;
        return t.unigramProbs[w3]!;
      }
      if (w1 !== NO_WORD && w2 >= 0) {
        const history = w1 < 0 ? -1 : bigramOf(t, w1, w2);
        const trigram = trigramOf(t, history, w3);
        if (trigram >= 0) {
          scorer.order = 3;
          return t.trigramProbLevels[t.trigramProbCodes[trigram]!]!;
        }
        const backoff = history < 0 ? 0 : t.bigramBackoffLevels[t.bigramBackoffCodes[history]!]!;
        return backoff + bigramWithOrder(scorer, t, unknown, w2, w3);
      }
      return bigramWithOrder(scorer, t, unknown, w2, w3);
    },
  };
  return scorer;
}

/** {@link bigramLogProb}, leaving the order that answered (2 or 1) in `scorer.order`. */
function bigramWithOrder(scorer: LanguageModelScorer, t: LanguageModelTables, unknown: number, w1: number, w2: number): number {
  const bigram = bigramOf(t, w1, w2);
  const prob = bigram < 0 ? Number.NaN : t.bigramProbLevels[t.bigramProbCodes[bigram]!]!;
  if (!Number.isNaN(prob)) {
    scorer.order = 2;
    return prob;
  }
  scorer.order = 1;
  return bigramLogProb(t, unknown, w1, w2);
}

/**
 * Recent bigram look-ups, direct-mapped by (left, right): the readings of one word's candidates
 * ask for the same pairs again and again (the history before the word, the pair the word makes
 * with each neighbour as a bigram and as the history of a trigram), and a search of a common
 * word's row takes a dozen steps. A pure function's memo: the answers are the same.
 */
const BIGRAM_MEMO = 64;
const memoLeft = new Int32Array(BIGRAM_MEMO).fill(-1);
const memoRight = new Int32Array(BIGRAM_MEMO);
const memoIndex = new Int32Array(BIGRAM_MEMO);
let memoTables: LanguageModelTables | undefined;

/** The bigram (left, right)'s index, or -1. */
function bigramOf(t: LanguageModelTables, left: number, right: number): number {
  if (left < 0 || right < 0) return -1;
  if (memoTables !== t) {
    memoLeft.fill(-1);
    memoTables = t;
  }
  const slot = (left * 31 + right) & (BIGRAM_MEMO - 1);
  if (memoLeft[slot] === left && memoRight[slot] === right) return memoIndex[slot]!;
  const found = searchSorted(t.bigramRight, right, t.bigramStarts[left]!, t.bigramStarts[left + 1]!);
  memoLeft[slot] = left;
  memoRight[slot] = right;
  memoIndex[slot] = found;
  return found;
}

/** The trigram (bigram's words, third)'s index, or -1. */
function trigramOf(t: LanguageModelTables, bigram: number, third: number): number {
  if (bigram < 0 || third < 0) return -1;
  return searchSorted(t.trigramThird, third, t.trigramStarts[bigram]!, t.trigramStarts[bigram + 1]!);
}

/** log10 P(w2 | w1) with back-off (ids; -1 for a word outside the tables). */
function bigramLogProb(t: LanguageModelTables, unknown: number, w1: number, w2: number): number {
  if (w2 < 0) return unknown;
  const bigram = bigramOf(t, w1, w2);
  const prob = bigram < 0 ? Number.NaN : t.bigramProbLevels[t.bigramProbCodes[bigram]!]!;
  if (!Number.isNaN(prob)) return prob;
  return (w1 < 0 ? 0 : t.unigramBackoffs[w1]!) + t.unigramProbs[w2]!;
}

function logProbOf(t: LanguageModelTables, unknown: number, sequence: readonly string[]): number {
  if (!Array.isArray(sequence) || sequence.length < 1 || sequence.length > 3 || !sequence.every((w) => typeof w === 'string')) {
    throw new SejajarError('BAD_INPUT', `languageModel().logProb: expected 1 to 3 words (strings), got ${JSON.stringify(sequence)}`);
  }
  const ids = sequence.map((word) => stringId(t.words, word));
  if (ids.length === 1) return ids[0]! < 0 ? unknown : t.unigramProbs[ids[0]!]!;
  if (ids.length === 2) return bigramLogProb(t, unknown, ids[0]!, ids[1]!);
  const [w1, w2, w3] = ids as [number, number, number];
  if (w3 < 0) return unknown;
  const history = bigramOf(t, w1, w2);
  const trigram = trigramOf(t, history, w3);
  if (trigram >= 0) return t.trigramProbLevels[t.trigramProbCodes[trigram]!]!;
  return (history < 0 ? 0 : t.bigramBackoffLevels[t.bigramBackoffCodes[history]!]!) + bigramLogProb(t, unknown, w2, w3);
}

/** Not yet read (undefined), read (a model), or looked for and missing (null). */
let cached: LanguageModel | null | undefined;
/** The bytes behind `cached`, for worker threads. */
let cachedBytes: Uint8Array | undefined;

/**
 * The CMU Sphinx US English trigram language model (a subset: see the package README), read
 * from data/lm.bin on first call and kept; `undefined` when the file cannot be read: the build
 * did not derive it (its source package was not installed), or there is no file system (a
 * browser bundle). Costs nothing until called. Throws a `SejajarError`
 * (`BAD_INPUT`) when the file is there but is not such tables (rebuild).
 */
export function languageModel(): LanguageModel | undefined {
  if (cached !== undefined) return cached ?? undefined;
  const file = new URL('../data/lm.bin', import.meta.url);
  let bytes: Uint8Array;
  try {
    bytes = readSharedFile(file);
  } catch {
    // Not derived (its source package was not installed), or no file system (a browser bundle).
    cached = null;
    return undefined;
  }
  cached = languageModelOf(bytes, 'packages/garble/data/lm.bin');
  cachedBytes = bytes;
  return cached;
}

/**
 * The language model's bytes (data/lm.bin, read on first call into a SharedArrayBuffer) or those
 * given to {@link useLanguageModelTables}: post them to a worker thread, which passes them to
 * `useLanguageModelTables`, and every thread uses one copy (28 MB) in place. `undefined` when
 * there is no model (see {@link languageModel}).
 */
export function languageModelTables(): Uint8Array | undefined {
  languageModel();
  return cachedBytes;
}

/**
 * Use `bytes` (from {@link languageModelTables} in another thread) as the language model,
 * instead of reading data/lm.bin. Throws a `TypeError` when `bytes` is not a Uint8Array, and a
 * `SejajarError` (`BAD_INPUT`) when they are not language-model tables of this version (the
 * model in use is then kept).
 */
export function useLanguageModelTables(bytes: Uint8Array): void {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`useLanguageModelTables: expected a Uint8Array from languageModelTables(), got ${typeof bytes}`);
  cached = languageModelOf(bytes, 'the bytes given to useLanguageModelTables');
  cachedBytes = bytes;
}
