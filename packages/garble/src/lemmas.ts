import { isLemma, lemmaPosOf, mayBeSecondInLemma, startsMultiwordLemma, type Lexicon, type Pos } from './lexicon.js';
import { analyse, type Analysis } from './morphology.js';
import type { Token } from './tokens.js';

/**
 * Readings of the phrase `tokens[at..last]` as a WordNet multiword lemma ("applied sciences" →
 * applied_science, plural; "thought about" → think_about, past), with the word that carries
 * its meaning in vector space (a verb's first word, otherwise the last).
 */
export function phraseReadings(lexicon: Lexicon, tokens: readonly Token[], at: number, last: number): { readings: Analysis[]; head: string } {
  // Most runs of words start no lemma, and are done without building a string.
  if (!mayStartLemma(lexicon, tokens[at]!.lower) || !mayContinueLemma(lexicon, tokens, at, last)) return { readings: [], head: tokens[last]!.lower };
  const words = tokens.slice(at, last + 1).map((t) => t.lower);
  const readings: Analysis[] = [];
  const add = (lemma: string, pos: Pos, form: Analysis['form']): void => {
    if (isLemma(lexicon, lemma, pos) && !readings.some((r) => r.lemma === lemma && r.pos === pos && r.form === form)) readings.push({ lemma, pos, form });
  };
  for (const pos of lemmaPosOf(lexicon, words.join('_'))) add(words.join('_'), pos as Pos, 'base');
  for (const r of analyse(lexicon, words[words.length - 1]!)) {
    if (r.pos === 'n' && r.form === 's') add([...words.slice(0, -1), r.lemma].join('_'), 'n', 's');
  }
  for (const r of analyse(lexicon, words[0]!)) {
    if (r.pos === 'v' && r.form !== 'base') add([r.lemma, ...words.slice(1)].join('_'), 'v', r.form);
  }
  const head = readings.some((r) => r.pos === 'v') ? words[0]! : words[words.length - 1]!;
  return { readings, head };
}

/**
 * Can a WordNet multiword lemma that {@link phraseReadings} reads start with `word`? Every one it
 * reads starts with the word itself or, for a verb, the word's lemma; when this says no, it reads none.
 */
export function mayStartLemma(lexicon: Lexicon, word: string): boolean {
  return (
    word.includes('_') ||
    startsMultiwordLemma(lexicon, word) ||
    analyse(lexicon, word).some((r) => r.pos === 'v' && r.form !== 'base' && startsMultiwordLemma(lexicon, r.lemma))
  );
}

/**
 * Can `tokens[at..last]` be read as a lemma, as far as its second word tells? The readings of
 * {@link phraseReadings} keep the second word, but for a noun's plural as the last word of two
 * ("applied sciences"), whose lemma may take the singular. Most runs of words fail here.
 */
function mayContinueLemma(lexicon: Lexicon, tokens: readonly Token[], at: number, last: number): boolean {
  const second = tokens[at + 1]!.lower;
  // A word holding `_` splits the joined lemma elsewhere: no shortcut.
  if (tokens[at]!.lower.includes('_') || second.includes('_') || mayBeSecondInLemma(lexicon, second)) return true;
  return last === at + 1 && analyse(lexicon, second).some((r) => r.pos === 'n' && r.form === 's' && mayBeSecondInLemma(lexicon, r.lemma));
}

/** The longest multiword lemma {@link widenToLemma} looks for, in words ("man of the cloth"). */
const WIDEST_LEMMA = 4;

/**
 * The stretch `[start, end)` of `text` widened to the longest WordNet multiword lemma that
 * contains it ("war" in "state of war", "period" in "time period"), or unchanged when none does.
 * A spinner swaps a word for a whole thesaurus entry, and the entry is one substitution, so a
 * flagged word inside such a lemma stands for the lemma. Only lower-case words (a capitalised
 * word inside a sentence is a name) joined by single spaces (of any kind) within one sentence qualify.
 */
export function widenToLemma(lexicon: Lexicon, tokens: readonly Token[], text: string, start: number, end: number): { start: number; end: number } {
  const first = tokens.findIndex((t) => t.end > start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  if (first < 0 || tokens[first]!.start >= end) return { start, end };
  const joinable = (k: number): boolean => {
    const t = tokens[k]!;
    return !t.special && !(t.capitalised && !t.initial);
  };
  // One space of any kind: a no-break space (common in text taken from web pages) joins as well.
  const joined = (k: number): boolean => tokens[k]!.sentence === tokens[k - 1]!.sentence && /^\p{Zs}$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  for (let length = WIDEST_LEMMA; length > last - first + 1 && length >= 2; length--) {
    for (let at = Math.max(0, last - length + 1); at <= first && at + length <= tokens.length; at++) {
      const final = at + length - 1;
      let ok = true;
      for (let k = at; k <= final && ok; k++) ok = joinable(k) && (k === at || (joined(k) && !tokens[k]!.initial));
      if (ok && phraseReadings(lexicon, tokens, at, final).readings.length > 0) {
        return { start: Math.min(start, tokens[at]!.start), end: Math.max(end, tokens[final]!.end) };
      }
    }
  }
  return { start, end };
}
