// Retrieval over fingerprints, shared by cross-language candidates and same-language stories:
// tf-idf vectors, nearest neighbours through an inverted index (so the cost follows shared
// evidence, not the number of document pairs), and the order evidence of names and numbers.

/** A sparse vector: evidence key → weight. */
export type Vector = Map<string, number>;

/**
 * Sparse tf-idf vectors, unit length, over one kind of evidence. `background` adds that many
 * imagined documents without any of the evidence, so a small pile of documents on one story
 * does not discount the very names and numbers they share.
 */
export function vectors(counts: readonly Readonly<Record<string, number>>[], background = 0): Vector[] {
  const df = new Map<string, number>();
  for (const c of counts) for (const key of Object.keys(c)) df.set(key, (df.get(key) ?? 0) + 1);
  const n = counts.length;
  return counts.map((c) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [key, count] of Object.entries(c)) {
      const d = df.get(key)!;
      // Evidence found in (almost) every document tells documents apart no better than none.
      const idf = Math.log((n + 1 + background) / d);
      if (idf <= 0.05) continue;
      const weight = (1 + Math.log(count)) * idf;
      v.set(key, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [key, weight] of v) v.set(key, weight / norm);
    return v;
  });
}

/** Candidates by dot product through an inverted index: cost follows the shared evidence, not all pairs. */
export function neighbours(vs: readonly Vector[], allowed: (i: number, j: number) => boolean, k: number): Map<number, number>[] {
  const index = new Map<string, number[]>();
  vs.forEach((v, i) => {
    for (const key of v.keys()) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  // Keys shared by a large share of a big corpus cost much and decide little.
  const maxPosting = Math.max(50, Math.ceil(vs.length * 0.1));
  return vs.map((v, i) => {
    const dots = new Map<number, number>();
    for (const [key, weight] of v) {
      const list = index.get(key)!;
      if (list.length > maxPosting) continue;
      for (const j of list) if (j !== i && allowed(i, j)) dots.set(j, (dots.get(j) ?? 0) + weight * vs[j]!.get(key)!);
    }
    return new Map([...dots].sort((a, b) => b[1] - a[1]).slice(0, k));
  });
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
