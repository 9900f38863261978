// A lexicon learned from the input itself: IBM Model 1 (Brown et al. 1993), trained in both
// directions on the links the first pass is sure of, keeps the word pairs both directions agree on.
import { isWordKey, type Side } from './evidence.js';
import type { Bead } from './search.js';

/** Options of {@link learnLexicon}. */
export interface LearnOptions {
  /** EM iterations per direction. */
  readonly iterations: number;
  /** A pair is kept when both translation probabilities reach this. */
  readonly minProbability: number;
  /** …and the two words co-occur in at least this many training links. */
  readonly minCount: number;
}

function typesOf(side: Side, first: number, count: number): number[] {
  const ids = new Set<number>();
  for (let s = first; s < first + count; s++) for (const id of side.types[s]!) if (isWordKey(side.keys[id]!)) ids.add(id);
  return [...ids];
}

/**
 * t(f | e) by EM over the training pairs, for the (e, f) pairs that co-occur; e = -1 is the empty
 * word. Parameters live in typed arrays indexed through `params` (key `(e + 1) * size + f`), so
 * an iteration is a pass over flat arrays.
 */
function train(pairs: readonly [number[], number[]][], size: number, iterations: number): (e: number, f: number) => number {
  const params = new Map<number, number>();
  const paramE: number[] = [];
  const ids: number[] = [];
  const rows: number[] = []; // per pair and f: how many ids follow (|E| + 1)
  for (const [es, fs] of pairs) {
    for (const f of fs) {
      rows.push(es.length + 1);
      for (const e of [-1, ...es]) {
        const key = (e + 1) * size + f;
        let id = params.get(key);
        if (id === undefined) {
          id = paramE.length;
          params.set(key, id);
          paramE.push(e + 1);
        }
        ids.push(id);
      }
    }
  }
  const flatIds = Int32Array.from(ids);
  const owner = Int32Array.from(paramE);
  let maxE = 0;
  for (const e of paramE) maxE = Math.max(maxE, e);
  const prob = new Float64Array(paramE.length).fill(1 / size);
  const count = new Float64Array(paramE.length);
  const totals = new Float64Array(maxE + 1);
  for (let iteration = 0; iteration < iterations; iteration++) {
    count.fill(0);
    totals.fill(0);
    let k = 0;
    for (const width of rows) {
      let z = 0;
      for (let x = k; x < k + width; x++) z += prob[flatIds[x]!]!;
      for (let x = k; x < k + width; x++) {
        const id = flatIds[x]!;
        const c = prob[id]! / z;
        count[id] = count[id]! + c;
        totals[owner[id]!] = totals[owner[id]!]! + c;
      }
      k += width;
    }
    for (let id = 0; id < prob.length; id++) prob[id] = count[id]! / totals[owner[id]!]!;
  }
  return (e, f) => {
    const id = params.get((e + 1) * size + f);
    return id === undefined ? 0 : prob[id]!;
  };
}

/**
 * Word pairs (source type → target types) learned from confident links. Returns an empty
 * relation when the links are too few to learn from.
 */
export function learnLexicon(source: Side, target: Side, beads: readonly Bead[], options: LearnOptions): Map<number, number[]> {
  const forward: [number[], number[]][] = [];
  const backward: [number[], number[]][] = [];
  const cooccur = new Map<number, number>();
  const sizeT = target.keys.length;
  const sizeS = source.keys.length;
  for (const bead of beads) {
    const es = typesOf(source, bead.s0, bead.a);
    const fs = typesOf(target, bead.t0, bead.b);
    if (es.length === 0 || fs.length === 0) continue;
    forward.push([es, fs]);
    backward.push([fs, es]);
    for (const e of es) for (const f of fs) cooccur.set(e * sizeT + f, (cooccur.get(e * sizeT + f) ?? 0) + 1);
  }
  const learned = new Map<number, number[]>();
  if (forward.length === 0) return learned;
  const tf = train(forward, sizeT, options.iterations);
  const tb = train(backward, sizeS, options.iterations);
  for (const [key, count] of cooccur) {
    if (count < options.minCount) continue;
    const e = Math.floor(key / sizeT);
    const f = key % sizeT;
    if (tf(e, f) < options.minProbability || tb(f, e) < options.minProbability) continue;
    const list = learned.get(e);
    if (list === undefined) learned.set(e, [f]);
    else list.push(f);
  }
  return learned;
}
