// Where the search looks: the band's centre, an expected target position for every source
// boundary. The first pass follows anchors (rare words both sides share), later passes the path
// the previous pass found.
import type { Side } from './evidence.js';
import type { Bead } from './search.js';

/** Sentence of a side each type occurs in when it occurs in exactly one (else -1). */
function singleSentence(side: Side): Int32Array {
  const at = new Int32Array(side.keys.length).fill(-2);
  side.types.forEach((types, sentence) => {
    for (const type of types) at[type] = at[type] === -2 ? sentence : -1;
  });
  return at;
}

/**
 * The expected path through anchors: sentence pairs that share a type found in one sentence of
 * each side only (a rare name or number), the longest chain of them in document order, and
 * between anchors the character diagonal shifted by their offsets (interpolated).
 */
export function anchoredCenter(
  source: Side,
  target: Side,
  matches: readonly (ReadonlySet<number> | readonly number[])[],
  diagonalCenter: Float64Array,
): Float64Array {
  const inSource = singleSentence(source);
  const inTarget = singleSentence(target);
  const candidates: [number, number][] = [];
  matches.forEach((others, type) => {
    const s = inSource[type]!;
    if (s < 0) return;
    for (const other of others) if (inTarget[other]! >= 0) candidates.push([s, inTarget[other]!]);
  });
  const chain = longestChain(candidates);
  const n = diagonalCenter.length - 1;
  // Offsets from the diagonal at the anchors (none at the ends), interpolated in between.
  const points: [number, number][] = [
    [0, 0],
    ...chain.map(([s, t]): [number, number] => [s + 0.5, t + 0.5 - (diagonalCenter[s]! + diagonalCenter[s + 1]!) / 2]),
    [n, 0],
  ];
  const center = new Float64Array(n + 1);
  let k = 0;
  for (let i = 0; i <= n; i++) {
    while (k + 1 < points.length - 1 && points[k + 1]![0] <= i) k++;
    const [x0, y0] = points[k]!;
    const [x1, y1] = points[k + 1]!;
    const offset = x1 > x0 ? y0 + ((y1 - y0) * (i - x0)) / (x1 - x0) : y0;
    center[i] = diagonalCenter[i]! + offset;
  }
  return center;
}

/** The longest chain of (s, t) pairs increasing in both (patience sorting, O(k log k)). */
function longestChain(pairs: [number, number][]): [number, number][] {
  const sorted = [...pairs].sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const tails: number[] = [];
  const previous = new Int32Array(sorted.length);
  const tailAt: number[] = [];
  sorted.forEach(([, t], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = t;
    tailAt[lo] = k;
    previous[k] = lo > 0 ? tailAt[lo - 1]! : -1;
  });
  const chain: [number, number][] = [];
  for (let k = tails.length > 0 ? tailAt[tails.length - 1]! : -1; k >= 0; k = previous[k]!) chain.push(sorted[k]!);
  return chain.reverse();
}

/** The path a pass found, as a band centre for the next pass. */
export function pathCenter(beads: readonly Bead[], n: number): Float64Array {
  const center = new Float64Array(n + 1);
  for (const bead of beads) for (let r = 0; r <= bead.a; r++) center[bead.s0 + r] = bead.t0 + (bead.a === 0 ? bead.b : (bead.b * r) / bead.a);
  return center;
}
