import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { hasBuiltinLexicon, lineSentences, parseDictionary } from '../src/index.js';
import { builtinIndonesianEnglish } from '../src/dictionary.js';
import { lookupKeys, numberKey } from '../src/normalize.js';
import { matchTypes, prepareSide } from '../src/evidence.js';

describe('parseDictionary', () => {
  test('reads hunalign lines (target @ source) and TSV lines (source, target), folding case and accents', () => {
    const dictionary = parseDictionary('# comment\nsoldier @ tentara\n\ntroops @ Tentara\nÉcole\tschool\n');
    expect(dictionary.get('tentara')).toEqual(['soldier', 'troops']);
    expect(dictionary.get('ecole')).toEqual(['school']);
  });

  test('a malformed line is a BAD_INPUT error naming the file and line number', () => {
    expect(() => parseDictionary('a @ b\nnothing\n', { name: 'my.dict' })).toThrow(/my\.dict:2: malformed dictionary line/);
    expect(() => parseDictionary('a\tb\n', { format: 'hunalign' })).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(() => parseDictionary(' @ b\n')).toThrow(/:1:/);
  });
});

describe('the built-in lexicon', () => {
  test('serves Indonesian or Malay with English, either way round, by primary subtag', () => {
    expect(hasBuiltinLexicon('id', 'en')).toBe(true);
    expect(hasBuiltinLexicon('en', 'id')).toBe(true);
    expect(hasBuiltinLexicon('ms', 'en')).toBe(true);
    expect(hasBuiltinLexicon('en-GB', 'ms-MY')).toBe(true);
    expect(hasBuiltinLexicon('ID', 'EN')).toBe(true);
    expect(hasBuiltinLexicon('id', 'ms')).toBe(false);
    expect(hasBuiltinLexicon('en', 'en')).toBe(false);
    expect(hasBuiltinLexicon('de', 'fr')).toBe(false);
    expect(hasBuiltinLexicon('id', undefined)).toBe(false);
    expect(hasBuiltinLexicon(undefined, undefined)).toBe(false);
  });

  test('is lexicon/id-en.tsv read as a dictionary: every line a word pair, a few thousand of them', () => {
    const text = readFileSync(new URL('../lexicon/id-en.tsv', import.meta.url), 'utf8');
    const pairs = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(pairs.every((line) => /^[a-z0-9][a-z0-9 -]*\t[a-z0-9][a-z0-9 -]*$/.test(line))).toBe(true);
    const lexicon = builtinIndonesianEnglish();
    expect(lexicon.size).toBeGreaterThan(1800);
    expect([...lexicon.values()].reduce((sum, targets) => sum + targets.length, 0)).toBe(new Set(pairs).size);
    expect(lexicon.get('tentara')).toContain('soldier');
    expect(builtinIndonesianEnglish()).toBe(lexicon);
  });
});

describe('evidence', () => {
  test('numbers are normalised across notations', () => {
    expect(numberKey('1.500')).toBe(numberKey('1,500'));
    expect(numberKey('3,5')).toBe(numberKey('3.5'));
    expect(numberKey('1.500')).not.toBe(numberKey('1.5'));
    expect(numberKey('Oktober')).toBeUndefined();
  });

  test('Indonesian affixes come off for lookup; English is stemmed', () => {
    expect(lookupKeys('mengirimkan', 'id')).toContain('kirim');
    expect(lookupKeys('pasukannya', 'id')).toContain('pasukan');
    expect(lookupKeys('soldiers', 'en')).toContain('soldier');
  });

  test('names and cognates match by edit distance; months across languages', () => {
    const source = prepareSide(lineSentences('Zinovyev di Moskow, Rusia, 21 Oktober\n'), 'id');
    const target = prepareSide(lineSentences('Zinoviev in Moscow, Russia, 21 Oct\n'), 'en');
    const matches = matchTypes(source, target, { dictionaries: [], cognates: true });
    const matched = (key: string): string[] => [...matches[source.vocabulary.get(key)!]!].map((t) => target.keys[t]!);
    expect(matched('zinovyev')).toEqual(['zinoviev']);
    expect(matched('moskow')).toEqual(['moscow']);
    expect(matched('rusia')).toEqual(['russia']);
    expect(matched('@m10')).toEqual(['@m10']);
    expect(matched('#21')).toEqual(['#21']);
    expect(matched('di')).toEqual([]);
  });
});
