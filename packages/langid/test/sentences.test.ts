import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectDocument, detectSentences } from '../src/index.js';
import { ENGLISH_NEWS, INDONESIAN, MALAY } from './fixtures.js';

const corpus = fileURLToPath(new URL('../../../examples/corpus/', import.meta.url));
const seeds = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('detectSentences', () => {
  test('labels every sentence with offsets into the text', () => {
    const text = `${INDONESIAN[0]} ${ENGLISH_NEWS[0]}\n\n${MALAY[1]}`;
    const sentences = detectSentences(text);
    expect(sentences.map((s) => s.language)).toEqual(['id', 'en', 'ms']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('a weak, isolated sentence takes its neighbours’ language', () => {
    const text = `${ENGLISH_NEWS[0]} ${ENGLISH_NEWS[1]} Britain’s U.N. ${ENGLISH_NEWS[3]}`;
    const sentences = detectSentences(text);
    expect(sentences.every((s) => s.language === 'en')).toBe(true);
    expect(sentences.some((s) => s.smoothed)).toBe(true);
  });

  test('a confident sentence in another language keeps its own', () => {
    const text = `${ENGLISH_NEWS[0]} ${INDONESIAN[1]} ${ENGLISH_NEWS[2]}`;
    expect(detectSentences(text).map((s) => s.language)).toEqual(['en', 'id', 'en']);
  });

  test('sentences with no letters are und and are not smoothed', () => {
    const sentences = detectSentences(`${ENGLISH_NEWS[0]}\n\n2024.\n\n${ENGLISH_NEWS[1]}`);
    expect(sentences.map((s) => s.language)).toEqual(['en', 'und', 'en']);
  });

  test('every sentence of seed 000 is Indonesian; of 001–004, English (or und if it has no letters)', () => {
    for (const name of seeds) {
      const text = readFileSync(join(corpus, name), 'utf8');
      const expected = name.startsWith('000') ? 'id' : 'en';
      for (const s of detectSentences(text)) {
        if (!/\p{L}/u.test(s.text)) expect(s.language).toBe('und');
        else expect({ text: s.text, language: s.language }).toEqual({ text: s.text, language: expected });
      }
    }
  });
});

describe('detectDocument', () => {
  test('each seed article has the language of its sentences', () => {
    for (const name of seeds) {
      const d = detectDocument(readFileSync(join(corpus, name), 'utf8'));
      expect(d.language).toBe(name.startsWith('000') ? 'id' : 'en');
      expect(d.confidence).toBeGreaterThan(0.8);
    }
  });

  test('sentences weigh by length', () => {
    const long = `${INDONESIAN[0]} ${INDONESIAN[1]} ${INDONESIAN[4]}`;
    const d = detectDocument(`${long} ${ENGLISH_NEWS[5]}`);
    expect(d.language).toBe('id');
    expect(d.candidates.map((c) => c.language)).toContain('en');
    expect(d.sentences).toHaveLength(4);
  });

  test('a text without letters is und', () => {
    expect(detectDocument('1 2 3 ...').language).toBe('und');
    expect(detectDocument('').sentences).toEqual([]);
  });
});
