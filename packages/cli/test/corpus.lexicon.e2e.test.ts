// Corpus mode's shared lexicon: with it, every pair is aligned as `alignBatch` aligns the same
// pairs (the same three learning steps, run in worker threads and the coordinator); with
// --no-shared-lexicon, as `alignSentences` aligns each pair on its own, as before.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignBatch, alignSentences, type Link } from '@sejajar/align';
import { jsonLines, manyCopies, scratchFolder, sejajar } from './run-cli.js';

const { dir: scratch } = scratchFolder('lexicon');
const input = join(scratch, 'input');

interface PairLine {
  readonly source: string;
  readonly target: string;
  readonly sourceLanguage: string;
  readonly targetLanguage: string;
  readonly alignment: string;
}

/** A run's pairs, each with its texts and its links as alignments/NNNN.jsonl has them. */
function runPairs(out: string) {
  return (jsonLines(readFileSync(join(out, 'pairs.jsonl'), 'utf8')) as PairLine[]).map((p) => ({
    ...p,
    sourceText: readFileSync(p.source, 'utf8'),
    targetText: readFileSync(p.target, 'utf8'),
    links: jsonLines(readFileSync(join(out, p.alignment), 'utf8')).map((l) => ({ src: l.src, tgt: l.tgt, score: l.score })),
  }));
}

/** Links as an alignment file writes them (scores to three decimals). */
const asWritten = (links: readonly Link[]) => links.map((l) => ({ src: l.source, tgt: l.target, score: Math.round(l.score * 1000) / 1000 }));

const run = (out: string, extra: readonly string[] = []) => {
  const result = sejajar(['corpus', input, '-o', out, '--quiet', '--jobs', '2', ...extra]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
};

describe('corpus mode and the shared lexicon', () => {
  beforeAll(() => manyCopies(input, 4));

  test('with it (the default), the links are those of alignBatch on the same pairs, and run.json says what was learned', () => {
    const out = join(scratch, 'shared');
    const marker = run(out);
    const pairs = runPairs(out);
    expect(pairs.length).toBeGreaterThan(1);
    const batch = alignBatch(
      pairs.map((p) => ({ source: p.sourceText, target: p.targetText, sourceLanguage: p.sourceLanguage, targetLanguage: p.targetLanguage })),
    );
    pairs.forEach((p, k) => expect(p.links).toEqual(asWritten(batch[k]!.links)));
    expect(marker.options.sharedLexicon).toBe(true);
    expect(marker.result.lexicons).toEqual([
      {
        sourceLanguage: 'id',
        targetLanguage: 'en',
        pairs: pairs.length,
        confidentLinks: expect.any(Number),
        links: expect.any(Number),
        wordPairs: expect.any(Number),
      },
    ]);
    const [lexicon] = marker.result.lexicons;
    expect(lexicon.links).toBe(lexicon.confidentLinks);
    expect(lexicon.wordPairs).toBeGreaterThan(0);
  }, 120_000);

  test('with --no-shared-lexicon, each pair is aligned on its own, as alignSentences aligns it', () => {
    const out = join(scratch, 'own');
    const marker = run(out, ['--no-shared-lexicon']);
    for (const p of runPairs(out)) {
      const own = alignSentences(p.sourceText, p.targetText, { sourceLanguage: p.sourceLanguage, targetLanguage: p.targetLanguage });
      expect(p.links).toEqual(asWritten(own.links));
    }
    expect(marker.options.sharedLexicon).toBe(false);
    expect(marker.result.lexicons).toEqual([]);
  }, 120_000);
});
