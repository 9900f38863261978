// Sentence features and word matches: what the aligner knows about each sentence before the
// search. Every kind of evidence (identical words, numbers, months, punctuation, dictionaries,
// cognates, learned word pairs) ends up as one relation: which source word types match which
// target word types. A sentence pair's evidence is then the weight of the words each side has
// matched in the other.
import levenshtein from 'fast-levenshtein';
import { words, type Sentence } from '@sejajar/text';
import type { Dictionary } from './types.js';
import { sentenceLength } from './length.js';
import { fold, lookupKeys, monthOf, numberKey } from './normalize.js';

/** At most this many word types per sentence take part in matching (the heaviest ones). */
export const MAX_TYPES = 64;

/** One side of the alignment, reduced to word types with weights. */
export interface Side {
  readonly sentences: readonly Sentence[];
  readonly language: string | undefined;
  /** Type key ("#1500", "@m10", "⟨q⟩", or a folded word) → type id. */
  readonly vocabulary: Map<string, number>;
  readonly keys: string[];
  /** Per sentence: its type ids (at most {@link MAX_TYPES}, heaviest first) and their weights. */
  readonly types: Int32Array[];
  readonly weights: Float64Array[];
  /** Per sentence: the weight of all its types, those beyond the cap included. */
  readonly total: Float64Array;
  /** Per sentence: its length in Latin-character equivalents (Gale–Church evidence; see `sentenceLength`). */
  readonly lengths: Float64Array;
}

/** Is this key a word (rather than a number, month or punctuation mark)? */
export function isWordKey(key: string): boolean {
  return !/^[#@⟨]/.test(key);
}

const QUOTE = /["“”«»„「」『』]|(?:^|[\s(])['‘]|['’](?=[\s,.;:!?)]|$)/gu;

/**
 * Full-width forms as their ASCII counterparts (`１，５００` → `1,500`, `？` → `?`, `（` → `(`)
 * and the ideographic space as a space: Chinese and Japanese text writes numbers and punctuation
 * in either. Only U+FF01–U+FF5E and U+3000 change, so text in other scripts is read as before.
 */
export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Scripts written without spaces between words, whose runs `words()` returns whole. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The words of a run of text in a script without spaces, by `Intl.Segmenter` (word granularity,
 * dictionary-based for Chinese, Japanese and Thai): "约1,500名朝鲜士兵" → 约, 1,500, 名, 朝鲜, 士兵.
 * A Latin name or a number inside the run comes out as a word of its own. The locale is the
 * side's language when given, else Japanese when the run has kana, else Chinese.
 */
export function segmentWords(run: string, language: string | undefined): string[] {
  const locale = language ?? (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(run) ? 'ja' : /\p{Script=Thai}/u.test(run) ? 'th' : 'zh');
  let segmenter = segmenters.get(locale);
  if (segmenter === undefined) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
  const out: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(run)) if (isWordLike) out.push(segment);
  return out;
}

/** "10月" (October in Chinese and Japanese): a number of 1–12 followed by 月 is a month. */
const MONTH_SUFFIX = '月';

/** The type keys of one sentence, in order, with repeats. */
function sentenceKeys(sentence: string, language: string | undefined): string[] {
  const text = halfWidth(sentence);
  const keys: string[] = [];
  const pieces: string[] = [];
  for (const word of words(text)) {
    if (UNSPACED.test(word.text)) pieces.push(...segmentWords(word.text, language));
    else pieces.push(word.text);
  }
  pieces.forEach((piece, k) => {
    const asNumber = numberKey(piece);
    if (asNumber !== undefined) {
      const month = Number(piece);
      keys.push(pieces[k + 1] === MONTH_SUFFIX && Number.isInteger(month) && month >= 1 && month <= 12 ? `@m${month}` : asNumber);
      return;
    }
    // "mata-mata", "Hong-kyun", "Pyongyang’s", "l'armée": the parts carry the meaning.
    for (const part of piece.split(/[-'’]/)) {
      if (part.length < 2 && !/\p{N}/u.test(part) && !UNSPACED.test(part)) continue;
      const folded = fold(part);
      keys.push(numberKey(part) ?? monthOf(folded) ?? folded);
    }
  });
  if (QUOTE.test(text)) keys.push('⟨q⟩');
  QUOTE.lastIndex = 0;
  if (text.includes('?')) keys.push('⟨?⟩');
  if (text.includes('!')) keys.push('⟨!⟩');
  if (/[([]/.test(text)) keys.push('⟨(⟩');
  return keys;
}

/**
 * Reduce sentences to weighted word types. A type weighs its inverse document frequency within
 * this side (`ln((N + 1) / df)`), so words that occur everywhere ("the", "yang", "Korea" in an
 * article about Korea) count little and rare names and numbers count most.
 */
export function prepareSide(sentences: readonly Sentence[], language: string | undefined): Side {
  const vocabulary = new Map<string, number>();
  const keys: string[] = [];
  const df: number[] = [];
  const perSentence: number[][] = sentences.map((sentence) => {
    const ids = new Set<number>();
    for (const key of sentenceKeys(sentence.text, language)) {
      let id = vocabulary.get(key);
      if (id === undefined) {
        id = keys.length;
        vocabulary.set(key, id);
        keys.push(key);
        df.push(0);
      }
      ids.add(id);
    }
    for (const id of ids) df[id] = df[id]! + 1;
    return [...ids];
  });
  const n = sentences.length;
  const idf = df.map((count) => Math.max(0.01, Math.log((n + 1) / count)));
  const types: Int32Array[] = [];
  const weights: Float64Array[] = [];
  const total = new Float64Array(n);
  const lengths = new Float64Array(n);
  perSentence.forEach((ids, s) => {
    ids.sort((a, b) => idf[b]! - idf[a]! || a - b);
    const kept = ids.slice(0, MAX_TYPES);
    types.push(Int32Array.from(kept));
    weights.push(Float64Array.from(kept, (id) => idf[id]!));
    total[s] = ids.reduce((sum, id) => sum + idf[id]!, 0);
    lengths[s] = sentenceLength(sentences[s]!.text);
  });
  return { sentences, language, vocabulary, keys, types, weights, total, lengths };
}

/** What may count as a match between a source type and a target type. */
export interface MatchSources {
  /** Source word → target words (case-folded); phrases are used word by word. */
  readonly dictionaries: readonly Dictionary[];
  /** Compare words with edit distance (names, cognates). Default true. */
  readonly cognates: boolean;
}

/** Index the target types under every key they may be looked up by (word, stem, roots). */
function indexTargets(target: Side): Map<string, number[]> {
  const index = new Map<string, number[]>();
  target.keys.forEach((key, id) => {
    for (const k of isWordKey(key) ? lookupKeys(key, target.language) : [key]) {
      const list = index.get(k);
      if (list === undefined) index.set(k, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    }
  });
  return index;
}

/** Words of at least this many letters are compared by edit distance. */
const COGNATE_MIN_LENGTH = 5;

/** Cognates and spelling variants: "zinovyev" ~ "zinoviev", "moskow" ~ "moscow", "rusia" ~ "russia". */
function cognatePairs(source: Side, target: Side, add: (s: number, t: number) => void): void {
  const buckets = new Map<string, number[]>();
  target.keys.forEach((key, id) => {
    if (!isWordKey(key) || key.length < COGNATE_MIN_LENGTH || /\d/.test(key)) return;
    const bucket = key.slice(0, 2);
    const list = buckets.get(bucket);
    if (list === undefined) buckets.set(bucket, [id]);
    else list.push(id);
  });
  source.keys.forEach((key, s) => {
    if (!isWordKey(key) || key.length < COGNATE_MIN_LENGTH || /\d/.test(key)) return;
    for (const t of buckets.get(key.slice(0, 2)) ?? []) {
      const other = target.keys[t]!;
      const limit = Math.floor(Math.max(key.length, other.length) / 5);
      if (Math.abs(key.length - other.length) > limit) continue;
      if (key === other || levenshtein.get(key, other) <= limit) add(s, t);
    }
  });
}

/**
 * For every source type, the target types it matches: the same word (or number, month,
 * punctuation mark), the same stem when both sides share a language, a dictionary translation,
 * or a cognate.
 */
export function matchTypes(source: Side, target: Side, sources: MatchSources): Set<number>[] {
  const matches: Set<number>[] = source.keys.map(() => new Set<number>());
  const add = (s: number, t: number): void => void matches[s]!.add(t);
  const index = indexTargets(target);
  const sameLanguage = source.language !== undefined && source.language === target.language;
  source.keys.forEach((key, s) => {
    if (!isWordKey(key)) {
      const t = target.vocabulary.get(key);
      if (t !== undefined) add(s, t);
      return;
    }
    const keys = lookupKeys(key, source.language);
    for (const k of sameLanguage ? keys : [key]) for (const t of index.get(k) ?? []) add(s, t);
    for (const dictionary of sources.dictionaries) {
      // The word as written first; its roots only when the word itself is not listed.
      const found = dictionary.has(key) ? [key] : keys.filter((k) => dictionary.has(k));
      for (const k of found) {
        for (const phrase of dictionary.get(k)!) {
          for (const word of phrase.split(/[\s-]+/)) {
            for (const tk of lookupKeys(word, target.language)) for (const t of index.get(tk) ?? []) add(s, t);
          }
        }
      }
    }
  });
  if (sources.cognates) cognatePairs(source, target, add);
  return matches;
}
