// A lexicon learned from a whole batch of document pairs. Model 1 learned from one short document
// is weak (a few hundred links, most words seen once); the confident links of all the documents
// of a batch teach it far more. This is unsupervised and transductive: no gold, only the input,
// as hunalign's realign does within one document.
import { primaryLanguage, type Sentence } from '@sejajar/text';
import { alignPrepared, preparePair, type AlignOptions, type PreparedPair } from './align.js';
import { firstPassOf, learnFromLinks, sampleTrainingLinks } from './learn.js';
import type { Alignment, Dictionary } from './types.js';

/** One document pair of a batch; its languages, when given, override the batch options'. */
export interface AlignPair {
  /** The source text, or its sentences. */
  readonly source: string | readonly Sentence[];
  /** The target text, or its sentences. */
  readonly target: string | readonly Sentence[];
  /** BCP 47 tag of the source language. Default: the options' `sourceLanguage`. */
  readonly sourceLanguage?: string | undefined;
  /** BCP 47 tag of the target language. Default: the options' `targetLanguage`. */
  readonly targetLanguage?: string | undefined;
}

/** Options for {@link alignBatch}: those of `alignSentences`, and whether to share a lexicon. */
export interface BatchOptions extends AlignOptions {
  /**
   * Learn word pairs from the confident links of every pair of the batch (per language pair) and
   * align each pair again with them. Default `true`; `false` aligns each pair on its own.
   */
  sharedLexicon?: boolean | undefined;
  /**
   * Called as the work goes on: pairs aligned to learn from (`learn`), then pairs aligned
   * (`align`). Default: none.
   */
  progress?: ((stage: 'learn' | 'align', done: number, total: number) => void) | undefined;
}

/**
 * Word pairs learned from a batch of document pairs of one language pair: each pair is aligned on
 * its own, then IBM Model 1 is trained (both directions) on the confident links of all of them
 * together (at most `MAX_BATCH_TRAINING_LINKS`, sampled evenly). Returns folded source words →
 * folded target words, to give `alignSentences` as its `lexicon` option. Pairs whose languages
 * differ from the first pair's teach it all the same, so group pairs by language pair first (as
 * {@link alignBatch} does).
 */
export function learnLexiconFrom(pairs: readonly AlignPair[], options: AlignOptions = {}): Dictionary {
  return learnFrom(pairs, options, (pair) => preparePair(pair.source, pair.target, withLanguages(pair, options)));
}

/**
 * {@link learnLexiconFrom}, each pair prepared by `prepared` (called once per pair, just before it
 * is aligned): the steps of learn.ts in one process.
 */
function learnFrom(pairs: readonly AlignPair[], options: AlignOptions, prepared: (pair: AlignPair, k: number) => PreparedPair): Dictionary {
  const confident = pairs.map((pair, k) => firstPassOf(alignPrepared(prepared(pair, k), withLanguages(pair, options))).confident);
  const sampled = sampleTrainingLinks(confident);
  return learnFromLinks(
    pairs.map((pair, k) => ({ ...pair, links: sampled[k]! })),
    options,
  );
}

/** The options for one pair: its own languages, where it has them, over the batch's. */
function withLanguages(pair: AlignPair, options: AlignOptions): AlignOptions {
  return { ...options, sourceLanguage: pair.sourceLanguage ?? options.sourceLanguage, targetLanguage: pair.targetLanguage ?? options.targetLanguage };
}

/**
 * Align many document pairs, sharing what they teach: the pairs are grouped by language pair, a
 * lexicon is learned from the confident links of each group ({@link learnLexiconFrom}), and
 * every pair is aligned again with it (on top of the given `lexicon`, if any). With
 * `sharedLexicon: false`, the same as `alignSentences` on each pair. Takes about twice as long.
 *
 * @returns one alignment per pair, in the order given
 */
export function alignBatch(pairs: readonly AlignPair[], options: BatchOptions = {}): Alignment[] {
  const { sharedLexicon = true, progress, ...alignOptions } = options;
  const lexicons = new Map<string, Dictionary>();
  // Each pair's evidence is found once and serves both of its alignments (on its own, then with
  // the batch's lexicon): it was a third of a batch of short documents' time.
  const prepared: (PreparedPair | undefined)[] = new Array(pairs.length);
  const prepare = (k: number): PreparedPair => {
    const pair = pairs[k]!;
    return (prepared[k] ??= preparePair(pair.source, pair.target, withLanguages(pair, alignOptions)));
  };
  let done = 0;
  if (sharedLexicon) {
    const groups = new Map<string, number[]>();
    pairs.forEach((pair, k) => {
      const group = groupOf(pair, alignOptions);
      const members = groups.get(group);
      if (members === undefined) groups.set(group, [k]);
      else members.push(k);
    });
    for (const [group, members] of groups) {
      const first = withLanguages(pairs[members[0]!]!, alignOptions);
      const learned = learnFrom(
        members.map((k) => pairs[k]!),
        first,
        (_, i) => {
          progress?.('learn', done++, pairs.length);
          return prepare(members[i]!);
        },
      );
      lexicons.set(group, combine(alignOptions.lexicon, learned));
    }
  }
  const alignments = pairs.map((pair, k) => {
    progress?.('align', k, pairs.length);
    const alignment = alignPrepared(prepare(k), {
      ...withLanguages(pair, alignOptions),
      lexicon: lexicons.get(groupOf(pair, alignOptions)) ?? alignOptions.lexicon,
    }).alignment;
    prepared[k] = undefined; // done with: let it go
    return alignment;
  });
  progress?.('align', pairs.length, pairs.length);
  return alignments;
}

/** The language pair a pair belongs to, by primary subtags ("id|en"; "?" for unknown). */
function groupOf(pair: AlignPair, options: AlignOptions): string {
  const { sourceLanguage, targetLanguage } = withLanguages(pair, options);
  return `${primaryLanguage(sourceLanguage) ?? '?'}|${primaryLanguage(targetLanguage) ?? '?'}`;
}

/** Two lexicons as one (the union of their word pairs). */
function combine(given: Dictionary | undefined, learned: Dictionary): Dictionary {
  if (given === undefined) return learned;
  const out = new Map<string, string[]>(Array.from(given, ([k, v]) => [k, [...v]]));
  for (const [k, v] of learned) out.set(k, [...new Set([...(out.get(k) ?? []), ...v])]);
  return out;
}
