/** Why a span was flagged. */
export type GarbleReason =
  /** A thesaurus neighbour fits the context far better than the word present. */
  | 'sense-misfit'
  /** A negative contraction no writer makes ("received’t"). */
  | 'broken-contraction'
  /** A non-word made by gluing an inflection onto a synonym ("restorationed" for "restored"). */
  | 'broken-inflection'
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
  readonly suggestion?: string | undefined;
  readonly reason: GarbleReason;
  readonly confidence: number;
  /**
   * For a sense misfit: how much likelier (log10) the trigram language model finds the suggestion
   * than the word, given the two words before and for the two words after (0 without the model).
   */
  readonly lmGain?: number | undefined;
}

/**
 * Write `word` in the case pattern of `model` ("Troopers" → "Soldiers"): every detector words
 * its suggestion as the text it would replace is written.
 */
export function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (/^\p{Lu}/u.test(model)) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}
