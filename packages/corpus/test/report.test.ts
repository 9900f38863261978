import { describe, expect, test } from '@jest/globals';
import { splitSentences } from '@sejajar/text';
import { renderReport } from '../src/report.js';
import type { DocumentRecord, PairRecord } from '../src/types.js';

const doc = (file: string, language: string, extra: Partial<DocumentRecord> = {}): DocumentRecord => ({
  file,
  language,
  confidence: 0.9,
  sentences: 2,
  verdict: language === 'en' ? 'clean' : 'unsupported',
  garbleScore: 0,
  story: null,
  nearCopies: [],
  ...extra,
});

describe('renderReport', () => {
  const source = 'Judul berita\nTentara tiba di Rusia. Mereka <siap>.';
  const target = 'Troops arrive in Russia. They are "ready" & waiting.';
  const spun = 'The navy cooperation deepened. Officials mentioned it.';
  const record: PairRecord = {
    source: 'a.txt',
    target: 'b.txt',
    sourceLanguage: 'id',
    targetLanguage: 'en',
    score: 0.8,
    alignment: 'alignments/0000.jsonl',
    linkTypes: { '0-1': 0, '1-0': 1, '1-1': 2 },
    spun: null,
  };
  const html = renderReport({
    title: 'Seed corpus',
    documents: [doc('a.txt', 'id'), doc('b.txt', 'en'), doc('c.txt', 'en', { verdict: 'spun', garbleScore: 0.9 })],
    pairs: [
      {
        record,
        links: [
          { source: [0], target: [], score: 1 },
          { source: [1], target: [0], score: 0.9 },
          { source: [2], target: [1], score: 0.7 },
        ],
      },
    ],
    texts: new Map([
      ['a.txt', { text: source, sentences: splitSentences(source), spans: [] }],
      ['b.txt', { text: target, sentences: splitSentences(target), spans: [] }],
      ['c.txt', { text: spun, sentences: splitSentences(spun), spans: [{ start: 4, end: 8, suggestion: 'military', reason: 'sense misfit' }] }],
    ]),
  });

  test('is one self-contained page: no scripts, no external resources', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link |src=|https?:\/\//);
  });

  test('escapes the texts it shows', () => {
    expect(html).toContain('Mereka &lt;siap&gt;.');
    expect(html).toContain('They are &quot;ready&quot; &amp; waiting.');
  });

  test('shows links side by side, unaligned sentences marked', () => {
    expect(html.match(/<tr class="link unaligned"/g)).toHaveLength(1);
    expect(html.match(/<tr class="link"/g)).toHaveLength(2);
    expect(html).toContain('no counterpart');
  });

  test('highlights garbled spans with their suggestion', () => {
    expect(html).toContain('<mark class="garble" title="likely original: military" data-tip="likely original: military">navy</mark>');
  });

  test('summarises languages, pairs, link types and spun documents', () => {
    expect(html).toMatch(/<th>languages<\/th><td>en 2, id 1<\/td>/);
    expect(html).toMatch(/<th>spun documents<\/th><td>c\.txt<\/td>/);
    expect(html).toMatch(/<th>sentence links<\/th><td>1-1 2, 1-0 1, 0-1 0<\/td>/);
  });
});
