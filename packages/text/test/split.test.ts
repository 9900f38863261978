import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeText, splitSentences } from '../src/index.js';
import { expectSplitInvariants } from './invariants.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures');
const update = process.env.UPDATE_FIXTURES === '1';

describe('fixtures (UPDATE_FIXTURES=1 rewrites expected.json)', () => {
  for (const name of readdirSync(fixtures).sort()) {
    test(name, () => {
      const text = decodeText(readFileSync(join(fixtures, name, 'input.txt')), name);
      const sentences = splitSentences(text);
      expectSplitInvariants(text, sentences);
      const expectedPath = join(fixtures, name, 'expected.json');
      const actual = sentences.map((s) => s.text);
      if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});

describe('boundaries', () => {
  const texts = (input: string, language?: string) => splitSentences(input, { language }).map((s) => s.text);

  test('a headline without final punctuation is its own sentence', () => {
    expect(texts('Troops arrive in Russia\nSouth Korea summoned the envoy.')).toEqual(['Troops arrive in Russia', 'South Korea summoned the envoy.']);
  });

  test('no split after titles, initials, abbreviations before numbers', () => {
    expect(texts('Gen. Kim met Edith M. Lederer on Oct. 21 at No. 5 in the U.S. capital.')).toHaveLength(1);
    expect(texts('Bpk. Ahmad tinggal di Jl. Sudirman No. 5 sejak tgl. 5 Mei.', 'id')).toHaveLength(1);
  });

  test('a sentence may end in an abbreviation', () => {
    expect(texts('He lives in the U.S. The rest stayed home.')).toHaveLength(2);
    expect(texts('Mereka membawa buku, pena, dll. Kemudian mereka pergi.', 'id')).toHaveLength(2);
  });

  test('a quote that closes after the full stop stays with its sentence', () => {
    expect(texts('He called it “reckless.” Then he left.')).toEqual(['He called it “reckless.”', 'Then he left.']);
  });

  test('offsets are UTF-16 indices, astral characters included', () => {
    const text = '😀 First. 😀 Second.';
    const [first, second] = splitSentences(text);
    expect(first).toMatchObject({ start: 0, end: 9 });
    expect(second).toMatchObject({ start: 10, end: text.length });
  });

  test('empty and white-space-only text has no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \r\n\t ')).toEqual([]);
  });
});

describe('gold boundaries of seeds 000 and 001', () => {
  const shared = join(here, '../../../../shared');
  const goldPath = join(shared, 'gold/000-001.alignment.json');
  const run = existsSync(goldPath) ? test : test.skip;
  interface GoldSpan {
    start: number;
    end: number;
    text: string;
  }
  interface Gold {
    source_file: string;
    target_file: string;
    links: { source: GoldSpan[]; target: GoldSpan[] }[];
  }

  run('our split reproduces the gold sentence spans exactly', () => {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
    for (const side of ['source', 'target'] as const) {
      const file = side === 'source' ? gold.source_file : gold.target_file;
      const text = decodeText(readFileSync(join(shared, file)), file);
      const expected = gold.links
        .flatMap((link) => link[side])
        .sort((a, b) => a.start - b.start)
        .map((s) => ({ start: s.start, end: s.end, text: s.text }));
      const actual = splitSentences(text).map((s) => ({ start: s.start, end: s.end, text: s.text }));
      expect(actual).toEqual(expected);
    }
  });
});

describe('scale', () => {
  test('a 20 MB input splits in one linear pass', () => {
    const paragraph =
      'Dr. Kim said on Oct. 21 that about 1,500 soldiers arrived. “They are ready,” he said. ' +
      'Sekitar 1.500 tentara tiba di Rusia, kata Bpk. Ahmad… lalu pergi!\n';
    const copies = Math.ceil(20e6 / paragraph.length);
    const text = paragraph.repeat(copies);
    const started = performance.now();
    const sentences = splitSentences(text);
    const seconds = (performance.now() - started) / 1000;
    expect(sentences).toHaveLength(copies * 3);
    expectSplitInvariants(text.slice(0, paragraph.length * 50), sentences.slice(0, 150));
    // Generous: a quadratic pass would take hours; the benchmark reports the real speed.
    expect(seconds).toBeLessThan(60);
  });
});
