import { describe, expect, test } from '@jest/globals';
import { random } from '../../../bench/random.mjs';
import { type DocumentFingerprint, documentCandidates, fingerprintDocument, type RetrievalStats } from '../src/index.js';

const ID_MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SYLLABLES = ['ka', 'ri', 'to', 'su', 'wa', 'nu', 'be', 'lo', 'mi', 'da', 'ge', 'pra', 'sen', 'har', 'jo', 'tam'];

/**
 * `count` Indonesian–English article pairs on one template (the shared wording makes common
 * words useless for blocking), told apart only by invented names, dates and numbers: the
 * evidence counterparts share in any corpus.
 */
function generatedCorpus(count: number, seed = 7): DocumentFingerprint[] {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const name = (): string => {
    const word = pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
    return word[0]!.toUpperCase() + word.slice(1);
  };
  const fingerprints: DocumentFingerprint[] = [];
  for (let k = 0; k < count; k++) {
    const [city, mayor, agency] = [name(), name(), name()];
    const [day, month, year] = [1 + Math.floor(rand() * 28), Math.floor(rand() * 12), 1990 + Math.floor(rand() * 35)];
    const [houses, days] = [100 + Math.floor(rand() * 9000), 2 + Math.floor(rand() * 9)];
    const id =
      `Banjir melanda Kota ${city} pada ${day} ${ID_MONTHS[month]} ${year}. Sebanyak ${houses} rumah terendam dan Wali Kota ${mayor} meminta bantuan. ` +
      `Badan ${agency} memperkirakan hujan lebat hingga ${days} hari ke depan.`;
    const en =
      `Floods hit the city of ${city} on ${day} ${EN_MONTHS[month]} ${year}. Some ${houses} houses were under water and Mayor ${mayor} asked for help. ` +
      `The ${agency} agency expects heavy rain for ${days} more days.`;
    fingerprints.push(fingerprintDocument({ id: `id-${k}`, language: 'id', text: id }), fingerprintDocument({ id: `en-${k}`, language: 'en', text: en }));
  }
  return fingerprints;
}

const counterpartOf = (id: string): string => (id.startsWith('id-') ? id.replace('id-', 'en-') : id.replace('en-', 'id-'));

/** Share of documents whose counterpart is among their candidates. */
function recall(fingerprints: readonly DocumentFingerprint[], candidates: ReturnType<typeof documentCandidates>): number {
  const found = new Set(candidates.flatMap((c) => [`${c.source}>${c.target}`, `${c.target}>${c.source}`]));
  return fingerprints.filter((f) => found.has(`${f.id}>${counterpartOf(f.id)}`)).length / fingerprints.length;
}

describe('candidate generation', () => {
  const small = generatedCorpus(150);

  test("every document's counterpart is among its candidates", () => {
    expect(recall(small, documentCandidates(small, { candidates: 4 }))).toBe(1);
  });

  test('the work per document is bounded as the corpus grows', () => {
    const perDocument: { postings: number; scored: number }[] = [];
    for (const size of [100, 1000]) {
      const fingerprints = generatedCorpus(size, size);
      let stats: RetrievalStats | undefined;
      const candidates = documentCandidates(fingerprints, { candidates: 4, retrievalBudget: 200, scoredCandidates: 8, onRetrieval: (s) => (stats = s) });
      expect(stats).toMatchObject({ step: 'counterparts', documents: 2 * size });
      perDocument.push({ postings: stats!.postings / stats!.documents, scored: stats!.scored / stats!.documents });
      // A tight budget still finds counterparts: the rarest evidence (names, numbers) is read first.
      expect(recall(fingerprints, candidates)).toBeGreaterThan(0.99);
    }
    // Ten times the documents, no more work for each than the budget and pool allow, however
    // many documents share the template's words.
    for (const { postings, scored } of perDocument) {
      expect(postings).toBeLessThanOrEqual(200);
      expect(scored).toBeLessThanOrEqual(8);
    }
  });

  test('candidates do not depend on the order of the documents', () => {
    const shuffled = [...small].sort((a, b) => (a.id.split('-')[1]!.split('').reverse().join('') < b.id.split('-')[1]!.split('').reverse().join('') ? -1 : 1));
    const options = { candidates: 4, sourceLanguage: 'id', targetLanguage: 'en', retrievalBudget: 64, scoredCandidates: 6 };
    expect(documentCandidates(shuffled, options)).toEqual(documentCandidates(small, options));
  });
});
