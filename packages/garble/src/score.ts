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
  /**
   * Findings the trigram language model backs strongly: sense misfits at confidence 0.5 or more
   * whose suggestion it finds at least {@link STRONG_LM_GAIN} (log10) likelier in place, and
   * glued-on non-words. A light spinner leaves several such findings; a clean text rarely more
   * than one, so the first counts nothing (see {@link documentDensity}).
   */
  readonly strong: number;
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
/** How much likelier (log10) the language model must find a misfit's suggestion for the finding to count as strong. */
const STRONG_LM_GAIN = 2;
/** Content words a density is taken over at least, so that a few findings in a short text are not a density. */
const MIN_CONTENT_WORDS = 25;

/** The evidence of a text's findings (see {@link DocumentEvidence}). */
export function documentEvidence({ findings, contentWords, text }: ScoredFindings): DocumentEvidence {
  let attribution = 0;
  let rest = 0;
  let weak = 0;
  let strong = 0;
  for (const f of findings) {
    if ((f.reason === 'sense-misfit' && f.confidence >= 0.5 && (f.lmGain ?? 0) >= STRONG_LM_GAIN) || f.reason === 'broken-inflection') strong++;
    const weight = Math.max(0, 2 * f.confidence - 1) ** 3;
    if (f.reason === 'attribution') attribution += weight;
    else {
      rest += (f.reason === 'phrase-swap' && /\s/.test(text.slice(f.start, f.end)) ? PHRASE_WEIGHT : 1) * weight;
      if (f.confidence < 0.5) weak += 1;
    }
  }
  return { mass: rest + Math.min(ATTRIBUTION_MASS_CAP, attribution), contentWords, weak, strong };
}

/** The fitted constants of the document score (see {@link SCORE_FIT}). */
export interface ScoreFit {
  readonly weakWeight: number;
  readonly midpoint: number;
  readonly strongWeight: number;
}

/**
 * The fitted constants of the document score: the density is (the evidence mass +
 * `strongWeight` × the strong findings but one) per (content words + `weakWeight` × weak
 * findings), and `midpoint` is the density that scores 0.5 (the default threshold). Fit on development data by
 * `node bench/garble/fit/fit-doc-score.mjs`, which prints this object: rerun it whenever
 * the misfit model changes.
 */
export const SCORE_FIT: ScoreFit = { weakWeight: 32, midpoint: 0.000802, strongWeight: 0 };

/**
 * The document score of the evidence, in [0, 1]: 0 without evidence, 0.5 at the fitted midpoint.
 * It never falls as a finding grows more confident (a finding crossing 0.5 leaves the weak count
 * and enters the mass), and a text and its double score alike.
 */
export function documentScore(evidence: DocumentEvidence, fit: ScoreFit = SCORE_FIT): number {
  return 1 - 2 ** -(documentDensity(evidence, fit.weakWeight, fit.strongWeight) / fit.midpoint);
}

/**
 * (The evidence mass + `strongWeight` × the strong findings but one) per (content words +
 * `weakWeight` × weak findings). The strong findings add up weak, independent evidence (each
 * a count, whatever its confidence), and leaving one out keeps a single confident false doubt
 * from deciding a short text through them.
 */
export function documentDensity({ mass, contentWords, weak, strong }: DocumentEvidence, weakWeight: number, strongWeight = 0): number {
  return (mass + strongWeight * Math.max(0, strong - 1)) / (Math.max(contentWords, MIN_CONTENT_WORDS) + weakWeight * weak);
}
