import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import * as tables from '../src/index.js';
import { indexStrings, packTables, readSharedFile, searchSorted, stringAt, stringId, stringIndexColumns, stringIndexFrom, unpackTables } from '../src/index.js';

test('the public API changes only on purpose', () => {
  expect(Object.keys(tables).sort()).toEqual([
    'indexStrings',
    'packTables',
    'readSharedFile',
    'searchSorted',
    'stringAt',
    'stringId',
    'stringIndexColumns',
    'stringIndexFrom',
    'unpackTables',
  ]);
});

test('columns and metadata round-trip, as views on the same bytes', () => {
  const columns = {
    bytes: Int8Array.of(-128, 0, 127),
    words: Uint16Array.of(1, 65535),
    ids: Int32Array.of(-1, 2 ** 31 - 1),
    scores: Float32Array.of(-1.5, Math.fround(0.1)),
    keys: Float64Array.of(2 ** 53 - 1, -0.25),
    empty: new Uint32Array(0),
  };
  const bytes = packTables({ version: 3, note: 'é ✓' }, columns);
  const read = unpackTables<{ version: number; note: string }>(bytes);
  expect(read.meta).toEqual({ version: 3, note: 'é ✓' });
  for (const [name, column] of Object.entries(columns)) {
    expect(read.columns[name]).toBeInstanceOf(column.constructor);
    expect(Array.from(read.columns[name]!)).toEqual(Array.from(column));
    expect(read.columns[name]!.byteOffset % 8).toBe(0);
  }
  expect(read.columns.keys!.buffer).toBe(bytes.buffer);
});

test('bytes that do not start 8-byte aligned are copied once, and still read', () => {
  const bytes = packTables(null, { values: Float64Array.of(1, 2, 3) });
  const shifted = new Uint8Array(bytes.length + 3);
  shifted.set(bytes, 3);
  expect(Array.from(unpackTables(shifted.subarray(3)).columns.values!)).toEqual([1, 2, 3]);
});

test('columns of a file in a SharedArrayBuffer are shared, not copied', () => {
  const bytes = packTables({}, { values: Uint32Array.of(7, 8) });
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  const values = unpackTables(shared).columns.values!;
  expect(values.buffer).toBe(shared.buffer);
});

test('what is not a table file is refused with a clear error', () => {
  expect(() => unpackTables(new Uint8Array(4))).toThrow('too short');
  expect(() => unpackTables(new TextEncoder().encode('{"json": "not tables"}'))).toThrow('no SJTB magic');
  const bytes = packTables({}, { values: new Float64Array(10) });
  expect(() => unpackTables(bytes.subarray(0, bytes.length - 8))).toThrow('truncated');
  const future = bytes.slice();
  new DataView(future.buffer).setUint32(4, 99, true);
  expect(() => unpackTables(future)).toThrow('version 99');
  expect(() => packTables({}, { list: [1, 2] as unknown as Uint8Array })).toThrow('typed array');
});

test('a string index finds every string it holds and nothing else', () => {
  const words = ['the', 'The', '', 'kerana', 'ß', 'naïve', '😀 emoji', 'a'.repeat(100)];
  for (let i = 0; i < 5000; i++) words.push(`w${i}`);
  const index = indexStrings(words);
  words.forEach((word, id) => {
    expect(stringId(index, word)).toBe(id);
    expect(stringAt(index, id)).toBe(word);
  });
  for (const absent of ['THE', 'w5000', 'w-1', 'naive', ' the', 'a'.repeat(99)]) expect(stringId(index, absent)).toBe(-1);
  expect(() => stringAt(index, words.length)).toThrow(RangeError);
  expect(() => indexStrings(['a', 'b', 'a'])).toThrow('listed twice');
});

test('an empty string index answers -1', () => {
  const index = indexStrings([]);
  expect(index.size).toBe(0);
  expect(stringId(index, 'x')).toBe(-1);
});

test('a string index survives packing', () => {
  const index = indexStrings(['satu', 'dua', 'tiga']);
  const read = stringIndexFrom(unpackTables(packTables({}, stringIndexColumns(index, 'words'))).columns, 'words');
  expect(stringId(read, 'dua')).toBe(1);
  expect(stringAt(read, 2)).toBe('tiga');
  expect(() => stringIndexFrom({}, 'words')).toThrow('no string index "words"');
});

test('searchSorted finds keys, also past 32 bits, and misses cleanly', () => {
  const keys = Float64Array.of(-5, 0, 3, 2 ** 40, 2 ** 40 + 1);
  keys.forEach((key, i) => expect(searchSorted(keys, key)).toBe(i));
  for (const missing of [-6, 1, 2 ** 40 - 1, 2 ** 41]) expect(searchSorted(keys, missing)).toBe(-1);
  expect(searchSorted(new Int32Array(0), 1)).toBe(-1);
});

test('readSharedFile reads a whole file into shared memory, and passes the file system error on', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sejajar-tables-'));
  const path = join(folder, 't.bin');
  writeFileSync(path, packTables({ n: 1 }, { values: Uint16Array.of(3, 4) }));
  const bytes = readSharedFile(path);
  expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
  expect(Array.from(unpackTables(bytes).columns.values!)).toEqual([3, 4]);
  expect(() => readSharedFile(join(folder, 'missing.bin'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  rmSync(folder, { recursive: true, force: true });
});
