/**
 * Position of `key` in ascending `keys[start..end)` (the whole array by default), or -1. For
 * integer keys wider than 32 bits (a pair of word ids as `left · size + right`), use a
 * Float64Array: it holds integers exactly up to 2^53. Bounds search one row of a compressed
 * table without a subarray per look-up.
 */
export function searchSorted(keys: Uint16Array | Int32Array | Uint32Array | Float64Array, key: number, start = 0, end = keys.length): number {
  let low = start;
  let high = end - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = keys[middle]!;
    if (value < key) low = middle + 1;
    else if (value > key) high = middle - 1;
    else return middle;
  }
  return -1;
}
