import { contractionBases, functionWords } from './english.js';
import { cosine, dot, neighboursOf, synonymsOf, type Lexicon } from './lexicon.js';
import { analyse, inflect, type Analysis } from './morphology.js';
import type { Token } from './tokens.js';

/** Why a span was flagged. */
export type GarbleReason =
  /** A thesaurus neighbour fits the context far better than the word present. */
  | 'sense-misfit'
  /** A negative contraction no writer makes ("received’t"). */
  | 'broken-contraction'
  /** A word swapped inside a fixed name or title ("Safety Council"). */
  | 'fixed-name'
  /** A rare variant spelling of a common word ("despatched") in otherwise consistent text. */
  | 'variant-spelling'
  /** An attribution verb standing in for "said" in a text that almost never says "said". */
  | 'attribution'
  /** The reference text has a synonym in the same place. */
  | 'reference';

/** A suspected substitution found by one of the detectors, before spans are merged. */
export interface Finding {
  readonly start: number;
  readonly end: number;
  readonly suggestion?: string;
  readonly reason: GarbleReason;
  readonly confidence: number;
}

/** How a candidate original was found. */
export interface Candidate {
  readonly word: string;
  readonly wordnet: boolean;
}

// Weights of the misfit score, set on the development data (seed 004 and Brown files ca02–ca12
// spun by bench/garble's spinner); see docs/benchmarks.md.
const WEIGHT = {
  embedding: 9,
  bigram: 0.6,
  frequency: 0.55,
  wordnet: 0.6,
  similarity: 1.5,
};
/** Score at which a misfit is reported with confidence 0.5. */
const MISFIT_MIDPOINT = 3.2;
const CONTEXT_WINDOW = 6;
const OOV_RANK = 400_000;

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** Log-frequency proxy from the GloVe corpus rank: higher is commoner. */
function logFrequency(lexicon: Lexicon, word: string): number {
  return -Math.log((lexicon.rank.get(word) ?? OOV_RANK) + 100);
}

/** Smoothed pointwise mutual information of a Brown bigram; 0 when nothing is known. */
function pmi(lexicon: Lexicon, left: string, right: string): number {
  const a = lexicon.brownUnigrams.get(left);
  const b = lexicon.brownUnigrams.get(right);
  if (a === undefined || b === undefined) return 0;
  const observed = lexicon.bigrams.get(`${left} ${right}`) ?? 0;
  const expected = (a * b) / lexicon.brownTokens;
  return Math.max(-3, Math.min(5, Math.log((observed + 0.5) / (expected + 0.5))));
}

/** How well a word fits its two bigram neighbours. */
function bigramFit(lexicon: Lexicon, token: Token, word: string): number {
  // A multiword candidate meets the left neighbour with its first word and the right with its last.
  const words = word.split(' ');
  return pmi(lexicon, token.left, words[0]!) + pmi(lexicon, words[words.length - 1]!, token.right);
}

/** Vector indices of the content words around a token, in its sentence. */
function contextOf(lexicon: Lexicon, tokens: readonly Token[], at: number): number[] {
  const context: number[] = [];
  const self = tokens[at]!;
  for (let i = Math.max(0, at - CONTEXT_WINDOW); i <= Math.min(tokens.length - 1, at + CONTEXT_WINDOW); i++) {
    const token = tokens[i]!;
    if (i === at || token.sentence !== self.sentence || token.functionWord || token.special) continue;
    const index = lexicon.rank.get(token.lower);
    if (index !== undefined && index < lexicon.vectorCount) context.push(index);
  }
  return context;
}

/** Mean cosine of a word with its context; undefined when the word has no vector. */
function embeddingFit(lexicon: Lexicon, context: readonly number[], word: string): number | undefined {
  const index = lexicon.rank.get(word.split(' ')[0]!);
  if (index === undefined || index >= lexicon.vectorCount) return undefined;
  if (context.length === 0) return 0;
  let sum = 0;
  for (const other of context) sum += dot(lexicon, index, other);
  return sum / context.length;
}

/** Candidate originals of a word: WordNet synonyms and vector neighbours with the same reading and inflection. */
export function candidatesOf(lexicon: Lexicon, word: string, readings: readonly Analysis[]): Candidate[] {
  const found = new Map<string, Candidate>();
  const lemmas = new Set(readings.map((r) => r.lemma));
  const add = (candidate: string | undefined, wordnet: boolean): void => {
    if (candidate === undefined || candidate === word || functionWords.has(candidate) || candidate.includes(' ')) return;
    const previous = found.get(candidate);
    if (!previous || (wordnet && !previous.wordnet)) found.set(candidate, { word: candidate, wordnet });
  };
  for (const reading of readings) {
    for (const synonym of synonymsOf(lexicon, reading.lemma, reading.pos)) {
      if (!lemmas.has(synonym)) add(inflect(lexicon, synonym, reading.pos, reading.form), true);
    }
  }
  for (const neighbour of neighboursOf(lexicon, word)) {
    const theirs = analyse(lexicon, neighbour);
    if (theirs.some((t) => lemmas.has(t.lemma))) continue;
    if (readings.some((r) => theirs.some((t) => t.pos === r.pos && t.form === r.form))) add(neighbour, false);
  }
  // A rare inflected form ("despatched") has no vector of its own; its lemma may.
  for (const reading of readings) {
    if (reading.lemma === word || reading.lemma.includes('_')) continue;
    for (const neighbour of neighboursOf(lexicon, reading.lemma)) {
      if (analyse(lexicon, neighbour).some((t) => t.lemma === neighbour && t.pos === reading.pos && t.form === 'base')) {
        add(inflect(lexicon, neighbour, reading.pos, reading.form), false);
      }
    }
  }
  return [...found.values()];
}

/** The best candidate original for the token at `at` and its misfit score (higher = more likely a substitution). */
export function bestOriginal(
  lexicon: Lexicon,
  tokens: readonly Token[],
  at: number,
): { suggestion: string; score: number } | undefined {
  const token = tokens[at]!;
  const word = token.lower;
  const readings = analyse(lexicon, word);
  if (readings.length === 0) return undefined;
  const candidates = candidatesOf(lexicon, word, readings);
  if (candidates.length === 0) return undefined;
  const context = contextOf(lexicon, tokens, at);
  const ownFit = embeddingFit(lexicon, context, word);
  const ownBigram = bigramFit(lexicon, token, word);
  const ownFrequency = logFrequency(lexicon, word);
  let best: { suggestion: string; score: number } | undefined;
  for (const candidate of candidates) {
    const fit = embeddingFit(lexicon, context, candidate.word);
    const similarity = cosine(lexicon, word, candidate.word) ?? 0;
    const score =
      WEIGHT.embedding * (fit !== undefined && ownFit !== undefined ? fit - ownFit : 0) +
      WEIGHT.bigram * (bigramFit(lexicon, token, candidate.word) - ownBigram) +
      WEIGHT.frequency * (logFrequency(lexicon, candidate.word) - ownFrequency) +
      WEIGHT.wordnet * (candidate.wordnet ? 1 : 0) +
      WEIGHT.similarity * similarity;
    if (!best || score > best.score) best = { suggestion: candidate.word, score };
  }
  return best;
}

/** Confidence of a misfit score. */
export function misfitConfidence(score: number): number {
  return logistic(1.5 * (score - MISFIT_MIDPOINT));
}

/** Findings of the sense-misfit model over plain lower-case content words. */
export function misfits(lexicon: Lexicon, tokens: readonly Token[], text: string): Finding[] {
  const findings: Finding[] = [];
  tokens.forEach((token, at) => {
    if (token.functionWord || token.special || token.lower.length < 3) return;
    // Capitalised words inside a sentence are names, judged by fixedNames instead.
    if (token.capitalised && !token.initial) return;
    const best = bestOriginal(lexicon, tokens, at);
    if (!best) return;
    const confidence = misfitConfidence(best.score);
    if (confidence < 0.05) return;
    findings.push({
      start: token.start,
      end: token.end,
      suggestion: matchCase(text.slice(token.start, token.end), best.suggestion),
      reason: 'sense-misfit',
      confidence,
    });
  });
  return findings;
}

/** Write `word` in the case pattern of `model` ("Troopers" → "Soldiers"). */
export function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (/^\p{Lu}/u.test(model)) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/**
 * Negative contractions that English does not have ("received’t"): a spinner replaced the
 * verb inside "won’t". The suggestion is an existing contraction whose verb is a neighbour.
 */
export function brokenContractions(lexicon: Lexicon, text: string, tokens: readonly Token[]): Finding[] {
  const findings: Finding[] = [];
  for (const token of tokens) {
    const match = /^(\p{L}+)n?['’]t$/u.exec(token.text);
    if (!match) continue;
    const base = token.lower.replace(/['’]t$/, '');
    if (contractionBases.has(base)) continue;
    const verb = match[1]!.toLowerCase();
    const apostrophe = token.text.includes('’') ? '’' : "'";
    let suggestion: string | undefined;
    let bestSimilarity = 0.2;
    for (const existing of contractionBases) {
      // "won" (won’t) is the past of "win"; compare the verbs as written.
      const similarity = cosine(lexicon, verb, existing) ?? 0;
      if (similarity > bestSimilarity) {
        bestSimilarity = similarity;
        suggestion = matchCase(text.slice(token.start, token.end), `${existing}${apostrophe}t`);
      }
    }
    findings.push({ start: token.start, end: token.end, suggestion, reason: 'broken-contraction', confidence: 0.95 });
  }
  return findings;
}
