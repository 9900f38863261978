import {
  CANDIDATE_MAIN_SENSE,
  candidateRows,
  NARROWER,
  readingSenseCount,
  rowsOf,
  WORD_MAIN_SENSE,
  WORDNET,
  wordSenses,
  type CandidateRows,
} from './candidates.js';
import { vectorDots, type VectorDots } from './dots.js';
import { functionWords } from './english.js';
import { phraseReadings } from './lemmas.js';
import { bigramCountOfIds, isProper, isProperId, synonymsOf, wordAt, wordId, type Lexicon } from './lexicon.js';
import { NO_WORD } from './lm.js';
import { lmContext, lmIdOfWord, readingOf, surroundings, type Reading, type Surroundings } from './lmcontext.js';
import { inflect } from './morphology.js';
import type { Token } from './tokens.js';

/** Content words on either side of a word that make its context. */
const CONTEXT_WINDOW = 6;
/** The rank of a word outside the GloVe vocabulary: rarer than any listed word. */
const OOV_RANK = 400_000;

/** Log-frequency proxy from the GloVe corpus rank of a word id (-1: unknown): higher is commoner. */
function logFrequency(lexicon: Lexicon, id: number): number {
  return -Math.log((id >= 0 && id < lexicon.rankedCount ? id : OOV_RANK) + 100);
}

/** Smoothed pointwise mutual information of a Brown bigram of word ids (-1: unknown); 0 when nothing is known. */
function pmi(lexicon: Lexicon, left: number, right: number): number {
  const a = left < 0 ? 0 : lexicon.brown[left]!;
  const b = right < 0 ? 0 : lexicon.brown[right]!;
  if (a === 0 || b === 0) return 0;
  const observed = bigramCountOfIds(lexicon, left, right);
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
    const id = wordId(lexicon, token.lower);
    ids.lower[i] = id;
    ids.left[i] = wordId(lexicon, token.left);
    ids.right[i] = wordId(lexicon, token.right);
    ids.vector[i] = token.functionWord || token.special || id < 0 || id >= lexicon.vectorCount ? -1 : id;
  });
  tokenIdCache.set(tokens, ids);
  return ids;
}

/** Content words on either side that carry collocations ("spy agency", "military cooperation"). */
const NEAR_WINDOW = 2;

/**
 * The context of a token: vector rows of the content words around it (`CONTEXT_WINDOW` on
 * either side) in its sentence, and which of them are near (at most `NEAR_WINDOW` tokens away),
 * so that one pass over the context serves both fits. One token's at a time, in scratch arrays.
 */
const contextVectors = new Int32Array(2 * CONTEXT_WINDOW + 4);
const contextNear = new Uint8Array(2 * CONTEXT_WINDOW + 4);

/** Fills the context of `tokens[at..last]` (and the vectors `dots` takes them from) and returns its size. */
function contextOf(ids: TokenIds, tokens: readonly Token[], at: number, last: number, dots: VectorDots): number {
  let size = 0;
  const sentence = tokens[at]!.sentence;
  for (let i = Math.max(0, at - CONTEXT_WINDOW); i <= Math.min(tokens.length - 1, last + CONTEXT_WINDOW); i++) {
    if ((i >= at && i <= last) || tokens[i]!.sentence !== sentence) continue;
    const index = ids.vector[i]!;
    if (index < 0) continue;
    contextVectors[size] = index;
    dots.others[size] = dots.base + index * dots.stride;
    contextNear[size] = i >= at - NEAR_WINDOW && i <= last + NEAR_WINDOW ? 1 : 0;
    size++;
  }
  return size;
}

/** The last {@link embeddingFit}: mean and highest cosine with the context, and mean cosine with the near context. */
let fitMeanOf = 0;
let fitMaxOf = 0;
let fitNearOf = 0;

/**
 * The fit of the word with vector row `index` in the context (see {@link contextOf}), into
 * `fitMeanOf`, `fitMaxOf` and `fitNearOf`. The word's own occurrences in the context are left
 * out: a cosine of 1 with itself says nothing about its sense, and it made a candidate that
 * stands next door look like the perfect fit ("deepening" → "cooperation" right before "cooperation").
 */
function embeddingFit(dots: VectorDots, size: number, index: number): void {
  dots.dotsWith(dots.base + index * dots.stride, size);
  const { results } = dots;
  let sum = 0;
  let count = 0;
  let max = -1;
  let nearSum = 0;
  let nearCount = 0;
  for (let k = 0; k < size; k++) {
    const other = contextVectors[k]!;
    if (other === index) continue;
    const similarity = results[k]! / 65536;
    sum += similarity;
    count++;
    if (similarity > max) max = similarity;
    if (contextNear[k]) {
      nearSum += similarity;
      nearCount++;
    }
  }
  fitMeanOf = count === 0 ? 0 : sum / count;
  fitMaxOf = count === 0 ? 0 : max;
  fitNearOf = nearCount === 0 ? 0 : nearSum / nearCount;
}

/** Features per candidate (see {@link ScoredCandidate}). */
const FEATURES = 26;
/** Where the candidate's language-model gains stand among its features: given the words before, and for the words after. */
export const LM_LEFT_GAIN = 19;
export const LM_RIGHT_GAIN = 20;
/** Language-model gains are log10 and bounded to ± this (an unknown word scores far below anything seen). */
const LM_GAIN_BOUND = 6;
const clampGain = (x: number): number => Math.max(-LM_GAIN_BOUND, Math.min(LM_GAIN_BOUND, x));

/** Scratch for the language-model features of one word and one candidate. */
const around: Surroundings = { h2: 0, h1: 0, r1: 0, r2: 0 };
const ownReading: Reading = { left: 0, right: 0, bigram: 0, seen: 0 };
const candidateReading: Reading = { left: 0, right: 0, bigram: 0, seen: 0 };
const candidateRun = new Int32Array(1);

/** Scratch columns for the candidates of one word, reused from word to word (grown when a word has more). */
let keptAt = new Int32Array(128);
let fitMean = new Float64Array(128);
let fitMax = new Float64Array(128);
let fitNear = new Float64Array(128);
const scratchFeatures = new Float64Array(FEATURES);

/**
 * Calls `visit` with each candidate original (a word id) of the token at `at` (or of the phrase
 * `tokens[at..last]`, a WordNet multiword lemma, whose candidates are its one-word synonyms)
 * and its features (see {@link ScoredCandidate}), in a buffer that the next candidate reuses.
 * No objects per candidate: this runs for every candidate of every content word.
 */
export function eachCandidate(
  lexicon: Lexicon,
  tokens: readonly Token[],
  at: number,
  last: number,
  visit: (candidate: number, features: Float64Array) => void,
): void {
  const phrase = last > at;
  const ids = tokenIds(lexicon, tokens);
  let word: string;
  let id: number;
  let rows: CandidateRows;
  let senses: number;
  if (phrase) {
    const found = phraseReadings(lexicon, tokens, at, last);
    if (found.readings.length === 0) return;
    word = found.head;
    id = wordId(lexicon, word);
    const own = new Set(tokens.slice(at, last + 1).map((t) => t.lower));
    const candidates = found.readings.flatMap((r) =>
      synonymsOf(lexicon, r.lemma, r.pos)
        .filter((synonym) => !synonym.includes('_') && !functionWords.has(synonym) && !own.has(synonym) && !isProper(lexicon, synonym))
        .map((synonym) => inflect(lexicon, synonym, r.pos, r.form))
        .filter((c): c is string => c !== undefined)
        .map((c) => ({ word: c, wordnet: true, candidateMainSense: false, wordMainSense: false })),
    );
    rows = rowsOf(lexicon, word, candidates);
    senses = readingSenseCount(lexicon, found.readings);
  } else {
    word = tokens[at]!.lower;
    id = ids.lower[at]!;
    if (isProperId(lexicon, id)) return;
    senses = wordSenses(lexicon, word, id);
    if (senses < 0) return;
    rows = candidateRows(lexicon, word, id);
  }
  const left = ids.left[at]!;
  const right = ids.right[last]!;
  // An original equal to a word at most NEAR_WINDOW tokens away in the sentence would have read
  // "economic economic" or "cooperation economic cooperation": no candidate. (The language model
  // likes a word repeated next door, so this keeps it from proposing one.)
  const sentence = tokens[at]!.sentence;
  const near: number[] = [];
  for (let i = Math.max(0, at - NEAR_WINDOW); i <= Math.min(tokens.length - 1, last + NEAR_WINDOW); i++) {
    if ((i < at || i > last) && tokens[i]!.sentence === sentence) near.push(ids.lower[i]!);
  }
  if (keptAt.length < rows.end - rows.start) {
    const size = 2 * (rows.end - rows.start);
    keptAt = new Int32Array(size);
    fitMean = new Float64Array(size);
    fitMax = new Float64Array(size);
    fitNear = new Float64Array(size);
  }
  let kept = 0;
  for (let k = rows.start; k < rows.end; k++) {
    const candidate = rows.ids[k]!;
    if (candidate !== left && candidate !== right && !near.includes(candidate)) keptAt[kept++] = k;
  }
  if (kept === 0) return;
  const { vectorCount } = lexicon;
  const dots = vectorDots(lexicon);
  const contextSize = contextOf(ids, tokens, at, last, dots);
  const ownVector = id >= 0 && id < vectorCount ? id : -1;
  const ownFit = ownVector >= 0;
  if (ownFit) embeddingFit(dots, contextSize, ownVector);
  const ownMean = ownFit ? fitMeanOf : 0;
  const ownMax = fitMaxOf;
  const ownNearMean = fitNearOf;
  const ownBigram = phrase
    ? pmi(lexicon, left, ids.lower[at]!) + pmi(lexicon, ids.lower[last]!, right)
    : pmi(lexicon, left, ids.lower[at]!) + pmi(lexicon, ids.lower[at]!, right);
  // A phrase is at least as rare as its rarest word.
  let ownFrequency = logFrequency(lexicon, id);
  if (phrase) {
    ownFrequency = Infinity;
    for (let k = at; k <= last; k++) ownFrequency = Math.min(ownFrequency, logFrequency(lexicon, ids.lower[k]!));
  }
  const ownSenses = Math.log1p(senses);
  // The language model's view: how the word (or phrase) reads between its neighbours.
  const lm = lmContext(tokens);
  if (lm) {
    surroundings(lm, tokens, at, last, around);
    readingOf(lm.scorer, around, lm.ids.subarray(at, last + 1), ownReading);
  }
  const ownLookups = around.r1 === NO_WORD ? 1 : around.r2 === NO_WORD ? 2 : 3;
  const ownLmFit = lm ? Math.max(-LM_GAIN_BOUND, (ownReading.left + ownReading.right) / (last - at + ownLookups)) : 0;
  let better = 0;
  for (let i = 0; i < kept; i++) {
    const candidate = rows.ids[keptAt[i]!]!;
    if (candidate < vectorCount) {
      embeddingFit(dots, contextSize, candidate);
      fitMean[i] = fitMeanOf;
      fitMax[i] = fitMaxOf;
      fitNear[i] = fitNearOf;
      if (ownFit && fitMeanOf > ownMean) better++;
    }
  }
  better = ownFit ? better / kept : 0;
  const frequencyFeature = (ownFrequency + 10) / 3;
  const logKept = Math.log(kept);
  const features = scratchFeatures;
  for (let i = 0; i < kept; i++) {
    const k = keptAt[i]!;
    const candidate = rows.ids[k]!;
    const info = rows.info[k]!;
    const both = ownFit && candidate < vectorCount;
    const gain = both ? fitMean[i]! - ownMean : 0;
    features[0] = 1;
    features[1] = gain;
    features[2] = pmi(lexicon, left, candidate) + pmi(lexicon, candidate, right) - ownBigram;
    features[3] = logFrequency(lexicon, candidate) - ownFrequency;
    features[4] = info & WORDNET ? 1 : 0;
    features[5] = rows.dots[k]! / 65536;
    features[6] = frequencyFeature;
    features[7] = ownMean;
    features[8] = ownBigram;
    features[9] = ownFit ? 0 : 1;
    features[10] = info & CANDIDATE_MAIN_SENSE ? 1 : 0;
    features[11] = info & WORD_MAIN_SENSE ? 1 : 0;
    features[12] = both ? fitNear[i]! - ownNearMean : 0;
    features[13] = logKept;
    features[14] = better;
    features[15] = gain * frequencyFeature;
    features[16] = both ? fitMax[i]! - ownMax : 0;
    features[17] = ownSenses;
    features[18] = Math.log1p(Math.max(0, lexicon.derived?.readingSenses[candidate] ?? wordSenses(lexicon, wordAt(lexicon, candidate), candidate)));
    if (lm) {
      candidateRun[0] = lmIdOfWord(lexicon, lm, candidate);
      readingOf(lm.scorer, around, candidateRun, candidateReading);
      features[LM_LEFT_GAIN] = clampGain(candidateReading.left - ownReading.left);
      features[LM_RIGHT_GAIN] = clampGain(candidateReading.right - ownReading.right);
      features[21] = clampGain(candidateReading.bigram - ownReading.bigram);
      features[22] = ownLmFit;
      features[23] = ownReading.seen;
      features[24] = candidateReading.seen;
    } else for (let f = 19; f < 25; f++) features[f] = 0;
    features[25] = info & NARROWER ? 1 : 0;
    visit(candidate, features);
  }
}

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
   * of the word and of the candidate, and from the trigram language model (log10, backoff
   * included, each bounded to ±6; all 0 without the model): gain of the candidate over the word
   * in the probability of itself given the two words before, in the probability of the two words
   * after it, and the bigram-only gain over both sides; the word's mean log-probability per
   * look-up in its context, and the share of trigram look-ups answered by a trigram the model
   * has, for the word and for the candidate; found by the reverse thesaurus look-up (0/1): a
   * narrower word whose entry would list the word present].
   */
  readonly features: readonly number[];
}

/**
 * Candidate originals of the token at `at` (or of the phrase `tokens[at..last]`, a WordNet
 * multiword lemma, whose candidates are its one-word synonyms), with their features; empty when
 * there are none.
 */
export function candidateFeatures(lexicon: Lexicon, tokens: readonly Token[], at: number, last = at): ScoredCandidate[] {
  const scored: ScoredCandidate[] = [];
  eachCandidate(lexicon, tokens, at, last, (candidate, features) => scored.push({ word: wordAt(lexicon, candidate), features: Array.from(features) }));
  return scored;
}
