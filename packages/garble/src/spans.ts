import type { Finding, GarbleReason } from './findings.js';
import { widenToLemma } from './lemmas.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';

/**
 * One finding per stretch of text: where findings overlap, the most specific evidence wins
 * (reference, then damage, then misfit), and its span covers the overlap.
 */
export function merge(findings: readonly Finding[]): Finding[] {
  const rank: Record<GarbleReason, number> = {
    reference: 5,
    'broken-contraction': 4,
    'broken-inflection': 4,
    'fixed-name': 3,
    'variant-spelling': 3,
    attribution: 2,
    'phrase-swap': 2,
    'sense-misfit': 1,
  };
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Finding[] = [];
  for (const finding of sorted) {
    const last = result[result.length - 1];
    if (last && finding.start < last.end) {
      const winner =
        rank[finding.reason] > rank[last.reason] || (rank[finding.reason] === rank[last.reason] && finding.confidence > last.confidence) ? finding : last;
      result[result.length - 1] = {
        ...winner,
        start: Math.min(last.start, finding.start),
        end: Math.max(last.end, finding.end),
        confidence: Math.max(last.confidence, finding.confidence),
      };
    } else {
      result.push(finding);
    }
  }
  return result;
}

/**
 * The findings a report shows, in text order: those at or above `minConfidence`, overlapping
 * ones joined. In a text judged `spun`, a word's repeats share its confidence first and sense
 * misfits are widened to the multiword lemma around them (see {@link widenToLemma}).
 */
export function shownFindings(
  lexicon: Lexicon,
  tokens: readonly Token[],
  text: string,
  findings: readonly Finding[],
  spun: boolean,
  minConfidence: number,
): Finding[] {
  return shown(spun ? consistent(findings, text) : findings, minConfidence, spun ? (f) => widen(lexicon, tokens, text, f) : undefined);
}

/**
 * A spinner swaps a word the same way wherever its dictionary has it, so in a spun text a word
 * confidently flagged once lends part of its confidence to its other occurrences.
 */
function consistent(findings: readonly Finding[], text: string): Finding[] {
  const strongest = new Map<string, number>();
  const key = (f: Finding): string => text.slice(f.start, f.end).toLowerCase();
  for (const f of findings) strongest.set(key(f), Math.max(strongest.get(key(f)) ?? 0, f.confidence));
  return findings.map((f) => ({ ...f, confidence: Math.max(f.confidence, 0.8 * (strongest.get(key(f)) ?? 0)) }));
}

/**
 * The findings shown: those at or above `minConfidence`, each widened by `widenOne` when given,
 * and findings that then overlap joined into one span (the most confident one's suggestion).
 */
function shown(findings: readonly Finding[], minConfidence: number, widenOne?: (f: Finding) => Finding): Finding[] {
  const kept = findings.filter((f) => f.confidence >= minConfidence).map((f) => (widenOne ? widenOne(f) : f));
  const result: Finding[] = [];
  for (const f of kept) {
    const last = result[result.length - 1];
    if (last && f.start < last.end) {
      const winner = f.confidence > last.confidence ? f : last;
      result[result.length - 1] = { ...winner, start: Math.min(last.start, f.start), end: Math.max(last.end, f.end) };
    } else result.push(f);
  }
  return result;
}

/**
 * A spun text's sense misfit inside a WordNet multiword lemma stands for the whole lemma: the
 * spinner put in "state of war" for "war", not "state" alone (see {@link widenToLemma}). Clean text
 * is not widened: there a lone flag is a doubt about one word.
 */
function widen(lexicon: Lexicon, tokens: readonly Token[], text: string, f: Finding): Finding {
  if (f.reason !== 'sense-misfit') return f;
  const { start, end } = widenToLemma(lexicon, tokens, text, f.start, f.end);
  return start === f.start && end === f.end ? f : { ...f, start, end };
}
