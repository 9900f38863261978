import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { rm, stat } from 'node:fs/promises';
import { Piscina } from 'piscina';
import { SejajarError, primaryLanguage } from '@sejajar/text';
import { checkLanguageTag } from '@sejajar/langid';
import { pairDocuments, type DocumentFingerprint, type DocumentPairing } from '@sejajar/align';
import { hashFile, listCorpusFiles, type CorpusFile } from './files.js';
import { lockOutput } from './lock.js';
import { mapUnits, openState, type UnitOutcome } from './state.js';
import { removeTemporaries, writeFileAtomic } from './atomic.js';
import { RUN_FILE, writeOutputs, type OutputCounts } from './outputs.js';
import type { DocumentRecord, PairRecord } from './types.js';
import {
  isAlignResult,
  isGarbleResult,
  isProfileResult,
  type AlignResult,
  type FileRef,
  type GarbleResult,
  type ProfileResult,
} from './worker.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/** Options of {@link runCorpus}. */
export interface CorpusOptions {
  /** Folders (searched recursively for .txt, .text, .md) or files. */
  readonly inputs: readonly string[];
  /** Output folder; created if needed. */
  readonly out: string;
  /** Worker threads. Default: the machine's cores, at most one per file; more than that is capped with a warning. */
  readonly jobs?: number;
  /**
   * Only pair documents of these two languages, source first (BCP 47). A document detected as a
   * close language of one of them (`ms` for `id`) is kept as that language, and its pair says so
   * in `languageNote`. Default: any pair.
   */
  readonly sourceLanguage?: string;
  readonly targetLanguage?: string;
  /** Sentence links below this score stay out of `corpus.tmx` and the Moses files (and are counted). Default 0.5. */
  readonly minScore?: number;
  /** Document pairs below this score are not paired. Default: `pairDocuments`' own. */
  readonly minPairScore?: number;
  /**
   * Leave the sentence pairs of documents judged spun out of `corpus.tmx` and the Moses files
   * (they are counted). Default false: they are written and marked (`x-spun` in the TMX, `spun`
   * in pairs.jsonl), because a verdict can be wrong and data must not vanish without a word.
   */
  readonly excludeSpun?: boolean;
  /** Reuse the finished work of a killed run in the same `out` folder. Default false. */
  readonly resume?: boolean;
  /** Called as work advances, e.g. to draw a progress bar. */
  readonly onProgress?: (progress: CorpusProgress) => void;
  /** Called with each warning as it happens (they are also in the result and run.json). */
  readonly onWarning?: (message: string) => void;
}

/** Where a run stands. */
export interface CorpusProgress {
  readonly stage: 'hash' | 'read' | 'align' | 'garble' | 'write';
  readonly done: number;
  readonly total: number;
}

/** What a finished run did; the same counts are in `run.json`. */
export interface CorpusResult extends OutputCounts {
  readonly documents: number;
  /** Files that could not be read (listed in documents.jsonl with their error). */
  readonly failed: number;
  /** Units of work that failed (a document's garble check, a pair's alignment), each listed with its error. */
  readonly failedUnits: number;
  readonly pairs: number;
  /** Pairs kept although a side was detected as a close language of the one asked for. */
  readonly closeLanguagePairs: number;
  readonly spun: number;
  readonly warnings: readonly string[];
}

const workerFile = new URL('./worker.js', import.meta.url).href;
/** Same-story documents given to garble detection as references, at most. */
const MAX_REFERENCES = 3;
/** Part of every unit key: results of another version are never reused. */
const STATE_VERSION = `sejajar-corpus ${version} state 2`;

/** Everything a unit's result depends on, as its key in the resume state. */
const unitKey = (...parts: readonly unknown[]): string => JSON.stringify([STATE_VERSION, ...parts]);

/** Whole number of worker threads: asked for, capped at the machine's cores and the files there are. */
function workerCount(asked: number | undefined, files: number, warn: (message: string) => void): number {
  if (asked !== undefined && (!Number.isInteger(asked) || asked < 1)) {
    throw new SejajarError('BAD_OPTION', `jobs must be a whole number of at least 1, got ${asked}`);
  }
  const cores = availableParallelism();
  const cap = Math.max(1, Math.min(cores, files));
  if (asked !== undefined && asked > cap) warn(`--jobs ${asked} capped at ${cap} (${cores} cores, ${files} files)`);
  return Math.min(asked ?? cap, cap);
}

function checkScore(value: number | undefined, name: string): void {
  if (value !== undefined && !(value >= 0 && value <= 1)) throw new SejajarError('BAD_OPTION', `${name} must be a number from 0 to 1, got ${value}`);
}

/** The output folder must be a folder (or not exist yet). */
async function checkOutFolder(out: string): Promise<void> {
  const info = await stat(out).catch(() => undefined);
  if (info !== undefined && !info.isDirectory()) throw new SejajarError('BAD_OPTION', `--out ${out}: is a file, expected a folder`);
}

/**
 * References for each document's garble check: near-copies first (a spun copy's likely source),
 * then the rest of its same-story group, a few at most so a big story does not make the check
 * quadratic.
 */
function referencesOf(pairing: DocumentPairing): (file: string) => string[] {
  const storyOf = new Map<string, readonly string[]>();
  for (const group of pairing.stories) for (const id of group) storyOf.set(id, group);
  const near = nearCopiesOf(pairing);
  return (file) => {
    const ordered = [...new Set([...(near.get(file) ?? []), ...(storyOf.get(file) ?? [])])].filter((id) => id !== file);
    return ordered.slice(0, MAX_REFERENCES);
  };
}

function nearCopiesOf(pairing: DocumentPairing): Map<string, string[]> {
  const near = new Map<string, string[]>();
  for (const { a, b } of pairing.nearCopies) {
    near.set(a, [...(near.get(a) ?? []), b]);
    near.set(b, [...(near.get(b) ?? []), a]);
  }
  for (const list of near.values()) list.sort();
  return near;
}

/**
 * The languages a pair is recorded and aligned in: as detected, or, when the user asked for a
 * language pair, the asked tags, with a note when a side was read as a close language of its tag.
 */
function pairLanguages(
  detected: readonly [string, string],
  asked: readonly [string, string] | undefined,
): { sourceLanguage: string; targetLanguage: string; languageNote?: string } {
  if (asked === undefined) return { sourceLanguage: detected[0], targetLanguage: detected[1] };
  const notes = (['source', 'target'] as const)
    .map((side, i) => (primaryLanguage(detected[i]!) === primaryLanguage(asked[i]!) ? undefined : `${side} read as ${detected[i]}, kept as ${asked[i]} (a close language)`))
    .filter((note) => note !== undefined);
  return { sourceLanguage: asked[0], targetLanguage: asked[1], ...(notes.length === 0 ? {} : { languageNote: notes.join('; ') }) };
}

/** A failed unit's message, with a word on which stage failed. */
const failure = <R>(outcome: UnitOutcome<R>, stage: string): string | undefined => ('error' in outcome ? `${stage}: ${outcome.error}` : undefined);

/**
 * Corpus mode: read every text file, detect languages, pair counterpart documents, align each
 * pair's sentences, check every document for spun text (with its same-story siblings as
 * references), and write `documents.jsonl`, `pairs.jsonl`, `alignments/`, `corpus.tmx`, Moses
 * files, `report.html` and, last, `run.json` to `out`.
 *
 * Work runs on `jobs` worker threads. The output folder is locked for the run. Each finished
 * unit is stored under a key made of the content hashes of its inputs and the options that
 * change it, so a killed run continues with `resume`, redoes exactly what changed, and ends with
 * the same output as a clean run. A unit that fails is listed with its error and the run goes on.
 */
export async function runCorpus(options: CorpusOptions): Promise<CorpusResult> {
  const warnings: string[] = [];
  const warn = (message: string): void => {
    warnings.push(message);
    options.onWarning?.(message);
  };
  checkScore(options.minScore, 'minScore');
  checkScore(options.minPairScore, 'minPairScore');
  if ((options.sourceLanguage === undefined) !== (options.targetLanguage === undefined)) {
    throw new SejajarError('BAD_OPTION', 'sourceLanguage and targetLanguage go together');
  }
  const asked =
    options.sourceLanguage === undefined
      ? undefined
      : ([checkLanguageTag(options.sourceLanguage, 'sourceLanguage'), checkLanguageTag(options.targetLanguage!, 'targetLanguage')] as const);
  await checkOutFolder(options.out);
  const listing = await listCorpusFiles(options.inputs);
  for (const line of listing.skipped) warn(`skipped ${line}`);
  const jobs = workerCount(options.jobs, listing.files.length, warn);

  const lock = await lockOutput(options.out, warn);
  const progress = (stage: CorpusProgress['stage'], total: number) => (done: number) => options.onProgress?.({ stage, done, total });
  let pool: Piscina | undefined;
  try {
    // This run owns the folder: temporaries left by a killed run are orphans, and the marker of
    // a finished run must not stand while this one is unfinished.
    await removeTemporaries([options.out, join(options.out, 'alignments')]);
    await rm(join(options.out, RUN_FILE), { force: true });
    const state = await openState(join(options.out, '.sejajar-state'), options.resume ?? false, warn);
    pool = new Piscina({ filename: workerFile, minThreads: jobs, maxThreads: jobs, idleTimeout: 500 });
    const run = pool.run.bind(pool) as (task: unknown, options: { name: string }) => Promise<unknown>;
    const limit = jobs * 2;

    // Content hashes first: they key every unit of work.
    const onHashed = progress('hash', listing.files.length);
    let hashed = 0;
    const refs = new Map<string, FileRef>();
    const unreadable = new Map<string, string>();
    for (const file of listing.files) {
      if (file.error !== undefined) unreadable.set(file.id, `${file.id}: ${file.error}`);
      else {
        const outcome = await hashFile(file.path);
        if ('hash' in outcome) refs.set(file.id, { id: file.id, path: file.path, hash: outcome.hash });
        else unreadable.set(file.id, `${file.id}: ${outcome.error}`);
      }
      onHashed(++hashed);
    }

    const readable = listing.files.filter((f) => refs.has(f.id));
    const profiled = await mapUnits<CorpusFile, ProfileResult>(
      readable,
      { state, kind: 'profile', key: (f) => unitKey(f.id, refs.get(f.id)!.hash), valid: isProfileResult, limit, onDone: progress('read', readable.length) },
      (f) => run(refs.get(f.id)!, { name: 'profile' }) as Promise<ProfileResult>,
    );
    const profileOf = new Map(readable.map((f, i) => [f.id, profiled[i]!]));
    const profiles: ProfileResult[] = listing.files.map((f) => {
      const outcome = profileOf.get(f.id);
      if (outcome !== undefined && 'result' in outcome) return outcome.result;
      const error = outcome === undefined ? unreadable.get(f.id)! : failure(outcome, 'read')!;
      return { file: f.id, language: 'und', confidence: 0, sentences: 0, fingerprint: null, error };
    });

    const fingerprints = profiles.map((p) => p.fingerprint).filter((f): f is DocumentFingerprint => f !== null);
    const pairing = pairDocuments(fingerprints, {
      sourceLanguage: asked?.[0],
      targetLanguage: asked?.[1],
      ...(options.minPairScore === undefined ? {} : { minScore: options.minPairScore }),
    });
    const languageOf = new Map(profiles.map((p) => [p.file, p.language]));
    const pairLanguage = pairing.pairs.map((p) => pairLanguages([languageOf.get(p.source)!, languageOf.get(p.target)!], asked));

    const aligned = await mapUnits<number, AlignResult>(
      pairing.pairs.map((_, i) => i),
      {
        state,
        kind: 'align',
        key: (i) => {
          const p = pairing.pairs[i]!;
          return unitKey(refs.get(p.source)!.hash, refs.get(p.target)!.hash, pairLanguage[i]!.sourceLanguage, pairLanguage[i]!.targetLanguage);
        },
        valid: isAlignResult,
        limit,
        onDone: progress('align', pairing.pairs.length),
      },
      (i) => {
        const p = pairing.pairs[i]!;
        const { sourceLanguage, targetLanguage } = pairLanguage[i]!;
        return run({ source: refs.get(p.source)!, target: refs.get(p.target)!, sourceLanguage, targetLanguage }, { name: 'align' }) as Promise<AlignResult>;
      },
    );

    const references = referencesOf(pairing);
    const checked = profiles.filter((p) => p.error === undefined);
    const garbled = await mapUnits<ProfileResult, GarbleResult>(
      checked,
      {
        state,
        kind: 'garble',
        key: (p) => unitKey(refs.get(p.file)!.hash, p.language, references(p.file).map((id) => refs.get(id)!.hash)),
        valid: isGarbleResult,
        limit,
        onDone: progress('garble', checked.length),
      },
      (p) => run({ file: refs.get(p.file)!, language: p.language, references: references(p.file).map((id) => refs.get(id)!) }, { name: 'garble' }) as Promise<GarbleResult>,
    );
    const garbleOf = new Map(checked.map((p, i) => [p.file, garbled[i]!]));

    const storyOf = new Map<string, number>();
    pairing.stories.forEach((group, i) => group.forEach((id) => storyOf.set(id, i)));
    const near = nearCopiesOf(pairing);
    const documents: DocumentRecord[] = profiles.map((p) => {
      const outcome = garbleOf.get(p.file);
      const g = outcome !== undefined && 'result' in outcome ? outcome.result : undefined;
      const error = p.error ?? (outcome === undefined ? undefined : failure(outcome, 'garble'));
      return {
        file: p.file,
        language: p.language,
        confidence: p.confidence,
        sentences: p.sentences,
        verdict: g?.verdict ?? null,
        garbleScore: g?.score ?? null,
        story: storyOf.get(p.file) ?? null,
        nearCopies: near.get(p.file) ?? [],
        ...(error === undefined ? {} : { error }),
      };
    });
    const spun = new Set(documents.filter((d) => d.verdict === 'spun').map((d) => d.file));
    const pairs = pairing.pairs.map((p, i) => {
      const outcome = aligned[i]!;
      const links = 'result' in outcome ? outcome.result.links : [];
      const linkTypes: Record<string, number> = {};
      for (const link of links) {
        const type = `${link.source.length}-${link.target.length}`;
        linkTypes[type] = (linkTypes[type] ?? 0) + 1;
      }
      const spunSide = spun.has(p.source) ? (spun.has(p.target) ? 'both' : 'source') : spun.has(p.target) ? 'target' : null;
      const error = failure(outcome, 'align');
      const record: PairRecord = {
        source: p.source,
        target: p.target,
        ...pairLanguage[i]!,
        score: p.score,
        alignment: error === undefined ? `alignments/${String(i).padStart(4, '0')}.jsonl` : null,
        linkTypes,
        spun: spunSide,
        ...(error === undefined ? {} : { error }),
      };
      return { record, links };
    });

    options.onProgress?.({ stage: 'write', done: 0, total: 1 });
    const counts = await writeOutputs({
      out: options.out,
      documents,
      pairs,
      files: refs,
      garbleOf: new Map([...garbleOf].flatMap(([file, o]) => ('result' in o ? [[file, o.result] as const] : []))),
      minScore: options.minScore ?? 0.5,
      excludeSpun: options.excludeSpun ?? false,
      warn,
    });
    options.onProgress?.({ stage: 'write', done: 1, total: 1 });
    await state.clear();
    const result: CorpusResult = {
      documents: documents.length,
      failed: profiles.filter((p) => p.error !== undefined).length,
      failedUnits: documents.filter((d, i) => d.error !== undefined && profiles[i]!.error === undefined).length + pairs.filter((p) => p.record.error !== undefined).length,
      pairs: pairs.length,
      closeLanguagePairs: pairs.filter((p) => p.record.languageNote !== undefined).length,
      spun: spun.size,
      ...counts,
      warnings,
    };
    // Written last: its presence says the run finished and what it was.
    await writeFileAtomic(
      join(options.out, RUN_FILE),
      JSON.stringify(
        {
          tool: 'sejajar',
          version,
          finished: new Date().toISOString(),
          options: {
            inputs: options.inputs,
            sourceLanguage: options.sourceLanguage ?? null,
            targetLanguage: options.targetLanguage ?? null,
            minScore: options.minScore ?? 0.5,
            minPairScore: options.minPairScore ?? null,
            excludeSpun: options.excludeSpun ?? false,
            resumed: options.resume ?? false,
            jobs,
          },
          result,
        },
        null,
        2,
      ) + '\n',
    );
    return result;
  } finally {
    await pool?.destroy();
    await lock.release();
  }
}
