import type { Sentence } from '@sejajar/text';

/**
 * One link of an alignment: the source sentences and the target sentences that render each
 * other (indices into the sentence lists, ascending and contiguous). An empty side means the
 * sentences of the other side have no counterpart (a 1-0 or 0-1 link).
 */
export interface Link {
  /** Indices of the source sentences, ascending; empty when the target sentences stand alone. */
  readonly source: number[];
  /** Indices of the target sentences, ascending; empty when the source sentences stand alone. */
  readonly target: number[];
  /**
   * How sure the aligner is, in [0, 1]: for a link with both sides, the similarity of the two
   * sides; for a link with one empty side, 1 minus the best similarity that sentence had with any
   * nearby sentence of the other side.
   */
  readonly score: number;
}

/**
 * The result of {@link alignSentences}: the links in document order, and the sentences they
 * index. Every sentence of both sides appears in exactly one link.
 */
export interface Alignment {
  /** Links in order: source and target indices both increase along the list. */
  readonly links: Link[];
  /** The source sentences (given, or split from the source text). */
  readonly source: Sentence[];
  /** The target sentences (given, or split from the target text). */
  readonly target: Sentence[];
}

/**
 * A bilingual dictionary: each source word (lower case) with the target words it may translate
 * to (lower case). Multi-word phrases are kept as written; see {@link parseDictionary}.
 */
export type Dictionary = ReadonlyMap<string, readonly string[]>;
