/**
 * Position of `key` in ascending `keys`, or -1. For integer keys wider than 32 bits (a pair of
 * word ids as `left · size + right`), use a Float64Array: it holds integers exactly up to 2^53.
 */
export function searchSorted(keys: Int32Array | Uint32Array | Float64Array, key: number): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = keys[middle]!;
    if (value < key) low = middle + 1;
    else if (value > key) high = middle - 1;
    else return middle;
  }
  return -1;
}
