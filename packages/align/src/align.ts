// The aligner's passes: evidence for both sides, a first pass, then passes that re-estimate the
// length ratio and learn word pairs from the links the previous pass is sure of (docs/alignment.md,
// "Passes"). Each pass calibrates (calibrate.ts), places its band (band.ts) and searches
// (search.ts); the links of the last pass are refined (refine.ts) and scored (links.ts).
import { primaryLanguage, type Sentence } from '@sejajar/text';
import { anchoredCenter, pathCenter } from './band.js';
import { calibrate } from './calibrate.js';
import { foreignSentences, type ForeignSentences } from './foreign.js';
import { builtinLexiconFor } from './dictionary.js';
import { matchTypes, prepareSide, type Side } from './evidence.js';
import { prepareInputs } from './input.js';
import { toLinks } from './links.js';
import { learnLexicon } from './model1.js';
import { linkGain, SEARCH } from './objective.js';
import { refine } from './refine.js';
import { bandedSearch, diagonal, type Bead } from './search.js';
import { lengthRatio } from './length.js';
import { PairMatches, Similarity } from './similarity.js';
import type { Alignment, Dictionary, Link } from './types.js';

/** Options for {@link alignSentences}. Defaults were tuned on development data only. */
export interface AlignOptions {
  /** BCP 47 tag of the source language; picks the splitter's abbreviations and the built-in lexicon. Default: unknown. */
  sourceLanguage?: string | undefined;
  /** BCP 47 tag of the target language. Default: unknown. */
  targetLanguage?: string | undefined;
  /** A user dictionary, source word → target words (see `parseDictionary`). Default: none. */
  dictionary?: Dictionary | undefined;
  /**
   * Use the built-in Indonesian–English lexicon when the pair is Indonesian/Malay and English
   * (either way round; guessed from the words when the languages are not given). Default `true`.
   */
  builtinLexicon?: boolean | undefined;
  /** Learn word pairs from the first pass's confident links and align again. Default `true`. */
  learnLexicon?: boolean | undefined;
  /**
   * Word pairs learned beforehand, folded source word → folded target words (as returned by
   * `learnLexiconFrom`, e.g. from a whole batch of documents): matched word for word, like pairs
   * learned from the input itself. Default: none.
   */
  lexicon?: Dictionary | undefined;
  /**
   * Similarity a link needs per sentence it covers to beat leaving its sentences unaligned:
   * raise it to leave more sentences without counterpart. Default `0.2`.
   */
  threshold?: number | undefined;
}

/** First-pass links at least this much above the threshold train the learned lexicon. */
const CONFIDENT_MARGIN = 0.15;
const MIN_TRAINING_LINKS = 20;
const MAX_TRAINING_LINKS = 1500;
const MIN_RATIO_LINKS = 3;
/** At most this many passes (the first, then re-estimated length ratio and learned lexicon). */
const PASSES = 3;
/** Model 1 settings, for one document and for a batch. */
export const LEARNING = { iterations: 5, minProbability: 0.2, minCount: 2 };

/**
 * One pass: calibrate lexical evidence on the document, then search a band around the expected
 * path (`guide`: the previous pass's path and length ratio; none for the first pass).
 */
function align(
  source: Side,
  target: Side,
  matches: readonly (ReadonlySet<number> | readonly number[])[],
  threshold: number,
  foreign: ForeignSentences | undefined,
  guide?: { center: Float64Array; ratio: number },
) {
  const center = guide?.center ?? diagonal(source.lengths, target.lengths);
  const pairs = new PairMatches(source, target, matches);
  const model = calibrate(source, target, pairs, center);
  const similarity = new Similarity(source, target, pairs, model, guide?.ratio);
  const n = source.sentences.length;
  const m = target.sentences.length;
  // The first pass's band follows anchors rather than the character diagonal: long documents
  // drift from it further than the band is wide, and a re-centred band costs a whole search more.
  const band = guide?.center ?? anchoredCenter(source, target, matches, center);
  const beads = bandedSearch(n, m, band, linkGain(similarity, threshold, foreign), SEARCH);
  return { beads, similarity };
}

/** What the search found for one pair, before links get their scores (learning across pairs reads its confident links). */
export interface Outcome {
  readonly beads: Bead[];
  /** The similarity of the last pass, which scores the links. */
  readonly similarity: Similarity;
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

/**
 * A pair's evidence, found once: each side's words and keys, and the word types matched across by
 * the given and built-in dictionaries and by cognates. A batch aligns each pair twice (on its own,
 * then with the batch's lexicon) from one `PairEvidence`.
 */
interface PairEvidence {
  readonly source: Side;
  readonly target: Side;
  /** Matched target types per source type, before any learned or `lexicon` word pairs. */
  readonly matches: readonly ReadonlySet<number>[];
  /** Sentences written in the other side's language (none: undefined). */
  readonly foreign: ForeignSentences | undefined;
}

/** A pair ready to align: the options' threshold, both sides' sentences, and (when neither side is empty) their evidence. */
export interface PreparedPair {
  readonly threshold: number;
  readonly sourceSentences: readonly Sentence[];
  readonly targetSentences: readonly Sentence[];
  readonly evidence: PairEvidence | undefined;
}

/** The inputs checked and split, and the evidence of both sides (everything but `options.lexicon`, which {@link alignPrepared} adds). */
export function preparePair(source: string | readonly Sentence[], target: string | readonly Sentence[], options: AlignOptions): PreparedPair {
  const { threshold, sourceSentences, targetSentences } = prepareInputs(source, target, options);
  if (sourceSentences.length === 0 || targetSentences.length === 0) return { threshold, sourceSentences, targetSentences, evidence: undefined };
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
  const foreign = foreignSentences(sourceSide, targetSide);
  return { threshold, sourceSentences, targetSentences, evidence: { source: sourceSide, target: targetSide, matches, foreign } };
}

/** The passes, gaps and joins on a pair's evidence (not changed: learned pairs go to a copy of its matches). */
function alignNonEmpty(evidence: PairEvidence, threshold: number, options: AlignOptions): Outcome {
  const { source: sourceSide, target: targetSide, foreign } = evidence;
  const n = sourceSide.sentences.length;
  const matches = evidence.matches.map((types) => new Set(types));
  if (options.lexicon) addLexicon(matches, sourceSide, targetSide, options.lexicon);
  let { beads, similarity } = align(sourceSide, targetSide, matches, threshold, foreign);
  // Further passes: the links the previous pass is sure of tell the length ratio of linked text
  // (the whole documents' ratio is skewed by sentences without counterpart) and, when there are
  // enough of them, teach a lexicon of the input's own words; then align again.
  for (let pass = 1; pass < PASSES; pass++) {
    const confident = confidentBeads({ beads, similarity }, threshold);
    let changed = false;
    let ratio = similarity.ratio;
    if (confident.length >= MIN_RATIO_LINKS) {
      const sum = (lengths: Float64Array, first: number, count: number): number => lengths.slice(first, first + count).reduce((x, y) => x + y, 0);
      ratio = lengthRatio(
        confident.map((bead) => sum(sourceSide.lengths, bead.s0, bead.a)),
        confident.map((bead) => sum(targetSide.lengths, bead.t0, bead.b)),
      );
      changed = Math.abs(Math.log(ratio / similarity.ratio)) > 0.05;
    }
    if ((options.learnLexicon ?? true) && confident.length >= MIN_TRAINING_LINKS) {
      // A few thousand links teach all a lexicon can learn; more only cost memory.
      const step = Math.ceil(confident.length / MAX_TRAINING_LINKS);
      const learned = learnLexicon(
        sourceSide,
        targetSide,
        confident.filter((_, k) => k % step === 0),
        LEARNING,
      );
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
    ({ beads, similarity } = align(sourceSide, targetSide, matches, threshold, foreign, { center: pathCenter(beads, n), ratio }));
  }
  return { beads: refine(beads, similarity, threshold, foreign), similarity };
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
  return alignWithOutcome(source, target, options).alignment;
}

/**
 * {@link alignSentences}, with what the search found (none when a side is empty) and the
 * threshold used: what learning across pairs reads the confident links from.
 */
export function alignWithOutcome(
  source: string | readonly Sentence[],
  target: string | readonly Sentence[],
  options: AlignOptions,
): { alignment: Alignment; outcome: Outcome | undefined; threshold: number } {
  return alignPrepared(preparePair(source, target, options), options);
}

/** {@link alignWithOutcome} on a prepared pair (made with the same options but for `lexicon`). */
export function alignPrepared(prepared: PreparedPair, options: AlignOptions): { alignment: Alignment; outcome: Outcome | undefined; threshold: number } {
  const { threshold, evidence } = prepared;
  const sourceSentences = [...prepared.sourceSentences];
  const targetSentences = [...prepared.targetSentences];
  if (evidence === undefined) {
    const links: Link[] = [
      ...sourceSentences.map((_, i) => ({ source: [i], target: [], score: 1 })),
      ...targetSentences.map((_, j) => ({ source: [], target: [j], score: 1 })),
    ];
    return { alignment: { links, source: sourceSentences, target: targetSentences }, outcome: undefined, threshold };
  }
  const outcome = alignNonEmpty(evidence, threshold, options);
  const n = sourceSentences.length;
  const m = targetSentences.length;
  return { alignment: { links: toLinks(outcome.beads, outcome.similarity, n, m), source: sourceSentences, target: targetSentences }, outcome, threshold };
}
