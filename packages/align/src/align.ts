import { SejajarError, assertSentences, primaryLanguage, splitSentences, type Sentence } from '@sejajar/text';
import type { Alignment, Dictionary, Link } from './types.js';
import { builtinLexiconFor } from './dictionary.js';
import { matchTypes, prepareSide, type Side } from './evidence.js';
import { learnLexicon } from './model1.js';
import { bandedSearch, diagonal, SHAPES, type Bead, type Gain } from './search.js';
import { lengthRatio, PairMatches, Similarity, type SimilarityModel } from './similarity.js';

/** Options for {@link alignSentences}. Defaults were tuned on development data only. */
export interface AlignOptions {
  /** BCP 47 tag of the source language; picks the splitter's abbreviations and the built-in lexicon. Default: unknown. */
  sourceLanguage?: string;
  /** BCP 47 tag of the target language. Default: unknown. */
  targetLanguage?: string;
  /** A user dictionary, source word → target words (see `parseDictionary`). Default: none. */
  dictionary?: Dictionary;
  /**
   * Use the built-in Indonesian–English lexicon when the pair is Indonesian/Malay and English
   * (either way round; guessed from the words when the languages are not given). Default `true`.
   */
  builtinLexicon?: boolean;
  /** Learn word pairs from the first pass's confident links and align again. Default `true`. */
  learnLexicon?: boolean;
  /**
   * Word pairs learned beforehand, folded source word → folded target words (as returned by
   * `learnLexiconFrom`, e.g. from a whole batch of documents): matched word for word, like pairs
   * learned from the input itself. Default: none.
   */
  lexicon?: Dictionary;
  /**
   * Similarity a link needs per sentence it covers to beat leaving its sentences unaligned:
   * raise it to leave more sentences without counterpart. Default `0.2`.
   */
  threshold?: number;
}

// Tuned constants of the scoring model (see docs/alignment.md).
/**
 * Gale–Church variance, far wider than for translations (6.8): news counterparts and loose
 * translations vary more, and in short documents (little to learn a lexicon from) length is most
 * of the evidence, so a narrow variance makes it overconfident.
 */
const VARIANCE = 30;
/** Lexical evidence weighs up to this much against length, when it separates pairs well… */
const MAX_LEXICAL_WEIGHT = 0.8;
/** …and at least this much when it barely does. */
const MIN_LEXICAL_WEIGHT = 0.15;
/** A separation (true-pair minus chance coverage) of this much earns the full lexical weight. */
const FULL_SEPARATION = 0.3;
/** Sentences sampled to calibrate lexical evidence. */
const CALIBRATION_SAMPLE = 2000;
/** Half-width of the window a sentence's best counterpart is looked for in, when calibrating. */
const CALIBRATION_WINDOW = 3;
const DEFAULT_THRESHOLD = 0.2;
/** Extra cost of links of more than one sentence a side, so 1-1 wins a tie. */
const MERGE_PENALTY: Record<string, number> = { '2,1': 0.4, '1,2': 0.4, '2,2': 0.8, '3,1': 0.8, '1,3': 0.8 };
/** First-pass links at least this much above the threshold train the learned lexicon. */
const CONFIDENT_MARGIN = 0.15;
const MIN_TRAINING_LINKS = 20;
const MAX_TRAINING_LINKS = 1500;
const MIN_RATIO_LINKS = 3;
/** At most this many passes (the first, then re-estimated length ratio and learned lexicon). */
const PASSES = 3;
/** Two lone sentences side by side between links are paired above this share of the threshold. */
const GAP_FACTOR = 0.5;
/** Gaps of at most this many sentences a side are searched again. */
const MAX_GAP = 4;
/** How much similarity a join may lose when lexical evidence is nil (scaled down as it grows). */
const ABSORB_SLACK = 1;
/** Model 1 settings, for one document and for a batch. */
export const LEARNING = { iterations: 5, minProbability: 0.2, minCount: 2 };
const SEARCH = { halfWidth: 40, fullTableCells: 250_000, maxPasses: 4 };

/**
 * A side's sentences: the text split, or the given sentences once their offsets are checked
 * (links and output spans are cut with them). A JavaScript caller gets a `TypeError` for
 * anything but a string or an array of sentences.
 */
function sentencesOf(input: string | readonly Sentence[], language: string | undefined, side: string): Sentence[] {
  if (typeof input === 'string') return splitSentences(input, { language });
  assertSentences(input, `alignSentences: ${side}`);
  return [...input];
}

function align(
  source: Side,
  target: Side,
  matches: readonly (ReadonlySet<number> | readonly number[])[],
  threshold: number,
  guide?: { center: Float64Array; ratio: number },
) {
  const center = guide?.center ?? diagonal(source.chars, target.chars);
  const pairs = new PairMatches(source, target, matches);
  const model = calibrate(new Similarity(source, target, pairs, { lexicalWeight: 1, variance: VARIANCE, floor: 0, scale: 1 }), center, source.sentences.length, target.sentences.length);
  const similarity = new Similarity(source, target, pairs, model, guide?.ratio);
  const n = source.sentences.length;
  const m = target.sentences.length;
  // The first pass's band follows anchors rather than the character diagonal: long documents
  // drift from it further than the band is wide, and a re-centred band costs a whole search more.
  const band = guide?.center ?? anchoredCenter(source, target, matches, center);
  const beads = bandedSearch(n, m, band, linkGain(similarity, threshold), SEARCH);
  return { beads, similarity };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

/**
 * Calibrate lexical evidence on the document itself: the median best coverage a sentence reaches
 * near its expected position (true pairs) against the median best coverage it reaches half a
 * document away (chance). The gap also decides how far lexical evidence is trusted over length.
 */
function calibrate(raw: Similarity, center: Float64Array, n: number, m: number): SimilarityModel {
  const near: number[] = [];
  const far: number[] = [];
  const step = Math.max(1, Math.floor(n / CALIBRATION_SAMPLE));
  const window = CALIBRATION_WINDOW;
  for (let s = 0; s < n; s += step) {
    const c = Math.min(m - 1, Math.round(center[s]!));
    let best = 0;
    for (let t = Math.max(0, c - window); t <= Math.min(m - 1, c + window); t++) best = Math.max(best, raw.lexical(s, 1, t, 1));
    near.push(best);
    // Chance: as many candidates, all outside the window (none in a document too short for it).
    const outside = m - (Math.min(m - 1, c + window) - Math.max(0, c - window) + 1);
    if (outside <= 0) continue;
    best = 0;
    for (let k = 0; k < Math.min(outside, 2 * window + 1); k++) {
      const t = (c + window + 1 + Math.floor(outside / 2) + k) % m;
      if (Math.abs(t - c) > window) best = Math.max(best, raw.lexical(s, 1, t, 1));
    }
    far.push(best);
  }
  const floor = median(far);
  const separation = median(near) - floor;
  const lexicalWeight = Math.min(MAX_LEXICAL_WEIGHT, Math.max(MIN_LEXICAL_WEIGHT, (MAX_LEXICAL_WEIGHT * separation) / FULL_SEPARATION));
  return { lexicalWeight, variance: VARIANCE, floor, scale: Math.max(0.02, separation) };
}

/** Sentence of a side each type occurs in when it occurs in exactly one (else -1). */
function singleSentence(side: Side): Int32Array {
  const at = new Int32Array(side.keys.length).fill(-2);
  side.types.forEach((types, sentence) => {
    for (const type of types) at[type] = at[type] === -2 ? sentence : -1;
  });
  return at;
}

/**
 * The expected path through anchors: sentence pairs that share a type found in one sentence of
 * each side only (a rare name or number), the longest chain of them in document order, and
 * between anchors the character diagonal shifted by their offsets (interpolated).
 */
function anchoredCenter(source: Side, target: Side, matches: readonly (ReadonlySet<number> | readonly number[])[], diagonalCenter: Float64Array): Float64Array {
  const inSource = singleSentence(source);
  const inTarget = singleSentence(target);
  const candidates: [number, number][] = [];
  matches.forEach((others, type) => {
    const s = inSource[type]!;
    if (s < 0) return;
    for (const other of others) if (inTarget[other]! >= 0) candidates.push([s, inTarget[other]!]);
  });
  const chain = longestChain(candidates);
  const n = diagonalCenter.length - 1;
  // Offsets from the diagonal at the anchors (none at the ends), interpolated in between.
  const points: [number, number][] = [[0, 0], ...chain.map(([s, t]): [number, number] => [s + 0.5, t + 0.5 - (diagonalCenter[s]! + diagonalCenter[s + 1]!) / 2]), [n, 0]];
  const center = new Float64Array(n + 1);
  let k = 0;
  for (let i = 0; i <= n; i++) {
    while (k + 1 < points.length - 1 && points[k + 1]![0] <= i) k++;
    const [x0, y0] = points[k]!;
    const [x1, y1] = points[k + 1]!;
    const offset = x1 > x0 ? y0 + ((y1 - y0) * (i - x0)) / (x1 - x0) : y0;
    center[i] = diagonalCenter[i]! + offset;
  }
  return center;
}

/** The longest chain of (s, t) pairs increasing in both (patience sorting, O(k log k)). */
function longestChain(pairs: [number, number][]): [number, number][] {
  const sorted = [...pairs].sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const tails: number[] = [];
  const previous = new Int32Array(sorted.length);
  const tailAt: number[] = [];
  sorted.forEach(([, t], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = t;
    tailAt[lo] = k;
    previous[k] = lo > 0 ? tailAt[lo - 1]! : -1;
  });
  const chain: [number, number][] = [];
  for (let k = tails.length > 0 ? tailAt[tails.length - 1]! : -1; k >= 0; k = previous[k]!) chain.push(sorted[k]!);
  return chain.reverse();
}

function pathCenter(beads: readonly Bead[], n: number): Float64Array {
  const center = new Float64Array(n + 1);
  for (const bead of beads) for (let r = 0; r <= bead.a; r++) center[bead.s0 + r] = bead.t0 + (bead.a === 0 ? bead.b : (bead.b * r) / bead.a);
  return center;
}

/** The gain of a link for the search: per sentence, its similarity above `threshold`, less a merge penalty. */
function linkGain(similarity: Similarity, threshold: number): Gain {
  return (s0, a, t0, b) => (a === 0 || b === 0 ? 0 : (a + b) * (similarity.score(s0, a, t0, b) - threshold) - (MERGE_PENALTY[`${a},${b}`] ?? 0));
}

/**
 * Sentences left unaligned on both sides between the same two links are, in a translation,
 * usually counterparts with too little evidence to show it. Each such gap (at most
 * {@link MAX_GAP} sentences a side) is searched again on its own with a lower threshold.
 */
function fillGaps(beads: readonly Bead[], similarity: Similarity, threshold: number): Bead[] {
  const out: Bead[] = [];
  const gain = linkGain(similarity, threshold);
  let k = 0;
  while (k < beads.length) {
    const bead = beads[k]!;
    const before = out[out.length - 1];
    if (bead.a > 0 && bead.b > 0) {
      out.push(bead);
      k++;
      continue;
    }
    let end = k;
    while (end < beads.length && (beads[end]!.a === 0 || beads[end]!.b === 0)) end++;
    const run = beads.slice(k, end);
    const a = run.reduce((sum, r) => sum + r.a, 0);
    const b = run.reduce((sum, r) => sum + r.b, 0);
    if (before !== undefined && end < beads.length && a > 0 && b > 0 && a <= MAX_GAP && b <= MAX_GAP) {
      const s0 = Math.min(...run.filter((r) => r.a > 0).map((r) => r.s0));
      const t0 = Math.min(...run.filter((r) => r.b > 0).map((r) => r.t0));
      const local = bandedSearch(a, b, new Float64Array(a + 1), (i, x, j, y) => gain(s0 + i, x, t0 + j, y), { ...SEARCH, fullTableCells: Infinity });
      out.push(...local.map((l) => ({ s0: s0 + l.s0, a: l.a, t0: t0 + l.t0, b: l.b })));
    } else out.push(...run);
    k = end;
  }
  return out;
}

/**
 * A sentence left unaligned next to a link joins that link when the joined link is about as
 * similar as the link alone: exactly as similar or more when lexical evidence is strong (its
 * words would show it belongs), up to {@link ABSORB_SLACK} less when lexical evidence is nil.
 */
function absorbNeighbours(beads: readonly Bead[], similarity: Similarity): Bead[] {
  const out = [...beads];
  const sim = (b: Bead): number => similarity.score(b.s0, b.a, b.t0, b.b);
  const allowed = (a: number, b: number): boolean => SHAPES.some((shape) => shape.a === a && shape.b === b);
  // Weak lexical evidence cannot tell an omitted sentence from a split one: the weaker it is,
  // the more a join may lose in similarity and still be taken.
  const slack = ABSORB_SLACK * Math.max(0, 1 - similarity.lexicalWeight / MAX_LEXICAL_WEIGHT);
  for (let k = 0; k < out.length; k++) {
    const lone = out[k]!;
    if (lone.a + lone.b !== 1) continue;
    let best: { at: number; merged: Bead; gainOver: number } | undefined;
    for (const at of [k - 1, k + 1]) {
      const link = out[at];
      if (link === undefined || link.a === 0 || link.b === 0) continue;
      const merged: Bead = at < k
        ? { s0: link.s0, a: link.a + lone.a, t0: link.t0, b: link.b + lone.b }
        : { s0: lone.a ? lone.s0 : link.s0, a: link.a + lone.a, t0: lone.b ? lone.t0 : link.t0, b: link.b + lone.b };
      if (!allowed(merged.a, merged.b)) continue;
      const gainOver = sim(merged) - sim(link) + slack;
      if (gainOver > 0 && (best === undefined || gainOver > best.gainOver)) best = { at, merged, gainOver };
    }
    if (best !== undefined) {
      out.splice(Math.min(k, best.at), 2, best.merged);
      k = Math.max(-1, Math.min(k, best.at) - 2);
    }
  }
  return out;
}

/**
 * Sentences without counterpart that stand between the same two links may be listed in any
 * order; list the source ones first, so equal alignments are equal arrays.
 */
function canonicalOrder(beads: readonly Bead[]): Bead[] {
  const out: Bead[] = [];
  let run: Bead[] = [];
  const flush = (): void => {
    out.push(...run.filter((b) => b.a > 0), ...run.filter((b) => b.a === 0));
    run = [];
  };
  for (const bead of beads) {
    if (bead.a === 0 || bead.b === 0) run.push(bead);
    else {
      flush();
      out.push(bead);
    }
  }
  flush();
  return out;
}

/** Scores for the final links: similarity for pairs, 1 − best nearby similarity for the unaligned. */
function toLinks(beads: readonly Bead[], similarity: Similarity, n: number, m: number): Link[] {
  const range = (first: number, count: number): number[] => Array.from({ length: count }, (_, k) => first + k);
  const clamp = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
  return beads.map((bead) => {
    let score: number;
    if (bead.a > 0 && bead.b > 0) score = similarity.score(bead.s0, bead.a, bead.t0, bead.b);
    else {
      let best = 0;
      for (let d = -2; d <= 2; d++) {
        if (bead.a > 0 && bead.t0 + d >= 0 && bead.t0 + d < m) best = Math.max(best, similarity.score(bead.s0, 1, bead.t0 + d, 1));
        if (bead.b > 0 && bead.s0 + d >= 0 && bead.s0 + d < n) best = Math.max(best, similarity.score(bead.s0 + d, 1, bead.t0, 1));
      }
      score = 1 - best;
    }
    return { source: range(bead.s0, bead.a), target: range(bead.t0, bead.b), score: clamp(score) };
  });
}

/** What the search found for one pair, before links get their scores (shared with batch learning). */
export interface Outcome {
  readonly beads: Bead[];
  /** The similarity of the last pass, which scores the links. */
  readonly similarity: Similarity;
}

/** Validated options and the sentences of both sides. */
export function prepareInputs(source: string | readonly Sentence[], target: string | readonly Sentence[], options: AlignOptions) {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) throw new SejajarError('BAD_OPTION', `alignSentences: threshold must be between 0 and 1, got ${threshold}`);
  return { threshold, sourceSentences: sentencesOf(source, options.sourceLanguage, 'source'), targetSentences: sentencesOf(target, options.targetLanguage, 'target') };
}

/** Word pairs given as folded words, added to the matches of the types both sides have. */
function addLexicon(matches: Set<number>[], source: Side, target: Side, lexicon: Dictionary): void {
  source.keys.forEach((key, s) => {
    for (const word of lexicon.get(key) ?? []) {
      const t = target.vocabulary.get(word);
      if (t !== undefined) matches[s]!.add(t);
    }
  });
}

/** Links of confident similarity: what the learned lexicon and the length ratio are estimated from. */
export function confidentBeads({ beads, similarity }: Outcome, threshold: number): Bead[] {
  return beads.filter((bead) => bead.a > 0 && bead.b > 0 && similarity.score(bead.s0, bead.a, bead.t0, bead.b) >= threshold + CONFIDENT_MARGIN);
}

/** The whole pipeline on two non-empty sentence lists: evidence, passes, gaps, joins. */
export function alignNonEmpty(sourceSentences: readonly Sentence[], targetSentences: readonly Sentence[], threshold: number, options: AlignOptions): Outcome {
  const n = sourceSentences.length;
  let sourceSide = prepareSide(sourceSentences, primaryLanguage(options.sourceLanguage));
  let targetSide = prepareSide(targetSentences, primaryLanguage(options.targetLanguage));
  const dictionaries: Dictionary[] = [];
  if (options.dictionary) dictionaries.push(options.dictionary);
  const builtin = (options.builtinLexicon ?? true) ? builtinLexiconFor(sourceSide, targetSide) : undefined;
  if (builtin !== undefined) {
    dictionaries.push(builtin.dictionary);
    // A guessed direction also tells the stemmer which language each side is.
    if (sourceSide.language === undefined) sourceSide = { ...sourceSide, language: builtin.sourceLanguage };
    if (targetSide.language === undefined) targetSide = { ...targetSide, language: builtin.targetLanguage };
  }
  const matches = matchTypes(sourceSide, targetSide, { dictionaries, cognates: true });
  if (options.lexicon) addLexicon(matches, sourceSide, targetSide, options.lexicon);
  let { beads, similarity } = align(sourceSide, targetSide, matches, threshold);
  // Further passes: the links the previous pass is sure of tell the length ratio of linked text
  // (the whole documents' ratio is skewed by sentences without counterpart) and, when there are
  // enough of them, teach a lexicon of the input's own words; then align again.
  for (let pass = 1; pass < PASSES; pass++) {
    const confident = confidentBeads({ beads, similarity }, threshold);
    let changed = false;
    let ratio = similarity.ratio;
    if (confident.length >= MIN_RATIO_LINKS) {
      const sum = (chars: Float64Array, first: number, count: number): number => chars.slice(first, first + count).reduce((x, y) => x + y, 0);
      ratio = lengthRatio(
        confident.map((bead) => sum(sourceSide.chars, bead.s0, bead.a)),
        confident.map((bead) => sum(targetSide.chars, bead.t0, bead.b)),
      );
      changed = Math.abs(Math.log(ratio / similarity.ratio)) > 0.05;
    }
    if ((options.learnLexicon ?? true) && confident.length >= MIN_TRAINING_LINKS) {
      // A few thousand links teach all a lexicon can learn; more only cost memory.
      const step = Math.ceil(confident.length / MAX_TRAINING_LINKS);
      const learned = learnLexicon(sourceSide, targetSide, confident.filter((_, k) => k % step === 0), LEARNING);
      let added = 0;
      for (const [s, ts] of learned) {
        for (const t of ts) {
          if (matches[s]!.has(t)) continue;
          matches[s]!.add(t);
          added++;
        }
      }
      changed ||= added > 0;
    }
    if (!changed) break;
    ({ beads, similarity } = align(sourceSide, targetSide, matches, threshold, { center: pathCenter(beads, n), ratio }));
  }
  beads = fillGaps(beads, similarity, threshold * GAP_FACTOR);
  beads = absorbNeighbours(beads, similarity);
  beads = canonicalOrder(beads);
  return { beads, similarity };
}

/**
 * Align the sentences of a text with those of its counterpart (a translation, or a report of
 * the same story in another language).
 *
 * Evidence: word types matched across the two sides (identical words and numbers, month names,
 * quotes and question marks, dictionary translations, cognates by edit distance, and word pairs
 * learned from the input), weighted by rarity, plus Gale–Church length agreement. A banded
 * dynamic programme finds the links; a sentence stays unaligned when nothing supports a link.
 * Time and memory grow linearly with the number of sentences.
 *
 * @param source the source text, or its sentences (offsets into the source text)
 * @param target the target text, or its sentences
 * @returns every sentence of both sides in exactly one link, in order
 * @throws TypeError when a side is neither a string nor an array of sentences; `SejajarError`
 *   (`BAD_INPUT`) when a given sentence's offsets are impossible (see `assertSentences`)
 */
export function alignSentences(source: string | readonly Sentence[], target: string | readonly Sentence[], options: AlignOptions = {}): Alignment {
  const { threshold, sourceSentences, targetSentences } = prepareInputs(source, target, options);
  const n = sourceSentences.length;
  const m = targetSentences.length;
  if (n === 0 || m === 0) {
    const links: Link[] = [
      ...sourceSentences.map((_, i) => ({ source: [i], target: [], score: 1 })),
      ...targetSentences.map((_, j) => ({ source: [], target: [j], score: 1 })),
    ];
    return { links, source: sourceSentences, target: targetSentences };
  }
  const { beads, similarity } = alignNonEmpty(sourceSentences, targetSentences, threshold, options);
  return { links: toLinks(beads, similarity, n, m), source: sourceSentences, target: targetSentences };
}
