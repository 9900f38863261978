// The work corpus mode hands to worker threads (piscina loads this file by path). Each task
// reads its files itself, so only small results cross threads and the main thread never holds
// the corpus's texts. Every file is read through `readVerified`: a task refuses text whose hash
// is not the one its unit is keyed by.
import { Piscina } from 'piscina';
import { splitSentences } from '@sejajar/text';
import { detectDocument, useLangidTables } from '@sejajar/langid';
import { alignSentences, fingerprintDocument, type DocumentFingerprint, type Link } from '@sejajar/align';
import { detectGarble, useGarbleTables } from '@sejajar/garble';
import { readVerified, type FileRef } from './files.js';
import type { SharedTables } from './workers.js';

// A thread of the local pool uses the tables its pool read into shared memory (workers.ts); a
// process that runs these tasks some other way (`sejajar worker`) reads its own on first use.
const shared = (Piscina.workerData as { tables?: SharedTables } | undefined)?.tables;
if (shared !== undefined) {
  useLangidTables(shared.langid);
  useGarbleTables(shared.garble);
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
  (value.fingerprint === null || isObject(value.fingerprint));

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
}

/** A stored alignment is reused only if it has this shape. */
export const isAlignResult = (value: unknown): value is AlignResult =>
  isObject(value) &&
  Array.isArray(value.links) &&
  value.links.every((l) => isObject(l) && isIndexList(l.source) && isIndexList(l.target) && typeof l.score === 'number');

/** Align the sentences of a document pair, in the languages the pair was made in. */
export async function align(task: { source: FileRef; target: FileRef; sourceLanguage: string; targetLanguage: string }): Promise<AlignResult> {
  const [source, target] = await Promise.all([
    readVerified(task.source.path, task.source.hash, task.source.id),
    readVerified(task.target.path, task.target.hash, task.target.id),
  ]);
  const alignment = alignSentences(source, target, { sourceLanguage: task.sourceLanguage, targetLanguage: task.targetLanguage });
  return { links: alignment.links };
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
