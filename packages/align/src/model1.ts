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

/**
 * Training data: for each link, its source types, target types and the (e, f) parameter ids, laid
 * out source-major (`ids[x * |fs| + y]` is (es[x], fs[y])) and target-major (`targetMajor[y * |es| + x]`),
 * so that EM walks both directions through contiguous memory.
 */
interface Corpus {
  readonly pairs: { es: number[]; fs: number[]; ids: Int32Array; targetMajor: Int32Array }[];
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
    for (const pair of corpus.pairs) {
      // Row-major for this direction: ids of row r are at [r * cols, (r + 1) * cols).
      const rows = forward ? pair.fs : pair.es;
      const ids = forward ? pair.targetMajor : pair.ids;
      // A parameter's owner is the word of its column: the source word going forward.
      const columnWords = forward ? pair.es : pair.fs;
      const cols = columnWords.length;
      for (let r = 0, base = 0; r < rows.length; r++, base += cols) {
        const word = rows[r]!;
        let z = empty[word]!;
        for (let c = 0; c < cols; c++) z += prob[ids[base + c]!]!;
        const e0 = empty[word]! / z;
        emptyCount[word] = emptyCount[word]! + e0;
        emptyTotal += e0;
        for (let c = 0; c < cols; c++) {
          const id = ids[base + c]!;
          const share = prob[id]! / z;
          count[id] = count[id]! + share;
          const owner = columnWords[c]!;
          totals[owner] = totals[owner]! + share;
        }
      }
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
  const pairs: Corpus['pairs'] = [];
  let occurrences = 0;
  for (const bead of beads) {
    const es = typesOf(source, bead.s0, bead.a, keepS);
    const fs = typesOf(target, bead.t0, bead.b, keepT);
    if (es.length === 0 || fs.length === 0) continue;
    occurrences += es.length * fs.length;
    pairs.push({ es, fs, ids: new Int32Array(es.length * fs.length), targetMajor: new Int32Array(es.length * fs.length) });
  }
  // Parameter ids, source word by source word: where each source word occurs (link, position),
  // then for each source word a stamp per target word says whether (e, f) has its id yet. Plain
  // arrays: a hash of (e, f) over every co-occurrence cost a fifth of a batch's time.
  const degree = new Int32Array(sizeS + 1);
  for (const { es } of pairs) for (const se of es) degree[se + 1]!++;
  for (let se = 0; se < sizeS; se++) degree[se + 1]! += degree[se]!;
  const place = degree.slice();
  const linkOf = new Int32Array(degree[sizeS]!);
  const positionOf = new Int32Array(degree[sizeS]!);
  pairs.forEach(({ es }, k) =>
    es.forEach((se, x) => {
      linkOf[place[se]!] = k;
      positionOf[place[se]!++] = x;
    }),
  );
  const e = new Int32Array(occurrences);
  const f = new Int32Array(occurrences);
  const count = new Int32Array(occurrences);
  const stamp = new Int32Array(sizeT).fill(-1);
  const idOf = new Int32Array(sizeT);
  let parameters = 0;
  for (let se = 0; se < sizeS; se++) {
    for (let o = degree[se]!; o < degree[se + 1]!; o++) {
      const { fs, ids } = pairs[linkOf[o]!]!;
      const row = positionOf[o]! * fs.length;
      for (let y = 0; y < fs.length; y++) {
        const tf = fs[y]!;
        if (stamp[tf] !== se) {
          stamp[tf] = se;
          idOf[tf] = parameters;
          e[parameters] = se;
          f[parameters++] = tf;
        }
        const id = idOf[tf]!;
        count[id]!++;
        ids[row + y] = id;
      }
    }
  }
  for (const { es, fs, ids, targetMajor } of pairs) {
    for (let x = 0; x < es.length; x++) for (let y = 0; y < fs.length; y++) targetMajor[y * es.length + x] = ids[x * fs.length + y]!;
  }
  const learned = new Map<number, number[]>();
  if (pairs.length === 0) return learned;
  const corpus: Corpus = { pairs, e: e.subarray(0, parameters), f: f.subarray(0, parameters), count: count.subarray(0, parameters) };
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
