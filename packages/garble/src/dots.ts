import type { Lexicon } from './lexicon.js';

/**
 * Dot products of one word's 8-bit vector with up to {@link MAX_DOTS} others, 16 dimensions per
 * WebAssembly SIMD instruction: the context fit takes one for every candidate and context word,
 * and a JavaScript loop over the 100 dimensions was a fifth of the detector's time. The sums are
 * the same integers as {@link integerDot}'s (exact in 32 bits: 100 products of at most 128²).
 */
export interface VectorDots {
  /** Byte offsets of the other vectors (`base + row · stride`), written by the caller before {@link dotsWith}. */
  readonly others: Int32Array;
  /** The dot products, written by {@link dotsWith}. */
  readonly results: Int32Array;
  /** Byte offset of vector row `i` in the module's memory: `base + i · stride`. */
  readonly base: number;
  readonly stride: number;
  /** Fills `results[0..count)` with the dot products of the vector at byte offset `offset` with `others[0..count)`. */
  readonly dotsWith: (offset: number, count: number) => void;
}

/** Other vectors per call: a token's context holds at most 2 · 6 content words plus a phrase's. */
export const MAX_DOTS = 32;
/** Bytes per vector row in the module's memory: the dimensions padded to whole 16-byte lanes. */
const STRIDE_ALIGN = 16;

/** The module: `dots(a, others, count, results)`, all byte offsets into the imported memory. */
function moduleBytes(lanes: number): Uint8Array {
  const LOCAL_GET = 0x20;
  const LOCAL_SET = 0x21;
  const I32_LOAD = [0x28, 2, 0];
  const I32_STORE = [0x36, 2, 0];
  const I32_ADD = 0x6a;
  const I32_SHL = 0x74;
  const I32_LT_U = 0x49;
  const I32_GE_U = 0x4f;
  const I32_CONST = 0x41;
  const SIMD = 0xfd;
  const v128Load = (offset: number) => [SIMD, 0x00, 4, ...leb(offset)];
  const EXTMUL_LOW = [SIMD, 0x9c, 0x01]; // i16x8.extmul_low_i8x16_s
  const EXTMUL_HIGH = [SIMD, 0x9d, 0x01]; // i16x8.extmul_high_i8x16_s
  const EXTADD = [SIMD, 0x7e]; // i32x4.extadd_pairwise_i16x8_s
  const I32X4_ADD = [SIMD, 0xae, 0x01];
  const lane = (k: number) => [SIMD, 0x1b, k]; // i32x4.extract_lane
  // Parameters 0 a, 1 others, 2 count, 3 results; locals 4 end, 5 b (i32), 6 x, 7 y, 8 sum (v128).
  const chunk = (k: number) => [
    ...[LOCAL_GET, 0, ...v128Load(16 * k), LOCAL_SET, 6],
    ...[LOCAL_GET, 5, ...v128Load(16 * k), LOCAL_SET, 7],
    ...[LOCAL_GET, 6, LOCAL_GET, 7, ...EXTMUL_LOW, ...EXTADD],
    ...[LOCAL_GET, 6, LOCAL_GET, 7, ...EXTMUL_HIGH, ...EXTADD, ...I32X4_ADD],
  ];
  const sum: number[] = chunk(0);
  for (let k = 1; k < lanes; k++) sum.push(...chunk(k), ...I32X4_ADD);
  const body = [
    ...[2, 2, 0x7f, 3, 0x7b], // locals: 2 i32, 3 v128
    ...[LOCAL_GET, 1, LOCAL_GET, 2, I32_CONST, 2, I32_SHL, I32_ADD, LOCAL_SET, 4],
    ...[0x02, 0x40, LOCAL_GET, 1, LOCAL_GET, 4, I32_GE_U, 0x0d, 0], // block; done when count is 0
    ...[0x03, 0x40], // loop
    ...[LOCAL_GET, 1, ...I32_LOAD, LOCAL_SET, 5],
    ...[LOCAL_GET, 3, ...sum, LOCAL_SET, 8],
    ...[LOCAL_GET, 8, ...lane(0), LOCAL_GET, 8, ...lane(1), I32_ADD, LOCAL_GET, 8, ...lane(2), I32_ADD, LOCAL_GET, 8, ...lane(3), I32_ADD],
    ...I32_STORE,
    ...[LOCAL_GET, 1, I32_CONST, 4, I32_ADD, LOCAL_SET, 1, LOCAL_GET, 3, I32_CONST, 4, I32_ADD, LOCAL_SET, 3],
    ...[LOCAL_GET, 1, LOCAL_GET, 4, I32_LT_U, 0x0d, 0], // next while others < end
    ...[0x0b, 0x0b, 0x0b], // end loop, block, function
  ];
  const section = (id: number, content: number[]) => [id, ...leb(content.length), ...content];
  const name = (s: string) => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 4, 0x7f, 0x7f, 0x7f, 0x7f, 0]), // type (i32 ×4) → ()
    ...section(2, [1, ...name('env'), ...name('memory'), 0x02, 0x00, 1]), // memory import, at least a page
    ...section(3, [1, 0]),
    ...section(7, [1, ...name('dots'), 0x00, 0]),
    ...section(10, [1, ...leb(body.length), ...body]),
  ]);
}

/** Unsigned LEB128. */
function leb(value: number): number[] {
  const bytes: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return bytes;
}

/** The part of the WebAssembly global used here (the project's lib is ES2022 and @types/node 20 declares none). */
declare const WebAssembly: {
  Memory: new (descriptor: { initial: number }) => { readonly buffer: ArrayBuffer };
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
};

let owner: Lexicon | undefined;
let current: VectorDots | undefined;

/**
 * The dot-product module over a lexicon's vectors (copied once into its memory, rows padded to
 * whole lanes: about 3.4 MB), made on first use per lexicon.
 */
export function vectorDots(lexicon: Lexicon): VectorDots {
  if (owner === lexicon && current) return current;
  const { vectors, dimensions, vectorCount } = lexicon;
  const lanes = Math.ceil(dimensions / STRIDE_ALIGN);
  const stride = lanes * STRIDE_ALIGN;
  const base = 8 * MAX_DOTS;
  const memory = new WebAssembly.Memory({ initial: Math.ceil((base + vectorCount * stride) / 65536) });
  const bytes = new Int8Array(memory.buffer);
  for (let i = 0; i < vectorCount; i++) bytes.set(vectors.subarray(i * dimensions, (i + 1) * dimensions), base + i * stride);
  const instance = new WebAssembly.Instance(new WebAssembly.Module(moduleBytes(lanes)), { env: { memory } });
  const dots = instance.exports.dots as (a: number, others: number, count: number, results: number) => void;
  const resultsAt = 4 * MAX_DOTS;
  current = {
    others: new Int32Array(memory.buffer, 0, MAX_DOTS),
    results: new Int32Array(memory.buffer, resultsAt, MAX_DOTS),
    base,
    stride,
    dotsWith: (offset, count) => dots(offset, 0, count, resultsAt),
  };
  owner = lexicon;
  return current;
}
