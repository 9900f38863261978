import type { Sentence } from '@sejajar/text';

/** What corpus mode learned about one file; one line of `documents.jsonl`. */
export interface DocumentRecord {
  /** The file's path as given on the command line (folder + path below it). */
  readonly file: string;
  /** BCP 47 tag, `und` when undecided or unreadable. */
  readonly language: string;
  readonly confidence: number;
  readonly sentences: number;
  /** Garble verdict; `null` when the file could not be read. */
  readonly verdict: 'spun' | 'clean' | 'unsupported' | null;
  readonly garbleScore: number | null;
  /** Same-story group: documents in one language that report the same story share it; `null` alone. */
  readonly story: number | null;
  /** Same-language documents this one nearly copies (syndicated or spun copies). */
  readonly nearCopies: readonly string[];
  /** Why the file was left out (not UTF-8, unreadable) or its garble check failed. */
  readonly error?: string | undefined;
}

/** A pair of counterpart documents in two languages; one line of `pairs.jsonl`. */
export interface PairRecord {
  readonly source: string;
  readonly target: string;
  readonly sourceLanguage: string;
  readonly targetLanguage: string;
  /**
   * Set when a side was detected as a close language of the one asked for (`ms` for `id`) and
   * kept as the asked one, e.g. `source read as ms, kept as id (a close language)`.
   */
  readonly languageNote?: string | undefined;
  /** Pairing score in [0,1]. */
  readonly score: number;
  /** The pair's sentence alignment, relative to the output folder; `null` when aligning failed (see `error`). */
  readonly alignment: string | null;
  /** Link counts by type (`1-1`, `2-1`, `0-1`…). */
  readonly linkTypes: Readonly<Record<string, number>>;
  /**
   * Which side was judged spun, if any. Such pairs are written to corpus.tmx (with an `x-spun`
   * prop) and the Moses files unless the run was asked to exclude them.
   */
  readonly spun: 'source' | 'target' | 'both' | null;
  /** Why the pair could not be aligned. */
  readonly error?: string | undefined;
}

/** A garbled span as the report shows it. */
export interface ReportSpan {
  readonly start: number;
  readonly end: number;
  readonly suggestion?: string | undefined;
  readonly reason: string;
}

/** A sentence link as the report draws it. */
export interface ReportLink {
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly score: number;
}

/** One document's text as the report shows it. */
export interface ReportText {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly spans: readonly ReportSpan[];
}
