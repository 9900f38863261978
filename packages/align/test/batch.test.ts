import { describe, expect, test } from '@jest/globals';
import { alignBatch, alignSentences, learnLexiconFrom, lineSentences } from '../src/index.js';
import { expectComplete } from './invariants.js';

// Two made-up languages with a word-for-word translation and nothing else in common (no shared
// letters at word starts, so no cognates): only what the documents teach can link them.
const syllables = (first: string, count: number, k: number): string =>
  Array.from({ length: count }, (_, i) => `${first[(k + i) % first.length]}${'aeiou'[(k * 7 + i * 3) % 5]}`).join('') + 'r';
const sourceWords = Array.from({ length: 40 }, (_, k) => syllables('bdgv', 3, k) + String.fromCharCode(97 + (k % 26)));
const targetWords = Array.from({ length: 40 }, (_, k) => syllables('kptz', 3, k) + String.fromCharCode(97 + ((k * 5) % 26)));

function documents(count: number, size: number): { source: string; target: string }[] {
  let state = 7;
  const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => {
    const lines = Array.from({ length: size }, () => Array.from({ length: 3 + Math.floor(random() * 6) }, () => Math.floor(random() * 40)));
    return {
      source: lines.map((l) => l.map((w) => sourceWords[w]).join(' ') + ' .').join('\n'),
      target: lines.map((l) => l.map((w) => targetWords[w]).join(' ') + ' .').join('\n'),
    };
  });
}

describe('learnLexiconFrom', () => {
  test('learns word pairs from the confident links of all the pairs, and only true ones', () => {
    // Too short to learn from one at a time (alignSentences learns from 20 confident links or more).
    const docs = documents(4, 12).map((d) => ({ source: lineSentences(d.source), target: lineSentences(d.target) }));
    const lexicon = learnLexiconFrom(docs);
    expect(lexicon.size).toBeGreaterThanOrEqual(10);
    for (const [word, translations] of lexicon) expect(translations).toContain(targetWords[sourceWords.indexOf(word)]);
  });

  test('returns an empty lexicon when nothing can be learned', () => {
    expect(learnLexiconFrom([]).size).toBe(0);
    expect(learnLexiconFrom([{ source: '', target: 'Nothing here.' }]).size).toBe(0);
  });
});

describe('alignBatch', () => {
  test('without a shared lexicon, each pair is aligned as alignSentences aligns it', () => {
    const docs = documents(3, 12).map((d) => ({ source: lineSentences(d.source), target: lineSentences(d.target) }));
    const batch = alignBatch(docs, { sharedLexicon: false });
    docs.forEach((d, k) => expect(batch[k]!.links).toEqual(alignSentences(d.source, d.target).links));
  });

  test('with it, every sentence is still in exactly one link, and pairs of other languages are aligned apart', () => {
    const docs = documents(3, 20).map((d) => ({ source: lineSentences(d.source), target: lineSentences(d.target) }));
    const other = { source: 'Harga naik 3,5 persen. Hujan turun.', target: 'Prices rose 3.5 percent. Rain fell.', sourceLanguage: 'id', targetLanguage: 'en' };
    const batch = alignBatch([...docs, other]);
    expect(batch).toHaveLength(4);
    batch.forEach(expectComplete);
    expect(batch[3]!.links).toEqual(alignSentences(other.source, other.target, { sourceLanguage: 'id', targetLanguage: 'en' }).links);
  });
});

describe('alignSentences with a lexicon', () => {
  test('links the words the lexicon pairs, as a dictionary would', () => {
    const source = lineSentences('blorf snik wabble\ngrunt plimm\nzorp vell quan\n');
    const target = lineSentences('alpha beta gamma\ndelta epsilon\nzeta eta theta\nlonely sentence with nothing here at all\n');
    const lexicon = new Map([
      ['blorf', ['alpha']],
      ['snik', ['beta']],
      ['grunt', ['delta']],
      ['plimm', ['epsilon']],
      ['zorp', ['zeta']],
      ['vell', ['eta']],
    ]);
    const shape = alignSentences(source, target, { lexicon }).links.map((l) => `${l.source.join(',')}:${l.target.join(',')}`);
    expect(shape).toEqual(['0:0', '1:1', '2:2', ':3']);
  });
});
