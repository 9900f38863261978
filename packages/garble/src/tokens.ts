import { words } from '@sejajar/text';
import { functionWords } from './english.js';

/**
 * A word of the text as the detector sees it, with what stands on either side of it in the
 * Brown bigram vocabulary: the neighbouring word in lower case, `,` or `"` for punctuation, and
 * `<s>`/`</s>` at sentence edges. Offsets are UTF-16 indices into the text.
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  left: string;
  right: string;
  /** Index of the sentence the token belongs to (a new one starts after `.`, `!`, `?` or a line break). */
  readonly sentence: number;
  /** Starts with an upper-case letter. */
  readonly capitalised: boolean;
  /** First word of its sentence. */
  readonly initial: boolean;
  /** A closed-class word (see english.ts). */
  readonly functionWord: boolean;
  /** Part of a hyphenated compound ("Secretary-General"). */
  readonly compound: boolean;
  /**
   * Not a plain word of prose: contains a digit, a dot or an apostrophe, or labels a metadata
   * field (the word right before an ISO date, "date 2024-10-22": prose writes dates otherwise).
   */
  readonly special: boolean;
}

const APOSTROPHE_S = /['’]s$/i;
// Any horizontal space: text taken from web pages often has no-break spaces between words.
const ISO_DATE_AFTER = /^[\p{Zs}\t]*:?[\p{Zs}\t]*\d{4}-\d{2}-\d{2}\b/u;

/** Gap between two tokens → what the right-hand token sees on its left, or `<s>` after a sentence end. */
function gapSymbol(gap: string): { symbol: string; breaks: boolean } {
  if (/[.!?…]|\n/.test(gap)) return { symbol: '.', breaks: true };
  if (/[,;:()—–]/.test(gap)) return { symbol: ',', breaks: false };
  if (/["“”]/.test(gap)) return { symbol: '"', breaks: false };
  return { symbol: '', breaks: false };
}

/** Tokens of `text` with their bigram contexts, possessive `'s` left out and compounds split at hyphens. */
export function tokenize(text: string): Token[] {
  const pieces: { start: number; end: number; compound: boolean }[] = [];
  for (const word of words(text)) {
    let end = word.end;
    if (APOSTROPHE_S.test(word.text) && word.text.length > 3) end -= 2;
    const body = text.slice(word.start, end);
    if (/^\p{L}+(?:-\p{L}+)+$/u.test(body)) {
      let offset = word.start;
      for (const part of body.split('-')) {
        pieces.push({ start: offset, end: offset + part.length, compound: true });
        offset += part.length + 1;
      }
    } else {
      pieces.push({ start: word.start, end, compound: false });
    }
  }
  const tokens: Token[] = [];
  let sentence = 0;
  let previousEnd = 0;
  for (const piece of pieces) {
    const body = text.slice(piece.start, piece.end);
    const lower = body.toLowerCase();
    const gap = gapSymbol(text.slice(previousEnd, piece.start));
    const previous = tokens[tokens.length - 1];
    if (gap.breaks && previous) sentence++;
    const initial = previous === undefined || gap.breaks;
    const left = initial ? '<s>' : gap.symbol || previous!.lower;
    if (previous) previous.right = gap.breaks ? '.' : gap.symbol || lower;
    tokens.push({
      start: piece.start,
      end: piece.end,
      text: body,
      lower,
      left,
      right: '</s>',
      sentence,
      capitalised: /^\p{Lu}/u.test(body),
      initial,
      functionWord: functionWords.has(lower),
      compound: piece.compound,
      special: /[\p{N}.'’]/u.test(body) || ISO_DATE_AFTER.test(text.slice(piece.end, piece.end + 16)),
    });
    previousEnd = piece.end;
  }
  const last = tokens[tokens.length - 1];
  if (last && /[.!?…]/.test(text.slice(previousEnd))) last.right = '.';
  return tokens;
}
