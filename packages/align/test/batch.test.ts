import { describe, expect, test } from '@jest/globals';
import {
  alignBatch,
  alignFirstPass,
  alignSentences,
  learnFromLinks,
  learnLexiconFrom,
  lineSentences,
  sampleTrainingLinks,
  type TrainingLink,
} from '../src/index.js';
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

const range = (first: number, count: number): number[] => Array.from({ length: count }, (_, k) => first + k);

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

describe('the steps of learning across pairs', () => {
  const docs = documents(4, 12).map((d) => ({ source: lineSentences(d.source), target: lineSentences(d.target) }));

  test('alignFirstPass aligns as alignSentences does, and its confident links have both sides', () => {
    for (const d of docs) {
      const first = alignFirstPass(d.source, d.target);
      expect(first.alignment.links).toEqual(alignSentences(d.source, d.target).links);
      expect(first.confident.length).toBeGreaterThan(0);
      for (const [s0, a, t0, b] of first.confident) {
        expect(a).toBeGreaterThan(0);
        expect(b).toBeGreaterThan(0);
        expect(first.alignment.links).toContainEqual(expect.objectContaining({ source: range(s0, a), target: range(t0, b) }));
      }
    }
    expect(alignFirstPass('', 'Nothing here.').confident).toEqual([]);
  });

  test('sampleTrainingLinks keeps everything up to the cap, then every k-th link counted across the pairs', () => {
    const links = (n: number, tag: number): TrainingLink[] => Array.from({ length: n }, (_, k) => [k, 1, tag, 1] as const);
    expect(sampleTrainingLinks([links(3, 0), links(2, 1)])).toEqual([links(3, 0), links(2, 1)]);
    // 12 001 links: every third is kept, the count running on from one pair into the next.
    const sampled = sampleTrainingLinks([links(4000, 0), links(4001, 1), links(4000, 2)]);
    expect(sampled.map((l) => l.length)).toEqual([1334, 1333, 1334]);
    expect(sampled[1]![0]).toEqual([2, 1, 1, 1]);
    expect(sampleTrainingLinks([])).toEqual([]);
  });

  test('learnFromLinks depends on the linked sentences alone, wherever the pairs came from', () => {
    const withLinks = docs.map((d) => ({ ...d, links: alignFirstPass(d.source, d.target).confident }));
    const learned = learnFromLinks(withLinks);
    expect(learned).toEqual(learnLexiconFrom(docs));
    // The same links with unlinked sentences around them, and the pairs cut differently: the same lexicon.
    const padded = withLinks.map((d) => {
      const pad = lineSentences('zzqx wwkq .\nqqzx .\n' + d.source.map((s) => s.text).join('\n'));
      const target = lineSentences('xxkq .\n' + d.target.map((s) => s.text).join('\n'));
      return { source: pad, target, links: d.links.map(([s0, a, t0, b]) => [s0 + 2, a, t0 + 1, b] as const) };
    });
    expect(learnFromLinks(padded)).toEqual(learned);
    expect(learnFromLinks([...withLinks.slice(0, 2), { source: [], target: [], links: [] }, ...withLinks.slice(2)])).toEqual(learned);
  });

  test('learnFromLinks refuses a link outside its pair', () => {
    expect(() => learnFromLinks([{ source: 'One. Two.', target: 'Un. Deux.', links: [[1, 2, 0, 1]] }])).toThrow(RangeError);
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
