import { describe, expect, test } from '@jest/globals';
import { lineSentences, parseDictionary } from '../src/index.js';
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
