import { detect } from '@sejajar/langid';
import { SejajarError, assertString, primaryLanguage } from '@sejajar/text';
import { attributions, brokenContractions, brokenInflections, fixedNames, variantSpellings } from './damage.js';
import type { Finding, GarbleReason } from './findings.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { misfits } from './misfit.js';
import { phraseSwaps } from './phrases.js';
import { referenceFindings } from './reference.js';
import { documentEvidence, documentScore, type ScoredFindings } from './score.js';
import { merge, shownFindings } from './spans.js';
import { tokenize, type Token } from './tokens.js';

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
  readonly suggestion?: string | undefined;
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
  readonly message?: string | undefined;
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
  references?: readonly string[] | undefined;
  /** Language of the text (BCP 47); default: detected with `@sejajar/langid`. Only `en` is judged. */
  language?: string | undefined;
  /** Score at or above which the verdict is `spun`. Default: 0.5. */
  threshold?: number | undefined;
  /**
   * Spans below this confidence are left out of `spans` (they still count towards `score`).
   * Default: in a text judged `spun`, spans whose confidence times the text's `score` is at least
   * 0.25 (so 0.25 in a clearly spun text, 0.5 in one just over the threshold); in a text judged
   * `clean`, 0.9. A substitution is far likelier in a text that reads as spun, so the less sure
   * the verdict, the stronger the evidence each word needs.
   */
  minConfidence?: number | undefined;
}

/**
 * Default span thresholds (see {@link GarbleOptions.minConfidence}). A span's confidence comes
 * from the misfit model, which was fit on spun texts: it says how likely the word is a
 * substitution *if* the text is spun. The document score says how likely the text is spun at all,
 * so in a spun text their product is the bar: a borderline text (score 0.506) otherwise showed
 * 300 doubts on a clean Brown article, and light spins showed three false spans per true one.
 */
const SPUN_MIN_PRODUCT = 0.25;
const CLEAN_MIN_CONFIDENCE = 0.9;
const defaultMinConfidence = (verdict: GarbleVerdict, score: number): number =>
  verdict === 'spun' ? Math.min(1, SPUN_MIN_PRODUCT / Math.max(score, SPUN_MIN_PRODUCT)) : CLEAN_MIN_CONFIDENCE;
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
  for (const [name, value] of [
    ['threshold', threshold],
    ['minConfidence', options.minConfidence ?? 0.5],
  ] as const) {
    if (!(value >= 0 && value <= 1)) throw new SejajarError('BAD_OPTION', `detectGarble: ${name} must be between 0 and 1, got ${value}`);
  }
  const detected = options.language === undefined ? detect(text) : undefined;
  // A given tag that reduces to nothing ("", "-en") is judged as given: unsupported, not detected.
  const language = detected?.language ?? primaryLanguage(options.language) ?? '';
  if (language !== 'en') {
    // Say how sure the detection is: a word or two ("Hello.") is a guess, not a finding.
    const sureness = detected ? ` (detected at confidence ${detected.confidence.toFixed(2)})` : '';
    return {
      verdict: 'unsupported',
      score: 0,
      language,
      message:
        language === 'und'
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
  const minConfidence = options.minConfidence ?? defaultMinConfidence(verdict, score);
  return {
    verdict,
    score,
    language,
    spans: shownFindings(lexicon, tokens, text, merged, verdict === 'spun', minConfidence).map((f) => ({
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
    ...brokenInflections(lexicon, tokens, text),
    ...fixedNames(lexicon, tokens, text),
    ...variantSpellings(lexicon, tokens),
    ...attributions(lexicon, tokens),
    ...referenceFindings(lexicon, text, references),
  ]);
}

/**
 * A text's findings as the refit script (`bench/garble/fit/fit-doc-score.mjs`) reads them:
 * internal, exported through `src/internal.ts`, not the package's index.
 */
export function findingsForScore(text: string): ScoredFindings {
  const lexicon = loadLexicon();
  const tokens = tokenize(text);
  return { findings: documentFindings(lexicon, tokens, text, []), contentWords: contentWordsOf(tokens), text };
}

const contentWordsOf = (tokens: readonly Token[]): number => tokens.filter((t) => !t.functionWord && !t.special).length;

/** A report's confidences carry three decimals. */
const round = (x: number): number => Math.round(x * 1000) / 1000;
