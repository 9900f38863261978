import { expect, test } from '@jest/globals';
import { packTables } from '@sejajar/tables';
import { SejajarError } from '@sejajar/text';
import { detectGarble, garbleTables, languageModel, languageModelTables, useGarbleTables, useLanguageModelTables } from '../src/index.js';

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

test('languageModelTables gives lm.bin in shared memory, and useLanguageModelTables adopts such bytes', () => {
  const bytes = languageModelTables();
  if (bytes === undefined) throw new Error('data/lm.bin is not built: run `pnpm build`');
  expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
  expect(languageModelTables()).toBe(bytes);
  const before = languageModel()!.logProb(['the', "country's", 'economy']);
  // As a worker thread would: the same bytes, another view on them.
  useLanguageModelTables(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  expect(languageModelTables()).not.toBe(bytes);
  expect(languageModel()!.logProb(['the', "country's", 'economy'])).toBe(before);
});

test('useLanguageModelTables refuses bytes that are not language-model tables, and keeps the model in use', () => {
  const inUse = languageModelTables();
  expect(() => useLanguageModelTables(new Uint8Array(16))).toThrow(SejajarError);
  expect(() => useLanguageModelTables(garbleTables())).toThrow(SejajarError);
  expect(() => useLanguageModelTables('lm.bin' as unknown as Uint8Array)).toThrow(TypeError);
  expect(languageModelTables()).toBe(inUse);
});
