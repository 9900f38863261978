// A map from pairs of small non-negative integers (word type ids, sentence indices) to integers,
// in typed arrays: open addressing with linear probing, no object per pair. Model 1's parameters
// and the similarity's per-sentence-pair matches are both keyed so, by the hundred thousand.

/** Pairs (a, b) of non-negative 32-bit integers → 32-bit integers. Grows as it fills. */
export class PairIndex {
  private keysA: Int32Array;
  private keysB: Int32Array;
  private values: Int32Array;
  private filled = 0;

  /** `capacity`: the pairs expected (it grows past it). */
  constructor(capacity = 512) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keysA = new Int32Array(size).fill(-1);
    this.keysB = new Int32Array(size);
    this.values = new Int32Array(size);
  }

  /** How many pairs it holds. */
  get size(): number {
    return this.filled;
  }

  private static hash(a: number, b: number, mask: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) & mask;
  }

  /** The value of (a, b), or undefined when it has none. */
  get(a: number, b: number): number | undefined {
    const mask = this.keysA.length - 1;
    for (let h = PairIndex.hash(a, b, mask), k = this.keysA[h]!; k >= 0; h = (h + 1) & mask, k = this.keysA[h]!) {
      if (k === a && this.keysB[h] === b) return this.values[h]!;
    }
    return undefined;
  }

  /** The value of (a, b); when it has none, it gets `value`, which is returned. One probe for both. */
  valueOrAdd(a: number, b: number, value: number): number {
    const mask = this.keysA.length - 1;
    let h = PairIndex.hash(a, b, mask);
    for (let k = this.keysA[h]!; k >= 0; h = (h + 1) & mask, k = this.keysA[h]!) {
      if (k === a && this.keysB[h] === b) return this.values[h]!;
    }
    this.insertAt(h, a, b, value);
    return value;
  }

  /** Give (a, b) the value `value`, in place of any it had. */
  set(a: number, b: number, value: number): void {
    const mask = this.keysA.length - 1;
    let h = PairIndex.hash(a, b, mask);
    for (let k = this.keysA[h]!; k >= 0; h = (h + 1) & mask, k = this.keysA[h]!) {
      if (k === a && this.keysB[h] === b) {
        this.values[h] = value;
        return;
      }
    }
    this.insertAt(h, a, b, value);
  }

  private insertAt(h: number, a: number, b: number, value: number): void {
    this.keysA[h] = a;
    this.keysB[h] = b;
    this.values[h] = value;
    if (++this.filled * 2 > this.keysA.length) this.grow();
  }

  private grow(): void {
    const { keysA, keysB, values } = this;
    const size = keysA.length * 2;
    const mask = size - 1;
    this.keysA = new Int32Array(size).fill(-1);
    this.keysB = new Int32Array(size);
    this.values = new Int32Array(size);
    for (let i = 0; i < keysA.length; i++) {
      if (keysA[i]! < 0) continue;
      let h = PairIndex.hash(keysA[i]!, keysB[i]!, mask);
      while (this.keysA[h]! >= 0) h = (h + 1) & mask;
      this.keysA[h] = keysA[i]!;
      this.keysB[h] = keysB[i]!;
      this.values[h] = values[i]!;
    }
  }
}
