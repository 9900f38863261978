import type { Sentence } from './split.js';

/** Machine-readable reasons a sejajar function refused its input. */
export type SejajarErrorCode = 'ENOENT' | 'EREAD' | 'NOT_UTF8' | 'BINARY' | 'BAD_OPTION' | 'BAD_INPUT';

/**
 * The one error type every sejajar package throws for bad input or bad options.
 * `code` lets callers (the CLI's exit codes among them) react without parsing messages.
 */
export class SejajarError extends Error {
  readonly code: SejajarErrorCode;

  constructor(code: SejajarErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SejajarError';
    this.code = code;
  }
}

/** What a value is, for an error message: `null`, `array`, or its `typeof`. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/**
 * Throw a `TypeError` unless `value` is a string. A JavaScript caller passing an object would
 * otherwise get an answer about the text "[object Object]"; `where` names the function and the
 * argument (`'detect: text'` → "detect: text must be a string, got object").
 */
export function assertString(value: unknown, where: string): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(`${where} must be a string, got ${kindOf(value)}`);
}

/**
 * Check sentences handed to a function instead of a text: an array of `{ start, end, text }`
 * whose offsets can be true (whole numbers, `0 <= start <= end`, `end - start === text.length`)
 * and, when the original `text` is given too, inside it. Offsets are trusted downstream (output
 * spans are cut with them), so a bad one is refused here rather than surfacing as a wrong span.
 *
 * Throws a `TypeError` when `value` is not an array, an entry is not an object or its `text` is
 * not a string, and a `SejajarError` (`BAD_INPUT`) naming the index for impossible offsets.
 * `where` names the function and the argument (`'alignSentences: source'`).
 */
export function assertSentences(value: unknown, where: string, text?: string): asserts value is readonly Sentence[] {
  if (!Array.isArray(value)) throw new TypeError(`${where} must be an array of sentences, got ${kindOf(value)}`);
  value.forEach((sentence: unknown, i) => {
    const at = `${where}[${i}]`;
    if (typeof sentence !== 'object' || sentence === null) {
      throw new TypeError(`${at} must be a sentence ({ start, end, text }), got ${kindOf(sentence)}`);
    }
    const { start, end, text: own } = sentence as Record<string, unknown>;
    assertString(own, `${at}.text`);
    const bad = (why: string): SejajarError => new SejajarError('BAD_INPUT', `${at}: ${why}`);
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      throw bad(`start and end must be whole numbers (UTF-16 offsets), got ${String(start)} and ${String(end)}`);
    }
    const [from, to] = [start as number, end as number];
    if (from < 0) throw bad(`start must not be negative, got ${from}`);
    if (from > to) throw bad(`start ${from} is after end ${to}`);
    if (to - from !== own.length) {
      throw bad(`end - start is ${to - from} but its text has ${own.length} UTF-16 code units; offsets must span the text exactly`);
    }
    if (text !== undefined && to > text.length) throw bad(`end ${to} is past the end of the text (${text.length} UTF-16 code units)`);
  });
}
