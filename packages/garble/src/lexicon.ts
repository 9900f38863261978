import { readFileSync } from 'node:fs';
import { SejajarError } from '@sejajar/text';

/** Part of speech as WordNet names it: noun, verb, adjective, adverb. */
export type Pos = 'n' | 'v' | 'a' | 'r';

/**
 * The derived lexical data the detector reads (built by scripts/derive.mjs into data/):
 * WordNet synsets, GloVe word ranks, vectors and neighbours, Brown unigram and bigram counts.
 */
export interface Lexicon {
  /** Synsets with two or more lemmas: part of speech and lower-case lemmas (`_` joins words). */
  readonly synsets: readonly (readonly [Pos, readonly string[]])[];
  /** Lemma → the parts of speech WordNet knows it as, e.g. `"nv"`. */
  readonly lemmaPos: ReadonlyMap<string, string>;
  /** Lemma → part of speech → its synonym-bearing synsets, most frequent sense first. */
  readonly lemmaSenses: ReadonlyMap<string, Readonly<Partial<Record<Pos, readonly number[]>>>>;
  /** Lemmas WordNet only writes capitalised (people, places, days, nationalities): never candidates. */
  readonly proper: ReadonlySet<string>;
  /** Lemma → its WordNet antonyms. */
  readonly antonyms: ReadonlyMap<string, readonly string[]>;
  /** Word → frequency rank in the GloVe training corpus (0 = commonest), for the 150,000 commonest words. */
  readonly rank: ReadonlyMap<string, number>;
  /** Words by rank; the first `vectorCount` have a vector. */
  readonly ranked: readonly string[];
  readonly vectorCount: number;
  readonly dimensions: number;
  /** Unit vectors scaled by 256 and rounded to 8 bits, `dimensions` per word. */
  readonly vectors: Int8Array;
  /** For each word with a vector, its `neighbourCount` nearest commoner words (indices into `ranked`). */
  readonly neighbours: Uint16Array;
  readonly neighbourCount: number;
  readonly brownTokens: number;
  readonly brownUnigrams: ReadonlyMap<string, number>;
  /** `"left right"` → count in the Brown corpus (categories B–R), lower case, `<s>`/`</s>` at sentence ends. */
  readonly bigrams: ReadonlyMap<string, number>;
}

interface LexiconFile {
  synsets: [Pos, string[]][];
  lemmaPos: Record<string, string>;
  lemmaSenses: Record<string, Partial<Record<Pos, number[]>>>;
  proper: string[];
  antonyms: Record<string, string[]>;
  ranked: string[];
  vectors: number;
  dimensions: number;
  neighbours: number;
  brownTokens: number;
  brownUnigrams: Record<string, number>;
  bigrams: Record<string, number>;
}

let cached: Lexicon | undefined;

/**
 * Load the derived data once per process (about half a second). Throws a `SejajarError` when
 * the data folder is missing, i.e. the package was not built.
 */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const folder = new URL('../data/', import.meta.url);
  let file: LexiconFile;
  let vectorBytes: Buffer;
  let neighbourBytes: Buffer;
  try {
    file = JSON.parse(readFileSync(new URL('garble.json', folder), 'utf8')) as LexiconFile;
    vectorBytes = readFileSync(new URL('vectors.bin', folder));
    neighbourBytes = readFileSync(new URL('neighbours.bin', folder));
  } catch (cause) {
    throw new SejajarError('EREAD', '@sejajar/garble: derived data missing (packages/garble/data); run `pnpm build` (it runs scripts/derive.mjs)', { cause });
  }
  const neighbours = new Uint16Array(neighbourBytes.byteLength / 2);
  neighbours.set(new Uint16Array(neighbourBytes.buffer, neighbourBytes.byteOffset, neighbours.length));
  cached = {
    synsets: file.synsets,
    lemmaPos: new Map(Object.entries(file.lemmaPos)),
    lemmaSenses: new Map(Object.entries(file.lemmaSenses)),
    proper: new Set(file.proper),
    antonyms: new Map(Object.entries(file.antonyms)),
    rank: new Map(file.ranked.map((word, i) => [word, i])),
    ranked: file.ranked,
    vectorCount: file.vectors,
    dimensions: file.dimensions,
    vectors: new Int8Array(vectorBytes.buffer, vectorBytes.byteOffset, vectorBytes.byteLength),
    neighbours,
    neighbourCount: file.neighbours,
    brownTokens: file.brownTokens,
    brownUnigrams: new Map(Object.entries(file.brownUnigrams)),
    bigrams: new Map(Object.entries(file.bigrams)),
  };
  return cached;
}

/** Cosine of two words' vectors, or `undefined` when either has none. */
export function cosine(lexicon: Lexicon, a: string, b: string): number | undefined {
  const i = lexicon.rank.get(a);
  const j = lexicon.rank.get(b);
  if (i === undefined || j === undefined || i >= lexicon.vectorCount || j >= lexicon.vectorCount) return undefined;
  return dot(lexicon, i, j);
}

/** Cosine of two vector indices. */
export function dot(lexicon: Lexicon, i: number, j: number): number {
  const { vectors, dimensions } = lexicon;
  let sum = 0;
  for (let d = 0, a = i * dimensions, b = j * dimensions; d < dimensions; d++) sum += vectors[a + d]! * vectors[b + d]!;
  return sum / 65536;
}

/** The precomputed nearest neighbours of a word (commoner words only), nearest first. */
export function neighboursOf(lexicon: Lexicon, word: string): string[] {
  const i = lexicon.rank.get(word);
  if (i === undefined || i >= lexicon.vectorCount) return [];
  const k = lexicon.neighbourCount;
  return Array.from(lexicon.neighbours.subarray(i * k, (i + 1) * k), (j) => lexicon.ranked[j]!);
}

/** WordNet synonyms of a lemma as a given part of speech, most frequent sense first, each once. */
export function synonymsOf(lexicon: Lexicon, lemma: string, pos: Pos): string[] {
  const ids = lexicon.lemmaSenses.get(lemma)?.[pos] ?? [];
  const result: string[] = [];
  for (const id of ids) {
    for (const other of lexicon.synsets[id]![1]) if (other !== lemma && !result.includes(other)) result.push(other);
  }
  return result;
}
