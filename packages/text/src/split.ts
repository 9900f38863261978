import { abbreviationTable, type AbbreviationTable } from './abbreviations.js';
import { assertString } from './errors.js';

/**
 * One sentence of a text. `start`/`end` are UTF-16 offsets (JavaScript string indices) into the
 * text that was split, so `text === input.slice(start, end)` always holds; the span is trimmed of
 * surrounding white space.
 */
export interface Sentence {
  /** Position of the sentence in the text, from 0. */
  readonly index: number;
  /** Offset of the first character (inclusive). */
  readonly start: number;
  /** Offset just past the last character (exclusive). */
  readonly end: number;
  /** The sentence as it stands in the input. */
  readonly text: string;
}

/** Options for {@link splitSentences}. */
export interface SplitOptions {
  /**
   * BCP 47 tag of the text's language (`en`, `id`, `ms`…), used to pick abbreviations.
   * Default: every known table at once, which suits mixed or unknown text.
   */
  language?: string | undefined;
}

interface Token {
  start: number;
  end: number;
  /** The token ends with a CJK full stop inside a longer run of text: always a boundary. */
  cjkStop: boolean;
}

const CJK_STOP = /[。！？]+[」』”’"')）]*/g;
const TRAILING_CLOSERS = /["'”’»)\]」』）]+$/u;
const LEADING_OPENERS = /^["'“‘«([「『（]+/u;
const MULTI_DOT_ABBREVIATION = /^(?:\p{L}\.){2,}$/u;
const INITIAL = /^\p{Lu}\.$/u;

function isLowercaseStart(word: string): boolean {
  const first = word.replace(LEADING_OPENERS, '').codePointAt(0);
  if (first === undefined) return false;
  const ch = String.fromCodePoint(first);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigitStart(word: string): boolean {
  return /^\p{Nd}/u.test(word);
}

function isUppercaseStart(word: string): boolean {
  return /^\p{Lu}/u.test(word.replace(LEADING_OPENERS, ''));
}

/** Split each white-space token after any CJK full stop inside it, where no space follows. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const start = match.index;
    const word = match[0];
    let pieceStart = 0;
    if (/[。！？]/.test(word)) {
      for (const stop of word.matchAll(CJK_STOP)) {
        const pieceEnd = stop.index + stop[0].length;
        if (pieceEnd < word.length) {
          tokens.push({ start: start + pieceStart, end: start + pieceEnd, cjkStop: true });
          pieceStart = pieceEnd;
        }
      }
    }
    tokens.push({ start: start + pieceStart, end: start + word.length, cjkStop: false });
  }
  return tokens;
}

/** How many line breaks the white space between two tokens holds (CRLF counts once). */
function lineBreaks(gap: string): number {
  let count = 0;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13) {
      count++;
      if (gap.charCodeAt(i + 1) === 10) i++;
    } else if (c === 0x2028 || c === 0x2029) count++;
  }
  return count;
}

/**
 * Does a sentence end after `word`, given the `next` word on the same paragraph?
 * The rules follow what news copy does: a full stop ends a sentence unless the word is a title
 * before a name, an abbreviation before a number, an initial, or the next word is lower case.
 */
function endsSentence(word: string, next: string, table: AbbreviationTable): boolean {
  const core = word.replace(TRAILING_CLOSERS, '');
  const closedQuote = core.length < word.length;
  if (/[!?！？。]$/.test(core)) return !isLowercaseStart(next);
  // An ellipsis inside a sentence ("North Korea … is not directed") is followed by lower case.
  if (/(?:…|\.\.\.)$/.test(core)) return isUppercaseStart(next) || (closedQuote && !isLowercaseStart(next));
  if (!core.endsWith('.')) return false;
  if (isLowercaseStart(next)) return false;

  const bare = core.replace(LEADING_OPENERS, '');
  const abbreviation = bare.slice(0, -1).toLowerCase();
  if (table.prepositive.has(abbreviation) && !closedQuote) return false;
  if (table.abbreviations.has(abbreviation) && !closedQuote) return !isDigitStart(next);
  // "U.S." and "M." usually go on ("the U.S. Army", "Edith M. Lederer"); a new sentence after one
  // starts with a function word ("…in the U.S. The ministry…").
  if ((MULTI_DOT_ABBREVIATION.test(bare) || INITIAL.test(bare)) && !closedQuote) {
    const nextWord = next
      .replace(LEADING_OPENERS, '')
      .replace(/[^\p{L}].*$/u, '')
      .toLowerCase();
    return table.starters.has(nextWord);
  }
  return true;
}

/**
 * Split text into sentences with UTF-16 offsets.
 *
 * - A blank line, or a line break after which the text does not simply continue in lower case,
 *   is a hard boundary: a headline without final punctuation is its own sentence, while text
 *   wrapped at a fixed width is joined again.
 * - Within a paragraph, a sentence ends at `.`, `!`, `?`, CJK stops or an ellipsis, quotes that close
 *   after the stop included, except after titles, abbreviations before numbers, initials, and
 *   before lower-case words (see {@link SplitOptions.language} for the abbreviation tables).
 * - Every non-white-space character of `text` belongs to exactly one sentence, in order.
 *
 * Runs in time linear in the length of `text`. Throws a `TypeError` when `text` is not a string.
 */
export function splitSentences(text: string, options: SplitOptions = {}): Sentence[] {
  assertString(text, 'splitSentences: text');
  const table = abbreviationTable(options.language);
  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    let boundary = true;
    if (next !== undefined && !token.cjkStop) {
      const word = text.slice(token.start, token.end);
      const nextWord = text.slice(next.start, next.end);
      const breaks = lineBreaks(text.slice(token.end, next.start));
      if (breaks >= 2) boundary = true;
      else if (breaks === 1) boundary = !(isLowercaseStart(nextWord) && !/[.!?…。！？:;"”’)]$/.test(word));
      else boundary = endsSentence(word, nextWord, table);
    }
    if (boundary) {
      const start = tokens[first]!.start;
      sentences.push({ index: sentences.length, start, end: token.end, text: text.slice(start, token.end) });
      first = i + 1;
    }
  }
  return sentences;
}
