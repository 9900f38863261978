// Same-language relations: documents that report one story (shared names and numbers, whatever
// the wording) and near-copies (the names and numbers in the same order).
import { primaryLanguage } from '@sejajar/text';
import { bump, type DocumentFingerprint, type EvidenceCounts, evidenceCounts } from './fingerprint.js';
import { lcsLength, neighbours, type RetrievalStats, round, vectors } from './retrieval.js';

/** Two documents in one language where one nearly copies the other (syndication, spinning). */
export interface NearCopy {
  readonly a: string;
  readonly b: string;
  /** Share of their names and numbers that occur in the same order in both, in [0,1]. */
  readonly similarity: number;
}

/** Longest common subsequence of two anchor lists over the shorter list: near 1 for a copy of the other. */
function copiedShare(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  return lcsLength(a, b) / Math.min(a.length, b.length);
}

const anchorCounts = (f: DocumentFingerprint): EvidenceCounts => {
  const counts: Record<string, number> = {};
  for (const anchor of f.anchors) bump(counts, anchor);
  return evidenceCounts(counts);
};

function unionFind(n: number): { find: (i: number) => number; union: (i: number, j: number) => void } {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  return { find, union: (i, j) => void (parent[find(i)] = find(j)) };
}

/** Same-language stories and near-copies among fingerprints. */
export function relatedDocuments(
  fingerprints: readonly DocumentFingerprint[],
  options: {
    storyThreshold?: number | undefined;
    nearCopyThreshold?: number | undefined;
    candidates?: number | undefined;
    retrievalBudget?: number | undefined;
    scoredCandidates?: number | undefined;
    onRetrieval?: ((stats: RetrievalStats) => void) | undefined;
  } = {},
): { stories: string[][]; nearCopies: NearCopy[] } {
  const languages = fingerprints.map((f) => primaryLanguage(f.language) ?? 'und');
  // A story is told with the same names and numbers whatever the wording (a spun copy included).
  const same = vectors(fingerprints.map(anchorCounts), 20);
  const within = neighbours(same, (i, j) => languages[i] === languages[j] && languages[i] !== 'und', options.candidates ?? 8, {
    budget: options.retrievalBudget,
    pool: options.scoredCandidates,
    onStats: (stats) => options.onRetrieval?.({ step: 'stories', ...stats }),
  });
  const groups = unionFind(fingerprints.length);
  const nearCopies: NearCopy[] = [];
  within.forEach((candidates, i) => {
    for (const [j, cosine] of candidates) {
      if (j <= i) continue;
      if (cosine >= (options.storyThreshold ?? 0.3)) groups.union(i, j);
      const similarity = copiedShare(fingerprints[i]!.anchors, fingerprints[j]!.anchors);
      if (similarity >= (options.nearCopyThreshold ?? 0.7)) {
        nearCopies.push({ a: fingerprints[i]!.id, b: fingerprints[j]!.id, similarity: round(similarity) });
      }
    }
  });
  const byRoot = new Map<number, string[]>();
  fingerprints.forEach((f, i) => {
    const root = groups.find(i);
    const group = byRoot.get(root);
    if (group) group.push(f.id);
    else byRoot.set(root, [f.id]);
  });
  const stories = [...byRoot.values()].filter((g) => g.length > 1).map((g) => g.sort());
  stories.sort((a, b) => a[0]!.localeCompare(b[0]!));
  return { stories, nearCopies };
}
