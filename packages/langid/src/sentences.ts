import { assertString, splitSentences, type Sentence } from '@sejajar/text';
import { detect, UNDETERMINED, type Candidate, type DetectOptions, type Detection } from './detect.js';
import { allowedLanguages } from './tags.js';
import { francCode } from './languages.js';

/** A sentence of a text (offsets as in `splitSentences`) with its language. */
export interface SentenceDetection extends Sentence, Detection {
  /** True when the sentence's own evidence was weak and its neighbours' language was taken. */
  readonly smoothed: boolean;
}

/** The language of a whole document, with the sentences it was derived from. */
export interface DocumentDetection extends Detection {
  /** Every sentence of the document, labelled. */
  readonly sentences: readonly SentenceDetection[];
}

/**
 * A sentence whose own answer is below this confidence, or that has at most `WEAK_WORDS`
 * words, is weak: it takes its neighbours' language when they agree.
 */
const WEAK_CONFIDENCE = 0.9;
const WEAK_WORDS = 3;

function francCodeOf(iso6393: string): string {
  return francCode(iso6393) ?? iso6393;
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{M}]+/gu)?.length ?? 0;
}

/**
 * Detect the language of each sentence of `text` (as split by `splitSentences`, with UTF-16
 * offsets into `text`). An isolated sentence with weak evidence (a short one, or one answered
 * with confidence below 0.9) between sentences of one language takes that language when it is
 * among its candidates, and is marked `smoothed`; so "Britain's U.N." inside an English article
 * stays English, while a confident quote in another language keeps its own. Throws a
 * `TypeError` when `text` is not a string.
 */
export function detectSentences(text: string, options: DetectOptions = {}): SentenceDetection[] {
  assertString(text, 'detectSentences: text');
  const allowed = allowedLanguages(options); // rejects bad options before any work
  const sentences = splitSentences(text);
  const own = sentences.map((sentence) => detect(sentence.text, options));
  const result: SentenceDetection[] = sentences.map((sentence, i) => ({
    ...sentence,
    ...own[i]!,
    smoothed: false,
  }));
  for (let i = 0; i < result.length; i++) {
    const current = own[i]!;
    if (current.language === 'und' && current.candidates.length === 0) continue;
    const weak = current.confidence < WEAK_CONFIDENCE || wordCount(sentences[i]!.text) <= WEAK_WORDS;
    if (!weak) continue;
    const before = neighbour(own, i, -1);
    const after = neighbour(own, i, +1);
    const target = before && after ? (before.language === after.language ? before.language : undefined) : (before ?? after)?.language;
    if (!target || target === current.language) continue;
    const context = before && after ? (before.confidence + after.confidence) / 2 : (before ?? after)!.confidence;
    const evidence = current.candidates.find((c) => c.language === target);
    const info = evidence ?? (before?.language === target ? before : after)!;
    if (!allowed(francCodeOf(info.iso6393))) continue;
    // Half the sentence's own evidence for the language, half its neighbours' confidence.
    const candidate: Candidate = {
      language: info.language,
      iso6393: info.iso6393,
      confidence: ((evidence?.confidence ?? 0) + context) / 2,
    };
    result[i] = {
      ...sentences[i]!,
      ...candidate,
      candidates: [candidate, ...current.candidates.filter((c) => c.language !== target)].slice(0, 5),
      smoothed: true,
    };
  }
  return result;
}

/** The nearest sentence in direction `step` with a confident answer of its own. */
function neighbour(own: readonly Detection[], index: number, step: number): Detection | undefined {
  for (let j = index + step; j >= 0 && j < own.length; j += step) {
    const d = own[j]!;
    if (d.language !== 'und' && d.confidence >= WEAK_CONFIDENCE) return d;
  }
  return undefined;
}

/**
 * The language of a document, from its sentences' answers weighted by their length (letters):
 * each sentence gives its language letters × confidence; the language with most weight wins,
 * its confidence is its weight over all the letters, and the other languages follow as
 * candidates. `und` (confidence 0) when no sentence has letters. Throws a `TypeError` when
 * `text` is not a string.
 */
export function detectDocument(text: string, options: DetectOptions = {}): DocumentDetection {
  assertString(text, 'detectDocument: text');
  const sentences = detectSentences(text, options);
  const weights = new Map<string, { candidate: Candidate; weight: number }>();
  let total = 0;
  for (const s of sentences) {
    if (s.language === 'und') continue;
    const letters = s.text.match(/[\p{L}\p{M}]/gu)?.length ?? 0;
    const weight = letters * s.confidence;
    total += letters;
    const entry = weights.get(s.language);
    if (entry) entry.weight += weight;
    else weights.set(s.language, { candidate: s, weight });
  }
  const ranked = [...weights.values()].sort((a, b) => b.weight - a.weight);
  if (ranked.length === 0 || total === 0) return { ...UNDETERMINED, sentences };
  const candidates = ranked.slice(0, 5).map(({ candidate, weight }) => ({
    language: candidate.language,
    iso6393: candidate.iso6393,
    confidence: weight / total,
  }));
  const top = candidates[0]!;
  if (top.confidence < (options.minConfidence ?? 0)) return { ...UNDETERMINED, candidates, sentences };
  return { ...top, candidates, sentences };
}
