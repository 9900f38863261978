// Sentences left in the other side's language: an advertisement in German on the French side of a
// magazine, a caption nobody translated. Their length may fit a neighbouring link, and the words
// they share with the other side ("und" is a rare, heavy word in a French text) make them look
// like a translation: the search then links them and drifts. Such a sentence translates nothing on
// the other side, unless the other side quotes it word for word. Only the other side's language
// counts: on short sentences, language identification confidently names a third language (French
// lines as Catalan or Dutch, lists of names as anything) far too often to act on.
import { closeLanguages, detect } from '@sejajar/langid';
import { primaryLanguage } from '@sejajar/text';
import type { Side } from './evidence.js';
import type { Similarity } from './similarity.js';

/** Below this many words, or this confidence, a sentence's language is not trusted. */
const MIN_WORDS = 3;
const MIN_CONFIDENCE = 0.95;
/** A sentence in the other language is a quote when this share of its word types is matched in the link. */
const QUOTED = 0.5;

/**
 * Is `text`, on a side in `language`, confidently in `other` (the other side's language; primary
 * subtags) instead? False when either language is unknown, when they are one language or close
 * relatives (`ms` and `id`), and for short text.
 */
export function inOtherLanguage(text: string, language: string | undefined, other: string | undefined): boolean {
  if (language === undefined || other === undefined || language === other || closeLanguages(language).includes(other)) return false;
  if ((text.match(/\p{L}+/gu)?.length ?? 0) < MIN_WORDS) return false;
  const found = detect(text);
  if (found.language === 'und' || found.confidence < MIN_CONFIDENCE) return false;
  const primary = primaryLanguage(found.language)!;
  return primary === other || closeLanguages(other).includes(primary);
}

/**
 * The sentences of one side that may be in another language: none of their words is common on
 * their side (in at least a tenth of its sentences, and at least 3), where a sentence in the
 * side's language has its function words. Language identification then runs on these only.
 */
function suspects(side: Side): number[] {
  const n = side.sentences.length;
  // A type's weight is ln((n + 1) / df): common types weigh at most this.
  const common = Math.log((n + 1) / Math.max(3, Math.ceil(n / 10)));
  const out: number[] = [];
  side.weights.forEach((weights, s) => {
    if (weights.length >= MIN_WORDS && weights.every((w) => w > common)) out.push(s);
  });
  return out;
}

/** Per side, 1 for each sentence in the other side's language; undefined when there is none. */
export interface ForeignSentences {
  readonly source: Uint8Array;
  readonly target: Uint8Array;
}

/** The sentences of each side written in the other side's language (see {@link inOtherLanguage}). */
export function foreignSentences(source: Side, target: Side): ForeignSentences | undefined {
  const mark = (own: Side, other: Side): Uint8Array => {
    const marks = new Uint8Array(own.sentences.length);
    if (own.language === undefined || other.language === undefined) return marks;
    for (const s of suspects(own)) if (inOtherLanguage(own.sentences[s]!.text, own.language, other.language)) marks[s] = 1;
    return marks;
  };
  const found = { source: mark(source, target), target: mark(target, source) };
  return found.source.includes(1) || found.target.includes(1) ? found : undefined;
}

/** Does the link hold a sentence in the other side's language that the link's other side does not quote? */
export function holdsForeign(foreign: ForeignSentences, similarity: Similarity, s0: number, a: number, t0: number, b: number): boolean {
  for (let s = s0; s < s0 + a; s++) if (foreign.source[s] && similarity.matchedShare('source', s, t0, b) < QUOTED) return true;
  for (let t = t0; t < t0 + b; t++) if (foreign.target[t] && similarity.matchedShare('target', t, s0, a) < QUOTED) return true;
  return false;
}
