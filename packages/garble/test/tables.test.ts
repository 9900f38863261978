import { expect, test } from '@jest/globals';
import { packTables } from '@sejajar/tables';
import { SejajarError } from '@sejajar/text';
import { detectGarble, garbleTables, useGarbleTables } from '../src/index.js';

test('garbleTables gives the data file in shared memory, and useGarbleTables adopts such bytes', () => {
  const bytes = garbleTables();
  expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
  expect(garbleTables()).toBe(bytes);
  const text = 'She works for the Related Press in Seoul.';
  const before = detectGarble(text, { language: 'en', minConfidence: 0 });
  // As a worker thread would: the same bytes, another view on them.
  useGarbleTables(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  expect(detectGarble(text, { language: 'en', minConfidence: 0 })).toEqual(before);
});

test('useGarbleTables refuses bytes that are not garble tables, and keeps the data in use', () => {
  const inUse = garbleTables();
  expect(() => useGarbleTables(new Uint8Array(16))).toThrow(SejajarError);
  expect(() => useGarbleTables(packTables({ format: 'sejajar-langid', version: 2 }, {}))).toThrow(/sejajar-langid tables version 2/);
  expect(() => useGarbleTables('garble.bin' as unknown as Uint8Array)).toThrow(TypeError);
  expect(garbleTables()).toBe(inUse);
});
