import { readSharedFile, stringAt, stringId, stringIndexFrom, unpackTables, type Column, type StringIndex } from '@sejajar/tables';
import { SejajarError } from '@sejajar/text';

/** Part of speech as WordNet names it: noun, verb, adjective, adverb. */
export type Pos = 'n' | 'v' | 'a' | 'r';

/** What data/garble.bin's header carries besides its columns (written by scripts/derive.mjs). */
interface LexiconMeta {
  readonly format: string;
  readonly version: number;
  readonly sources: Readonly<Record<string, string>>;
  /** Brown press files kept out of the counts, for bench/garble: `test` and `dev` halves. */
  readonly heldOut: { readonly test: readonly string[]; readonly dev: readonly string[] };
  readonly rankedCount: number;
  readonly vectorCount: number;
  readonly dimensions: number;
  readonly neighbourCount: number;
  readonly brownTokens: number;
}

const FORMAT = 'sejajar-garble';
const VERSION = 5;

/**
 * The derived lexical data the detector reads (built by scripts/derive.mjs into data/garble.bin):
 * WordNet synsets, GloVe word ranks, vectors and neighbours, Brown unigram and bigram counts, as
 * typed-array columns over one string index of every word. A word's id is its GloVe frequency
 * rank when it is below `rankedCount`. Read it through the functions below.
 */
export interface Lexicon extends LexiconMeta {
  /** The file's bytes, which every column is a view on. */
  readonly bytes: Uint8Array;
  /** Every word (lower case; a multiword lemma joins its words with `_`) with its id. */
  readonly words: StringIndex;
  /** Per id: bits 0–3 the parts of speech WordNet knows the lemma as (n, v, a, r), bit 4 a proper name, bit 5 the first word of a multiword lemma, bit 6 the second word of one. */
  readonly flags: Uint8Array;
  /** Per id: Brown unigram count (0 when unseen). */
  readonly brown: Uint32Array;
  /** Brown bigrams (categories B–R, lower case, `<s>`/`</s>` at sentence ends) as `left · size + right`, ascending, and their counts. */
  readonly bigramKeys: Float64Array;
  readonly bigramCounts: Uint32Array;
  /** Row `left`: where the bigrams with that left word id lie in `bigramKeys` (made on loading: a pass over the keys). */
  readonly bigramRows: Uint32Array;
  /** Synsets with two or more lemmas: part of speech (index into n, v, a, r) and lemma ids (rows of `synsetStarts`). */
  readonly synsetPos: Uint8Array;
  readonly synsetStarts: Uint32Array;
  readonly synsetLemmas: Uint32Array;
  /** Row `id · 4 + pos`: the lemma's synonym-bearing synsets as that part of speech, most frequent sense first. */
  readonly senseStarts: Uint32Array;
  readonly senseSynsets: Uint32Array;
  /** Row `id`: the lemma's WordNet antonyms. */
  readonly antonymStarts: Uint32Array;
  readonly antonymIds: Uint32Array;
  /** Row `id`: the lemma's narrower words (lemmas of its synsets' direct hyponyms, ranked words only, commonest first, at most 20). */
  readonly hyponymStarts: Uint32Array;
  readonly hyponymIds: Uint32Array;
  /** Unit vectors scaled by 256 and rounded to 8 bits, `dimensions` per word, for ids below `vectorCount`. */
  readonly vectors: Int8Array;
  /** For each word with a vector, its `neighbourCount` nearest commoner words (ids). */
  readonly neighbours: Uint16Array;
  /** Strings of ids asked for, made once (the index holds code units, not strings). */
  readonly names: (string | undefined)[];
  /** Ids of words looked up recently: hashing a word and comparing its code units costs more than a Map hit. */
  readonly recent: Map<string, number>;
  /** What the detector works out for a word wherever it stands, per word id (absent only while src/build.ts derives it). */
  readonly derived: DerivedWords | undefined;
}

/**
 * Per word id, what does not depend on the text: derived at build time by src/build.ts with the
 * very functions the detector runs for words outside the index (candidates.ts), so a word reads
 * the same whether it was derived or is worked out on the spot.
 */
export interface DerivedWords {
  /** Row `id`: the word's candidate originals (word ids), in the order `wordCandidates` finds them. */
  readonly candidateStarts: Uint32Array;
  readonly candidateIds: Uint32Array;
  /** Per candidate: bit 0 a WordNet synonym, bit 1 the shared sense is among the candidate's two commonest, bit 2 it is the word's commonest. */
  readonly candidateInfo: Uint8Array;
  /** Per candidate: the integer dot product of the two words' 8-bit vectors (cosine · 65536), 0 when either has none. */
  readonly candidateDots: Int32Array;
  /** Per id: synonym-bearing WordNet senses over the word's readings, -1 when it has no reading. */
  readonly readingSenses: Int32Array;
  /** Per id: the id of the word's far commoner spelling (damage.ts `spellingTwinOf`), -1 for none, -2 for one outside the index. */
  readonly spellingTwins: Int32Array;
}

const POS: readonly Pos[] = ['n', 'v', 'a', 'r'];
const POS_BIT: Readonly<Record<Pos, number>> = { n: 1, v: 2, a: 4, r: 8 };
const PROPER = 16;
const STARTS_LEMMA = 32;
const SECOND_IN_LEMMA = 64;
/** The parts of speech of each combination of bits, in WordNet's file order (n, v, a, r). */
const POS_STRINGS = Array.from({ length: 16 }, (_, bits) => POS.filter((_p, i) => bits & (1 << i)).join(''));
/** Words whose ids {@link wordId} remembers at most; then it starts again (memory stays bounded). */
const RECENT_WORDS = 50_000;

let cachedBytes: Uint8Array | undefined;
let cached: Lexicon | undefined;

/**
 * The bytes of data/garble.bin, read on first call into a SharedArrayBuffer (so that worker
 * threads can share them), or the bytes given to {@link useGarbleTables}. Throws a `SejajarError`
 * when the data file is missing, i.e. the package was not built.
 */
export function garbleTables(): Uint8Array {
  if (cachedBytes) return cachedBytes;
  const file = new URL('../data/garble.bin', import.meta.url);
  let bytes: Uint8Array;
  try {
    bytes = readSharedFile(file);
  } catch (cause) {
    throw new SejajarError('EREAD', '@sejajar/garble: derived data missing (packages/garble/data/garble.bin); run `pnpm build` (it runs scripts/derive.mjs)', {
      cause,
    });
  }
  cached = lexiconOf(bytes, 'packages/garble/data/garble.bin');
  cachedBytes = bytes;
  return bytes;
}

/**
 * Use `bytes` (from {@link garbleTables} in another thread, typically in a SharedArrayBuffer)
 * as the derived data, instead of reading the file. Throws a `TypeError` when `bytes` is not a
 * Uint8Array, and a `SejajarError` (`BAD_INPUT`) when they are not garble tables of this version.
 */
export function useGarbleTables(bytes: Uint8Array): void {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`useGarbleTables: expected a Uint8Array from garbleTables(), got ${typeof bytes}`);
  cached = lexiconOf(bytes, 'the bytes given to useGarbleTables');
  cachedBytes = bytes;
}

function column<T extends Column>(columns: Readonly<Record<string, Column>>, name: string, type: new (length: number) => T, where: string): T {
  const found = columns[name];
  if (!(found instanceof type))
    throw new SejajarError('BAD_INPUT', `@sejajar/garble: ${where} have no ${type.name} column "${name}"; pass bytes from garbleTables()`);
  return found;
}

/**
 * The lexicon over a garble.bin file's bytes, checked to be one. Only the build (src/build.ts),
 * which derives them, reads tables without the derived word columns (`derived: false`).
 */
export function lexiconOf(bytes: Uint8Array, where: string, derived = true): Lexicon {
  let meta: LexiconMeta;
  let columns: Readonly<Record<string, Column>>;
  try {
    ({ meta, columns } = unpackTables<LexiconMeta>(bytes));
  } catch (cause) {
    throw new SejajarError('BAD_INPUT', `@sejajar/garble: ${where} are not garble tables (${(cause as Error).message}); pass bytes from garbleTables()`, {
      cause,
    });
  }
  if (meta?.format !== FORMAT || meta.version !== VERSION) {
    throw new SejajarError(
      'BAD_INPUT',
      `@sejajar/garble: ${where} hold ${meta?.format ?? 'unknown'} tables version ${meta?.version}, this version reads ${FORMAT} version ${VERSION}; rebuild the data (\`pnpm build\`)`,
    );
  }
  let words: StringIndex;
  try {
    words = stringIndexFrom(columns, 'words');
  } catch (cause) {
    throw new SejajarError('BAD_INPUT', `@sejajar/garble: ${where} have no word index; pass bytes from garbleTables()`, { cause });
  }
  const bigramKeys = column(columns, 'bigramKeys', Float64Array, where);
  return {
    ...meta,
    bytes,
    words,
    flags: column(columns, 'flags', Uint8Array, where),
    brown: column(columns, 'brown', Uint32Array, where),
    bigramKeys,
    bigramRows: bigramRowsOf(bigramKeys, words.size),
    bigramCounts: column(columns, 'bigramCounts', Uint32Array, where),
    synsetPos: column(columns, 'synsetPos', Uint8Array, where),
    synsetStarts: column(columns, 'synsetStarts', Uint32Array, where),
    synsetLemmas: column(columns, 'synsetLemmas', Uint32Array, where),
    senseStarts: column(columns, 'senseStarts', Uint32Array, where),
    senseSynsets: column(columns, 'senseSynsets', Uint32Array, where),
    antonymStarts: column(columns, 'antonymStarts', Uint32Array, where),
    antonymIds: column(columns, 'antonymIds', Uint32Array, where),
    hyponymStarts: column(columns, 'hyponymStarts', Uint32Array, where),
    hyponymIds: column(columns, 'hyponymIds', Uint32Array, where),
    vectors: column(columns, 'vectors', Int8Array, where),
    neighbours: column(columns, 'neighbours', Uint16Array, where),
    names: [],
    recent: new Map(),
    derived: derived
      ? {
          candidateStarts: column(columns, 'candidateStarts', Uint32Array, where),
          candidateIds: column(columns, 'candidateIds', Uint32Array, where),
          candidateInfo: column(columns, 'candidateInfo', Uint8Array, where),
          candidateDots: column(columns, 'candidateDots', Int32Array, where),
          readingSenses: column(columns, 'readingSenses', Int32Array, where),
          spellingTwins: column(columns, 'spellingTwins', Int32Array, where),
        }
      : undefined,
  };
}

/** The start of each left word's bigrams in the ascending `left · size + right` keys (CSR rows). */
function bigramRowsOf(keys: Float64Array, size: number): Uint32Array {
  const rows = new Uint32Array(size + 1);
  for (let k = 0; k < keys.length; k++) rows[Math.floor(keys[k]! / size) + 1]!++;
  for (let id = 0; id < size; id++) rows[id + 1]! += rows[id]!;
  return rows;
}

/**
 * The derived data, loaded once per process from {@link garbleTables} (a read, no parsing).
 * Throws a `SejajarError` when the data file is missing, i.e. the package was not built.
 */
export function loadLexicon(): Lexicon {
  if (!cached) garbleTables();
  return cached!;
}

/** A word's id, or -1 when the lexicon does not know it. */
export function wordId(lexicon: Lexicon, word: string): number {
  const known = lexicon.recent.get(word);
  if (known !== undefined) return known;
  const id = stringId(lexicon.words, word);
  if (lexicon.recent.size >= RECENT_WORDS) lexicon.recent.clear();
  lexicon.recent.set(word, id);
  return id;
}

/** The word with id `id`. */
export function wordAt(lexicon: Lexicon, id: number): string {
  return (lexicon.names[id] ??= stringAt(lexicon.words, id));
}

/** A word's frequency rank in the GloVe training corpus (0 = commonest), for the commonest words; else `undefined`. */
export function rankOf(lexicon: Lexicon, word: string): number | undefined {
  const id = wordId(lexicon, word);
  return id >= 0 && id < lexicon.rankedCount ? id : undefined;
}

/** The parts of speech WordNet knows a lemma as, in the order n, v, a, r (`"nv"`); `""` for none. */
export function lemmaPosOf(lexicon: Lexicon, lemma: string): string {
  const id = wordId(lexicon, lemma);
  return id < 0 ? '' : POS_STRINGS[lexicon.flags[id]! & 15]!;
}

/** Is `lemma` a WordNet lemma as part of speech `pos`? */
export function isLemma(lexicon: Lexicon, lemma: string, pos: Pos): boolean {
  const id = wordId(lexicon, lemma);
  return id >= 0 && (lexicon.flags[id]! & POS_BIT[pos]) !== 0;
}

/** Is `lemma` one WordNet only writes capitalised (people, places, days, nationalities)? Those are never candidates. */
export function isProper(lexicon: Lexicon, lemma: string): boolean {
  return isProperId(lexicon, wordId(lexicon, lemma));
}

/** Is `word` the first word of a WordNet multiword lemma ("state" of state_of_war)? Every such word is in the index. */
export function startsMultiwordLemma(lexicon: Lexicon, word: string): boolean {
  const id = wordId(lexicon, word);
  return id >= 0 && (lexicon.flags[id]! & STARTS_LEMMA) !== 0;
}

/**
 * Can `word` be the second word of a WordNet multiword lemma ("of" of state_of_war)? Only words
 * in the index are flagged, so a word outside it may be one.
 */
export function mayBeSecondInLemma(lexicon: Lexicon, word: string): boolean {
  const id = wordId(lexicon, word);
  return id < 0 || (lexicon.flags[id]! & SECOND_IN_LEMMA) !== 0;
}

/** {@link isProper} of a word id (-1: unknown, not a name). */
export function isProperId(lexicon: Lexicon, id: number): boolean {
  return id >= 0 && (lexicon.flags[id]! & PROPER) !== 0;
}

/** A lemma's synonym-bearing synsets as part of speech `pos`, most frequent sense first. */
export function sensesOf(lexicon: Lexicon, lemma: string, pos: Pos): Uint32Array {
  const id = wordId(lexicon, lemma);
  if (id < 0) return lexicon.senseSynsets.subarray(0, 0);
  const row = id * 4 + POS.indexOf(pos);
  return lexicon.senseSynsets.subarray(lexicon.senseStarts[row]!, lexicon.senseStarts[row + 1]!);
}

/** The lemmas of a synset (`_` joins the words of a multiword lemma). */
export function synsetLemmas(lexicon: Lexicon, synset: number): string[] {
  const result: string[] = [];
  for (let k = lexicon.synsetStarts[synset]!, end = lexicon.synsetStarts[synset + 1]!; k < end; k++) result.push(wordAt(lexicon, lexicon.synsetLemmas[k]!));
  return result;
}

/** A lemma's WordNet antonyms. */
export function antonymsOf(lexicon: Lexicon, lemma: string): string[] {
  const id = wordId(lexicon, lemma);
  const result: string[] = [];
  if (id < 0) return result;
  for (let k = lexicon.antonymStarts[id]!, end = lexicon.antonymStarts[id + 1]!; k < end; k++) result.push(wordAt(lexicon, lexicon.antonymIds[k]!));
  return result;
}

/** The lemma's narrower words (see {@link Lexicon.hyponymStarts}); empty for a word outside the index. */
export function hyponymsOf(lexicon: Lexicon, lemma: string): string[] {
  const id = wordId(lexicon, lemma);
  if (id < 0) return [];
  const result: string[] = [];
  for (let k = lexicon.hyponymStarts[id]!, end = lexicon.hyponymStarts[id + 1]!; k < end; k++) result.push(wordAt(lexicon, lexicon.hyponymIds[k]!));
  return result;
}

/** A word's Brown unigram count, or `undefined` when Brown never has it. */
export function brownCount(lexicon: Lexicon, word: string): number | undefined {
  const id = wordId(lexicon, word);
  const count = id < 0 ? 0 : lexicon.brown[id]!;
  return count === 0 ? undefined : count;
}

/** How often `left right` occurs in Brown (0 when never): two id lookups and a binary search, no string built. */
export function bigramCount(lexicon: Lexicon, left: string, right: string): number {
  const l = wordId(lexicon, left);
  const r = l < 0 ? -1 : wordId(lexicon, right);
  return r < 0 ? 0 : bigramCountOfIds(lexicon, l, r);
}

/** How often the words with ids `left right` occur in Brown (0 when never): a binary search among the left word's bigrams only. */
export function bigramCountOfIds(lexicon: Lexicon, left: number, right: number): number {
  const { bigramKeys, bigramRows } = lexicon;
  const key = left * lexicon.words.size + right;
  let low = bigramRows[left]!;
  let high = bigramRows[left + 1]! - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = bigramKeys[middle]!;
    if (value < key) low = middle + 1;
    else if (value > key) high = middle - 1;
    else return lexicon.bigramCounts[middle]!;
  }
  return 0;
}

/** The vector row of a word, or -1 when it has none. */
export function vectorOf(lexicon: Lexicon, word: string): number {
  const id = wordId(lexicon, word);
  return id >= 0 && id < lexicon.vectorCount ? id : -1;
}

/** Cosine of two words' vectors, or `undefined` when either has none. */
export function cosine(lexicon: Lexicon, a: string, b: string): number | undefined {
  const i = vectorOf(lexicon, a);
  const j = vectorOf(lexicon, b);
  if (i < 0 || j < 0) return undefined;
  return dot(lexicon, i, j);
}

/** Cosine of two vector indices. */
export function dot(lexicon: Lexicon, i: number, j: number): number {
  return integerDot(lexicon, i, j) / 65536;
}

/** The dot product of two 8-bit vector rows, an integer (cosine · 65536): exact, whatever the order of its terms. */
export function integerDot(lexicon: Lexicon, i: number, j: number): number {
  const { vectors, dimensions } = lexicon;
  let sum = 0;
  for (let d = 0, a = i * dimensions, b = j * dimensions; d < dimensions; d++) sum += vectors[a + d]! * vectors[b + d]!;
  return sum;
}

/** The precomputed nearest neighbours of a word (commoner words only), nearest first. */
export function neighboursOf(lexicon: Lexicon, word: string): string[] {
  const i = vectorOf(lexicon, word);
  if (i < 0) return [];
  const k = lexicon.neighbourCount;
  return Array.from(lexicon.neighbours.subarray(i * k, (i + 1) * k), (j) => wordAt(lexicon, j));
}

/** WordNet synonyms of a lemma as a given part of speech, most frequent sense first, each once. */
export function synonymsOf(lexicon: Lexicon, lemma: string, pos: Pos): string[] {
  const result: string[] = [];
  for (const id of sensesOf(lexicon, lemma, pos)) {
    for (const other of synsetLemmas(lexicon, id)) if (other !== lemma && !result.includes(other)) result.push(other);
  }
  return result;
}
