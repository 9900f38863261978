// Document fingerprints: what pairing needs of a document, reduced in one pass to evidence that
// holds across languages (numbers, months, names, cognates, words put into English through a
// lexicon), plus its names and numbers in document order (which also tell stories and copies
// within one language apart).
import { primaryLanguage, words } from '@sejajar/text';
import { builtinIndonesianEnglish, hasBuiltinLexicon } from './dictionary.js';
import { fold, lookupKeys, monthOf, numberKey } from './normalize.js';
import type { Dictionary } from './types.js';

/** A document to pair: an id of your choice, its language (BCP 47) and its text. */
export interface PairingDocument {
  readonly id: string;
  readonly language: string;
  readonly text: string;
}

/**
 * How often a document shows each piece of evidence: `keys` ascending (by UTF-16 code unit), the
 * one at `i` seen `counts[i]` times. Two parallel arrays take about 20 bytes a key where an
 * object with a key per evidence takes about 55: at 100,000 documents per language that is 1.5 GB.
 */
export interface EvidenceCounts {
  readonly keys: readonly string[];
  readonly counts: readonly number[];
}

/** The counts of an object keyed by evidence, as {@link EvidenceCounts}. */
export function evidenceCounts(counts: Readonly<Record<string, number>>): EvidenceCounts {
  // Property names are interned by the engine: every document holding "w:soldier" shares one string.
  const keys = Object.keys(counts).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { keys, counts: keys.map((key) => counts[key]!) };
}

/**
 * What pairing needs of a document, small enough to keep for a whole corpus and plain JSON, so
 * workers can compute it and a resumed run can read it back. Evidence keys: `#1500` a number,
 * `@m10` a month, `~znv` a name's consonant skeleton, `c:tknlg` the start of a long word's
 * skeleton (cognates), `w:soldier` a word in English (as written, or through a lexicon).
 */
export interface DocumentFingerprint {
  readonly id: string;
  readonly language: string;
  /** Language-neutral evidence, compared across languages. */
  readonly pivot: EvidenceCounts;
  /** Numbers and names in document order: counterparts and copies keep their order. */
  readonly anchors: readonly string[];
}

/** Options of {@link fingerprintDocument}. */
export interface FingerprintOptions {
  /**
   * Lexicons into English, by source language (primary subtag): word → English words. The
   * built-in Indonesian–English lexicon serves `id` and `ms` unless replaced here.
   */
  lexicons?: Readonly<Record<string, Dictionary>> | undefined;
}

// Consonant skeleton of a name: spelling variants across languages and transliterations
// (Zinovyev/Zinoviev, Moskow/Moscow, Rusia/Russia, Ukraina/Ukraine) share it.
function skeleton(folded: string): string {
  const w = folded
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/([^aeiou])h/g, '$1');
  if (w.length === 0) return '';
  const rest = w.slice(1).replace(/[aeiou]/g, '');
  return (w[0] + rest).replace(/(.)\1+/g, '$1');
}

function englishStem(folded: string): string {
  const keys = lookupKeys(folded, 'en');
  return keys[keys.length - 1]!;
}

/**
 * Names and numbers kept in order per document: a news article has a few hundred; the cap keeps
 * the order comparisons (quadratic in this length) cheap for book-length documents.
 */
const MAX_ANCHORS = 1000;

/** Count one more of `key`. */
export const bump = (counts: Record<string, number>, key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Reduce a document to the evidence {@link pairDocuments} compares. Linear in its length. */
export function fingerprintDocument(doc: PairingDocument, options: FingerprintOptions = {}): DocumentFingerprint {
  const language = primaryLanguage(doc.language) ?? 'und';
  const lexicon = options.lexicons?.[language] ?? (hasBuiltinLexicon(language, 'en') ? builtinIndonesianEnglish() : undefined);
  const tokens = words(doc.text);
  // A capitalised word is a name unless the document also writes it in lower case ("The", "Dalam").
  const lower = new Set<string>();
  for (const token of tokens) if (!/^\p{Lu}/u.test(token.text)) lower.add(fold(token.text));
  const pivot: Record<string, number> = {};
  const anchors: string[] = [];
  for (const token of tokens) {
    const number = numberKey(token.text);
    if (number !== undefined) {
      bump(pivot, number);
      if (anchors.length < MAX_ANCHORS) anchors.push(number);
      continue;
    }
    for (const part of token.text.split(/[-'’]/)) {
      if (part.length < 2) continue;
      const folded = fold(part);
      const month = monthOf(folded);
      if (month !== undefined) {
        bump(pivot, month);
        continue;
      }
      const isName = /^\p{Lu}/u.test(part) && !lower.has(folded) && folded.length >= 3;
      if (isName) {
        const key = `~${skeleton(folded)}`;
        if (key.length >= 3) {
          bump(pivot, key);
          if (anchors.length < MAX_ANCHORS) anchors.push(key);
        }
      }
      // Long words are often cognates (teknologi/technology, informasi/information): their
      // skeleton's first five letters match across languages without a lexicon.
      if (!isName && folded.length >= 6) {
        const cognate = skeleton(folded).slice(0, 5);
        if (cognate.length >= 4) bump(pivot, `c:${cognate}`);
      }
      if (language === 'en') bump(pivot, `w:${englishStem(folded)}`);
      else if (lexicon !== undefined) {
        const key = lookupKeys(folded, language).find((k) => lexicon.has(k));
        const english = key === undefined ? undefined : lexicon.get(key);
        if (english !== undefined && english.length > 0) bump(pivot, `w:${englishStem(fold(english[0]!))}`);
      }
    }
  }
  return { id: doc.id, language, pivot: evidenceCounts(pivot), anchors };
}
