import { functionWords } from './english.js';
import { candidatesOf, type Candidate } from './candidates.js';
import { memoPerWord } from './cache.js';
import { cosine, dot, isProper, rankOf, sensesOf, synonymsOf, vectorOf, wordId, type Lexicon } from './lexicon.js';
import { phraseReadings } from './lemmas.js';
import { analyse, inflect, type Analysis } from './morphology.js';
import { searchSorted } from '@sejajar/tables';
import type { Token } from './tokens.js';

/** Content words on either side of a word that make its context. */
const CONTEXT_WINDOW = 6;
/** The rank of a word outside the GloVe vocabulary: rarer than any listed word. */
const OOV_RANK = 400_000;

/** Log-frequency proxy from the GloVe corpus rank: higher is commoner. */
function logFrequency(lexicon: Lexicon, word: string): number {
  return -Math.log((rankOf(lexicon, word) ?? OOV_RANK) + 100);
}

/** Smoothed pointwise mutual information of a Brown bigram of word ids (-1: unknown); 0 when nothing is known. */
function pmi(lexicon: Lexicon, left: number, right: number): number {
  const a = left < 0 ? 0 : lexicon.brown[left]!;
  const b = right < 0 ? 0 : lexicon.brown[right]!;
  if (a === 0 || b === 0) return 0;
  const at = searchSorted(lexicon.bigramKeys, left * lexicon.words.size + right);
  const observed = at < 0 ? 0 : lexicon.bigramCounts[at]!;
  const expected = (a * b) / lexicon.brownTokens;
  return Math.max(-3, Math.min(5, Math.log((observed + 0.5) / (expected + 0.5))));
}

/** Word ids and vector rows of a text's tokens, looked up once per text rather than once per use. */
interface TokenIds {
  readonly lexicon: Lexicon;
  /** Id of the token's lower-case form, of what stands on its left, and on its right. */
  readonly lower: Int32Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Vector row of a content word (-1 for a function word, a special token or a word without one). */
  readonly vector: Int32Array;
}

const tokenIdCache = new WeakMap<readonly Token[], TokenIds>();

function tokenIds(lexicon: Lexicon, tokens: readonly Token[]): TokenIds {
  const known = tokenIdCache.get(tokens);
  if (known?.lexicon === lexicon) return known;
  const n = tokens.length;
  const ids: TokenIds = { lexicon, lower: new Int32Array(n), left: new Int32Array(n), right: new Int32Array(n), vector: new Int32Array(n) };
  tokens.forEach((token, i) => {
    ids.lower[i] = wordId(lexicon, token.lower);
    ids.left[i] = wordId(lexicon, token.left);
    ids.right[i] = wordId(lexicon, token.right);
    ids.vector[i] = token.functionWord || token.special ? -1 : vectorOf(lexicon, token.lower);
  });
  tokenIdCache.set(tokens, ids);
  return ids;
}

/**
 * Vector rows of the content words around a token (`window` on either side), in its sentence,
 * and which of them are near (at most `NEAR_WINDOW` tokens away): the near ones are a subset in
 * the same order, so one pass over the context serves both fits.
 */
interface Context {
  readonly vectors: number[];
  readonly near: boolean[];
}

/** Content words on either side that carry collocations ("spy agency", "military cooperation"). */
const NEAR_WINDOW = 2;

function contextOf(ids: TokenIds, tokens: readonly Token[], at: number, last = at): Context {
  const context: Context = { vectors: [], near: [] };
  const sentence = tokens[at]!.sentence;
  for (let i = Math.max(0, at - CONTEXT_WINDOW); i <= Math.min(tokens.length - 1, last + CONTEXT_WINDOW); i++) {
    if ((i >= at && i <= last) || tokens[i]!.sentence !== sentence) continue;
    const index = ids.vector[i]!;
    if (index < 0) continue;
    context.vectors.push(index);
    context.near.push(i >= at - NEAR_WINDOW && i <= last + NEAR_WINDOW);
  }
  return context;
}

/** Mean and highest cosine of a word with its context, and its mean cosine with the near context. */
interface Fit {
  readonly mean: number;
  readonly max: number;
  readonly nearMean: number;
}

/**
 * The fit of the word with vector row `index` in a context; undefined when the word has no vector.
 * The word's own occurrences in the context are left out: a cosine of 1 with itself says nothing
 * about its sense, and it made a candidate that stands next door look like the perfect fit
 * ("deepening" → "cooperation" right before "cooperation").
 */
function embeddingFit(lexicon: Lexicon, context: Context, index: number): Fit | undefined {
  if (index < 0) return undefined;
  let sum = 0;
  let count = 0;
  let max = -1;
  let nearSum = 0;
  let nearCount = 0;
  const { vectors, near } = context;
  for (let k = 0; k < vectors.length; k++) {
    const other = vectors[k]!;
    if (other === index) continue;
    const similarity = dot(lexicon, index, other);
    sum += similarity;
    count++;
    if (similarity > max) max = similarity;
    if (near[k]) {
      nearSum += similarity;
      nearCount++;
    }
  }
  return { mean: count === 0 ? 0 : sum / count, max: count === 0 ? 0 : max, nearMean: nearCount === 0 ? 0 : nearSum / nearCount };
}

/** log(1 + the number of synonym-bearing WordNet senses of a word's lemmas): polysemous words are what spinners put in. */
function senseCount(lexicon: Lexicon, readings: readonly Analysis[]): number {
  let count = 0;
  const seen = new Set<string>();
  for (const r of readings) {
    if (seen.has(`${r.lemma} ${r.pos}`)) continue;
    seen.add(`${r.lemma} ${r.pos}`);
    count += sensesOf(lexicon, r.lemma, r.pos).length;
  }
  return Math.log1p(count);
}

/**
 * A word's candidate originals with what their features need that does not depend on where the
 * word stands, column by column (a memo of objects per candidate held hundreds of megabytes).
 */
interface Prepared {
  readonly candidates: readonly Candidate[];
  /** Vector row of each candidate's first word, or -1. */
  readonly vector: Int32Array;
  /** Word ids of each candidate's first and last word (the same for a one-word candidate), or -1. */
  readonly first: Int32Array;
  readonly last: Int32Array;
  readonly logFrequency: Float64Array;
  /** Cosine with the word it would replace, 0 when either has no vector. */
  readonly likeness: Float64Array;
  readonly senses: Float64Array;
}

function prepare(lexicon: Lexicon, word: string, candidates: readonly Candidate[]): Prepared {
  const n = candidates.length;
  const prepared: Prepared = {
    candidates,
    vector: new Int32Array(n),
    first: new Int32Array(n),
    last: new Int32Array(n),
    logFrequency: new Float64Array(n),
    likeness: new Float64Array(n),
    senses: new Float64Array(n),
  };
  candidates.forEach((candidate, k) => {
    // A multiword candidate meets the left neighbour with its first word and the right with its last.
    const words = candidate.word.split(' ');
    prepared.vector[k] = vectorOf(lexicon, words[0]!);
    prepared.first[k] = wordId(lexicon, words[0]!);
    prepared.last[k] = wordId(lexicon, words[words.length - 1]!);
    prepared.logFrequency[k] = logFrequency(lexicon, candidate.word);
    prepared.likeness[k] = cosine(lexicon, word, candidate.word) ?? 0;
    prepared.senses[k] = senseCount(lexicon, analyse(lexicon, candidate.word));
  });
  return prepared;
}

/** A word's candidates (see {@link candidatesOf}), prepared once per distinct word. */
const preparedCandidatesOf = memoPerWord(20_000, (lexicon, word) => prepare(lexicon, word, candidatesOf(lexicon, word)));

/** A candidate original with the features the misfit model weighs. */
export interface ScoredCandidate {
  readonly word: string;
  /**
   * [1 (bias), embedding fit gain, bigram fit gain, log-frequency gain, WordNet synonym (0/1),
   * cosine of word and candidate, log-frequency of the word, embedding fit of the word,
   * bigram fit of the word, word has no vector (0/1), shared sense is among the candidate's two
   * commonest (0/1), shared sense is the word's commonest (0/1), embedding fit gain with the
   * content words at most two tokens away, log of the number of candidates (a maximum over many
   * rises by chance), share of candidates that fit the context better than the word,
   * embedding fit gain times the word's log-frequency feature (a common word is rarely what a
   * spinner puts in), gain in the highest cosine with one context word, log(1 + WordNet senses)
   * of the word and of the candidate].
   */
  readonly features: readonly number[];
}

/**
 * Candidate originals of the token at `at` (or of the phrase `tokens[at..last]`, a WordNet
 * multiword lemma, whose candidates are its one-word synonyms), with their features; empty when
 * there are none.
 */
export function candidateFeatures(lexicon: Lexicon, tokens: readonly Token[], at: number, last = at): ScoredCandidate[] {
  const first = tokens[at]!;
  const final = tokens[last]!;
  const phrase = last > at;
  let word = first.lower;
  let readings: readonly Analysis[];
  let prepared: Prepared;
  if (phrase) {
    const found = phraseReadings(lexicon, tokens, at, last);
    if (found.readings.length === 0) return [];
    readings = found.readings;
    word = found.head;
    const own = new Set(tokens.slice(at, last + 1).map((t) => t.lower));
    const candidates = readings.flatMap((r) =>
      synonymsOf(lexicon, r.lemma, r.pos)
        .filter((synonym) => !synonym.includes('_') && !functionWords.has(synonym) && !own.has(synonym) && !isProper(lexicon, synonym))
        .map((synonym) => inflect(lexicon, synonym, r.pos, r.form))
        .filter((c): c is string => c !== undefined)
        .map((c) => ({ word: c, wordnet: true, candidateMainSense: false, wordMainSense: false })),
    );
    prepared = prepare(lexicon, word, candidates);
  } else {
    if (isProper(lexicon, word)) return [];
    readings = analyse(lexicon, word);
    if (readings.length === 0) return [];
    prepared = preparedCandidatesOf(lexicon, word);
  }
  const edges = { left: first.left, right: final.right };
  // An original equal to a neighbouring word would have read "economic economic": no candidate.
  const kept: number[] = [];
  prepared.candidates.forEach((c, k) => {
    if (c.word !== edges.left && c.word !== edges.right) kept.push(k);
  });
  if (kept.length === 0) return [];
  const ids = tokenIds(lexicon, tokens);
  const left = ids.left[at]!;
  const right = ids.right[last]!;
  const context = contextOf(ids, tokens, at, last);
  const ownFit = embeddingFit(lexicon, context, vectorOf(lexicon, word));
  const ownBigram = phrase
    ? pmi(lexicon, left, ids.lower[at]!) + pmi(lexicon, ids.lower[last]!, right)
    : pmi(lexicon, left, ids.lower[at]!) + pmi(lexicon, ids.lower[at]!, right);
  // A phrase is at least as rare as its rarest word.
  const ownFrequency = phrase ? Math.min(...tokens.slice(at, last + 1).map((t) => logFrequency(lexicon, t.lower))) : logFrequency(lexicon, word);
  const ownSenses = senseCount(lexicon, readings);
  const fits = kept.map((k) => embeddingFit(lexicon, context, prepared.vector[k]!));
  const better = ownFit === undefined ? 0 : fits.filter((fit) => fit !== undefined && fit.mean > ownFit.mean).length / kept.length;
  const frequencyFeature = (ownFrequency + 10) / 3;
  return kept.map((k, i) => {
    const candidate = prepared.candidates[k]!;
    const fit = fits[i];
    const gain = fit !== undefined && ownFit !== undefined ? fit.mean - ownFit.mean : 0;
    return {
      word: candidate.word,
      features: [
        1,
        gain,
        pmi(lexicon, left, prepared.first[k]!) + pmi(lexicon, prepared.last[k]!, right) - ownBigram,
        prepared.logFrequency[k]! - ownFrequency,
        candidate.wordnet ? 1 : 0,
        prepared.likeness[k]!,
        frequencyFeature,
        ownFit?.mean ?? 0,
        ownBigram,
        ownFit === undefined ? 1 : 0,
        candidate.candidateMainSense ? 1 : 0,
        candidate.wordMainSense ? 1 : 0,
        fit !== undefined && ownFit !== undefined ? fit.nearMean - ownFit.nearMean : 0,
        Math.log(kept.length),
        better,
        gain * frequencyFeature,
        fit !== undefined && ownFit !== undefined ? fit.max - ownFit.max : 0,
        ownSenses,
        prepared.senses[k]!,
      ],
    };
  });
}
