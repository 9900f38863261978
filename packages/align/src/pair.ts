// Document pairing: which documents of a pile are counterparts in another language, which report
// the same story in one language, and which nearly copy each other. Candidates come from an
// inverted index over language-neutral evidence (numbers, months, names, words put into English
// through a lexicon), so no pair of documents is compared sentence by sentence.
import { primaryLanguage } from '@sejajar/text';
import { type CandidateOptions, type DocumentPair, documentCandidates } from './candidates.js';
import { type ChooseOptions, choosePairs } from './choose.js';
import { type DocumentFingerprint, type FingerprintOptions, fingerprintDocument, type PairingDocument } from './fingerprint.js';
import { type NearCopy, relatedDocuments } from './related.js';

/** The result of {@link pairDocuments}. */
export interface DocumentPairing {
  /** Cross-language counterparts, one partner per document and language pair, best first. */
  readonly pairs: DocumentPair[];
  /** Groups (of two or more) of same-language documents reporting the same story, ids sorted. */
  readonly stories: string[][];
  /** Same-language near-copies. */
  readonly nearCopies: NearCopy[];
}

/** Options of {@link pairDocuments}: those of each step. */
export interface PairingOptions extends FingerprintOptions, CandidateOptions, ChooseOptions {
  /** Minimum similarity of the names and numbers of two same-language documents to share a story. Default 0.3. */
  storyThreshold?: number | undefined;
  /** Minimum share of the shorter document's names and numbers found in the same order in the other to call them near-copies. Default 0.7. */
  nearCopyThreshold?: number | undefined;
}

/**
 * Find counterpart documents across languages, stories within a language, and near-copies:
 * {@link fingerprintDocument} each document, retrieve and score candidates with
 * {@link documentCandidates}, pick counterparts with {@link choosePairs}, and group the rest
 * with {@link relatedDocuments}. Documents may be given as text or as fingerprints made
 * earlier (corpus mode makes them in worker threads); no two documents are compared sentence
 * by sentence.
 */
export function pairDocuments(docs: readonly (PairingDocument | DocumentFingerprint)[], options: PairingOptions = {}): DocumentPairing {
  const fingerprints = docs.map((d) => ('pivot' in d ? d : fingerprintDocument(d, options)));
  const languageOf = new Map(fingerprints.map((f) => [f.id, primaryLanguage(f.language) ?? 'und']));
  const candidates = documentCandidates(fingerprints, { candidates: 8, ...options });
  const pairs = choosePairs(candidates, (id) => languageOf.get(id)!, options);
  return { pairs, ...relatedDocuments(fingerprints, options) };
}
