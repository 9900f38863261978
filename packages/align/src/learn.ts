// Learning a lexicon across many document pairs, in three steps that can run in different places:
// each pair's first pass and the links it is sure of (`alignFirstPass`, per pair, anywhere), an
// even sample of those links over all the pairs (`sampleTrainingLinks`, where they are gathered),
// and IBM Model 1 on the sentences of the sampled links (`learnFromLinks`). `alignBatch` runs the
// three in one process; corpus mode runs the first and last as units of work (threads or queue
// jobs) and samples in the coordinator. One implementation serves both, so they learn the same.
import { primaryLanguage, type Sentence } from '@sejajar/text';
import { alignWithOutcome, confidentBeads, LEARNING, type AlignOptions } from './align.js';
import { prepareSide } from './evidence.js';
import { prepareInputs } from './input.js';
import { learnLexicon } from './model1.js';
import type { Bead } from './search.js';
import type { Alignment, Dictionary } from './types.js';

/**
 * A link the first pass is sure of, as sentence ranges: first source sentence, number of source
 * sentences, first target sentence, number of target sentences.
 */
export type TrainingLink = readonly [s0: number, a: number, t0: number, b: number];

/** One pair's first pass: its alignment (no shared lexicon) and the links it is sure of. */
export interface FirstPass {
  readonly alignment: Alignment;
  /** The confident links, in document order: what a shared lexicon learns from. */
  readonly confident: TrainingLink[];
}

/**
 * Lexicons learned across pairs learn from at most this many links (sampled evenly): more cost
 * memory (Model 1 keeps every co-occurring word pair) and teach little more.
 */
export const MAX_BATCH_TRAINING_LINKS = 5000;

/**
 * Align one pair on its own, as `alignSentences` does, and keep the links it is sure of (those a
 * lexicon learned across pairs is trained on).
 */
export function alignFirstPass(source: string | readonly Sentence[], target: string | readonly Sentence[], options: AlignOptions = {}): FirstPass {
  return firstPassOf(alignWithOutcome(source, target, options));
}

/** A first pass's alignment and the links it is sure of. */
export function firstPassOf({ alignment, outcome, threshold }: ReturnType<typeof alignWithOutcome>): FirstPass {
  const confident = outcome === undefined ? [] : confidentBeads(outcome, threshold);
  return { alignment, confident: confident.map((bead) => [bead.s0, bead.a, bead.t0, bead.b] as const) };
}

/**
 * The links to train on, from the confident links of every pair of one language pair (in a fixed
 * order): all of them up to `MAX_BATCH_TRAINING_LINKS` (5,000), else every k-th one counted across
 * the pairs, so each pair gives in proportion to what it has. Returns each pair's share, in order.
 */
export function sampleTrainingLinks(perPair: readonly (readonly TrainingLink[])[]): TrainingLink[][] {
  const total = perPair.reduce((sum, links) => sum + links.length, 0);
  const step = Math.max(1, Math.ceil(total / MAX_BATCH_TRAINING_LINKS));
  let k = 0;
  return perPair.map((links) => links.filter(() => k++ % step === 0));
}

/** A document pair with the links to learn from (indices into its sentences, as split or given). */
export interface TrainingPair {
  readonly source: string | readonly Sentence[];
  readonly target: string | readonly Sentence[];
  /** BCP 47 tag of the source language, for splitting. Default: the options' `sourceLanguage`. */
  readonly sourceLanguage?: string | undefined;
  /** BCP 47 tag of the target language. Default: the options' `targetLanguage`. */
  readonly targetLanguage?: string | undefined;
  readonly links: readonly TrainingLink[];
}

/**
 * IBM Model 1 (both directions) trained on the given links of all the pairs together; returns
 * folded source words → folded target words. Only the linked sentences are read, so the result
 * depends on the sampled links alone: where they were gathered from does not matter. The options'
 * languages (primary subtags) choose the word keys of each side: give pairs of one language pair.
 */
export function learnFromLinks(pairs: readonly TrainingPair[], options: AlignOptions = {}): Dictionary {
  const sources: Sentence[] = [];
  const targets: Sentence[] = [];
  const beads: Bead[] = [];
  for (const pair of pairs) {
    if (pair.links.length === 0) continue;
    const { sourceSentences, targetSentences } = prepareInputs(pair.source, pair.target, {
      ...options,
      sourceLanguage: pair.sourceLanguage ?? options.sourceLanguage,
      targetLanguage: pair.targetLanguage ?? options.targetLanguage,
    });
    for (const [s0, a, t0, b] of pair.links) {
      const source = sourceSentences.slice(s0, s0 + a);
      const target = targetSentences.slice(t0, t0 + b);
      if (a < 1 || b < 1 || source.length !== a || target.length !== b) {
        throw new RangeError(
          `learnFromLinks: link [${s0}, ${a}, ${t0}, ${b}] is outside the pair's sentences (${sourceSentences.length}, ${targetSentences.length})`,
        );
      }
      beads.push({ s0: sources.length, a, t0: targets.length, b });
      sources.push(...source);
      targets.push(...target);
    }
  }
  const lexicon = new Map<string, string[]>();
  if (beads.length === 0) return lexicon;
  // One vocabulary over all the linked sentences, so a word is the same type wherever it occurs.
  const source = prepareSide(sources, primaryLanguage(options.sourceLanguage));
  const target = prepareSide(targets, primaryLanguage(options.targetLanguage));
  for (const [s, ts] of learnLexicon(source, target, beads, LEARNING)) {
    lexicon.set(
      source.keys[s]!,
      ts.map((t) => target.keys[t]!),
    );
  }
  return lexicon;
}
