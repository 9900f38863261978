// Choosing counterparts among scored candidates: one partner per document and partner language,
// and only a pair that stands out from each document's other candidates.
import { byScore, type DocumentPair } from './candidates.js';

/** Options of {@link choosePairs}. */
export interface ChooseOptions {
  /** Minimum pair score (as {@link documentCandidates} scores); below it a document stays unpaired. Default 0.02. */
  minScore?: number | undefined;
  /**
   * A pair must score at least this share of the best score either document has with any
   * candidate: an article with no counterpart, once its best match has gone to that match's true
   * partner, is left with weaker candidates. Default 0.7.
   */
  relativeScore?: number | undefined;
  /**
   * A pair must score this many times the best score either document has with any other
   * candidate. Default 1.3.
   */
  distinctScore?: number | undefined;
}

/**
 * Choose counterparts among scored candidates: best first, one partner per document and per
 * language of the partner, down to `minScore` and within `relativeScore` of each document's best.
 * `languageOf` gives each document's language.
 */
export function choosePairs(candidates: readonly DocumentPair[], languageOf: (id: string) => string, options: ChooseOptions = {}): DocumentPair[] {
  const minScore = options.minScore ?? 0.02;
  const relative = options.relativeScore ?? 0.7;
  const distinct = options.distinctScore ?? 1.3;
  const sorted = [...candidates].sort(byScore);
  const slot = (id: string, other: string): string => `${id}\u0000${languageOf(other)}`;
  // Each document's two best scores with documents of the other language.
  const top = new Map<string, number[]>();
  for (const pair of sorted) {
    for (const key of [slot(pair.source, pair.target), slot(pair.target, pair.source)]) {
      const scores = top.get(key) ?? [];
      if (scores.length < 2) top.set(key, [...scores, pair.score]);
    }
  }
  const best = (key: string): number => top.get(key)![0]!;
  // The best score a document has with anyone but this partner.
  const other = (key: string, score: number): number => {
    const [first = 0, second = 0] = top.get(key)!;
    return first === score ? second : first;
  };
  const taken = new Set<string>();
  const pairs: DocumentPair[] = [];
  for (const pair of sorted) {
    if (pair.score < minScore) break;
    const keyS = slot(pair.source, pair.target);
    const keyT = slot(pair.target, pair.source);
    if (pair.score < relative * Math.max(best(keyS), best(keyT))) continue;
    // Two articles that both lack a counterpart may still be each other's best match; a true
    // counterpart stands out from the document's other candidates.
    if (pair.score < distinct * Math.max(other(keyS, pair.score), other(keyT, pair.score))) continue;
    if (taken.has(keyS) || taken.has(keyT)) continue;
    taken.add(keyS);
    taken.add(keyT);
    pairs.push(pair);
  }
  return pairs;
}
