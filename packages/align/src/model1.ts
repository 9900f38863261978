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

function typesOf(side: Side, first: number, count: number, keep: (id: number) => boolean): number[] {
  const ids = new Set<number>();
  for (let s = first; s < first + count; s++) for (const id of side.types[s]!) if (keep(id)) ids.add(id);
  return [...ids];
}

/** How many of the links each word type of one side occurs in. */
function linkFrequency(side: Side, links: readonly { first: number; count: number }[]): Int32Array {
  const frequency = new Int32Array(side.keys.length);
  for (const { first, count } of links) for (const id of typesOf(side, first, count, () => true)) frequency[id]!++;
  return frequency;
}

/** Training data: for each link, its source types, target types and the (e, f) parameter ids. */
interface Corpus {
  readonly pairs: { es: number[]; fs: number[]; ids: Int32Array }[];
  /** Per parameter: its source type and target type. */
  readonly e: Int32Array;
  readonly f: Int32Array;
  /** Per parameter: how many links the two words share. */
  readonly count: Int32Array;
}

/**
 * Translation probabilities by EM (IBM Model 1 with an empty word), one direction: with
 * `forward`, t(f | e) (each target word explained by the source words); otherwise t(e | f).
 */
function train(corpus: Corpus, forward: boolean, sizeS: number, sizeT: number, iterations: number): Float64Array {
  const owners = forward ? corpus.e : corpus.f;
  const size = forward ? sizeT : sizeS;
  const prob = new Float64Array(owners.length).fill(1 / size);
  const empty = new Float64Array(forward ? sizeT : sizeS).fill(1 / size);
  const count = new Float64Array(owners.length);
  const emptyCount = new Float64Array(empty.length);
  const totals = new Float64Array(forward ? sizeS : sizeT);
  let emptyTotal = 0;
  for (let iteration = 0; iteration < iterations; iteration++) {
    count.fill(0);
    emptyCount.fill(0);
    totals.fill(0);
    emptyTotal = 0;
    for (const { es, fs, ids } of corpus.pairs) {
      const rows = forward ? fs : es;
      const cols = forward ? es.length : fs.length;
      rows.forEach((word, r) => {
        // ids are laid out source-major: ids[x * |fs| + y] is (es[x], fs[y]).
        const at = (c: number): number => (forward ? ids[c * fs.length + r]! : ids[r * fs.length + c]!);
        let z = empty[word]!;
        for (let c = 0; c < cols; c++) z += prob[at(c)]!;
        const e0 = empty[word]! / z;
        emptyCount[word] = emptyCount[word]! + e0;
        emptyTotal += e0;
        for (let c = 0; c < cols; c++) {
          const id = at(c);
          const share = prob[id]! / z;
          count[id] = count[id]! + share;
          totals[owners[id]!] = totals[owners[id]!]! + share;
        }
      });
    }
    for (let id = 0; id < prob.length; id++) prob[id] = count[id]! / totals[owners[id]!]!;
    for (let w = 0; w < empty.length; w++) empty[w] = emptyTotal > 0 ? emptyCount[w]! / emptyTotal : 0;
  }
  return prob;
}

/**
 * Word pairs (source type → target types) learned from confident links. Returns an empty
 * relation when the links are too few to learn from.
 */
export function learnLexicon(source: Side, target: Side, beads: readonly Bead[], options: LearnOptions): Map<number, number[]> {
  // A word seen in fewer than `minCount` links cannot make a pair: leave it out of training,
  // which keeps the model small (most types of a document occur once).
  const frequencyS = linkFrequency(
    source,
    beads.map((b) => ({ first: b.s0, count: b.a })),
  );
  const frequencyT = linkFrequency(
    target,
    beads.map((b) => ({ first: b.t0, count: b.b })),
  );
  const keepS = (id: number): boolean => frequencyS[id]! >= options.minCount && isWordKey(source.keys[id]!);
  const keepT = (id: number): boolean => frequencyT[id]! >= options.minCount && isWordKey(target.keys[id]!);
  const sizeS = source.keys.length;
  const sizeT = target.keys.length;
  const index = new Map<number, number>();
  const e: number[] = [];
  const f: number[] = [];
  const count: number[] = [];
  const pairs: Corpus['pairs'] = [];
  for (const bead of beads) {
    const es = typesOf(source, bead.s0, bead.a, keepS);
    const fs = typesOf(target, bead.t0, bead.b, keepT);
    if (es.length === 0 || fs.length === 0) continue;
    const ids = new Int32Array(es.length * fs.length);
    es.forEach((se, x) =>
      fs.forEach((tf, y) => {
        const key = se * sizeT + tf;
        let id = index.get(key);
        if (id === undefined) {
          id = e.length;
          index.set(key, id);
          e.push(se);
          f.push(tf);
          count.push(0);
        }
        count[id]!++;
        ids[x * fs.length + y] = id;
      }),
    );
    pairs.push({ es, fs, ids });
  }
  const learned = new Map<number, number[]>();
  if (pairs.length === 0) return learned;
  const corpus: Corpus = { pairs, e: Int32Array.from(e), f: Int32Array.from(f), count: Int32Array.from(count) };
  const forward = train(corpus, true, sizeS, sizeT, options.iterations);
  const backward = train(corpus, false, sizeS, sizeT, options.iterations);
  for (let id = 0; id < corpus.e.length; id++) {
    if (corpus.count[id]! < options.minCount) continue;
    if (forward[id]! < options.minProbability || backward[id]! < options.minProbability) continue;
    const se = corpus.e[id]!;
    const list = learned.get(se);
    if (list === undefined) learned.set(se, [corpus.f[id]!]);
    else list.push(corpus.f[id]!);
  }
  return learned;
}
