import { contractionBases, functionWords } from './english.js';
import { cosine, dot, neighboursOf, synonymsOf, type Lexicon, type Pos } from './lexicon.js';
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
  /** A function word or phrase a spinner puts in ("in opposition to" for "against"). */
  | 'phrase-swap'
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
  /** For a WordNet synonym: the shared sense is among the candidate's two commonest senses. */
  readonly candidateMainSense: boolean;
  /** For a WordNet synonym: the shared sense is the word's own commonest sense. */
  readonly wordMainSense: boolean;
}

/**
 * The misfit model over {@link candidateFeatures}: a linear part and 8 tanh hidden units (so that
 * features interact: a fit gain means less for a common word, or among many candidates), fitted
 * by scripts/fit-weights.mjs (max-pooled over the candidates, cross-entropy, Adam) on development
 * data only: seed 004 with our annotation, Brown press files ca02–ca12 and wire news (PANL INT
 * development half), clean and spun by both bench/garble spinners. See docs/benchmarks.md.
 */
export const MISFIT_MODEL: MisfitModel = {
  linear: [-0.015, 0.772, 0.219, 0.4, 1.154, -1.004, -0.395, -2.575, -0.136, 1.207, 0.373, 0.055, 1.673, -0.084, 0.244, 0.586, 0.824, 0.267, -0.302],
  hidden: [
    [-2.499, -1.667, -0.129, -0.127, -0.708, 2.078, 0.408, 1.378, -0.019, -0.086, -1.071, -0.552, -0.332, -0.066, 1.092, -0.806, -2.166, 0.152, 0.146],
    [1.316, -0.728, -0.028, 0.062, -0.643, -1.205, -2.385, 4.053, -0.024, 1.057, -0.144, -0.148, 0.396, -0.04, -0.365, -1.285, -0.941, 0.044, 0.117],
    [0.107, 0.476, -0.035, 0.035, -0.501, 0.647, 0.131, 2.488, 0.173, 0.216, -0.088, 0.202, 0.229, -0.356, -0.034, -0.362, -0.057, -0.151, 0.283],
    [0.971, 1.132, 0.105, 0.145, -0.284, 0.163, -0.139, -0.145, -0.201, 0.207, -0.564, -0.376, 1.29, 0.232, 0.122, 0.059, 0.597, -0.161, -0.513],
    [2.04, 0.56, -0.071, -0.048, -0.808, 1.577, 0.396, -1.397, 0.01, 0.422, -0.248, -0.533, -0.343, -0.256, -1.261, -0.036, 0.284, -0.163, -0.375],
    [0.349, -0.115, -0.001, -0.002, -0.017, 0.015, 0.029, 0.426, 0.005, -0.346, -0.126, -0.06, 0.116, -0.099, 0, -0.038, 0.192, -0.068, 0.002],
    [-1.66, 1.776, 0.249, -0.121, 0.968, -0.587, 0.487, 0.282, -0.079, 0.298, 0.108, 0.038, 1.381, 0.515, 0.875, -0.28, 1.663, 0.056, -0.098],
    [-0.175, -0.227, 0.188, -0.127, -0.618, 0.397, 0.242, -0.203, -0.128, 0.458, 0.114, 0.373, -0.725, 0.052, 0.048, -0.392, -0.237, -0.026, -0.021],
  ],
  out: [1.009, -1.361, -0.486, 0.414, -0.5, -0.006, -0.87, -0.243],
};
const CONTEXT_WINDOW = 6;
/** A multiword lemma is reported from this probability on (single words from 0.05, filtered later). */
const PHRASE_MIN_CONFIDENCE = 0.25;
const OOV_RANK = 400_000;
/** Vector neighbours less similar than this to the word are not candidates. */
const MIN_NEIGHBOUR_SIMILARITY = 0.5;

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * The ordinary attribution verb is what spinners take out, not what they put in ("mentioned",
 * "stated" for "said"); as a misfit it is only ever a false flag (attributions() judges it).
 */
const ATTRIBUTION = new Set(['said', 'says']);

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
    const index = lexicon.rank.get(token.lower);
    if (index !== undefined && index < lexicon.vectorCount) context.push(index);
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
  const index = lexicon.rank.get(word.split(' ')[0]!);
  if (index === undefined || index >= lexicon.vectorCount) return undefined;
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
    count += lexicon.lemmaSenses.get(r.lemma)?.[r.pos]?.length ?? 0;
  }
  return Math.log1p(count);
}

/** Candidate originals of a word: WordNet synonyms and vector neighbours with the same reading and inflection. */
export function candidatesOf(lexicon: Lexicon, word: string, readings: readonly Analysis[]): Candidate[] {
  const found = new Map<string, Candidate>();
  const lemmas = new Set(readings.map((r) => r.lemma));
  const antonyms = new Set(readings.flatMap((r) => lexicon.antonyms.get(r.lemma) ?? []));
  const add = (candidate: string | undefined, wordnet: boolean, candidateMainSense = false, wordMainSense = false): void => {
    if (candidate === undefined || candidate === word || functionWords.has(candidate) || candidate.includes(' ')) return;
    if (lexicon.proper.has(candidate)) return;
    if (!wordnet && (cosine(lexicon, word, candidate) ?? 1) < MIN_NEIGHBOUR_SIMILARITY) return;
    if (analyse(lexicon, candidate).some((t) => antonyms.has(t.lemma))) return;
    const previous = found.get(candidate);
    const mine = { word: candidate, wordnet, candidateMainSense, wordMainSense };
    if (!previous) found.set(candidate, mine);
    else if (wordnet) {
      found.set(candidate, {
        word: candidate,
        wordnet,
        candidateMainSense: candidateMainSense || previous.candidateMainSense,
        wordMainSense: wordMainSense || previous.wordMainSense,
      });
    }
  };
  // A spinner's dictionary lists an original's common senses; the synonym it puts in is often
  // used in a minor sense of its own. Record where the shared sense ranks on each side.
  for (const reading of readings) {
    const senses = lexicon.lemmaSenses.get(reading.lemma)?.[reading.pos] ?? [];
    senses.forEach((id, rank) => {
      for (const synonym of lexicon.synsets[id]![1]) {
        if (synonym === reading.lemma || lemmas.has(synonym)) continue;
        const theirs = lexicon.lemmaSenses.get(synonym)?.[reading.pos] ?? [];
        const theirRank = theirs.indexOf(id);
        add(inflect(lexicon, synonym, reading.pos, reading.form), true, theirRank >= 0 && theirRank < 2, rank === 0);
      }
    });
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
 * Readings of the phrase `tokens[at..last]` as a WordNet multiword lemma ("applied sciences" →
 * applied_science, plural; "thought about" → think_about, past), with the word that carries
 * its meaning in vector space (a verb's first word, otherwise the last).
 */
function phraseReadings(lexicon: Lexicon, tokens: readonly Token[], at: number, last: number): { readings: Analysis[]; head: string } {
  const words = tokens.slice(at, last + 1).map((t) => t.lower);
  const readings: Analysis[] = [];
  const add = (lemma: string, pos: Pos, form: Analysis['form']): void => {
    if ((lexicon.lemmaPos.get(lemma) ?? '').includes(pos) && !readings.some((r) => r.lemma === lemma && r.pos === pos && r.form === form)) readings.push({ lemma, pos, form });
  };
  for (const pos of lexicon.lemmaPos.get(words.join('_')) ?? '') add(words.join('_'), pos as Pos, 'base');
  for (const r of analyse(lexicon, words[words.length - 1]!)) {
    if (r.pos === 'n' && r.form === 's') add([...words.slice(0, -1), r.lemma].join('_'), 'n', 's');
  }
  for (const r of analyse(lexicon, words[0]!)) {
    if (r.pos === 'v' && r.form !== 'base') add([r.lemma, ...words.slice(1)].join('_'), 'v', r.form);
  }
  const head = readings.some((r) => r.pos === 'v') ? words[0]! : words[words.length - 1]!;
  return { readings, head };
}

/** The longest multiword lemma {@link widenToLemma} looks for, in words ("man of the cloth"). */
const WIDEST_LEMMA = 4;

/**
 * The stretch `[start, end)` of `text` widened to the longest WordNet multiword lemma that
 * contains it ("war" in "state of war", "period" in "time period"), or unchanged when none does.
 * A spinner swaps a word for a whole thesaurus entry, and the entry is one substitution, so a
 * flagged word inside such a lemma stands for the lemma. Only lower-case words (a capitalised
 * word inside a sentence is a name) joined by single spaces (of any kind) within one sentence qualify.
 */
export function widenToLemma(lexicon: Lexicon, tokens: readonly Token[], text: string, start: number, end: number): { start: number; end: number } {
  const first = tokens.findIndex((t) => t.end > start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  if (first < 0 || tokens[first]!.start >= end) return { start, end };
  const joinable = (k: number): boolean => {
    const t = tokens[k]!;
    return !t.special && !(t.capitalised && !t.initial);
  };
  // One space of any kind: a no-break space (common in text taken from web pages) joins as well.
  const joined = (k: number): boolean => tokens[k]!.sentence === tokens[k - 1]!.sentence && /^\p{Zs}$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  for (let length = WIDEST_LEMMA; length > last - first + 1 && length >= 2; length--) {
    for (let at = Math.max(0, last - length + 1); at <= first && at + length <= tokens.length; at++) {
      const final = at + length - 1;
      let ok = true;
      for (let k = at; k <= final && ok; k++) ok = joinable(k) && (k === at || (joined(k) && !tokens[k]!.initial));
      if (ok && phraseReadings(lexicon, tokens, at, final).readings.length > 0) {
        return { start: Math.min(start, tokens[at]!.start), end: Math.max(end, tokens[final]!.end) };
      }
    }
  }
  return { start, end };
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
  let readings: Analysis[];
  let candidates: Candidate[];
  if (phrase) {
    const found = phraseReadings(lexicon, tokens, at, last);
    if (found.readings.length === 0) return [];
    readings = found.readings;
    word = found.head;
    const own = new Set(tokens.slice(at, last + 1).map((t) => t.lower));
    candidates = readings.flatMap((r) =>
      synonymsOf(lexicon, r.lemma, r.pos)
        .filter((synonym) => !synonym.includes('_') && !functionWords.has(synonym) && !own.has(synonym) && !lexicon.proper.has(synonym))
        .map((synonym) => inflect(lexicon, synonym, r.pos, r.form))
        .filter((c): c is string => c !== undefined)
        .map((c) => ({ word: c, wordnet: true, candidateMainSense: false, wordMainSense: false })),
    );
  } else {
    if (lexicon.proper.has(word)) return [];
    readings = analyse(lexicon, word);
    if (readings.length === 0) return [];
    candidates = candidatesOf(lexicon, word, readings);
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
  const ownBigram = phrase
    ? pmi(lexicon, edges.left, first.lower) + pmi(lexicon, final.lower, edges.right)
    : bigramFit(lexicon, edges, word);
  // A phrase is at least as rare as its rarest word.
  const ownFrequency = phrase
    ? Math.min(...tokens.slice(at, last + 1).map((t) => logFrequency(lexicon, t.lower)))
    : logFrequency(lexicon, word);
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

/**
 * A misfit scorer over {@link candidateFeatures}: a linear part plus tanh hidden units (empty for
 * a purely linear model), all on the raw feature scale. A token's probability of being a
 * substitution is the logistic of its best candidate's score.
 */
export interface MisfitModel {
  readonly linear: readonly number[];
  readonly hidden: readonly (readonly number[])[];
  readonly out: readonly number[];
}

/** The score of one candidate's features under `model`. */
export function misfitScore(model: MisfitModel, features: readonly number[]): number {
  // Plain loops: this runs for every candidate of every content word.
  const n = features.length;
  let score = 0;
  for (let i = 0; i < n; i++) score += features[i]! * (model.linear[i] ?? 0);
  for (let h = 0; h < model.hidden.length; h++) {
    const unit = model.hidden[h]!;
    let activation = 0;
    for (let i = 0; i < n; i++) activation += features[i]! * (unit[i] ?? 0);
    score += (model.out[h] ?? 0) * Math.tanh(activation);
  }
  return score;
}

/** The best candidate original for the token at `at` and the probability that the token is a substitution. */
export function bestOriginal(
  lexicon: Lexicon,
  tokens: readonly Token[],
  at: number,
  last = at,
  model: MisfitModel = MISFIT_MODEL,
): { suggestion: string; confidence: number } | undefined {
  let best: { suggestion: string; score: number } | undefined;
  for (const candidate of candidateFeatures(lexicon, tokens, at, last)) {
    const score = misfitScore(model, candidate.features);
    if (!best || score > best.score) best = { suggestion: candidate.word, score };
  }
  return best && { suggestion: best.suggestion, confidence: logistic(best.score) };
}

/** Findings of the sense-misfit model over plain lower-case content words. */
export function misfits(lexicon: Lexicon, tokens: readonly Token[], text: string): Finding[] {
  const findings: Finding[] = [];
  // Multiword lemmas first ("applied sciences" for "technologies"): one span for the phrase.
  for (let at = 0; at < tokens.length; at++) {
    for (const length of [3, 2]) {
      const last = at + length - 1;
      const run = tokens.slice(at, last + 1);
      if (run.length < length || run.some((t, k) => t.special || (k > 0 && (t.left !== run[k - 1]!.lower || (t.capitalised && !t.initial))))) continue;
      if ((run[0]!.capitalised && !run[0]!.initial) || run.every((t) => t.functionWord)) continue;
      const best = bestOriginal(lexicon, tokens, at, last);
      if (!best || best.confidence < PHRASE_MIN_CONFIDENCE) continue;
      findings.push({
        start: run[0]!.start,
        end: run[run.length - 1]!.end,
        suggestion: matchCase(text.slice(run[0]!.start, run[0]!.end), best.suggestion),
        reason: 'sense-misfit',
        confidence: best.confidence,
      });
    }
  }
  tokens.forEach((token, at) => {
    if (token.functionWord || token.special || token.lower.length < 3 || ATTRIBUTION.has(token.lower)) return;
    // Capitalised words inside a sentence are names, judged by fixedNames instead.
    if (token.capitalised && !token.initial) return;
    const best = bestOriginal(lexicon, tokens, at);
    if (!best) return;
    const confidence = best.confidence;
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
