import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { SejajarError } from '@sejajar/text';
import { pairDocuments, type DocumentFingerprint } from '@sejajar/align';
import { listCorpusFiles, type CorpusFile } from './files.js';
import { mapUnits, openState } from './state.js';
import { writeOutputs } from './outputs.js';
import type { DocumentRecord, PairRecord } from './types.js';
import type { AlignResult, GarbleResult, ProfileResult } from './worker.js';

/** Options of {@link runCorpus}. */
export interface CorpusOptions {
  /** Folders (searched recursively for .txt, .text, .md) or files. */
  readonly inputs: readonly string[];
  /** Output folder; created if needed. */
  readonly out: string;
  /** Worker threads. Default: the machine's cores. */
  readonly jobs?: number;
  /** Only pair documents of these two languages, source first (BCP 47). Default: any pair. */
  readonly sourceLanguage?: string;
  readonly targetLanguage?: string;
  /** Sentence links below this score stay out of `corpus.tmx` and the Moses files. Default 0.5. */
  readonly minScore?: number;
  /** Document pairs below this score are not paired. Default: `pairDocuments`' own (0.3). */
  readonly minPairScore?: number;
  /** Reuse the finished work of a killed run in the same `out` folder. Default false. */
  readonly resume?: boolean;
  /** Called as work advances, e.g. to draw a progress bar. */
  readonly onProgress?: (progress: CorpusProgress) => void;
}

/** Where a run stands: `stage` is one of `read`, `align`, `garble`, `write`. */
export interface CorpusProgress {
  readonly stage: 'read' | 'align' | 'garble' | 'write';
  readonly done: number;
  readonly total: number;
}

/** What a finished run did. */
export interface CorpusResult {
  readonly documents: number;
  /** Files that could not be read (listed in documents.jsonl with their error). */
  readonly failed: number;
  readonly pairs: number;
  readonly spun: number;
  /** Sentence pairs written to corpus.tmx and the Moses files. */
  readonly sentencePairs: number;
}

const workerFile = new URL('./worker.js', import.meta.url).href;
/** Same-story documents given to garble detection as references, at most. */
const MAX_REFERENCES = 3;

/**
 * Corpus mode: read every text file, detect languages, pair counterpart documents, align each
 * pair's sentences, check every document for spun text (with its same-story siblings as
 * references), and write `documents.jsonl`, `pairs.jsonl`, `alignments/`, `corpus.tmx`, Moses
 * files and `report.html` to `out`. Work runs on `jobs` worker threads; each finished unit is
 * stored, so a killed run continues with `resume` and ends with the same output.
 */
export async function runCorpus(options: CorpusOptions): Promise<CorpusResult> {
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new SejajarError('BAD_OPTION', `jobs must be a whole number of at least 1, got ${jobs}`);
  const files = await listCorpusFiles(options.inputs);
  const state = await openState(join(options.out, '.sejajar-state'), options.resume ?? false);
  const pool = new Piscina({ filename: workerFile, minThreads: jobs, maxThreads: jobs, idleTimeout: 500 });
  const limit = jobs * 2;
  const progress = (stage: CorpusProgress['stage'], total: number) => (done: number) => options.onProgress?.({ stage, done, total });
  try {
    const profiles = await mapUnits<CorpusFile, ProfileResult>(
      files,
      { state, kind: 'profile', key: (f) => f.id, limit, onDone: progress('read', files.length) },
      (f) => pool.run({ file: f.id, path: f.path }, { name: 'profile' }),
    );
    const pathOf = new Map(files.map((f) => [f.id, f.path]));
    const fingerprints = profiles.map((p) => p.fingerprint).filter((f): f is DocumentFingerprint => f !== null);
    const pairing = pairDocuments(fingerprints, {
      sourceLanguage: options.sourceLanguage,
      targetLanguage: options.targetLanguage,
      ...(options.minPairScore === undefined ? {} : { minScore: options.minPairScore }),
    });
    const languageOf = new Map(profiles.map((p) => [p.file, p.language]));

    const alignments = await mapUnits<(typeof pairing.pairs)[number], AlignResult>(
      pairing.pairs,
      { state, kind: 'align', key: (p) => `${p.source}\u0000${p.target}`, limit, onDone: progress('align', pairing.pairs.length) },
      (p) =>
        pool.run(
          { sourcePath: pathOf.get(p.source), targetPath: pathOf.get(p.target), sourceLanguage: languageOf.get(p.source), targetLanguage: languageOf.get(p.target) },
          { name: 'align' },
        ),
    );

    const storyOf = new Map<string, number>();
    pairing.stories.forEach((group, i) => group.forEach((id) => storyOf.set(id, i)));
    const readable = profiles.filter((p) => p.error === undefined);
    const nearCopiesOf = new Map<string, string[]>();
    for (const { a, b } of pairing.nearCopies) {
      nearCopiesOf.set(a, [...(nearCopiesOf.get(a) ?? []), b]);
      nearCopiesOf.set(b, [...(nearCopiesOf.get(b) ?? []), a]);
    }
    // References for garble: near-copies first (a spun copy's likely source), then the rest of the
    // story, a few at most so a big story does not make the check quadratic.
    const siblings = (file: string): string[] => {
      const story = storyOf.get(file);
      const members = story === undefined ? [] : pairing.stories[story]!;
      const near = [...(nearCopiesOf.get(file) ?? [])].sort();
      const ordered = [...new Set([...near, ...members])].filter((id) => id !== file);
      return ordered.slice(0, MAX_REFERENCES).map((id) => pathOf.get(id)!);
    };
    const garbles = await mapUnits<ProfileResult, GarbleResult>(
      readable,
      { state, kind: 'garble', key: (p) => p.file, limit, onDone: progress('garble', readable.length) },
      (p) => pool.run({ path: pathOf.get(p.file), references: siblings(p.file) }, { name: 'garble' }),
    );
    const garbleOf = new Map(readable.map((p, i) => [p.file, garbles[i]!]));

    const documents: DocumentRecord[] = profiles.map((p) => {
      const g = garbleOf.get(p.file);
      return {
        file: p.file,
        language: p.language,
        confidence: p.confidence,
        sentences: p.sentences,
        verdict: g?.verdict ?? null,
        garbleScore: g?.score ?? null,
        story: storyOf.get(p.file) ?? null,
        nearCopies: (nearCopiesOf.get(p.file) ?? []).sort(),
        ...(p.error === undefined ? {} : { error: p.error }),
      };
    });
    const pairs: PairRecord[] = pairing.pairs.map((p, i) => {
      const linkTypes: Record<string, number> = {};
      for (const link of alignments[i]!.links) {
        const type = `${link.source.length}-${link.target.length}`;
        linkTypes[type] = (linkTypes[type] ?? 0) + 1;
      }
      return {
        source: p.source,
        target: p.target,
        sourceLanguage: languageOf.get(p.source)!,
        targetLanguage: languageOf.get(p.target)!,
        score: p.score,
        alignment: `alignments/${String(i).padStart(4, '0')}.jsonl`,
        linkTypes,
      };
    });
    options.onProgress?.({ stage: 'write', done: 0, total: 1 });
    const sentencePairs = await writeOutputs({
      out: options.out,
      documents,
      pairs: pairs.map((record, i) => ({ record, links: alignments[i]!.links })),
      pathOf,
      garbleOf,
      minScore: options.minScore ?? 0.5,
    });
    options.onProgress?.({ stage: 'write', done: 1, total: 1 });
    await state.clear();
    return {
      documents: documents.length,
      failed: documents.filter((d) => d.error !== undefined).length,
      pairs: pairs.length,
      spun: documents.filter((d) => d.verdict === 'spun').length,
      sentencePairs,
    };
  } finally {
    await pool.destroy();
  }
}
