// From the units' results to the records of documents.jsonl and pairs.jsonl: pure functions of
// what the stages found, so a resumed run builds the same records as a clean one.
import type { DocumentPair, DocumentPairing, Link } from '@sejajar/align';
import { primaryLanguage } from '@sejajar/text';
import type { UnitOutcome } from './state.js';
import type { DocumentRecord, PairRecord } from './types.js';
import type { GarbleResult, ProfileResult } from './worker.js';

/** Same-story documents given to garble detection as references, at most. */
const MAX_REFERENCES = 3;

/** A failed unit's message, with a word on which stage failed. */
export const failure = <R>(outcome: UnitOutcome<R>, stage: string): string | undefined => ('error' in outcome ? `${stage}: ${outcome.error}` : undefined);

/** Each document's same-language near-copies, sorted. */
export function nearCopiesOf(pairing: DocumentPairing): Map<string, string[]> {
  const near = new Map<string, string[]>();
  for (const { a, b } of pairing.nearCopies) {
    near.set(a, [...(near.get(a) ?? []), b]);
    near.set(b, [...(near.get(b) ?? []), a]);
  }
  for (const list of near.values()) list.sort();
  return near;
}

/**
 * References for each document's garble check: near-copies first (a spun copy's likely source),
 * then the rest of its same-story group, a few at most so a big story does not make the check
 * quadratic.
 */
export function referencesOf(pairing: DocumentPairing): (file: string) => string[] {
  const storyOf = new Map<string, readonly string[]>();
  for (const group of pairing.stories) for (const id of group) storyOf.set(id, group);
  const near = nearCopiesOf(pairing);
  return (file) => {
    const ordered = [...new Set([...(near.get(file) ?? []), ...(storyOf.get(file) ?? [])])].filter((id) => id !== file);
    return ordered.slice(0, MAX_REFERENCES);
  };
}

/** The languages a pair is recorded and aligned in. */
export interface PairLanguages {
  readonly sourceLanguage: string;
  readonly targetLanguage: string;
  readonly languageNote?: string | undefined;
}

/**
 * The languages a pair is recorded and aligned in: as detected, or, when the user asked for a
 * language pair, the asked tags, with a note when a side was read as a close language of its tag.
 */
export function pairLanguages(detected: readonly [string, string], asked: readonly [string, string] | undefined): PairLanguages {
  if (asked === undefined) return { sourceLanguage: detected[0], targetLanguage: detected[1] };
  const notes = (['source', 'target'] as const)
    .map((side, i) =>
      primaryLanguage(detected[i]) === primaryLanguage(asked[i]) ? undefined : `${side} read as ${detected[i]}, kept as ${asked[i]} (a close language)`,
    )
    .filter((note) => note !== undefined);
  return { sourceLanguage: asked[0], targetLanguage: asked[1], ...(notes.length === 0 ? {} : { languageNote: notes.join('; ') }) };
}

/** One line of documents.jsonl per file, in file order. */
export function documentRecords(
  profiles: readonly ProfileResult[],
  garbleOf: ReadonlyMap<string, UnitOutcome<GarbleResult>>,
  pairing: DocumentPairing,
): DocumentRecord[] {
  const storyOf = new Map<string, number>();
  pairing.stories.forEach((group, i) => group.forEach((id) => storyOf.set(id, i)));
  const near = nearCopiesOf(pairing);
  return profiles.map((p) => {
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
}

/** One line of pairs.jsonl per document pair, with its links (none if aligning failed). */
export function pairRecords(
  pairs: readonly DocumentPair[],
  languages: readonly PairLanguages[],
  aligned: readonly UnitOutcome<{ links: Link[] }>[],
  spun: ReadonlySet<string>,
): { record: PairRecord; links: Link[] }[] {
  return pairs.map((p, i) => {
    const outcome = aligned[i]!;
    const links = 'result' in outcome ? outcome.result.links : [];
    const linkTypes: Record<string, number> = {};
    for (const link of links) {
      const type = `${link.source.length}-${link.target.length}`;
      linkTypes[type] = (linkTypes[type] ?? 0) + 1;
    }
    const error = failure(outcome, 'align');
    const record: PairRecord = {
      source: p.source,
      target: p.target,
      ...languages[i]!,
      score: p.score,
      alignment: error === undefined ? `alignments/${String(i).padStart(4, '0')}.jsonl` : null,
      linkTypes,
      spun: spun.has(p.source) ? (spun.has(p.target) ? 'both' : 'source') : spun.has(p.target) ? 'target' : null,
      ...(error === undefined ? {} : { error }),
    };
    return { record, links };
  });
}
