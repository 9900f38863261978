import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { splitSentences } from '@sejajar/text';
import { tmxClose, tmxOpen, tmxUnits, toJsonLines, toMoses, type Link } from '@sejajar/align';
import { openAtomicStream, writeFileAtomic, type AtomicStream } from './atomic.js';
import { readVerified, type FileRef } from './files.js';
import { renderReport } from './report.js';
import type { DocumentRecord, PairRecord, ReportText } from './types.js';
import type { GarbleResult } from './worker.js';

/** The marker a finished run writes last: options, versions, counts, finish time. */
export const RUN_FILE = 'run.json';
/** Where each pair's alignment goes, below the output folder. */
const ALIGNMENTS = 'alignments';

/** Everything {@link writeOutputs} needs; texts are read again from disk, one pair at a time. */
export interface OutputInput {
  readonly out: string;
  readonly documents: readonly DocumentRecord[];
  readonly pairs: readonly { readonly record: PairRecord; readonly links: readonly Link[] }[];
  /** Every readable file, with the content hash the run's results were computed on. */
  readonly files: ReadonlyMap<string, FileRef>;
  readonly garbleOf: ReadonlyMap<string, GarbleResult>;
  /** Sentence links below this score stay out of the TMX and Moses files (counted). */
  readonly minScore: number;
  /** Leave the sentence pairs of spun documents out of the TMX and Moses files (counted). */
  readonly excludeSpun: boolean;
  readonly warn: (message: string) => void;
  /** Pairs drawn in the report; the rest are only counted. */
  readonly reportPairs?: number | undefined;
}

/** Where every two-sided sentence link of the run went: nothing leaves the corpus uncounted. */
export interface OutputCounts {
  /** Sentence pairs written to corpus.tmx and the Moses files. */
  readonly sentencePairs: number;
  /** Of those, pairs from a document judged spun (marked `x-spun` in the TMX, `spun` in pairs.jsonl). */
  readonly spunSentencePairs: number;
  /** Sentence pairs left out, by reason. */
  readonly leftOut: { readonly belowMinScore: number; readonly spun: number };
  /** Characters XML 1.0 cannot carry, replaced by U+FFFD in corpus.tmx. */
  readonly replacedCharacters: number;
}

const jsonLines = (rows: readonly unknown[]): string => rows.map((row) => JSON.stringify(row) + '\n').join('');
const lines = (rows: readonly string[]): string => rows.map((line) => line + '\n').join('');
const twoSided = (link: Link): boolean => link.source.length > 0 && link.target.length > 0;

/**
 * Write every output of a corpus run, each atomically: documents.jsonl, pairs.jsonl,
 * alignments/NNNN.jsonl (alignment files of an older run are removed), corpus.tmx,
 * corpus.<src>-<tgt>.<src|tgt> (Moses) and report.html. Every text is read again and checked
 * against the hash its results were computed on, so no output mixes old results with new text.
 */
export async function writeOutputs(input: OutputInput): Promise<OutputCounts> {
  const { out, documents, pairs } = input;
  await writeFileAtomic(join(out, 'documents.jsonl'), jsonLines(documents));
  await writeFileAtomic(join(out, 'pairs.jsonl'), jsonLines(pairs.map((p) => p.record)));

  const languagePairs = new Map<string, readonly [string, string]>();
  for (const { record } of pairs) languagePairs.set(`${record.sourceLanguage}-${record.targetLanguage}`, [record.sourceLanguage, record.targetLanguage]);
  const tmx = await openAtomicStream(join(out, 'corpus.tmx'));
  const moses = new Map<string, { source: AtomicStream; target: AtomicStream }>();
  for (const [name, [s, t]] of [...languagePairs].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    moses.set(name, { source: await openAtomicStream(join(out, `corpus.${name}.${s}`)), target: await openAtomicStream(join(out, `corpus.${name}.${t}`)) });
  }
  const texts = new Map<string, ReportText>();
  const reportPairs = input.reportPairs ?? 200;
  const languageOf = new Map(documents.map((d) => [d.file, d.language]));
  const load = async (file: string): Promise<ReportText> => {
    const ref = input.files.get(file)!;
    const text = await readVerified(ref.path, ref.hash, file);
    return { text, sentences: splitSentences(text, { language: languageOf.get(file) }), spans: input.garbleOf.get(file)?.spans ?? [] };
  };
  const counts = { sentencePairs: 0, spunSentencePairs: 0, leftOut: { belowMinScore: 0, spun: 0 }, replacedCharacters: 0 };
  const written = new Set<string>();
  try {
    await tmx.write(tmxOpen({ sourceLanguages: [...new Set(pairs.map((p) => p.record.sourceLanguage))].sort() }));
    for (const [n, { record, links }] of pairs.entries()) {
      if (record.alignment === null) continue; // a failed alignment: listed in pairs.jsonl with its error
      const source = await load(record.source);
      const target = await load(record.target);
      const alignment = { links: [...links], source: [...source.sentences], target: [...target.sentences] };
      await writeFileAtomic(join(out, record.alignment), lines(toJsonLines(alignment)));
      written.add(record.alignment);
      const candidates = alignment.links.filter(twoSided);
      const kept = candidates.filter((l) => l.score >= input.minScore);
      counts.leftOut.belowMinScore += candidates.length - kept.length;
      if (record.spun !== null && input.excludeSpun) counts.leftOut.spun += kept.length;
      else {
        counts.sentencePairs += kept.length;
        if (record.spun !== null) counts.spunSentencePairs += kept.length;
        const chosen = { ...alignment, links: kept };
        await tmx.write(
          tmxUnits(chosen, {
            sourceLanguage: record.sourceLanguage,
            targetLanguage: record.targetLanguage,
            ...(record.spun === null ? {} : { props: { 'x-spun': record.spun } }),
            onReplaced: (count) => void (counts.replacedCharacters += count),
          }),
        );
        const files = moses.get(`${record.sourceLanguage}-${record.targetLanguage}`)!;
        const rows = toMoses(chosen);
        await files.source.write(lines(rows.source));
        await files.target.write(lines(rows.target));
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
  if (counts.replacedCharacters > 0) {
    input.warn(`corpus.tmx: ${counts.replacedCharacters} characters XML 1.0 cannot carry were replaced by U+FFFD`);
  }
  // Alignments of an older run into this folder would pass for this run's.
  const stale = (await readdir(join(out, ALIGNMENTS)).catch(() => [] as string[])).filter((name) => !written.has(`${ALIGNMENTS}/${name}`));
  await Promise.all(stale.map((name) => rm(join(out, ALIGNMENTS, name), { recursive: true, force: true })));

  for (const doc of documents) if (doc.verdict === 'spun' && !texts.has(doc.file)) texts.set(doc.file, await load(doc.file));
  await writeFileAtomic(
    join(out, 'report.html'),
    renderReport({
      title: 'sejajar corpus report',
      documents,
      pairs,
      texts,
      maxPairs: reportPairs,
      counts: { ...counts, minScore: input.minScore, excludeSpun: input.excludeSpun },
    }),
  );
  return counts;
}

/**
 * Write `run.json`, last: its presence says the run finished, with what options, which version
 * and what came out. Delete it when a run starts ({@link RUN_FILE}).
 */
export async function writeRunMarker(out: string, marker: { version: string; options: Record<string, unknown>; result: unknown }): Promise<void> {
  const content = { tool: 'sejajar', version: marker.version, finished: new Date().toISOString(), options: marker.options, result: marker.result };
  await writeFileAtomic(join(out, RUN_FILE), JSON.stringify(content, null, 2) + '\n');
}
