// The work corpus mode hands to worker threads (piscina loads this file by path). Each task
// reads its files itself, so only small results cross threads and the main thread never holds
// the corpus's texts.
import { readTextFile, splitSentences } from '@sejajar/text';
import { detect } from '@sejajar/langid';
import { alignSentences, fingerprintDocument, type DocumentFingerprint, type Link } from '@sejajar/align';
import { detectGarble } from '@sejajar/garble';

/** What the first pass learns of a file. */
export interface ProfileResult {
  readonly file: string;
  readonly language: string;
  readonly confidence: number;
  readonly sentences: number;
  readonly fingerprint: DocumentFingerprint | null;
  readonly error?: string;
}

/** Detect a file's language and fingerprint it for pairing; an unreadable file is an error result. */
export async function profile(task: { file: string; path: string; language?: string }): Promise<ProfileResult> {
  let text: string;
  try {
    text = await readTextFile(task.path);
  } catch (error) {
    return { file: task.file, language: 'und', confidence: 0, sentences: 0, fingerprint: null, error: (error as Error).message };
  }
  const detection = detect(text);
  const language = detection.language;
  const sentences = splitSentences(text, { language }).length;
  const fingerprint = language === 'und' ? null : fingerprintDocument({ id: task.file, language, text });
  return { file: task.file, language, confidence: detection.confidence, sentences, fingerprint };
}

/** The sentence alignment of one document pair. */
export interface AlignResult {
  readonly links: Link[];
}

/** Align the sentences of a document pair. */
export async function align(task: { sourcePath: string; targetPath: string; sourceLanguage: string; targetLanguage: string }): Promise<AlignResult> {
  const [source, target] = await Promise.all([readTextFile(task.sourcePath), readTextFile(task.targetPath)]);
  const alignment = alignSentences(source, target, { sourceLanguage: task.sourceLanguage, targetLanguage: task.targetLanguage });
  return { links: alignment.links };
}

/** Garble verdict of one document, with its same-story siblings as references. */
export interface GarbleResult {
  readonly verdict: 'spun' | 'clean' | 'unsupported';
  readonly score: number;
  readonly spans: { start: number; end: number; text: string; suggestion?: string; reason: string; confidence: number }[];
}

/** Check one document for spun text. */
export async function garble(task: { path: string; references: string[] }): Promise<GarbleResult> {
  const text = await readTextFile(task.path);
  const references = await Promise.all(task.references.map((path) => readTextFile(path)));
  const report = detectGarble(text, { references });
  return { verdict: report.verdict, score: report.score, spans: report.spans.map((s) => ({ ...s })) };
}
