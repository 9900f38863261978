// The similarity of a candidate link: how much of each side's word weight is matched in the
// other side, and how well the lengths agree (Gale–Church).
import type { Side } from './evidence.js';
import { lengthRatio } from './length.js';
import { PairIndex } from './pair-index.js';

/**
 * Which word types of a source and a target sentence match in the other: per sentence pair, four
 * 32-bit words (source types 0–31 and 32–63, target types likewise), kept in one growing typed
 * array so that hundreds of thousands of pairs cost 16 bytes each plus their index entry.
 */
export class PairMatches {
  // Slots by sentence pair. A short document pair asks for a few thousand pairs, so the index
  // and the pool start small and grow.
  private readonly slots = new PairIndex();
  private pool = new Uint32Array(4 * 256);
  private used = 0;
  private readonly bit: Int32Array;
  private readonly matches: Int32Array[];

  constructor(
    private readonly source: Side,
    private readonly target: Side,
    matches: readonly (ReadonlySet<number> | readonly number[])[],
  ) {
    this.bit = new Int32Array(target.keys.length).fill(-1);
    this.matches = matches.map((m) => Int32Array.from(m));
  }

  /** Offset of the pair's four words in {@link words}, or -1 when nothing matches. */
  slot(s: number, t: number): number {
    let slot = this.slots.get(s, t);
    if (slot === undefined) {
      slot = this.compute(s, t);
      this.slots.set(s, t, slot);
    }
    return slot;
  }

  private compute(s: number, t: number): number {
    const targetTypes = this.target.types[t]!;
    const bit = this.bit;
    for (let b = 0; b < targetTypes.length; b++) bit[targetTypes[b]!] = b;
    let sLo = 0,
      sHi = 0,
      tLo = 0,
      tHi = 0;
    const sourceTypes = this.source.types[s]!;
    for (let a = 0; a < sourceTypes.length; a++) {
      const others = this.matches[sourceTypes[a]!]!;
      for (let o = 0; o < others.length; o++) {
        const b = bit[others[o]!]!;
        if (b < 0) continue;
        if (a < 32) sLo |= 1 << a;
        else sHi |= 1 << (a - 32);
        if (b < 32) tLo |= 1 << b;
        else tHi |= 1 << (b - 32);
      }
    }
    for (let b = 0; b < targetTypes.length; b++) bit[targetTypes[b]!] = -1;
    if ((sLo | sHi | tLo | tHi) === 0) return -1;
    if (this.used + 4 > this.pool.length) {
      const grown = new Uint32Array(this.pool.length * 2);
      grown.set(this.pool);
      this.pool = grown;
    }
    const slot = this.used;
    this.pool[slot] = sLo;
    this.pool[slot + 1] = sHi;
    this.pool[slot + 2] = tLo;
    this.pool[slot + 3] = tHi;
    this.used += 4;
    return slot;
  }

  /** The pool {@link slot} offsets point into. */
  get words(): Uint32Array {
    return this.pool;
  }
}

/**
 * Parameters of the similarity. Lexical coverage means different things in different documents
 * (a rich dictionary makes true pairs cover 60 % of their words; cognates alone, 10 %), so it is
 * calibrated per document: `floor` is the coverage chance reaches, `floor + scale` the coverage
 * a true pair has, and `lexicalWeight` says how far lexical evidence is trusted over length.
 */
export interface SimilarityModel {
  /** Share of (calibrated) lexical evidence in the similarity; the rest is length agreement. */
  readonly lexicalWeight: number;
  /** Gale–Church variance of target length per source character. */
  readonly variance: number;
  /** Raw lexical coverage of unrelated sentences (calibrated to 0). */
  readonly floor: number;
  /** Raw lexical coverage above `floor` of true counterparts (calibrated to 1). */
  readonly scale: number;
}

function popCount(bits: number): number {
  let count = 0;
  for (let x = bits; x !== 0; x &= x - 1) count++;
  return count;
}

function sumBits(weights: Float64Array, lo: number, hi: number): number {
  let sum = 0;
  while (lo !== 0) {
    const bit = 31 - Math.clz32(lo & -lo);
    sum += weights[bit]!;
    lo &= lo - 1;
  }
  while (hi !== 0) {
    const bit = 31 - Math.clz32(hi & -hi);
    sum += weights[bit + 32]!;
    hi &= hi - 1;
  }
  return sum;
}

/** Standard normal cumulative distribution (Abramowitz–Stegun 7.1.26 through erf). */
function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * Scores candidate links between two prepared sides. Sentence-pair matches are computed once
 * (lazily, only for pairs the search visits) and combined for links of several sentences.
 */
export class Similarity {
  /** Target length per source length expected of a link (Latin-character equivalents). */
  readonly ratio: number;
  private scratch = new Int32Array(9);

  constructor(
    private readonly source: Side,
    private readonly target: Side,
    private readonly pairs: PairMatches,
    private readonly model: SimilarityModel,
    ratio?: number,
  ) {
    this.ratio = ratio ?? lengthRatio(source.lengths, target.lengths);
  }

  /** How far lexical evidence is trusted over length in this document (see {@link SimilarityModel}). */
  get lexicalWeight(): number {
    return this.model.lexicalWeight;
  }

  /** Probability-like agreement of lengths in [0, 1]: 1 when the lengths are in the document's ratio. */
  lengthAgreement(sourceLength: number, targetLength: number): number {
    const mean = Math.max(1, (sourceLength + targetLength / this.ratio) / 2);
    const delta = (targetLength - this.ratio * sourceLength) / Math.sqrt(this.model.variance * mean);
    return 2 * (1 - normalCdf(Math.abs(delta)));
  }

  /**
   * Lexical coverage in [0, 1]: each member sentence's share of word weight matched on the other
   * side, averaged with the weakest member's share, so a link cannot carry a sentence that
   * nothing in it supports.
   */
  lexical(s0: number, a: number, t0: number, b: number): number {
    // Each sentence pair's slot is looked up once, then read for both sides.
    const slots = this.scratch.length >= a * b ? this.scratch : (this.scratch = new Int32Array(a * b));
    for (let i = 0; i < a; i++) for (let j = 0; j < b; j++) slots[i * b + j] = this.pairs.slot(s0 + i, t0 + j);
    const words = this.pairs.words;
    let sum = 0;
    let weakest = 1;
    for (let i = 0; i < a; i++) {
      let lo = 0,
        hi = 0;
      for (let j = 0; j < b; j++) {
        const slot = slots[i * b + j]!;
        if (slot >= 0) {
          lo |= words[slot]!;
          hi |= words[slot + 1]!;
        }
      }
      const total = this.source.total[s0 + i]!;
      const cover = total > 0 ? sumBits(this.source.weights[s0 + i]!, lo, hi) / total : 0;
      sum += cover;
      weakest = Math.min(weakest, cover);
    }
    for (let j = 0; j < b; j++) {
      let lo = 0,
        hi = 0;
      for (let i = 0; i < a; i++) {
        const slot = slots[i * b + j]!;
        if (slot >= 0) {
          lo |= words[slot + 2]!;
          hi |= words[slot + 3]!;
        }
      }
      const total = this.target.total[t0 + j]!;
      const cover = total > 0 ? sumBits(this.target.weights[t0 + j]!, lo, hi) / total : 0;
      sum += cover;
      weakest = Math.min(weakest, cover);
    }
    return (sum / (a + b) + weakest) / 2;
  }

  /**
   * Share of one sentence's word types (those taking part in matching) matched in a range of the
   * other side: source sentence `index` against target sentences from…from+count-1 (`side`
   * 'source'), or the reverse. By count, not weight: a quote shares most of its words.
   */
  matchedShare(side: 'source' | 'target', index: number, from: number, count: number): number {
    const words = this.pairs.words;
    let lo = 0,
      hi = 0;
    for (let k = from; k < from + count; k++) {
      const slot = side === 'source' ? this.pairs.slot(index, k) : this.pairs.slot(k, index);
      if (slot < 0) continue;
      const at = side === 'source' ? slot : slot + 2;
      lo |= words[at]!;
      hi |= words[at + 1]!;
    }
    const types = (side === 'source' ? this.source : this.target).types[index]!.length;
    return types > 0 ? (popCount(lo) + popCount(hi)) / types : 0;
  }

  /** Similarity in [0, 1] of source sentences s0…s0+a-1 with target sentences t0…t0+b-1. */
  score(s0: number, a: number, t0: number, b: number): number {
    let sourceLength = 0,
      targetLength = 0;
    for (let s = s0; s < s0 + a; s++) sourceLength += this.source.lengths[s]!;
    for (let t = t0; t < t0 + b; t++) targetLength += this.target.lengths[t]!;
    const { lexicalWeight: w, floor, scale } = this.model;
    const lexical = Math.min(1, Math.max(0, (this.lexical(s0, a, t0, b) - floor) / scale));
    return w * lexical + (1 - w) * this.lengthAgreement(sourceLength, targetLength);
  }
}
