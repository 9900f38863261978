import { alignSentences } from '@sejajar/align';
import { words, type Sentence, type Word } from '@sejajar/text';
import { diffArrays } from 'diff';
import type { Finding } from './findings.js';
import { cosine, rankOf, synonymsOf, type Lexicon } from './lexicon.js';
import { analyse } from './morphology.js';

/** Longest run of words on either side that still counts as one substitution ("in opposition to"). */
const MAX_RUN = 4;
/** Vector similarity at which two differing words count as thesaurus neighbours. */
const NEIGHBOUR_SIMILARITY = 0.4;
/**
 * Share of words two linked sentences have in common from which a synonym between them is
 * strong evidence: a spun copy keeps most of its source's words, while independent reports of
 * the same story (siblings) share far fewer. Below `LOOSE`, a difference is no evidence at all.
 */
const CLOSE = 0.7;
const LOOSE = 0.35;

/** How rare the rarest word of a run is (higher = rarer). */
function rarity(lexicon: Lexicon, run: readonly Word[]): number {
  return Math.max(...run.map((w) => rankOf(lexicon, w.text.toLowerCase()) ?? 400_000));
}

/** Are two words synonyms in some WordNet sense (compared by lemma), or close neighbours in vector space? */
function related(lexicon: Lexicon, a: string, b: string): boolean {
  if (a === b) return false;
  for (const reading of analyse(lexicon, a)) {
    const theirs = new Set(
      analyse(lexicon, b)
        .filter((r) => r.pos === reading.pos)
        .map((r) => r.lemma),
    );
    if (synonymsOf(lexicon, reading.lemma, reading.pos).some((s) => theirs.has(s))) return true;
  }
  return (cosine(lexicon, a, b) ?? 0) >= NEIGHBOUR_SIMILARITY;
}

/** The words of some sentences, with offsets into the whole text. */
function wordsOf(sentences: readonly Sentence[], indices: readonly number[]): Word[] {
  return indices.flatMap((i) => {
    const sentence = sentences[i]!;
    return words(sentence.text).map((w) => ({ start: sentence.start + w.start, end: sentence.start + w.end, text: w.text }));
  });
}

/**
 * Reference mode: align the text's sentences with each reference (`@sejajar/align`), diff the
 * words of every linked pair (`diff`), and report each replaced run of at most four words whose
 * replacement in the reference is a thesaurus neighbour, with the reference's words as the
 * suggestion. Confidence grows with how many words the two sentences share (a copy keeps most;
 * an independent report of the same story does not) and drops when the text has the commoner
 * word of the two (then the reference is likelier the copy).
 */
export function referenceFindings(lexicon: Lexicon, text: string, references: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  for (const reference of references) {
    const alignment = alignSentences(text, reference, { sourceLanguage: 'en', targetLanguage: 'en' });
    for (const link of alignment.links) {
      if (link.source.length === 0 || link.target.length === 0) continue;
      const mine = wordsOf(alignment.source, link.source);
      const theirs = wordsOf(alignment.target, link.target);
      const changes = diffArrays(
        mine.map((w) => w.text.toLowerCase()),
        theirs.map((w) => w.text.toLowerCase()),
      );
      const kept = changes.reduce((n, c) => n + (c.added || c.removed ? 0 : c.count), 0);
      const overlap = kept / Math.max(mine.length, theirs.length, 1);
      const closeness = Math.min(1, Math.max(0, (overlap - LOOSE) / (CLOSE - LOOSE)));
      if (closeness === 0) continue;
      let i = 0;
      let j = 0;
      for (let c = 0; c < changes.length; c++) {
        const change = changes[c]!;
        const next = changes[c + 1];
        if (change.removed && next?.added) {
          const removed = mine.slice(i, i + change.count);
          const added = theirs.slice(j, j + next.count);
          if (
            removed.length <= MAX_RUN &&
            added.length <= MAX_RUN &&
            removed.some((r) => added.some((a) => related(lexicon, r.text.toLowerCase(), a.text.toLowerCase())))
          ) {
            // Spinners put in the rarer word; when the text has the commoner one, the reference
            // is more likely the copy.
            const direction = rarity(lexicon, removed) > rarity(lexicon, added) ? 1 : 0.3;
            findings.push({
              start: removed[0]!.start,
              end: removed[removed.length - 1]!.end,
              suggestion: reference.slice(added[0]!.start, added[added.length - 1]!.end),
              reason: 'reference',
              confidence: 0.95 * closeness * direction,
            });
          }
          i += change.count;
          j += next.count;
          c++;
          continue;
        }
        if (!change.added) i += change.count;
        if (!change.removed) j += change.count;
      }
    }
  }
  return findings;
}
