import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { rm, stat } from 'node:fs/promises';
import { primaryLanguage, SejajarError } from '@sejajar/text';
import { checkLanguageTag } from '@sejajar/langid';
import { pairDocuments, sampleTrainingLinks, type DocumentFingerprint, type DocumentPair } from '@sejajar/align';
import { hashFiles, listCorpusFiles, type CorpusFile, type FileRef } from './files.js';
import { lockOutput } from './lock.js';
import { mapUnits, openState, type StateStore, type UnitOutcome } from './state.js';
import { removeTemporaries } from './atomic.js';
import { RUN_FILE, writeOutputs, writeRunMarker, type OutputCounts } from './outputs.js';
import { documentRecords, failure, pairLanguages, pairRecords, referencesOf, type PairLanguages } from './records.js';
import { startWorkers, type CorpusWorkers } from './workers.js';
import { checkQueueUrl, reachQueue, redactUrl, startQueue, type QueueOptions } from './queue.js';
import {
  isAlignResult,
  isFirstPassResult,
  isGarbleResult,
  isLearnResult,
  isProfileResult,
  lexiconHash,
  type AlignResult,
  type GarbleResult,
  type LearnResult,
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
  readonly jobs?: number | undefined;
  /**
   * Only pair documents of these two languages, source first (BCP 47). A document detected as a
   * close language of one of them (`ms` for `id`) is kept as that language, and its pair says so
   * in `languageNote`. Default: any pair.
   */
  readonly sourceLanguage?: string | undefined;
  readonly targetLanguage?: string | undefined;
  /** Sentence links below this score stay out of `corpus.tmx` and the Moses files (and are counted). Default 0.5. */
  readonly minScore?: number | undefined;
  /** Document pairs below this score are not paired. Default: `pairDocuments`' own. */
  readonly minPairScore?: number | undefined;
  /**
   * Leave the sentence pairs of documents judged spun out of `corpus.tmx` and the Moses files
   * (they are counted). Default false: they are written and marked (`x-spun` in the TMX, `spun`
   * in pairs.jsonl), because a verdict can be wrong and data must not vanish without a word.
   */
  readonly excludeSpun?: boolean | undefined;
  /**
   * Run the units as jobs in this Redis queue, for `sejajar worker` processes (any number, on any
   * machine that sees the input files at the same paths) to take, instead of in worker threads;
   * `jobs` does not apply. The outputs are the same as a local run's. Default: worker threads.
   */
  readonly queue?: QueueOptions | undefined;
  /**
   * Align in two passes, as `alignBatch` does: every pair on its own first, then an IBM Model 1
   * lexicon learned (per language pair) from the confident links of all the pairs, then every
   * pair again with it. Default true; false aligns each pair on its own (one pass).
   */
  readonly sharedLexicon?: boolean | undefined;
  /** Reuse the finished work of a killed run in the same `out` folder. Default false. */
  readonly resume?: boolean | undefined;
  /** Called as work advances, e.g. to draw a progress bar. */
  readonly onProgress?: ((progress: CorpusProgress) => void) | undefined;
  /** Called with each warning as it happens (they are also in the result and run.json). */
  readonly onWarning?: ((message: string) => void) | undefined;
}

/**
 * Where a run stands. With a shared lexicon, `learn` is the first pass over the pairs and the
 * training of each language pair's lexicon, and `align` the second pass.
 */
export interface CorpusProgress {
  readonly stage: 'hash' | 'read' | 'learn' | 'align' | 'garble' | 'write';
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
  /** The lexicons learned across the corpus, one per language pair (none without `sharedLexicon`). */
  readonly lexicons: readonly LexiconSummary[];
  readonly warnings: readonly string[];
}

/** A lexicon learned across the corpus for one language pair, in numbers. */
export interface LexiconSummary {
  /** The language pair, by primary subtags (`id`, `en`). */
  readonly sourceLanguage: string;
  readonly targetLanguage: string;
  /** Pairs of this language pair whose first pass gave links to learn from. */
  readonly pairs: number;
  /** The first pass's confident links, and how many of them (sampled evenly) the lexicon learned from. */
  readonly confidentLinks: number;
  readonly links: number;
  /** Word pairs learned (a source word with each of its target words counts once per target word). */
  readonly wordPairs: number;
  /** Why it could not be learned (its pairs then keep their first-pass links). */
  readonly error?: string | undefined;
}

/** Part of every unit key: results of another version are never reused. */
const STATE_VERSION = `sejajar-corpus ${version} state 4`;

/** Everything a unit's result depends on, as its key in the resume state. */
const unitKey = (...parts: readonly unknown[]): string => JSON.stringify([STATE_VERSION, ...parts]);

/** Units a distributed run keeps in the queue at once (64 jobs of 16): enough for many workers, bounded for Redis's memory. */
const QUEUED_UNITS = 1024;

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

/** The options checked: scores in range, language tags valid and together, `out` a folder or nothing yet. */
async function checkOptions(options: CorpusOptions): Promise<{ asked: readonly [string, string] | undefined }> {
  checkScore(options.minScore, 'minScore');
  checkScore(options.minPairScore, 'minPairScore');
  if (options.queue !== undefined) {
    checkQueueUrl(options.queue.url);
    if (options.jobs !== undefined)
      throw new SejajarError('BAD_OPTION', 'jobs are worker threads of a local run; with a queue, give each worker its concurrency');
  }
  if ((options.sourceLanguage === undefined) !== (options.targetLanguage === undefined)) {
    throw new SejajarError('BAD_OPTION', 'sourceLanguage and targetLanguage go together');
  }
  const info = await stat(options.out).catch(() => undefined);
  if (info !== undefined && !info.isDirectory()) throw new SejajarError('BAD_OPTION', `--out ${options.out}: is a file, expected a folder`);
  if (options.sourceLanguage === undefined) return { asked: undefined };
  return { asked: [checkLanguageTag(options.sourceLanguage, 'sourceLanguage'), checkLanguageTag(options.targetLanguage!, 'targetLanguage')] };
}

/** What every stage runs with. */
interface StageContext {
  readonly state: StateStore;
  readonly tasks: CorpusWorkers;
  /** Units in flight at once. */
  readonly limit: number;
  readonly ref: (id: string) => FileRef;
  readonly progress: (stage: CorpusProgress['stage'], total: number) => (done: number) => void;
  readonly warn: (message: string) => void;
}

/** Profile every readable file (language, sentences, fingerprint); unreadable ones get an error profile. */
async function profileStage(context: StageContext, files: readonly CorpusFile[], unreadable: ReadonlyMap<string, string>): Promise<ProfileResult[]> {
  const { state, tasks, limit, ref, progress } = context;
  const readable = files.filter((f) => !unreadable.has(f.id));
  const profiled = await mapUnits<CorpusFile, ProfileResult>(
    readable,
    { state, kind: 'profile', key: (f) => unitKey(f.id, ref(f.id).hash), valid: isProfileResult, limit, onDone: progress('read', readable.length) },
    (f) => tasks.profile(ref(f.id)),
  );
  const profileOf = new Map(readable.map((f, i) => [f.id, profiled[i]!]));
  return files.map((f) => {
    const outcome = profileOf.get(f.id);
    if (outcome !== undefined && 'result' in outcome) return outcome.result;
    const error = outcome === undefined ? unreadable.get(f.id)! : failure(outcome, 'read')!;
    return { file: f.id, language: 'und', confidence: 0, sentences: 0, fingerprint: null, error };
  });
}

/** Align every document pair on its own, in its recorded languages, keeping its confident links. */
function firstPass(
  context: StageContext,
  pairs: readonly DocumentPair[],
  languages: readonly PairLanguages[],
  onDone: (done: number) => void,
): Promise<UnitOutcome<AlignResult>[]> {
  const { state, tasks, limit, ref } = context;
  return mapUnits<number, AlignResult>(
    pairs.map((_, i) => i),
    {
      state,
      kind: 'align',
      key: (i) => unitKey(ref(pairs[i]!.source).hash, ref(pairs[i]!.target).hash, languages[i]!.sourceLanguage, languages[i]!.targetLanguage),
      valid: isFirstPassResult,
      limit,
      onDone,
    },
    (i) => tasks.align({ source: ref(pairs[i]!.source), target: ref(pairs[i]!.target), ...languages[i]! }),
  );
}

/** The language pair a pair learns with, by primary subtags (as `alignBatch` groups its pairs). */
const groupOf = ({ sourceLanguage, targetLanguage }: PairLanguages): string =>
  `${primaryLanguage(sourceLanguage) ?? sourceLanguage}|${primaryLanguage(targetLanguage) ?? targetLanguage}`;

/** What a language pair learned, for the second pass and the summary. */
interface GroupLexicon {
  readonly members: readonly number[];
  readonly summary: LexiconSummary;
  readonly lexicon?: { hash: string; entries: LearnResult['entries'] } | undefined;
}

/**
 * The pairs aligned in two passes, as `alignBatch` aligns them: first each on its own; then, per
 * language pair, the confident links of all its pairs sampled (`sampleTrainingLinks`, here in the
 * coordinator: a few numbers per link) and a Model 1 lexicon learned from them by one `learn`
 * unit (which reads the sampled pairs' files); then each pair again with that lexicon. A second
 * pass is keyed by its files' hashes and the lexicon's hash, so a lexicon that changed (because
 * some document did) redoes it. Pairs whose language pair learned nothing keep their first pass.
 */
async function alignTwice(
  context: StageContext,
  pairs: readonly DocumentPair[],
  languages: readonly PairLanguages[],
): Promise<{ aligned: UnitOutcome<AlignResult>[]; lexicons: LexiconSummary[] }> {
  const { state, tasks, limit, ref, progress } = context;
  const groups = new Map<string, number[]>();
  languages.forEach((l, i) => {
    const members = groups.get(groupOf(l));
    if (members === undefined) groups.set(groupOf(l), [i]);
    else members.push(i);
  });
  const learning = progress('learn', pairs.length + groups.size);
  const first = await firstPass(context, pairs, languages, learning);
  const confidentOf = (i: number): NonNullable<AlignResult['confident']> => {
    const outcome = first[i]!;
    return 'result' in outcome ? (outcome.result.confident ?? []) : [];
  };

  const planned = [...groups.values()].map((all) => {
    const members = all.filter((i) => 'result' in first[i]!);
    const sampled = sampleTrainingLinks(members.map(confidentOf));
    const { sourceLanguage, targetLanguage } = languages[all[0]!]!;
    const summary = {
      sourceLanguage: primaryLanguage(sourceLanguage) ?? sourceLanguage,
      targetLanguage: primaryLanguage(targetLanguage) ?? targetLanguage,
      pairs: members.filter((i) => confidentOf(i).length > 0).length,
      confidentLinks: members.reduce((sum, i) => sum + confidentOf(i).length, 0),
      links: sampled.reduce((sum, links) => sum + links.length, 0),
    };
    const task = {
      sourceLanguage,
      targetLanguage,
      pairs: members.flatMap((i, k) =>
        sampled[k]!.length === 0 ? [] : [{ source: ref(pairs[i]!.source), target: ref(pairs[i]!.target), ...languages[i]!, links: sampled[k]! }],
      ),
    };
    return { members, summary, task };
  });
  // The lexicon depends on the sampled links and the content of the files they are read from.
  const learnKey = ({ task }: (typeof planned)[number]): string =>
    unitKey(
      'learn',
      createHash('sha256')
        .update(
          JSON.stringify([
            task.sourceLanguage,
            task.targetLanguage,
            task.pairs.map((p) => [p.source.hash, p.target.hash, p.sourceLanguage, p.targetLanguage, p.links]),
          ]),
        )
        .digest('hex'),
    );
  const trained = planned.filter((g) => g.task.pairs.length > 0);
  learning(pairs.length + groups.size - trained.length);
  const learned = await mapUnits(
    trained,
    { state, kind: 'learn', key: learnKey, valid: isLearnResult, limit, onDone: (done) => learning(pairs.length + groups.size - trained.length + done) },
    (g) => tasks.learn(g.task),
  );
  const lexicons: GroupLexicon[] = planned.map((g) => {
    const at = trained.indexOf(g);
    const outcome = at < 0 ? undefined : learned[at]!;
    if (outcome === undefined) return { members: g.members, summary: { ...g.summary, wordPairs: 0 } };
    if ('error' in outcome) return { members: g.members, summary: { ...g.summary, wordPairs: 0, error: outcome.error } };
    const { entries } = outcome.result;
    const wordPairs = entries.reduce((sum, [, targets]) => sum + targets.length, 0);
    return { members: g.members, summary: { ...g.summary, wordPairs }, lexicon: wordPairs === 0 ? undefined : { hash: lexiconHash(entries), entries } };
  });

  // Second pass. A pair without a lexicon keeps its first pass: aligning with an empty lexicon is the same.
  const lexiconOf = new Map(lexicons.flatMap((g) => (g.lexicon === undefined ? [] : g.members.map((i) => [i, g.lexicon!] as const))));
  const again = [...lexiconOf.keys()].sort((a, b) => a - b);
  const aligning = progress('align', pairs.length);
  const kept = pairs.length - again.length;
  aligning(kept);
  const second = await mapUnits<number, AlignResult>(
    again,
    {
      state,
      kind: 'align',
      key: (i) =>
        unitKey(ref(pairs[i]!.source).hash, ref(pairs[i]!.target).hash, languages[i]!.sourceLanguage, languages[i]!.targetLanguage, lexiconOf.get(i)!.hash),
      valid: isAlignResult,
      limit,
      onDone: (done) => aligning(kept + done),
    },
    (i) => tasks.align({ source: ref(pairs[i]!.source), target: ref(pairs[i]!.target), ...languages[i]!, lexicon: lexiconOf.get(i)! }),
  );
  const aligned: UnitOutcome<AlignResult>[] = first.map((outcome) => ('result' in outcome ? { result: { links: outcome.result.links } } : outcome));
  again.forEach((i, k) => (aligned[i] = second[k]!));
  for (const { summary } of lexicons) {
    if (summary.error !== undefined)
      context.warn(
        `${summary.sourceLanguage}–${summary.targetLanguage}: the shared lexicon could not be learned (${summary.error}); its pairs keep their first-pass links`,
      );
  }
  return { aligned, lexicons: lexicons.map((g) => g.summary) };
}

/** Check every readable document for spun text, with its references; outcomes by file. */
async function garbleStage(
  context: StageContext,
  profiles: readonly ProfileResult[],
  references: (file: string) => string[],
): Promise<Map<string, UnitOutcome<GarbleResult>>> {
  const { state, tasks, limit, ref, progress } = context;
  const checked = profiles.filter((p) => p.error === undefined);
  const garbled = await mapUnits<ProfileResult, GarbleResult>(
    checked,
    {
      state,
      kind: 'garble',
      key: (p) =>
        unitKey(
          ref(p.file).hash,
          p.language,
          references(p.file).map((id) => ref(id).hash),
        ),
      valid: isGarbleResult,
      limit,
      onDone: progress('garble', checked.length),
    },
    (p) => tasks.garble({ file: ref(p.file), language: p.language, references: references(p.file).map(ref) }),
  );
  return new Map(checked.map((p, i) => [p.file, garbled[i]!]));
}

/**
 * Corpus mode: read every text file, detect languages, pair counterpart documents, align each
 * pair's sentences, check every document for spun text (with its same-story siblings as
 * references), and write `documents.jsonl`, `pairs.jsonl`, `alignments/`, `corpus.tmx`, Moses
 * files, `report.html` and, last, `run.json` to `out`.
 *
 * Work runs on `jobs` worker threads, or with `queue` as BullMQ jobs that `sejajar worker` processes
 * take (see queue.ts). The output folder is locked for the run. Each finished
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
  const { asked } = await checkOptions(options);
  const listing = await listCorpusFiles(options.inputs);
  for (const line of listing.skipped) warn(`skipped ${line}`);
  const jobs = options.queue === undefined ? workerCount(options.jobs, listing.files.length, warn) : undefined;
  // Before the folder is touched: an unreachable Redis is one error and changes nothing.
  if (options.queue !== undefined) await reachQueue(options.queue.url);

  const lock = await lockOutput(options.out, warn);
  const progress = (stage: CorpusProgress['stage'], total: number) => (done: number) => options.onProgress?.({ stage, done, total });
  let workers: CorpusWorkers | undefined;
  try {
    // This run owns the folder: temporaries left by a killed run are orphans, and the marker of
    // a finished run must not stand while this one is unfinished.
    await removeTemporaries([options.out, join(options.out, 'alignments')]);
    await rm(join(options.out, RUN_FILE), { force: true });
    const state = await openState(join(options.out, '.sejajar-state'), options.resume ?? false, warn);
    workers = jobs === undefined ? await startQueue(options.queue!, options.resume ?? false) : startWorkers(jobs);
    // Content hashes first: they key every unit of work.
    const { refs, unreadable } = await hashFiles(listing.files, progress('hash', listing.files.length));
    const context: StageContext = { state, tasks: workers, limit: jobs === undefined ? QUEUED_UNITS : jobs * 2, ref: (id) => refs.get(id)!, progress, warn };

    const profiles = await profileStage(context, listing.files, unreadable);
    const fingerprints = profiles.map((p) => p.fingerprint).filter((f): f is DocumentFingerprint => f !== null);
    const pairing = pairDocuments(fingerprints, {
      sourceLanguage: asked?.[0],
      targetLanguage: asked?.[1],
      ...(options.minPairScore === undefined ? {} : { minScore: options.minPairScore }),
    });
    const languageOf = new Map(profiles.map((p) => [p.file, p.language]));
    const languages = pairing.pairs.map((p) => pairLanguages([languageOf.get(p.source)!, languageOf.get(p.target)!], asked));
    const { aligned, lexicons } =
      (options.sharedLexicon ?? true)
        ? await alignTwice(context, pairing.pairs, languages)
        : { aligned: await firstPass(context, pairing.pairs, languages, progress('align', pairing.pairs.length)), lexicons: [] };
    const garbleOf = await garbleStage(context, profiles, referencesOf(pairing));

    const documents = documentRecords(profiles, garbleOf, pairing);
    const spun = new Set(documents.filter((d) => d.verdict === 'spun').map((d) => d.file));
    const pairs = pairRecords(pairing.pairs, languages, aligned, spun);

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
      failedUnits:
        documents.filter((d, i) => d.error !== undefined && profiles[i]!.error === undefined).length + pairs.filter((p) => p.record.error !== undefined).length,
      pairs: pairs.length,
      closeLanguagePairs: pairs.filter((p) => p.record.languageNote !== undefined).length,
      spun: spun.size,
      ...counts,
      lexicons,
      warnings,
    };
    await writeRunMarker(options.out, {
      version,
      options: {
        inputs: options.inputs,
        sourceLanguage: options.sourceLanguage ?? null,
        targetLanguage: options.targetLanguage ?? null,
        minScore: options.minScore ?? 0.5,
        minPairScore: options.minPairScore ?? null,
        excludeSpun: options.excludeSpun ?? false,
        sharedLexicon: options.sharedLexicon ?? true,
        resumed: options.resume ?? false,
        jobs: jobs ?? null,
        queue: options.queue === undefined ? null : redactUrl(options.queue.url),
      },
      result,
    });
    return result;
  } finally {
    await workers?.destroy();
    await lock.release();
  }
}
