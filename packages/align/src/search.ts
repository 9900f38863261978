// The search: a dynamic programme over (source consumed, target consumed) restricted to a band
// around an expected path, so time and memory grow linearly with the number of sentences.

/** A link shape: `a` source sentences with `b` target sentences. */
export interface Shape {
  readonly a: number;
  readonly b: number;
}

/** The link shapes the search considers: 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3. */
export const SHAPES: readonly Shape[] = [
  { a: 1, b: 1 },
  { a: 1, b: 0 },
  { a: 0, b: 1 },
  { a: 2, b: 1 },
  { a: 1, b: 2 },
  { a: 2, b: 2 },
  { a: 3, b: 1 },
  { a: 1, b: 3 },
];

/** A link found by the search, before scores are attached. */
export interface Bead {
  readonly s0: number;
  readonly a: number;
  readonly t0: number;
  readonly b: number;
}

/** Gain of a link of the given shape starting at source s0 and target t0 (null links included). */
export type Gain = (s0: number, a: number, t0: number, b: number) => number;

/** Options of {@link bandedSearch}. */
export interface SearchOptions {
  /** Half-width of the band, in target sentences. */
  readonly halfWidth: number;
  /** Below this many DP cells the whole table is searched, no band. */
  readonly fullTableCells: number;
  /** How many times the band may be re-centred on the path found. */
  readonly maxPasses: number;
}

/** The expected target position for every source boundary 0…n, proportional to characters. */
export function diagonal(sourceChars: Float64Array, targetChars: Float64Array): Float64Array {
  const n = sourceChars.length;
  const m = targetChars.length;
  const center = new Float64Array(n + 1);
  const totalS = sourceChars.reduce((x, y) => x + y, 0);
  const totalT = targetChars.reduce((x, y) => x + y, 0);
  // Map the source's character position to the same share of the target's characters.
  const cumT = new Float64Array(m + 1);
  for (let t = 0; t < m; t++) cumT[t + 1] = cumT[t]! + targetChars[t]!;
  let acc = 0;
  let t = 0;
  for (let i = 0; i <= n; i++) {
    if (i > 0) acc += sourceChars[i - 1]!;
    if (totalS === 0 || totalT === 0) {
      center[i] = n === 0 ? 0 : (i * m) / n;
      continue;
    }
    const want = (acc / totalS) * totalT;
    while (t < m && cumT[t + 1]! <= want) t++;
    const span = t < m ? targetChars[t]! : 1;
    center[i] = Math.min(m, t + (span > 0 ? (want - cumT[t]!) / span : 0));
  }
  center[0] = 0;
  center[n] = m;
  return center;
}

interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

function bandAround(center: Float64Array, m: number, halfWidth: number): Band {
  const n = center.length - 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.floor(center[i]!) - halfWidth);
    hi[i] = Math.min(m, Math.ceil(center[i]!) + halfWidth);
  }
  lo[0] = 0;
  hi[n] = m;
  // Keep the band connected: bounds never move backwards.
  for (let i = 1; i <= n; i++) lo[i] = Math.max(lo[i]!, lo[i - 1]!);
  for (let i = n - 1; i >= 0; i--) hi[i] = Math.min(hi[i]!, hi[i + 1]!);
  // …and each row overlaps the one before it, so every row stays reachable.
  for (let i = 1; i <= n; i++) lo[i] = Math.min(lo[i]!, hi[i - 1]!);
  return { lo, hi };
}

interface Path {
  beads: Bead[];
  touchesEdge: boolean;
  center: Float64Array;
}

function searchBand(n: number, m: number, band: Band, gain: Gain, margin: number): Path {
  const { lo, hi } = band;
  const score: Float64Array[] = [];
  const back: Uint8Array[] = [];
  for (let i = 0; i <= n; i++) {
    const width = hi[i]! - lo[i]! + 1;
    const row = new Float64Array(width).fill(-Infinity);
    const from = new Uint8Array(width).fill(255);
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) {
        row[0] = 0;
        continue;
      }
      let best = -Infinity;
      let bestShape = 255;
      for (let k = 0; k < SHAPES.length; k++) {
        const { a, b } = SHAPES[k]!;
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0) continue;
        const prev = pi === i ? row[pj - lo[i]!] : pj >= lo[pi]! && pj <= hi[pi]! ? score[pi]![pj - lo[pi]!] : undefined;
        if (prev === undefined || prev === -Infinity) continue;
        const value = prev + gain(pi, a, pj, b);
        if (value > best) {
          best = value;
          bestShape = k;
        }
      }
      row[j - lo[i]!] = best;
      from[j - lo[i]!] = bestShape;
    }
    score.push(row);
    back.push(from);
  }
  const beads: Bead[] = [];
  const center = new Float64Array(n + 1);
  let touchesEdge = false;
  let i = n;
  let j = m;
  center[n] = m;
  while (i > 0 || j > 0) {
    const k = back[i]![j - lo[i]!]!;
    const shape = SHAPES[k];
    if (shape === undefined) throw new Error(`alignment search: no path through (${i}, ${j})`);
    if ((lo[i]! > 0 && j - lo[i]! < margin) || (hi[i]! < m && hi[i]! - j < margin)) touchesEdge = true;
    beads.push({ s0: i - shape.a, a: shape.a, t0: j - shape.b, b: shape.b });
    // Rows a link jumps over get the target position interpolated.
    for (let r = 1; r <= shape.a; r++) center[i - r] = j - (shape.b * r) / shape.a;
    i -= shape.a;
    j -= shape.b;
  }
  beads.reverse();
  return { beads, touchesEdge, center };
}

/**
 * The best path of links from (0, 0) to (n, m), maximising the sum of gains. The band starts
 * around `center` and is re-centred on the path found while the path runs along its edge.
 */
export function bandedSearch(n: number, m: number, center: Float64Array, gain: Gain, options: SearchOptions): Bead[] {
  if ((n + 1) * (m + 1) <= options.fullTableCells) {
    const lo = new Int32Array(n + 1);
    const hi = new Int32Array(n + 1).fill(m);
    return searchBand(n, m, { lo, hi }, gain, 0).beads;
  }
  let current = center;
  let path: Path | undefined;
  for (let pass = 0; pass < options.maxPasses; pass++) {
    path = searchBand(n, m, bandAround(current, m, options.halfWidth), gain, Math.ceil(options.halfWidth / 4));
    if (!path.touchesEdge) break;
    current = path.center;
  }
  return path!.beads;
}
