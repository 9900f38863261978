import type { Finding } from './findings.js';

/** A text's findings and its number of content words: what the document score is computed from. */
export interface ScoredFindings {
  readonly findings: readonly Finding[];
  readonly contentWords: number;
  readonly text: string;
}

/**
 * What a document's findings add up to. A finding weighs (2 × confidence − 1)³: near-certain
 * substitutions count almost fully, middling doubts (which any text with rare words raises)
 * little, and findings below 0.5 nothing.
 */
export interface DocumentEvidence {
  /**
   * The findings' weights summed: a confident multiword phrase swap counts {@link PHRASE_WEIGHT}
   * times, and the attribution findings together at most {@link ATTRIBUTION_MASS_CAP}.
   */
  readonly mass: number;
  /** Content words in the text. */
  readonly contentWords: number;
  /**
   * Findings (of any reason but attribution) below confidence 0.5: words that had a thesaurus
   * alternative and fit their context. Technical and rare-worded clean text has many of them,
   * and its confident doubts grow with them; a spinner's swaps stand out against them instead.
   */
  readonly weak: number;
}

/**
 * A confident multiword phrase swap counts as this many misfits: edited news almost never writes
 * a stilted phrase ("for the reason that") where the bigram model far prefers its plain
 * alternative, while spinners make them in every text they touch, at low rates too. Single-word
 * variants ("however", "regarding") are house style in some clean news and count once.
 */
const PHRASE_WEIGHT = 3;
/**
 * The attribution check is one document-level observation ("this text attributes with another
 * verb than said"), not one per verb: all its findings together weigh at most one sure misfit.
 * Some clean outlets attribute with "reported" throughout.
 */
const ATTRIBUTION_MASS_CAP = 1;
/** Content words a density is taken over at least, so that a few findings in a short text are not a density. */
const MIN_CONTENT_WORDS = 25;

/** The evidence of a text's findings (see {@link DocumentEvidence}). */
export function documentEvidence({ findings, contentWords, text }: ScoredFindings): DocumentEvidence {
  let attribution = 0;
  let rest = 0;
  let weak = 0;
  for (const f of findings) {
    const weight = Math.max(0, 2 * f.confidence - 1) ** 3;
    if (f.reason === 'attribution') attribution += weight;
    else {
      rest += (f.reason === 'phrase-swap' && /\s/.test(text.slice(f.start, f.end)) ? PHRASE_WEIGHT : 1) * weight;
      if (f.confidence < 0.5) weak += 1;
    }
  }
  return { mass: rest + Math.min(ATTRIBUTION_MASS_CAP, attribution), contentWords, weak };
}

/**
 * The two fitted constants of the document score: the density is the evidence mass per
 * (content words + `weakWeight` × weak findings), and `midpoint` is the density that scores 0.5
 * (the default threshold). Fit on development data by
 * `node bench/garble/fit/fit-doc-score.mjs`, which prints this object: rerun it whenever
 * the misfit model changes.
 */
export const SCORE_FIT = { weakWeight: 16, midpoint: 0.00172 } as const;

/**
 * The document score of the evidence, in [0, 1]: 0 without evidence, 0.5 at the fitted midpoint.
 * It never falls as a finding grows more confident (a finding crossing 0.5 leaves the weak count
 * and enters the mass), and a text and its double score alike.
 */
export function documentScore(evidence: DocumentEvidence, fit: { weakWeight: number; midpoint: number } = SCORE_FIT): number {
  return 1 - 2 ** -(documentDensity(evidence, fit.weakWeight) / fit.midpoint);
}

/** The evidence mass per (content words + `weakWeight` × weak findings). */
export function documentDensity({ mass, contentWords, weak }: DocumentEvidence, weakWeight: number): number {
  return mass / (Math.max(contentWords, MIN_CONTENT_WORDS) + weakWeight * weak);
}
