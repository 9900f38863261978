import { assertString } from './errors.js';

/** A word of a text with its UTF-16 offsets: `text === input.slice(start, end)`. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Letters, marks and digits, with inner apostrophes, hyphens and number separators kept
// ("don’t", "Kim Hong-kyun", "1,500", "3.5"), so offsets point at whole words.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'\-.,][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * The words of `text`, in order, with offsets; punctuation and white space are skipped.
 * Throws a `TypeError` when `text` is not a string.
 */
export function words(text: string): Word[] {
  assertString(text, 'words: text');
  const result: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    result.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return result;
}
