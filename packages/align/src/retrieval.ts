// Retrieval over fingerprints, shared by cross-language candidates and same-language stories:
// tf-idf vectors, candidate generation by blocking (an inverted index read rarest evidence
// first, up to a fixed budget of postings per document), exact scoring of a bounded pool of
// candidates, and the order evidence of names and numbers. Time and memory per document stay
// flat as the corpus grows: no step compares a document with every other.

import type { EvidenceCounts } from './fingerprint.js';

/**
 * Sparse tf-idf vectors of a corpus, unit length, in compressed rows: document `i` has the
 * evidence `keys[offsets[i]…offsets[i+1]]` (interned ids, ascending) with those `weights`.
 */
export interface Vectors {
  readonly size: number;
  readonly offsets: Int32Array;
  readonly keys: Int32Array;
  readonly weights: Float64Array;
  /** Documents per evidence id. */
  readonly df: Int32Array;
}

/**
 * Sparse tf-idf vectors, unit length, over one kind of evidence. `background` adds that many
 * imagined documents without any of the evidence, so a small pile of documents on one story
 * does not discount the very names and numbers they share.
 */
export function vectors(counts: readonly EvidenceCounts[], background = 0): Vectors {
  const ids = new Map<string, number>();
  const dfs: number[] = [];
  let total = 0;
  for (const c of counts) {
    for (const key of c.keys) {
      let id = ids.get(key);
      if (id === undefined) {
        id = dfs.length;
        ids.set(key, id);
        dfs.push(0);
      }
      dfs[id]!++;
      total++;
    }
  }
  const n = counts.length;
  const df = Int32Array.from(dfs);
  const offsets = new Int32Array(n + 1);
  const keys = new Int32Array(total);
  const weights = new Float64Array(total);
  let at = 0;
  counts.forEach((c, i) => {
    const row: [number, number][] = [];
    let norm = 0;
    for (let k = 0; k < c.keys.length; k++) {
      const id = ids.get(c.keys[k]!)!;
      // Evidence found in (almost) every document tells documents apart no better than none.
      const idf = Math.log((n + 1 + background) / df[id]!);
      if (idf <= 0.05) continue;
      const weight = (1 + Math.log(c.counts[k]!)) * idf;
      row.push([id, weight]);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    row.sort((a, b) => a[0] - b[0]);
    for (const [id, weight] of row) {
      keys[at] = id;
      weights[at++] = weight / norm;
    }
    offsets[i + 1] = at;
  });
  return { size: n, offsets, keys: keys.subarray(0, at), weights: weights.subarray(0, at), df };
}

/** Options of {@link neighbours}; the defaults serve document pairing. */
export interface NeighbourOptions {
  /**
   * Postings read per document when gathering candidates, rarest evidence first: the blocking
   * step's whole cost, the same for 1,000 documents as for 100,000. Default 4096.
   */
  budget?: number | undefined;
  /** Candidates per document scored exactly (the best by the evidence read). Default 32. */
  pool?: number | undefined;
  /** Counts of the work done, for benchmarks. */
  onStats?: ((stats: Omit<RetrievalStats, 'step'>) => void) | undefined;
}

/** The work one retrieval did: documents queried, postings read, candidates scored exactly. */
export interface RetrievalStats {
  /** `counterparts` across languages (`documentCandidates`) or same-language `stories` (`relatedDocuments`). */
  readonly step: 'counterparts' | 'stories';
  readonly documents: number;
  readonly postings: number;
  readonly scored: number;
}

/**
 * Evidence shared by more documents than this is left out of candidate scores: in a large
 * corpus it costs much and decides little. A share of the corpus, so that a score does not
 * depend on the corpus' size.
 */
const maxPostingOf = (size: number): number => Math.max(50, Math.ceil(size * 0.1));

/** Dot product of two rows over the evidence of at most `maxPosting` documents (a merge of sorted ids). */
function dot(vs: Vectors, i: number, j: number, maxPosting: number): number {
  let a = vs.offsets[i]!;
  let b = vs.offsets[j]!;
  const endA = vs.offsets[i + 1]!;
  const endB = vs.offsets[j + 1]!;
  let sum = 0;
  while (a < endA && b < endB) {
    const ka = vs.keys[a]!;
    const kb = vs.keys[b]!;
    if (ka < kb) a++;
    else if (kb < ka) b++;
    else {
      if (vs.df[ka]! <= maxPosting) sum += vs.weights[a]! * vs.weights[b]!;
      a++;
      b++;
    }
  }
  return sum;
}

/**
 * Each document's `k` nearest neighbours among those `allowed`, by dot product (cosine) over
 * the evidence shared by at most a tenth of the corpus. Candidates come from an inverted index
 * read rarest evidence first, up to `budget` postings per document; the best `pool` of them by
 * the evidence read are scored exactly. The cost per document is bounded by the budget and the
 * pool, not by the corpus. Ties go to the lower index, so equal inputs give equal answers.
 */
export function neighbours(vs: Vectors, allowed: (i: number, j: number) => boolean, k: number, options: NeighbourOptions = {}): Map<number, number>[] {
  const budget = options.budget ?? 4096;
  const pool = Math.max(k, options.pool ?? 32);
  const n = vs.size;
  const maxPosting = maxPostingOf(n);
  // Inverted index in compressed rows: postings of evidence id `e` are documents
  // `postings[starts[e]…starts[e+1]]`, ascending.
  const starts = new Int32Array(vs.df.length + 1);
  for (let e = 0; e < vs.df.length; e++) starts[e + 1] = starts[e]! + vs.df[e]!;
  const postings = new Int32Array(starts[vs.df.length]!);
  // Single precision is enough to rank candidates; their scores are computed again exactly.
  const postingWeights = new Float32Array(postings.length);
  const fill = starts.slice(0, vs.df.length);
  for (let i = 0; i < n; i++) {
    for (let p = vs.offsets[i]!; p < vs.offsets[i + 1]!; p++) {
      const at = fill[vs.keys[p]!]!++;
      postings[at] = i;
      postingWeights[at] = vs.weights[p]!;
    }
  }
  const scores = new Float64Array(n);
  const touched: number[] = [];
  let postingsRead = 0;
  let scored = 0;
  const result: Map<number, number>[] = [];
  for (let i = 0; i < n; i++) {
    // Rarest evidence first: it blocks best and reads least.
    const own: number[] = [];
    for (let p = vs.offsets[i]!; p < vs.offsets[i + 1]!; p++) if (vs.df[vs.keys[p]!]! > 1 && vs.df[vs.keys[p]!]! <= maxPosting) own.push(p);
    own.sort((a, b) => vs.df[vs.keys[a]!]! - vs.df[vs.keys[b]!]! || a - b);
    let read = 0;
    for (const p of own) {
      const e = vs.keys[p]!;
      if (read + vs.df[e]! > budget) break;
      read += vs.df[e]!;
      const weight = vs.weights[p]!;
      for (let q = starts[e]!; q < starts[e + 1]!; q++) {
        const j = postings[q]!;
        if (j === i || !allowed(i, j)) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j]! += weight * postingWeights[q]!;
      }
    }
    postingsRead += read;
    const best = topByScore(touched, scores, pool);
    for (const j of touched) scores[j] = 0;
    touched.length = 0;
    // Exact scores over all the shared evidence, not only the evidence read.
    const exact = best.map((j): [number, number] => [j, dot(vs, i, j, maxPosting)]);
    scored += exact.length;
    exact.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    result.push(new Map(exact.slice(0, k).filter(([, s]) => s > 0)));
  }
  options.onStats?.({ documents: n, postings: postingsRead, scored });
  return result;
}

/** The `m` documents with the highest scores (ties to the lower index), without sorting them all. */
function topByScore(documents: readonly number[], scores: Float64Array, m: number): number[] {
  const better = (a: number, b: number): boolean => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  if (documents.length <= m) return [...documents];
  // A min-heap of the best m so far: the root is the weakest kept.
  const heap: number[] = [];
  const down = (at: number): void => {
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let weakest = at;
      if (l < heap.length && better(heap[weakest]!, heap[l]!)) weakest = l;
      if (r < heap.length && better(heap[weakest]!, heap[r]!)) weakest = r;
      if (weakest === at) return;
      [heap[at], heap[weakest]] = [heap[weakest]!, heap[at]!];
      at = weakest;
    }
  };
  for (const j of documents) {
    if (heap.length < m) {
      heap.push(j);
      for (let at = heap.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1;
        if (!better(heap[parent]!, heap[at]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (better(j, heap[0]!)) {
      heap[0] = j;
      down(0);
    }
  }
  return heap;
}

/** Length of the longest common subsequence of two lists, in O(|a|·|b|) time and O(|b|) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** A score to three decimals, as pairing reports them. */
export const round = (x: number): number => Math.round(x * 1000) / 1000;
