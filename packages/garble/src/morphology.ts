import { memoPerWord } from './cache.js';
import { irregularPlurals, irregularSingulars, irregularVerbBases, irregularVerbs } from './irregular.js';
import { isLemma, lemmaPosOf, rankOf, type Lexicon, type Pos } from './lexicon.js';

/** The inflection of a word form: base, plural or third person `-s`, past `-ed`, participle `-en`, `-ing`, `-er`, `-est`. */
export type Form = 'base' | 's' | 'ed' | 'en' | 'ing' | 'er' | 'est';

/** One reading of a word form: its lemma, part of speech and inflection. */
export interface Analysis {
  readonly lemma: string;
  readonly pos: Pos;
  readonly form: Form;
}

const VOWEL = /[aeiou]/;

/**
 * Every reading of a lower-case word form that WordNet's lemma list supports (shared between
 * calls: do not change the array).
 */
export const analyse: (lexicon: Lexicon, word: string) => readonly Analysis[] = memoPerWord(50_000, analyseWord);

function analyseWord(lexicon: Lexicon, word: string): Analysis[] {
  const readings: Analysis[] = [];
  const add = (lemma: string, pos: Pos, form: Form): void => {
    if (lemma.length < 2 || !isLemma(lexicon, lemma, pos)) return;
    if (!readings.some((r) => r.lemma === lemma && r.pos === pos && r.form === form)) readings.push({ lemma, pos, form });
  };
  for (const pos of lemmaPosOf(lexicon, word)) add(word, pos as Pos, 'base');

  const singular = irregularSingulars.get(word);
  if (singular) add(singular, 'n', 's');
  for (const base of irregularVerbBases.get(word) ?? []) {
    const [past, participle] = irregularVerbs.get(base)!;
    if (word === past) add(base, 'v', 'ed');
    if (word === participle && participle !== past) add(base, 'v', 'en');
  }
  const stem = (suffix: string): string => word.slice(0, word.length - suffix.length);
  const undoubled = (s: string): string | undefined => (/([b-df-hj-np-tv-z])\1$/.test(s) ? s.slice(0, -1) : undefined);

  if (word.endsWith('s') && !word.endsWith('ss')) {
    for (const pos of ['n', 'v'] as const) {
      if (word.endsWith('ies')) add(stem('ies') + 'y', pos, 's');
      if (word.endsWith('es')) add(stem('es'), pos, 's');
      add(stem('s'), pos, 's');
    }
  }
  if (word.endsWith('ed')) {
    const base = stem('ed');
    if (word.endsWith('ied')) add(stem('ied') + 'y', 'v', 'ed');
    add(base, 'v', 'ed');
    add(stem('d'), 'v', 'ed');
    const single = undoubled(base);
    if (single) add(single, 'v', 'ed');
  }
  if (word.endsWith('ing') && word.length > 4) {
    const base = stem('ing');
    if (word.endsWith('ying')) add(stem('ying') + 'ie', 'v', 'ing');
    add(base, 'v', 'ing');
    add(base + 'e', 'v', 'ing');
    const single = undoubled(base);
    if (single) add(single, 'v', 'ing');
  }
  for (const [suffix, form] of [
    ['er', 'er'],
    ['est', 'est'],
  ] as const) {
    if (!word.endsWith(suffix) || word.length < suffix.length + 3) continue;
    const base = stem(suffix);
    if (base.endsWith('i')) add(base.slice(0, -1) + 'y', 'a', form);
    add(base, 'a', form);
    add(base + 'e', 'a', form);
    const single = undoubled(base);
    if (single) add(single, 'a', form);
  }
  return readings;
}

/**
 * The form of `lemma` (a WordNet lemma, words joined by `_`) with inflection `form`, as it would
 * be written, or `undefined` when no spelling of it is a known word. Verbs inflect their first
 * word ("take care of" → "took care of"), nouns and adjectives their last.
 */
export function inflect(lexicon: Lexicon, lemma: string, pos: Pos, form: Form): string | undefined {
  const parts = lemma.split('_');
  const index = pos === 'v' ? 0 : parts.length - 1;
  const head = parts[index]!;
  const spellings = form === 'base' ? [head] : spellingsOf(head, pos, form);
  const known = spellings.filter((s) => rankOf(lexicon, s) !== undefined);
  if (known.length === 0) return undefined;
  // The commonest spelling wins ("stopped" over "stoped").
  known.sort((a, b) => rankOf(lexicon, a)! - rankOf(lexicon, b)!);
  parts[index] = known[0]!;
  if (parts.some((p) => rankOf(lexicon, p) === undefined)) return undefined;
  return parts.join(' ');
}

function spellingsOf(base: string, pos: Pos, form: Form): string[] {
  const doubled =
    VOWEL.test(base.slice(-2, -1)) && !VOWEL.test(base.slice(-3, -2)) && /[b-df-hj-np-tv-z]$/.test(base) && !/[wxy]$/.test(base)
      ? base + base.slice(-1)
      : undefined;
  const consonantY = /[^aeiou]y$/.test(base);
  switch (form) {
    case 's': {
      if (pos === 'n' && irregularPlurals.has(base)) return [irregularPlurals.get(base)!];
      if (pos === 'v' && base === 'be') return ['is'];
      if (pos === 'v' && base === 'have') return ['has'];
      if (consonantY) return [base.slice(0, -1) + 'ies'];
      if (/(s|x|z|ch|sh|o)$/.test(base)) return [base + 'es', base + 's'];
      return [base + 's'];
    }
    case 'ed':
    case 'en': {
      const irregular = irregularVerbs.get(base);
      if (irregular) return [form === 'ed' ? irregular[0] : irregular[1]];
      if (base.endsWith('e')) return [base + 'd'];
      if (consonantY) return [base.slice(0, -1) + 'ied'];
      return doubled ? [doubled + 'ed', base + 'ed'] : [base + 'ed'];
    }
    case 'ing': {
      if (base.endsWith('ie')) return [base.slice(0, -2) + 'ying'];
      if (base.endsWith('e') && !base.endsWith('ee')) return [base.slice(0, -1) + 'ing', base + 'ing'];
      return doubled ? [doubled + 'ing', base + 'ing'] : [base + 'ing'];
    }
    case 'er':
    case 'est': {
      const suffix = form;
      if (base.endsWith('e')) return [base + suffix.slice(1)];
      if (consonantY) return [base.slice(0, -1) + 'i' + suffix];
      return doubled ? [doubled + suffix, base + suffix] : [base + suffix];
    }
    default:
      return [base];
  }
}
