import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { choosePairs, documentCandidates, fingerprintDocument, pairDocuments, relatedDocuments } from '../src/index.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../../examples/corpus');
const seeds = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.slice(0, 3), language: f.startsWith('000') ? 'id' : 'en', text: readFileSync(join(corpus, f), 'utf8') }));

describe('pairDocuments on the seed corpus', () => {
  const result = pairDocuments(seeds);

  test('the Indonesian article pairs with its English counterpart only', () => {
    expect(result.pairs.map((p) => [p.source, p.target])).toEqual([['000', '001']]);
    expect(result.pairs[0]!.score).toBeGreaterThan(0);
    expect(result.pairs[0]!.score).toBeLessThanOrEqual(1);
  });

  test('the four English reports, the spun copy included, are one story', () => {
    expect(result.stories).toEqual([['001', '002', '003', '004']]);
  });

  test('reports by different outlets are not near-copies', () => {
    expect(result.nearCopies).toEqual([]);
  });

  test('fingerprints made earlier (as JSON) give the same result', () => {
    const fingerprints = seeds.map((d) => JSON.parse(JSON.stringify(fingerprintDocument(d))));
    expect(pairDocuments(fingerprints)).toEqual(result);
  });
});

describe('distractors and copies', () => {
  const indonesian = (n: number) =>
    `Banjir melanda Kota Semarang pada 12 Maret ${2000 + n}. Sebanyak ${n * 130} rumah terendam dan Wali Kota Hendrar Prihadi meminta bantuan. ` +
    `Badan Meteorologi memperkirakan hujan lebat hingga ${n + 3} hari ke depan.`;
  const english = (n: number) =>
    `Floods hit the city of Semarang on 12 March ${2000 + n}. Some ${n * 130} houses were under water and Mayor Hendrar Prihadi asked for help. ` +
    `The meteorology agency expects heavy rain for ${n + 3} more days.`;

  test('an article without counterpart stays unpaired', () => {
    const docs = [
      { id: 'id-1', language: 'id', text: indonesian(1) },
      { id: 'en-1', language: 'en', text: english(1) },
      { id: 'id-lone', language: 'id', text: 'Tim sepak bola Persija Jakarta menang 3-1 atas Persib Bandung di Stadion Gelora Bung Karno pada Minggu malam.' },
    ];
    expect(pairDocuments(docs).pairs.map((p) => [p.source, p.target])).toEqual([['id-1', 'en-1']]);
  });

  test('a reworded copy keeping names and numbers in order is a near-copy', () => {
    const original = english(4) + ' Officials said 7,500 residents were moved to shelters in Demak and Kudus.';
    const copy = original.replace('hit', 'struck').replace('asked for', 'requested').replace('said', 'mentioned');
    const fingerprints = [
      fingerprintDocument({ id: 'a', language: 'en', text: original }),
      fingerprintDocument({ id: 'b', language: 'en', text: copy }),
      ...seeds.slice(1).map((d) => fingerprintDocument(d)),
    ];
    expect(relatedDocuments(fingerprints).nearCopies).toEqual([{ a: 'a', b: 'b', similarity: 1 }]);
  });

  test('only the languages asked for are paired, source first', () => {
    const docs = [
      { id: 'en-1', language: 'en', text: english(2) },
      { id: 'id-1', language: 'id', text: indonesian(2) },
    ];
    const fingerprints = docs.map((d) => fingerprintDocument(d));
    expect(documentCandidates(fingerprints, { sourceLanguage: 'id', targetLanguage: 'en' })[0]).toMatchObject({ source: 'id-1', target: 'en-1' });
    expect(documentCandidates(fingerprints, { sourceLanguage: 'id', targetLanguage: 'ms' })).toEqual([]);
  });

  test('choosePairs gives each document one partner per language', () => {
    const languageOf = (id: string) => id.slice(0, 2);
    const chosen = choosePairs(
      [
        { source: 'id-a', target: 'en-a', score: 0.9 },
        { source: 'id-a', target: 'en-b', score: 0.5 },
        { source: 'id-b', target: 'en-b', score: 0.6 },
      ],
      languageOf,
      { distinctScore: 1 },
    );
    expect(chosen.map((p) => p.source + '>' + p.target)).toEqual(['id-a>en-a', 'id-b>en-b']);
  });
});

describe('close languages', () => {
  // The Indonesian seed as if the detector had called it Malay, the call it is least sure of.
  const asMalay = seeds.map((d) => (d.id === '000' ? { ...d, language: 'ms' } : d));

  test('a document read as Malay is paired as Indonesian when id–en is asked for, source first', () => {
    const result = pairDocuments(asMalay, { sourceLanguage: 'id', targetLanguage: 'en' });
    expect(result.pairs.map((p) => [p.source, p.target])).toEqual([['000', '001']]);
  });

  test('asked the other way round, the direction follows the asked source', () => {
    const result = pairDocuments(asMalay, { sourceLanguage: 'en', targetLanguage: 'id' });
    expect(result.pairs.map((p) => [p.source, p.target])).toEqual([['001', '000']]);
  });

  test('asking for a language pair that is itself close (id–ms) keeps each language its own', () => {
    const result = pairDocuments(asMalay, { sourceLanguage: 'id', targetLanguage: 'ms' });
    expect(result.pairs).toEqual([]);
  });

  test('an unrelated asked pair still leaves the document out', () => {
    expect(pairDocuments(asMalay, { sourceLanguage: 'de', targetLanguage: 'en' }).pairs).toEqual([]);
  });
});
