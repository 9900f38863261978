import { detect } from '@sejajar/langid';
import { SejajarError, assertString } from '@sejajar/text';
import { attributions, fixedNames, variantSpellings } from './damage.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { brokenContractions, misfits, widenToLemma, type Finding, type GarbleReason } from './misfit.js';
import { phraseSwaps } from './phrases.js';
import { referenceFindings } from './reference.js';
import { tokenize, type Token } from './tokens.js';

export type { GarbleReason } from './misfit.js';

/** `spun`: the text reads as a synonym-spun copy; `clean`: it does not; `unsupported`: not English, not judged. */
export type GarbleVerdict = 'spun' | 'clean' | 'unsupported';

/**
 * One suspected substitution. `start`/`end` are UTF-16 offsets into the input, so
 * `text === input.slice(start, end)`; a multiword substitution is one span.
 */
export interface GarbleSpan {
  /** Offset of the first character (inclusive). */
  readonly start: number;
  /** Offset just past the last character (exclusive). */
  readonly end: number;
  /** The suspected substitute as it stands in the input. */
  readonly text: string;
  /** The likely original word, when one stands out. */
  readonly suggestion?: string;
  /** Which evidence flagged it. */
  readonly reason: GarbleReason;
  /** How sure the detector is, in (0, 1]. */
  readonly confidence: number;
}

/** What {@link detectGarble} says about a text. */
export interface GarbleReport {
  readonly verdict: GarbleVerdict;
  /**
   * How likely the text is spun, in [0, 1]: a function of the density of substitutions per
   * word (see `documentScore`), so documents of different lengths compare. 0 for unsupported text.
   */
  readonly score: number;
  /** BCP 47 tag of the language judged (`en`), or the detected one when unsupported (`und` if none). */
  readonly language: string;
  /** Why the text was not judged, for `unsupported`. */
  readonly message?: string;
  /** Suspected substitutions in text order, those at or above `minConfidence`. */
  readonly spans: GarbleSpan[];
}

/** Options for {@link detectGarble}. */
export interface GarbleOptions {
  /**
   * Sibling articles or a suspected original (same language). Sentences are aligned with
   * `@sejajar/align`, words diffed, and substitutions between thesaurus neighbours reported with
   * the reference word as the suggestion. Default: none.
   */
  references?: readonly string[];
  /** Language of the text (BCP 47); default: detected with `@sejajar/langid`. Only `en` is judged. */
  language?: string;
  /** Score at or above which the verdict is `spun`. Default: 0.5. */
  threshold?: number;
  /**
   * Spans below this confidence are left out of `spans` (they still count towards `score`).
   * Default: 0.25 when the verdict is `spun`, 0.9 when it is `clean`: a substitution is far
   * likelier in a text that reads as spun, so clean text needs stronger evidence per word.
   */
  minConfidence?: number;
}

/** Default span thresholds in a spun and in a clean text (see {@link GarbleOptions.minConfidence}). */
const SPUN_MIN_CONFIDENCE = 0.25;
const CLEAN_MIN_CONFIDENCE = 0.9;
/**
 * Detect synonym-spun ("garbled") English: text run through an article spinner that swaps
 * words for thesaurus synonyms without regard to sense.
 *
 * Evidence, each generalising beyond any one spinner's dictionary:
 * - sense misfit: a WordNet synonym or vector neighbour fits the context (GloVe vectors of the
 *   surrounding words, Brown bigrams, corpus frequency) far better than the word present;
 * - damage writers never make: broken contractions, swapped words inside fixed names, rare
 *   variant spellings in otherwise consistent text;
 * - document level: attribution verbs standing in for "said";
 * - with `references`: aligned sentences whose words differ by a thesaurus neighbour.
 *
 * Runs in time linear in the length of the text (plus the references); the first call loads
 * the derived data (about a second). Throws a `TypeError` when `text` or a reference is not a
 * string.
 */
export function detectGarble(text: string, options: GarbleOptions = {}): GarbleReport {
  assertString(text, 'detectGarble: text');
  const references = options.references ?? [];
  // A lone string would otherwise be read as one reference per character.
  if (!Array.isArray(references)) throw new TypeError(`detectGarble: options.references must be an array of strings, got ${typeof references}`);
  references.forEach((reference, i) => assertString(reference, `detectGarble: options.references[${i}]`));
  const threshold = options.threshold ?? 0.5;
  for (const [name, value] of [['threshold', threshold], ['minConfidence', options.minConfidence ?? 0.5]] as const) {
    if (!(value >= 0 && value <= 1)) throw new SejajarError('BAD_OPTION', `detectGarble: ${name} must be between 0 and 1, got ${value}`);
  }
  const detected = options.language === undefined ? detect(text) : undefined;
  const language = options.language?.toLowerCase().split(/[-_]/)[0] ?? detected!.language;
  if (language !== 'en') {
    // Say how sure the detection is: a word or two ("Hello.") is a guess, not a finding.
    const sureness = detected ? ` (detected at confidence ${detected.confidence.toFixed(2)})` : '';
    return {
      verdict: 'unsupported',
      score: 0,
      language,
      message: language === 'und'
        ? 'no language could be identified; only English text is judged'
        : `text is in "${language}", not English${sureness}; only English text is judged`,
      spans: [],
    };
  }
  const lexicon = loadLexicon();
  const tokens = tokenize(text);
  const merged = documentFindings(lexicon, tokens, text, references);
  const score = documentScore(documentEvidence({ findings: merged, contentWords: contentWordsOf(tokens), text }));
  const verdict = score >= threshold ? 'spun' : 'clean';
  const minConfidence = options.minConfidence ?? (verdict === 'spun' ? SPUN_MIN_CONFIDENCE : CLEAN_MIN_CONFIDENCE);
  return {
    verdict,
    score,
    language,
    spans: shown(verdict === 'spun' ? consistent(merged, text) : merged, minConfidence, verdict === 'spun' ? (f) => widen(lexicon, tokens, text, f) : undefined)
      .map((f) => ({
        start: f.start,
        end: f.end,
        text: text.slice(f.start, f.end),
        ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
        reason: f.reason,
        confidence: round(f.confidence),
      })),
  };
}

/**
 * Every finding in a text, one per stretch of text (see {@link merge}), before the spun-text
 * repeat boost: what the document score is computed from.
 */
function documentFindings(lexicon: Lexicon, tokens: readonly Token[], text: string, references: readonly string[]): Finding[] {
  return merge([
    ...misfits(lexicon, tokens, text),
    ...phraseSwaps(lexicon, tokens, text),
    ...brokenContractions(lexicon, text, tokens),
    ...fixedNames(lexicon, tokens, text),
    ...variantSpellings(lexicon, tokens, text),
    ...attributions(lexicon, tokens),
    ...referenceFindings(lexicon, text, references),
  ]);
}

/**
 * A text's findings as the refit script (`packages/garble/scripts/fit-doc-score.mjs`) reads them:
 * internal, not exported from the package's index.
 */
export function findingsForScore(text: string): ScoredFindings {
  const lexicon = loadLexicon();
  const tokens = tokenize(text);
  return { findings: documentFindings(lexicon, tokens, text, []), contentWords: contentWordsOf(tokens), text };
}

const contentWordsOf = (tokens: readonly Token[]): number => tokens.filter((t) => !t.functionWord && !t.special).length;

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
 * `node packages/garble/scripts/fit-doc-score.mjs`, which prints this object: rerun it whenever
 * the misfit model changes.
 */
export const SCORE_FIT = { weakWeight: 32, midpoint: 0.000667 } as const;

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

/**
 * A spinner swaps a word the same way wherever its dictionary has it, so in a spun text a word
 * confidently flagged once lends part of its confidence to its other occurrences.
 */
function consistent(findings: readonly Finding[], text: string): Finding[] {
  const strongest = new Map<string, number>();
  const key = (f: Finding): string => text.slice(f.start, f.end).toLowerCase();
  for (const f of findings) strongest.set(key(f), Math.max(strongest.get(key(f)) ?? 0, f.confidence));
  return findings.map((f) => ({ ...f, confidence: Math.max(f.confidence, 0.8 * (strongest.get(key(f)) ?? 0)) }));
}

/**
 * The findings shown: those at or above `minConfidence`, each widened by `widenOne` when given,
 * and findings that then overlap joined into one span (the most confident one's suggestion).
 */
function shown(findings: readonly Finding[], minConfidence: number, widenOne?: (f: Finding) => Finding): Finding[] {
  const kept = findings.filter((f) => f.confidence >= minConfidence).map((f) => (widenOne ? widenOne(f) : f));
  const result: Finding[] = [];
  for (const f of kept) {
    const last = result[result.length - 1];
    if (last && f.start < last.end) {
      const winner = f.confidence > last.confidence ? f : last;
      result[result.length - 1] = { ...winner, start: Math.min(last.start, f.start), end: Math.max(last.end, f.end) };
    } else result.push(f);
  }
  return result;
}

/**
 * A spun text's sense misfit inside a WordNet multiword lemma stands for the whole lemma: the
 * spinner put in "state of war" for "war", not "state" alone (see `widenToLemma`). Clean text
 * is not widened: there a lone flag is a doubt about one word.
 */
function widen(lexicon: Lexicon, tokens: readonly Token[], text: string, f: Finding): Finding {
  if (f.reason !== 'sense-misfit') return f;
  const { start, end } = widenToLemma(lexicon, tokens, text, f.start, f.end);
  return start === f.start && end === f.end ? f : { ...f, start, end };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * One finding per stretch of text: where findings overlap, the most specific evidence wins
 * (reference, then damage, then misfit), and its span covers the overlap.
 */
function merge(findings: readonly Finding[]): Finding[] {
  const rank: Record<GarbleReason, number> = {
    reference: 5,
    'broken-contraction': 4,
    'fixed-name': 3,
    'variant-spelling': 3,
    attribution: 2,
    'phrase-swap': 2,
    'sense-misfit': 1,
  };
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Finding[] = [];
  for (const finding of sorted) {
    const last = result[result.length - 1];
    if (last && finding.start < last.end) {
      const winner = rank[finding.reason] > rank[last.reason] || (rank[finding.reason] === rank[last.reason] && finding.confidence > last.confidence) ? finding : last;
      result[result.length - 1] = { ...winner, start: Math.min(last.start, finding.start), end: Math.max(last.end, finding.end), confidence: Math.max(last.confidence, finding.confidence) };
    } else {
      result.push(finding);
    }
  }
  return result;
}
