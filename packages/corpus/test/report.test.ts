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

  test('is one self-contained page: one inline script, no external resources', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script>']);
    expect(html).not.toMatch(/<link |src=|https?:\/\/|fetch\(|XMLHttpRequest|import\(/);
  });

  test('has a sortable, filterable table of pairs with links to the files', () => {
    expect(html).toContain('<table class="pairs" id="pairs">');
    expect(html).toMatch(/<th data-type="number">pair score<\/th>/);
    for (const id of ['f-language', 'f-below', 'f-spun', 'f-search']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('<option>id-en</option>');
    const row = html.match(/<tr data-languages="id-en"[\s\S]*?<\/tr>/)?.[0] ?? '';
    expect(row).toContain('data-score="0.8" data-spun="0"');
    expect(row).toContain('<a href="a.txt">a.txt</a>');
    expect(row).toContain('<a href="alignments/0000.jsonl">jsonl</a>');
    // One of three links has no counterpart; 1-0 1, 1-1 2 named, empty types left out.
    expect(row).toContain('>33%</td>');
    expect(row).toContain('<td>1-1 2, 1-0 1</td>');
  });

  test('the table names files below the folder they share; the links keep the whole path', () => {
    const render = (files: [string, string]) =>
      renderReport({
        title: 't',
        documents: files.map((f) => doc(f, 'en')),
        pairs: [{ record: { ...record, source: files[0], target: files[1] }, links: [] }],
        texts: new Map(),
      });
    const shared = render(['corpus/batch01/a.txt', 'corpus/batch02/b.txt']);
    expect(shared).toContain('<a href="corpus/batch01/a.txt">batch01/a.txt</a>');
    expect(shared).toContain('files below corpus/');
    // No folder shared, or only the root: nothing is cut (and nothing loops).
    expect(render(['/abs/a.txt', 'rel/b.txt'])).toContain('<a href="rel/b.txt">rel/b.txt</a>');
    expect(render(['/a.txt', 'b.txt'])).toContain('<a href="b.txt">b.txt</a>');
    expect(render(['/x/a.txt', '/y/b.txt'])).toContain('<a href="/y/b.txt">y/b.txt</a>');
  });

  test('a histogram counts two-sided link scores in tenths', () => {
    expect(html).toContain('<svg class="histogram"');
    expect(html).toContain('<title>0.9–1.0: 1 links</title>');
    expect(html).toContain('<title>0.7–0.8: 1 links</title>');
    expect(html).toContain('Scores of 2 two-sided sentence links, in tenths; 1 sentences have no counterpart.');
  });

  test('a lone pair is drawn open; with more, each waits in a template until opened', () => {
    expect(html).toMatch(/<details class="pair" id="pair-0" open>/);
    const two = renderReport({
      title: 't',
      documents: [doc('a.txt', 'id'), doc('b.txt', 'en')],
      pairs: [
        { record, links: [{ source: [1], target: [0], score: 0.9 }] },
        { record: { ...record, score: 0.1, alignment: 'alignments/0001.jsonl' }, links: [{ source: [1], target: [0], score: 0.5 }] },
      ],
      texts: new Map([
        ['a.txt', { text: source, sentences: splitSentences(source), spans: [] }],
        ['b.txt', { text: target, sentences: splitSentences(target), spans: [] }],
      ]),
      maxPairs: 1,
    });
    expect(two.match(/<details class="pair" id="pair-\d+">\n?[\s\S]*?<template><table class="alignment">/g)).toHaveLength(1);
    expect(two).not.toContain('id="pair-1"');
    expect(two).toContain('<a href="#pair-0">1</a>');
    expect(two).toContain('1 more pairs are in the table');
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

describe('renderReport escapes what users control', () => {
  const evil = 'x</script><img src=x onerror=alert(1)>';
  const name = `${evil}.txt`;
  const text = `Judul ${evil}. Kalimat kedua "kutip" & 'apostrof'.`;
  const record: PairRecord = {
    source: name,
    target: 'b #1?.txt',
    sourceLanguage: 'id',
    targetLanguage: 'en',
    languageNote: `note ${evil}`,
    score: 0.5,
    alignment: 'alignments/0000.jsonl',
    linkTypes: { '1-1': 2 },
    spun: 'target',
    error: `error ${evil}`,
  };
  const texts = new Map([
    [name, { text, sentences: splitSentences(text), spans: [{ start: 6, end: 9, suggestion: evil, reason: evil }] }],
    ['b #1?.txt', { text, sentences: splitSentences(text), spans: [] }],
  ]);
  const pairs = [{ record, links: [{ source: [0], target: [0], score: 0.9 }] }];
  const documents = [doc(name, 'id', { error: evil, nearCopies: [evil] }), doc('b #1?.txt', 'en', { verdict: 'spun' })];
  const html = renderReport({ title: evil, documents, pairs: [...pairs, ...pairs], texts });

  test('no tag of theirs survives, in text, names, notes, errors, tips or attributes', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('onerror=alert(1)>');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain('x&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain(`data-search="${'x&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;.txt'}`);
  });

  test('templates hold escaped text too, and file links are percent-encoded', () => {
    const template = html.match(/<template>[\s\S]*?<\/template>/)?.[0] ?? '';
    expect(template).toContain('&lt;/script&gt;');
    expect(template).not.toMatch(/<img|<\/script/);
    expect(html).toContain('<a href="b%20%231%3F.txt">b #1?.txt</a>');
    expect(html).toContain(`<a href="x%3C/script%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.txt">`);
  });
});
