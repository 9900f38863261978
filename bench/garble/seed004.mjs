// Seed 004 (a real spinner's output) with our word-level annotation, and the two helpers every
// garble script shares: copies of 004 with part of its substitutions put back (a lighter spin by
// the same unseen spinner), word-level counts against gold spans and the document AUC.
import { readFileSync } from 'node:fs';
import { words } from '@sejajar/text';

const repo = new URL('../../', import.meta.url);
/** Our annotation of 004: `{ file, spans: [{ start, end, text, original }] }`. */
export const annotation004 = JSON.parse(readFileSync(new URL('bench/garble/004.annotation.json', repo), 'utf8'));
export const text004 = readFileSync(new URL(annotation004.file, repo), 'utf8');

/**
 * 004 with each annotated substitution kept with probability `rate` and otherwise replaced by its
 * original (in the substitute's case); `spans` are the substitutions kept, as offsets into `text`.
 * Deterministic for a seed.
 */
export function restored004(rate, seed) {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  let text = '';
  let at = 0;
  const spans = [];
  for (const g of [...annotation004.spans].sort((a, b) => a.start - b.start)) {
    text += text004.slice(at, g.start);
    at = g.end;
    const present = text004.slice(g.start, g.end);
    if (random() < rate) {
      spans.push({ start: text.length, end: text.length + present.length });
      text += present;
    } else text += /^\p{Lu}/u.test(present) ? g.original.charAt(0).toUpperCase() + g.original.slice(1) : g.original;
  }
  return { text: text + text004.slice(at), spans };
}

/** Do two stretches of text (start/end offsets) share a character? */
export const overlap = (a, b) => a.start < b.end && b.start < a.end;

/** Word-level counts: a word is positive when it overlaps a span; `n` is the number of words. */
export function wordCounts(text, gold, predicted) {
  let tp = 0,
    fp = 0,
    fn = 0,
    n = 0;
  for (const w of words(text)) {
    n++;
    const g = gold.some((s) => overlap(w, s));
    const p = predicted.some((s) => overlap(w, s));
    if (g && p) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
  return { tp, fp, fn, n };
}

/** Precision, recall and F1 of word counts (0 where a denominator is 0). */
export function prf({ tp, fp, fn }) {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f: (2 * p * r) / (p + r || 1) };
}

/**
 * How often the detector names the original: of the gold substitutions (each with its `original`)
 * that a predicted span overlaps, how many get the original as the suggestion (case aside).
 */
export function suggestionCounts(gold, predicted) {
  let found = 0,
    named = 0;
  for (const g of gold) {
    const span = predicted.find((s) => overlap(s, g));
    if (!span) continue;
    found++;
    if (span.suggestion !== undefined && span.suggestion.toLowerCase() === g.original.toLowerCase()) named++;
  }
  return { found, named };
}

/** Document AUC: the chance that a spun text scores above a clean one (ties count half). */
export function auc(positives, negatives) {
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}
