import { join } from 'node:path';
import { readTextFile, splitSentences } from '@sejajar/text';
import { tmxClose, tmxOpen, tmxUnits, toJsonLines, toMoses, type Link } from '@sejajar/align';
import { openAtomicStream, writeFileAtomic } from './atomic.js';
import { renderReport } from './report.js';
import type { DocumentRecord, PairRecord, ReportText } from './types.js';
import type { GarbleResult } from './worker.js';

/** Everything {@link writeOutputs} needs; texts are read again from disk, one pair at a time. */
export interface OutputInput {
  readonly out: string;
  readonly documents: readonly DocumentRecord[];
  readonly pairs: readonly { readonly record: PairRecord; readonly links: readonly Link[] }[];
  readonly pathOf: ReadonlyMap<string, string>;
  readonly garbleOf: ReadonlyMap<string, GarbleResult>;
  /** Sentence links below this score stay out of the TMX and Moses files. */
  readonly minScore: number;
  /** Pairs drawn in the report; the rest are only counted. */
  readonly reportPairs?: number;
}

const jsonLines = (rows: readonly unknown[]): string => rows.map((row) => JSON.stringify(row) + '\n').join('');

/**
 * Write every output of a corpus run, each atomically: documents.jsonl, pairs.jsonl,
 * alignments/NNNN.jsonl, corpus.tmx, corpus.<src>-<tgt>.<src|tgt> (Moses) and report.html.
 * Sentence pairs from spun documents stay out of the TMX and Moses files. Returns how many
 * sentence pairs went into them.
 */
export async function writeOutputs(input: OutputInput): Promise<number> {
  const { out, documents, pairs } = input;
  await writeFileAtomic(join(out, 'documents.jsonl'), jsonLines(documents));
  await writeFileAtomic(join(out, 'pairs.jsonl'), jsonLines(pairs.map((p) => p.record)));

  const spun = new Set(documents.filter((d) => d.verdict === 'spun').map((d) => d.file));
  const languages = [...new Set(pairs.map((p) => `${p.record.sourceLanguage}-${p.record.targetLanguage}`))].sort();
  const tmx = await openAtomicStream(join(out, 'corpus.tmx'));
  const moses = new Map<string, { source: Awaited<ReturnType<typeof openAtomicStream>>; target: Awaited<ReturnType<typeof openAtomicStream>> }>();
  for (const pair of languages) {
    const [s, t] = pair.split('-') as [string, string];
    moses.set(pair, {
      source: await openAtomicStream(join(out, `corpus.${pair}.${s}`)),
      target: await openAtomicStream(join(out, `corpus.${pair}.${t}`)),
    });
  }
  const texts = new Map<string, ReportText>();
  const reportPairs = input.reportPairs ?? 200;
  const languageOf = new Map(documents.map((d) => [d.file, d.language]));
  const load = async (file: string): Promise<ReportText> => {
    const text = await readTextFile(input.pathOf.get(file)!);
    const language = languageOf.get(file);
    return { text, sentences: splitSentences(text, { language }), spans: input.garbleOf.get(file)?.spans ?? [] };
  };
  let sentencePairs = 0;
  try {
    await tmx.write(tmxOpen({ sourceLanguages: [...new Set(pairs.map((p) => p.record.sourceLanguage))].sort() }));
    for (const [n, { record, links }] of pairs.entries()) {
      const source = await load(record.source);
      const target = await load(record.target);
      const alignment = { links: [...links], source: [...source.sentences], target: [...target.sentences] };
      await writeFileAtomic(join(out, record.alignment), toJsonLines(alignment).map((line) => line + '\n').join(''));
      if (!spun.has(record.source) && !spun.has(record.target)) {
        const kept = { ...alignment, links: alignment.links.filter((l) => l.source.length > 0 && l.target.length > 0 && l.score >= input.minScore) };
        sentencePairs += kept.links.length;
        await tmx.write(tmxUnits(kept, { sourceLanguage: record.sourceLanguage, targetLanguage: record.targetLanguage }));
        const files = moses.get(`${record.sourceLanguage}-${record.targetLanguage}`)!;
        const lines = toMoses(kept);
        await files.source.write(lines.source.map((line) => line + '\n').join(''));
        await files.target.write(lines.target.map((line) => line + '\n').join(''));
      }
      // Only the pairs the report draws keep their texts in memory.
      if (n < reportPairs) {
        texts.set(record.source, source);
        texts.set(record.target, target);
      }
    }
    await tmx.write(tmxClose());
    await tmx.commit();
    for (const files of moses.values()) {
      await files.source.commit();
      await files.target.commit();
    }
  } catch (error) {
    await tmx.abort();
    for (const files of moses.values()) await Promise.all([files.source.abort(), files.target.abort()]);
    throw error;
  }
  for (const doc of documents) if (doc.verdict === 'spun' && !texts.has(doc.file)) texts.set(doc.file, await load(doc.file));
  await writeFileAtomic(
    join(out, 'report.html'),
    renderReport({ title: 'sejajar corpus report', documents, pairs, texts, maxPairs: reportPairs }),
  );
  return sentencePairs;
}
