// Candidate counterparts across languages: each document's best few by the evidence cosine of
// their fingerprints, discounted when shared names and numbers come in another order.
import { closeLanguages } from '@sejajar/langid';
import { primaryLanguage } from '@sejajar/text';
import type { DocumentFingerprint } from './fingerprint.js';
import { lcsLength, neighbours, type RetrievalStats, round, vectors } from './retrieval.js';

/** Two counterpart documents in different languages. */
export interface DocumentPair {
  /** The document in the first language of the pair (in the order languages first appear, or as {@link CandidateOptions.sourceLanguage}). */
  readonly source: string;
  readonly target: string;
  /** How sure the pairing is, in [0,1]: shared evidence weighted by rarity, and kept in order. */
  readonly score: number;
}

/**
 * How much of the anchors (names, numbers) both documents have occur in the same order: the
 * longest common subsequence over the shorter list of shared anchors. `undefined` when fewer
 * than two anchors are shared, where order says nothing.
 */
function inOrderShare(a: readonly string[], b: readonly string[]): number | undefined {
  const inB = new Set(b);
  const inA = new Set(a);
  const x = a.filter((t) => inB.has(t));
  const y = b.filter((t) => inA.has(t));
  if (x.length < 2 || y.length < 2) return undefined;
  return lcsLength(x, y) / Math.min(x.length, y.length);
}

/** Options of {@link documentCandidates}. */
export interface CandidateOptions {
  /**
   * Only pair documents of these two languages (source first); a document in a close language of
   * one of them (`ms` for `id`, see `closeLanguages` in `@sejajar/langid`) counts as that one.
   * Default: every pair of languages.
   */
  sourceLanguage?: string | undefined;
  targetLanguage?: string | undefined;
  /** Candidates kept per document, best first. Default 2. */
  candidates?: number | undefined;
  /**
   * Postings of the inverted index read per document to gather candidates, rarest evidence
   * first; bounds the cost per document whatever the corpus size. Default 4096.
   */
  retrievalBudget?: number | undefined;
  /** Candidates per document scored exactly, the best by the postings read. Default 32. */
  scoredCandidates?: number | undefined;
  /** Told how much work retrieval did (documents, postings read, candidates scored), for benchmarks and logs. */
  onRetrieval?: ((stats: RetrievalStats) => void) | undefined;
}

/**
 * Candidate counterparts across languages, from an inverted index over the fingerprints' pivot
 * evidence: each document's best few, each unordered pair once, with a retrieval score in [0,1]
 * (evidence cosine, discounted when shared names and numbers come in another order). The index
 * is read rarest evidence first (numbers, names, rare words) up to a fixed budget per document,
 * and only the best candidates so found are scored, so the cost per document does not grow with
 * the corpus.
 */
export function documentCandidates(fingerprints: readonly DocumentFingerprint[], options: CandidateOptions = {}): DocumentPair[] {
  const k = options.candidates ?? 2;
  const s = primaryLanguage(options.sourceLanguage);
  const t = primaryLanguage(options.targetLanguage);
  // A document read as a close language of a requested one (Malay for Indonesian) counts as the
  // requested language: the detector's call between the two is the least sure one it makes.
  const asked = (language: string): string => {
    if (s === undefined || t === undefined || language === s || language === t) return language;
    if (closeLanguages(s).includes(language)) return s;
    if (closeLanguages(t).includes(language)) return t;
    return language;
  };
  const languages = fingerprints.map((f) => asked(primaryLanguage(f.language) ?? 'und'));
  // Which side is the source: the given source language, else the language met first.
  const order = [...new Set([s, ...languages].filter((l) => l !== undefined))];
  const rank = (language: string): number => order.indexOf(language);
  const wanted = (a: string, b: string): boolean => {
    if (a === b || a === 'und' || b === 'und') return false;
    if (s !== undefined && t !== undefined) return (a === s && b === t) || (a === t && b === s);
    return true;
  };
  const cross = neighbours(vectors(fingerprints.map((f) => f.pivot)), (i, j) => wanted(languages[i]!, languages[j]!), k, {
    budget: options.retrievalBudget,
    pool: options.scoredCandidates,
    onStats: (stats) => options.onRetrieval?.({ step: 'counterparts', ...stats }),
  });
  const scored: DocumentPair[] = [];
  cross.forEach((candidates, i) => {
    for (const [j, cosine] of candidates) {
      if (j < i && cross[j]!.has(i)) continue; // each unordered pair once
      // Counterparts keep their names and numbers in order; reports of the same story do not.
      const orderShare = inOrderShare(fingerprints[i]!.anchors, fingerprints[j]!.anchors) ?? 0.5;
      const score = Math.max(0, Math.min(1, cosine)) * (0.5 + 0.5 * orderShare);
      const [a, b] = rank(languages[i]!) <= rank(languages[j]!) ? [i, j] : [j, i];
      scored.push({ source: fingerprints[a]!.id, target: fingerprints[b]!.id, score: round(score) });
    }
  });
  return scored.sort(byScore);
}

/** Best score first; ties by ids, so equal inputs give equal lists. */
export const byScore = (a: DocumentPair, b: DocumentPair): number => b.score - a.score || a.source.localeCompare(b.source) || a.target.localeCompare(b.target);
