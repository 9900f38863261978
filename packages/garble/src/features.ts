import { functionWords } from './english.js';
import { candidatesOf, type Candidate } from './candidates.js';
import { bigramCount, brownCount, cosine, dot, isProper, rankOf, sensesOf, synonymsOf, vectorOf, type Lexicon } from './lexicon.js';
import { phraseReadings } from './lemmas.js';
import { analyse, inflect, type Analysis } from './morphology.js';
import type { Token } from './tokens.js';

/** Content words on either side of a word that make its context. */
const CONTEXT_WINDOW = 6;
/** The rank of a word outside the GloVe vocabulary: rarer than any listed word. */
const OOV_RANK = 400_000;

/** Log-frequency proxy from the GloVe corpus rank: higher is commoner. */
function logFrequency(lexicon: Lexicon, word: string): number {
  return -Math.log((rankOf(lexicon, word) ?? OOV_RANK) + 100);
}

/** Smoothed pointwise mutual information of a Brown bigram; 0 when nothing is known. */
function pmi(lexicon: Lexicon, left: string, right: string): number {
  const a = brownCount(lexicon, left);
  const b = brownCount(lexicon, right);
  if (a === undefined || b === undefined) return 0;
  const observed = bigramCount(lexicon, left, right);
  const expected = (a * b) / lexicon.brownTokens;
  return Math.max(-3, Math.min(5, Math.log((observed + 0.5) / (expected + 0.5))));
}

/** How well a word fits its two bigram neighbours. */
function bigramFit(lexicon: Lexicon, token: { readonly left: string; readonly right: string }, word: string): number {
  // A multiword candidate meets the left neighbour with its first word and the right with its last.
  const words = word.split(' ');
  return pmi(lexicon, token.left, words[0]!) + pmi(lexicon, words[words.length - 1]!, token.right);
}

/** Vector indices of the content words around a token, in its sentence. */
function contextOf(lexicon: Lexicon, tokens: readonly Token[], at: number, window = CONTEXT_WINDOW, last = at): number[] {
  const context: number[] = [];
  const self = tokens[at]!;
  for (let i = Math.max(0, at - window); i <= Math.min(tokens.length - 1, last + window); i++) {
    const token = tokens[i]!;
    if ((i >= at && i <= last) || token.sentence !== self.sentence || token.functionWord || token.special) continue;
    const index = vectorOf(lexicon, token.lower);
    if (index >= 0) context.push(index);
  }
  return context;
}

/**
 * Mean and highest cosine of a word with its context; undefined when the word has no vector.
 * The word's own occurrences in the context are left out: a cosine of 1 with itself says nothing
 * about its sense, and it made a candidate that stands next door look like the perfect fit
 * ("deepening" → "cooperation" right before "cooperation").
 */
function embeddingFit(lexicon: Lexicon, context: readonly number[], word: string): { mean: number; max: number } | undefined {
  const index = vectorOf(lexicon, word.split(' ')[0]!);
  if (index < 0) return undefined;
  let sum = 0;
  let count = 0;
  let max = -1;
  for (const other of context) {
    if (other === index) continue;
    const similarity = dot(lexicon, index, other);
    sum += similarity;
    count++;
    if (similarity > max) max = similarity;
  }
  return count === 0 ? { mean: 0, max: 0 } : { mean: sum / count, max };
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
  let candidates: readonly Candidate[];
  if (phrase) {
    const found = phraseReadings(lexicon, tokens, at, last);
    if (found.readings.length === 0) return [];
    readings = found.readings;
    word = found.head;
    const own = new Set(tokens.slice(at, last + 1).map((t) => t.lower));
    candidates = readings.flatMap((r) =>
      synonymsOf(lexicon, r.lemma, r.pos)
        .filter((synonym) => !synonym.includes('_') && !functionWords.has(synonym) && !own.has(synonym) && !isProper(lexicon, synonym))
        .map((synonym) => inflect(lexicon, synonym, r.pos, r.form))
        .filter((c): c is string => c !== undefined)
        .map((c) => ({ word: c, wordnet: true, candidateMainSense: false, wordMainSense: false })),
    );
  } else {
    if (isProper(lexicon, word)) return [];
    readings = analyse(lexicon, word);
    if (readings.length === 0) return [];
    candidates = candidatesOf(lexicon, word);
  }
  const edges = { left: first.left, right: final.right };
  // An original equal to a neighbouring word would have read "economic economic": no candidate.
  candidates = candidates.filter((c) => c.word !== edges.left && c.word !== edges.right);
  if (candidates.length === 0) return [];
  const context = contextOf(lexicon, tokens, at, CONTEXT_WINDOW, last);
  // The closest content words carry collocations ("spy agency", "military cooperation").
  const near = contextOf(lexicon, tokens, at, 2, last);
  const ownFit = embeddingFit(lexicon, context, word);
  const ownNear = embeddingFit(lexicon, near, word);
  const ownBigram = phrase ? pmi(lexicon, edges.left, first.lower) + pmi(lexicon, final.lower, edges.right) : bigramFit(lexicon, edges, word);
  // A phrase is at least as rare as its rarest word.
  const ownFrequency = phrase ? Math.min(...tokens.slice(at, last + 1).map((t) => logFrequency(lexicon, t.lower))) : logFrequency(lexicon, word);
  const ownSenses = senseCount(lexicon, readings);
  const fits = candidates.map((candidate) => embeddingFit(lexicon, context, candidate.word));
  const better = ownFit === undefined ? 0 : fits.filter((fit) => fit !== undefined && fit.mean > ownFit.mean).length / candidates.length;
  const frequencyFeature = (ownFrequency + 10) / 3;
  return candidates.map((candidate, k) => {
    const fit = fits[k];
    const nearFit = embeddingFit(lexicon, near, candidate.word);
    const gain = fit !== undefined && ownFit !== undefined ? fit.mean - ownFit.mean : 0;
    return {
      word: candidate.word,
      features: [
        1,
        gain,
        bigramFit(lexicon, edges, candidate.word) - ownBigram,
        logFrequency(lexicon, candidate.word) - ownFrequency,
        candidate.wordnet ? 1 : 0,
        cosine(lexicon, word, candidate.word) ?? 0,
        frequencyFeature,
        ownFit?.mean ?? 0,
        ownBigram,
        ownFit === undefined ? 1 : 0,
        candidate.candidateMainSense ? 1 : 0,
        candidate.wordMainSense ? 1 : 0,
        nearFit !== undefined && ownNear !== undefined ? nearFit.mean - ownNear.mean : 0,
        Math.log(candidates.length),
        better,
        gain * frequencyFeature,
        fit !== undefined && ownFit !== undefined ? fit.max - ownFit.max : 0,
        ownSenses,
        senseCount(lexicon, analyse(lexicon, candidate.word)),
      ],
    };
  });
}
