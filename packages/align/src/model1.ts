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

/** t(f | e) by EM over the training pairs; keys are `e * size + f`; e = -1 is the empty word. */
function train(pairs: readonly [number[], number[]][], size: number, iterations: number): Map<number, number> {
  let t = new Map<number, number>();
  const uniform = 1 / size;
  const prob = (e: number, f: number): number => t.get((e + 1) * size + f) ?? uniform;
  for (let iteration = 0; iteration < iterations; iteration++) {
    const counts = new Map<number, number>();
    const totals = new Map<number, number>();
    for (const [es, fs] of pairs) {
      for (const f of fs) {
        let z = prob(-1, f);
        for (const e of es) z += prob(e, f);
        for (const e of [-1, ...es]) {
          const c = prob(e, f) / z;
          const key = (e + 1) * size + f;
          counts.set(key, (counts.get(key) ?? 0) + c);
          totals.set(e, (totals.get(e) ?? 0) + c);
        }
      }
    }
    t = new Map();
    for (const [key, c] of counts) t.set(key, c / totals.get(Math.floor(key / size) - 1)!);
  }
  return t;
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
    if ((tf.get((e + 1) * sizeT + f) ?? 0) < options.minProbability) continue;
    if ((tb.get((f + 1) * sizeS + e) ?? 0) < options.minProbability) continue;
    const list = learned.get(e);
    if (list === undefined) learned.set(e, [f]);
    else list.push(f);
  }
  return learned;
}
