// The work corpus mode hands to worker threads (piscina loads this file by path). Each task
// reads its files itself, so only small results cross threads and the main thread never holds
// the corpus's texts. Every file is read through `readVerified`: a task refuses text whose hash
// is not the one its unit is keyed by.
import { createHash } from 'node:crypto';
import { Piscina } from 'piscina';
import { splitSentences } from '@sejajar/text';
import { detectDocument, useLangidTables } from '@sejajar/langid';
import {
  alignFirstPass,
  alignSentences,
  fingerprintDocument,
  learnFromLinks,
  type Dictionary,
  type DocumentFingerprint,
  type Link,
  type TrainingLink,
} from '@sejajar/align';
import { detectGarble, useGarbleTables, useLanguageModelTables } from '@sejajar/garble';
import { readVerified, type FileRef } from './files.js';
import type { SharedTables } from './workers.js';

// A thread of the local pool uses the tables its pool read into shared memory (workers.ts); a
// process that runs these tasks some other way (`sejajar worker`) reads its own on first use.
const shared = (Piscina.workerData as { tables?: SharedTables } | undefined)?.tables;
if (shared !== undefined) {
  useLangidTables(shared.langid);
  useGarbleTables(shared.garble);
  if (shared.lm !== undefined) useLanguageModelTables(shared.lm);
}

/** What the first pass learns of a file. */
export interface ProfileResult {
  readonly file: string;
  readonly language: string;
  readonly confidence: number;
  readonly sentences: number;
  readonly fingerprint: DocumentFingerprint | null;
  /** Why the file cannot be used (not UTF-8, binary). */
  readonly error?: string | undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isIndexList = (value: unknown): value is number[] => Array.isArray(value) && value.every((i) => Number.isInteger(i) && i >= 0);

/** A stored profile is reused only if it has this shape. */
export const isProfileResult = (value: unknown): value is ProfileResult =>
  isObject(value) &&
  typeof value.file === 'string' &&
  typeof value.language === 'string' &&
  typeof value.confidence === 'number' &&
  Number.isInteger(value.sentences) &&
  (value.fingerprint === null || (isObject(value.fingerprint) && isObject(value.fingerprint.pivot) && Array.isArray(value.fingerprint.pivot.keys)));

/**
 * Detect a file's language exactly as `sejajar detect` does (`detectDocument`: sentences weighted
 * by length) and fingerprint it for pairing. A file that is not text is an error result, not a
 * failed task: it is listed in documents.jsonl. A file that changed since it was hashed throws.
 */
export async function profile(task: FileRef): Promise<ProfileResult> {
  let text: string;
  try {
    text = await readVerified(task.path, task.hash, task.id);
  } catch (error) {
    const code = (error as { code?: string | undefined }).code;
    if (code !== 'NOT_UTF8' && code !== 'BINARY') throw error;
    return { file: task.id, language: 'und', confidence: 0, sentences: 0, fingerprint: null, error: (error as Error).message };
  }
  const detection = detectDocument(text);
  const language = detection.language;
  const sentences = splitSentences(text, { language }).length;
  const fingerprint = language === 'und' ? null : fingerprintDocument({ id: task.id, language, text });
  return { file: task.id, language, confidence: detection.confidence, sentences, fingerprint };
}

/** The sentence alignment of one document pair. */
export interface AlignResult {
  readonly links: Link[];
  /** The first pass's confident links (what a shared lexicon learns from); absent from a second pass. */
  readonly confident?: TrainingLink[] | undefined;
}

const isTrainingLink = (value: unknown): value is TrainingLink => isIndexList(value) && value.length === 4;

/** A stored alignment is reused only if it has this shape. */
export const isAlignResult = (value: unknown): value is AlignResult =>
  isObject(value) &&
  Array.isArray(value.links) &&
  value.links.every((l) => isObject(l) && isIndexList(l.source) && isIndexList(l.target) && typeof l.score === 'number') &&
  (value.confident === undefined || (Array.isArray(value.confident) && value.confident.every(isTrainingLink)));

/** A first pass is reused only with its confident links. */
export const isFirstPassResult = (value: unknown): value is AlignResult & { confident: TrainingLink[] } =>
  isAlignResult(value) && value.confident !== undefined;

/** A learned lexicon as data: folded source word and its folded target words, in the order learned. */
export type LexiconEntries = [string, string[]][];

/**
 * A lexicon learned across a corpus, as an align task gets it: its hash and, in a task, its
 * entries (a queue job carries the hash alone; the worker fetches the entries, see queue.ts).
 */
export interface SharedLexicon {
  /** {@link lexiconHash} of the entries: part of every unit key that uses it. */
  readonly hash: string;
  readonly entries?: LexiconEntries | undefined;
}

/** SHA-256 of a lexicon's entries as JSON: what second-pass units are keyed by and tasks check. */
export const lexiconHash = (entries: LexiconEntries): string => createHash('sha256').update(JSON.stringify(entries)).digest('hex');

/** The last lexicon a thread used, as a map: every second-pass unit of a language pair uses the same one. */
let lastLexicon: { hash: string; lexicon: Dictionary } | undefined;

/** The lexicon's entries as a map, once checked against its hash (a task never aligns with words it was not keyed by). */
function lexiconOf(shared: SharedLexicon): Dictionary {
  if (lastLexicon?.hash === shared.hash) return lastLexicon.lexicon;
  if (shared.entries === undefined || lexiconHash(shared.entries) !== shared.hash) {
    throw new Error(`the shared lexicon ${shared.hash.slice(0, 12)} arrived missing or changed; the unit is retried`);
  }
  lastLexicon = { hash: shared.hash, lexicon: new Map(shared.entries) };
  return lastLexicon.lexicon;
}

/** What an align task gets: the pair's files and languages and, for a second pass, the shared lexicon. */
export interface AlignTask {
  readonly source: FileRef;
  readonly target: FileRef;
  readonly sourceLanguage: string;
  readonly targetLanguage: string;
  readonly lexicon?: SharedLexicon | undefined;
}

/**
 * Align the sentences of a document pair, in the languages the pair was made in. Without a
 * lexicon this is the first pass, which also returns its confident links; with one, the second.
 */
export async function align(task: AlignTask): Promise<AlignResult> {
  const [source, target] = await Promise.all([
    readVerified(task.source.path, task.source.hash, task.source.id),
    readVerified(task.target.path, task.target.hash, task.target.id),
  ]);
  const languages = { sourceLanguage: task.sourceLanguage, targetLanguage: task.targetLanguage };
  if (task.lexicon !== undefined) return { links: alignSentences(source, target, { ...languages, lexicon: lexiconOf(task.lexicon) }).links };
  const first = alignFirstPass(source, target, languages);
  return { links: first.alignment.links, confident: first.confident };
}

/** What a learn task gets: one language pair's pairs, each with its share of the sampled links. */
export interface LearnTask {
  readonly sourceLanguage: string;
  readonly targetLanguage: string;
  readonly pairs: readonly (Omit<AlignTask, 'lexicon'> & { readonly links: readonly TrainingLink[] })[];
}

/** A lexicon learned across a corpus. */
export interface LearnResult {
  readonly entries: LexiconEntries;
}

/** A stored lexicon is reused only if it has this shape. */
export const isLearnResult = (value: unknown): value is LearnResult =>
  isObject(value) &&
  Array.isArray(value.entries) &&
  value.entries.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && Array.isArray(e[1]) && e[1].every((w) => typeof w === 'string'));

/** Learn one language pair's lexicon from the sampled links: read each pair, train Model 1 (`learnFromLinks`). */
export async function learn(task: LearnTask): Promise<LearnResult> {
  const pairs = [];
  for (const pair of task.pairs) {
    const [source, target] = await Promise.all([
      readVerified(pair.source.path, pair.source.hash, pair.source.id),
      readVerified(pair.target.path, pair.target.hash, pair.target.id),
    ]);
    pairs.push({ source, target, sourceLanguage: pair.sourceLanguage, targetLanguage: pair.targetLanguage, links: pair.links });
  }
  const lexicon = learnFromLinks(pairs, { sourceLanguage: task.sourceLanguage, targetLanguage: task.targetLanguage });
  return { entries: Array.from(lexicon, ([word, translations]) => [word, [...translations]]) };
}

/** Garble verdict of one document, with its same-story siblings as references. */
export interface GarbleResult {
  readonly verdict: 'spun' | 'clean' | 'unsupported';
  readonly score: number;
  readonly spans: { start: number; end: number; text: string; suggestion?: string | undefined; reason: string; confidence: number }[];
}

/** A stored garble report is reused only if it has this shape. */
export const isGarbleResult = (value: unknown): value is GarbleResult =>
  isObject(value) &&
  (value.verdict === 'spun' || value.verdict === 'clean' || value.verdict === 'unsupported') &&
  typeof value.score === 'number' &&
  Array.isArray(value.spans) &&
  value.spans.every((s) => isObject(s) && Number.isInteger(s.start) && Number.isInteger(s.end) && typeof s.reason === 'string');

/** Check one document for spun text, in the language the profile found (one detector decides). */
export async function garble(task: { file: FileRef; language: string; references: FileRef[] }): Promise<GarbleResult> {
  const text = await readVerified(task.file.path, task.file.hash, task.file.id);
  const references = await Promise.all(task.references.map((r) => readVerified(r.path, r.hash, r.id)));
  const report = detectGarble(text, { references, language: task.language });
  return { verdict: report.verdict, score: report.score, spans: report.spans.map((s) => ({ ...s })) };
}
