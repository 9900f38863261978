import type { Column } from './file.js';

/**
 * A set of distinct strings with integer ids (their positions in the list it was built from),
 * kept as three typed arrays: the UTF-16 code units of every string end to end, where each
 * starts, and an open-addressing hash table of ids. Looking a word up hashes it once and
 * compares code units; nothing is parsed when it is loaded, and it can live in shared memory.
 */
export interface StringIndex {
  /** Number of strings; ids run from 0 to size − 1. */
  readonly size: number;
  /** Every string's UTF-16 code units, in id order. */
  readonly chars: Uint16Array;
  /** `starts[id]` to `starts[id + 1]`: the code units of string `id` in `chars`. */
  readonly starts: Uint32Array;
  /** Hash slots (a power of two, at most half full): id + 1, or 0 for an empty slot. */
  readonly slots: Int32Array;
}

/** FNV-1a over UTF-16 code units. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function hashAt(chars: Uint16Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ chars[i]!, 0x01000193);
  return h >>> 0;
}

/** Index `strings` (distinct; id = position). Throws a `TypeError` on a repeated string. */
export function indexStrings(strings: readonly string[]): StringIndex {
  let units = 0;
  for (const s of strings) units += s.length;
  const chars = new Uint16Array(units);
  const starts = new Uint32Array(strings.length + 1);
  let at = 0;
  strings.forEach((s, id) => {
    starts[id] = at;
    for (let i = 0; i < s.length; i++) chars[at++] = s.charCodeAt(i);
  });
  starts[strings.length] = at;
  let capacity = 8;
  while (capacity < strings.length * 2) capacity *= 2;
  const index: StringIndex = { size: strings.length, chars, starts, slots: new Int32Array(capacity) };
  const mask = capacity - 1;
  for (let id = 0; id < strings.length; id++) {
    let slot = hashAt(chars, starts[id]!, starts[id + 1]!) & mask;
    while (index.slots[slot] !== 0) {
      if (equalAt(index, index.slots[slot]! - 1, strings[id]!)) throw new TypeError(`@sejajar/tables: ${JSON.stringify(strings[id])} is listed twice`);
      slot = (slot + 1) & mask;
    }
    index.slots[slot] = id + 1;
  }
  return index;
}

function equalAt(index: StringIndex, id: number, text: string): boolean {
  const start = index.starts[id]!;
  if (index.starts[id + 1]! - start !== text.length) return false;
  const { chars } = index;
  for (let i = 0; i < text.length; i++) if (chars[start + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** The id of `text`, or -1 when it is not in the index. */
export function stringId(index: StringIndex, text: string): number {
  const mask = index.slots.length - 1;
  for (let slot = hash(text) & mask; ; slot = (slot + 1) & mask) {
    const entry = index.slots[slot]!;
    if (entry === 0) return -1;
    if (equalAt(index, entry - 1, text)) return entry - 1;
  }
}

const decoder = new TextDecoder('utf-16le');

/** The string with id `id` (a new string on each call: cache it where it is asked for often). */
export function stringAt(index: StringIndex, id: number): string {
  if (!(id >= 0 && id < index.size)) throw new RangeError(`@sejajar/tables: no string ${id} (of ${index.size})`);
  const units = index.chars.subarray(index.starts[id]!, index.starts[id + 1]!);
  // Short strings (words) are faster built directly than decoded.
  return units.length < 32 ? String.fromCharCode(...units) : decoder.decode(units);
}

/** The index's columns for {@link packTables}, named `<prefix>.chars`, `.starts` and `.slots`. */
export function stringIndexColumns(index: StringIndex, prefix: string): Record<string, Column> {
  return { [`${prefix}.chars`]: index.chars, [`${prefix}.starts`]: index.starts, [`${prefix}.slots`]: index.slots };
}

/** The index stored under `prefix` by {@link stringIndexColumns}. Throws a `TypeError` when a column is missing. */
export function stringIndexFrom(columns: Readonly<Record<string, Column>>, prefix: string): StringIndex {
  const chars = columns[`${prefix}.chars`];
  const starts = columns[`${prefix}.starts`];
  const slots = columns[`${prefix}.slots`];
  if (!(chars instanceof Uint16Array && starts instanceof Uint32Array && slots instanceof Int32Array)) {
    throw new TypeError(`@sejajar/tables: no string index "${prefix}" in these tables`);
  }
  return { size: starts.length - 1, chars, starts, slots };
}
