import { contractionBases, functionWords } from './english.js';
import { cosine, dot, neighboursOf, POS_ORDER, synonymsOf, type Lexicon, type Pos } from './lexicon.js';
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
  /** The parts of speech of the readings that produced it (a WordNet synonym's reading, a neighbour's shared readings), e.g. `"nv"`. */
  readonly pos: string;
}

/**
 * The misfit model over {@link candidateFeatures}: a linear part and 8 tanh hidden units (so that
 * features interact: a fit gain means less for a common word, or among many candidates), fitted
 * by scripts/fit-weights.mjs (max-pooled over the candidates, cross-entropy, Adam) on development
 * data only: seed 004 with our annotation, Brown press files ca02–ca12 and wire news (PANL INT
 * development half), clean and spun by both bench/garble spinners. See docs/benchmarks.md.
 */
export const MISFIT_MODEL: MisfitModel = {
  linear: [0.5, 0.811, 0.243, 0.401, 1.202, -0.505, -0.392, -3.327, -0.132, 1.542, 0.251, 0.255, 1.303, -0.254, -0.192, 0.868, 0.716, 0.233, -0.187, -0.042, 0.048, 0.032, 0.019, 0.093],
  hidden: [
    [-1.072, -0.626, -0.04, 0.072, 0.685, -0.4, -0.393, 0.069, 0.04, -0.491, 0.161, 0.273, 0.126, 0.41, 0.71, 0.749, 0.366, 0.161, -0.407, 0.015, -0.081, 0.008, -0.415, -0.202],
    [-1.774, -0.868, -0.162, -0.048, -0.521, 1.247, 0.355, 1.481, -0.063, -0.36, -0.845, -0.421, -0.111, -0.056, 0.227, -1.414, -2.401, 0.067, 0.062, -0.113, 0.039, -0.843, 0.074, -0.142],
    [-2.105, -0.06, -0.042, -0.064, -0.149, 1.262, -0.008, 1.037, -0.084, -0.164, -0.293, -0.342, -0.478, 0.144, 0.727, -0.381, -2.896, 0.17, -0.092, -0.143, 0.024, -0.661, 0.103, 0.295],
    [-1.194, 0.868, 0.043, -0.07, 0.482, 1.212, 2.272, -3.798, 0.039, -1.1, 0.191, 0.066, -0.538, 0.005, 0.488, 0.912, 1, -0.049, -0.098, -0.017, 0.012, -0.266, -0.05, 0.074],
    [0.258, 0.48, 0.018, 0.065, -0.49, 1.896, -0.023, 1.37, -0.075, -0.746, -0.381, 0.405, -0.964, -0.372, -0.01, 0.025, -0.244, -0.329, 0.351, -0.147, 0.283, -0.651, 0.142, -0.086],
    [0.667, 0.512, -0.08, -0.023, -0.869, 1.462, 0.64, -1.232, -0.016, 0.859, -0.207, -0.262, -0.415, 0.15, -1.119, 0.066, -0.055, -0.213, -0.462, 0.1, -0.031, 0.323, -0.032, -0.069],
    [1.459, 0.989, 0.105, 0.25, -0.479, 0.103, -0.022, -0.125, -0.177, -0.135, -0.502, -0.452, 0.991, 0.208, -0.063, 1.359, 0.639, -0.344, -0.492, 0.094, -0.004, -0.249, 0.046, 0.036],
    [-0.679, 1.535, 0.29, 0.084, 1.148, -1.236, 0.397, 0.126, -0.09, 1.571, 0.634, -0.419, 1.637, 0.37, 0.188, -1.018, 1.362, 0.146, -0.304, -0.046, 0.013, 0.121, -0.061, 0.102],
  ],
  out: [0.5, 0.688, 0.522, 1.34, -0.653, -0.559, 0.715, -0.927],
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

/** Mean and highest cosine of a word with its context; undefined when the word has no vector. */
function embeddingFit(lexicon: Lexicon, context: readonly number[], word: string): { mean: number; max: number } | undefined {
  const index = lexicon.rank.get(word.split(' ')[0]!);
  if (index === undefined || index >= lexicon.vectorCount) return undefined;
  if (context.length === 0) return { mean: 0, max: 0 };
  let sum = 0;
  let max = -1;
  for (const other of context) {
    const similarity = dot(lexicon, index, other);
    sum += similarity;
    if (similarity > max) max = similarity;
  }
  return { mean: sum / context.length, max };
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
  const add = (candidate: string | undefined, pos: string, wordnet: boolean, candidateMainSense = false, wordMainSense = false): void => {
    if (candidate === undefined || candidate === word || functionWords.has(candidate) || candidate.includes(' ')) return;
    if (lexicon.proper.has(candidate)) return;
    if (!wordnet && (cosine(lexicon, word, candidate) ?? 1) < MIN_NEIGHBOUR_SIMILARITY) return;
    if (analyse(lexicon, candidate).some((t) => antonyms.has(t.lemma))) return;
    const previous = found.get(candidate);
    const mine = { word: candidate, wordnet, candidateMainSense, wordMainSense, pos };
    const poses = previous ? previous.pos + [...pos].filter((p) => !previous.pos.includes(p)).join('') : pos;
    if (!previous) found.set(candidate, mine);
    else if (wordnet) {
      found.set(candidate, {
        word: candidate,
        wordnet,
        candidateMainSense: candidateMainSense || previous.candidateMainSense,
        wordMainSense: wordMainSense || previous.wordMainSense,
        pos: previous.wordnet ? poses : pos,
      });
    } else if (!previous.wordnet) found.set(candidate, { ...previous, pos: poses });
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
        add(inflect(lexicon, synonym, reading.pos, reading.form), reading.pos, true, theirRank >= 0 && theirRank < 2, rank === 0);
      }
    });
  }
  for (const neighbour of neighboursOf(lexicon, word)) {
    const theirs = analyse(lexicon, neighbour);
    if (theirs.some((t) => lemmas.has(t.lemma))) continue;
    let shared = '';
    for (const r of readings) if (!shared.includes(r.pos) && theirs.some((t) => t.pos === r.pos && t.form === r.form)) shared += r.pos;
    if (shared !== '') add(neighbour, shared, false);
  }
  // A rare inflected form ("despatched") has no vector of its own; its lemma may.
  for (const reading of readings) {
    if (reading.lemma === word || reading.lemma.includes('_')) continue;
    for (const neighbour of neighboursOf(lexicon, reading.lemma)) {
      if (analyse(lexicon, neighbour).some((t) => t.lemma === neighbour && t.pos === reading.pos && t.form === 'base')) {
        add(inflect(lexicon, neighbour, reading.pos, reading.form), reading.pos, false);
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
   * of the word and of the candidate, then the part-of-speech evidence of {@link posFeatures}:
   * log P(pos | word), log P(pos | candidate) − log P(pos | word), word untagged in Brown (0/1),
   * how much the slot between the two neighbours wants that pos, and how much better the
   * candidate's usual parts of speech suit the slot than the word's].
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
 * word inside a sentence is a name) joined by single spaces within one sentence qualify.
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
  const joined = (k: number): boolean => tokens[k]!.sentence === tokens[k - 1]!.sentence && text.slice(tokens[k - 1]!.end, tokens[k]!.start) === ' ';
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
        .map((c) => ({ word: c, wordnet: true, candidateMainSense: false, wordMainSense: false, pos: r.pos })),
    );
  } else {
    if (lexicon.proper.has(word)) return [];
    readings = analyse(lexicon, word);
    if (readings.length === 0) return [];
    candidates = candidatesOf(lexicon, word, readings);
  }
  if (candidates.length === 0) return [];
  const edges = { left: first.left, right: final.right };
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
  const slot = phrase ? undefined : posSlot(lexicon, edges, word);
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
        ...(slot ? posFeatures(lexicon, slot, candidate) : NO_POS_EVIDENCE),
      ],
    };
  });
}

/** Part-of-speech features of a phrase (its head's tags say little about the phrase): as for an untagged word. */
const NO_POS_EVIDENCE: readonly number[] = [0, 0, 1, 0, 0];

/** Class shares over all slots in Brown (noun, verb, adjective, adverb), computed once per lexicon. */
const priors = new WeakMap<Lexicon, readonly number[]>();
function posPrior(lexicon: Lexicon): readonly number[] {
  let prior = priors.get(lexicon);
  if (!prior) {
    const sums = [0, 0, 0, 0, 0];
    for (const counts of lexicon.posAfter.values()) counts.forEach((c, i) => (sums[i]! += c));
    prior = sums.slice(0, 4).map((c) => (c + 1) / (sums[4]! + 4));
    priors.set(lexicon, prior);
  }
  return prior;
}

/** Smoothed P(class | word) for the four classes, or undefined when Brown never tagged the word so. */
function posProfile(lexicon: Lexicon, word: string): number[] | undefined {
  const counts = lexicon.posCounts.get(word);
  if (!counts) return undefined;
  const total = counts[0] + counts[1] + counts[2] + counts[3];
  return counts.map((c) => (c + 0.5) / (total + 2));
}

/** What a token's slot and the word present say about parts of speech, computed once per token. */
interface PosSlot {
  /** Per class: P(class | after left) × P(class | before right) / P(class)², each side smoothed towards the prior and 1 when unseen. */
  readonly wants: readonly number[];
  /** The word's {@link posProfile}. */
  readonly own: readonly number[] | undefined;
  /** log Σ P(class | word) × wants: how well the word's usual parts of speech suit the slot. */
  readonly ownSuits: number;
}

function posSlot(lexicon: Lexicon, edges: { readonly left: string; readonly right: string }, word: string): PosSlot {
  const prior = posPrior(lexicon);
  const after = lexicon.posAfter.get(edges.left);
  const before = lexicon.posBefore.get(edges.right);
  const wants = prior.map((p, i) => {
    const a = after ? (after[i]! + 5 * p) / (after[4] + 5) / p : 1;
    const b = before ? (before[i]! + 5 * p) / (before[4] + 5) / p : 1;
    return a * b;
  });
  const own = posProfile(lexicon, word);
  return { wants, own, ownSuits: own ? suits(own, wants) : 0 };
}

/** log Σ P(class | ·) × how much the slot wants the class. */
function suits(profile: readonly number[], wants: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += profile[i]! * wants[i]!;
  return Math.log(sum);
}

/**
 * The spinner is blind to part of speech, writers are not: it puts in "name" for the verb
 * "call", a word seldom used as the part of speech the slot needs. Features (see
 * {@link ScoredCandidate}): log P(pos | word), the candidate's gain in log P(pos | ·), untagged
 * word (0/1), log of how much the slot wants pos, gain in log Σ P(class | ·) × slot want. The
 * candidate's pos is, of those its readings allow, the one it best suits here.
 */
function posFeatures(lexicon: Lexicon, { wants: slot, own, ownSuits }: PosSlot, candidate: Candidate): number[] {
  const theirs = posProfile(lexicon, candidate.word);
  let pos = -1;
  let bestFit = -Infinity;
  for (const p of candidate.pos) {
    const i = POS_ORDER.indexOf(p as Pos);
    const fit = (theirs?.[i] ?? 1) * slot[i]!;
    if (i >= 0 && fit > bestFit) [pos, bestFit] = [i, fit];
  }
  if (pos < 0) return [...NO_POS_EVIDENCE];
  const slotWant = Math.log(slot[pos]!);
  if (!own) return [0, 0, 1, slotWant, 0];
  const ownLog = Math.log(own[pos]!);
  if (!theirs) return [ownLog, 0, 0, slotWant, 0];
  return [ownLog, Math.log(theirs[pos]!) - ownLog, 0, slotWant, suits(theirs, slot) - ownSuits];
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
