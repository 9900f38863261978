import type { Sentence } from '@sejajar/text';

// CRLF first so that it is one line end, not a CR and an LF with an empty line between.
const LINE_END = /\r\n|\r|\n/g;

/**
 * Sentences of a text that is already split, one sentence per line: sentence `i` is line `i`
 * (empty lines included, so indices stay line numbers; a final line break does not start a line).
 * Offsets are UTF-16 indices into `text`; `\n`, `\r\n` and a lone `\r` (old Mac line ends) each
 * end a line.
 */
export function lineSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number): void => void sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
  let start = 0;
  for (const end of text.matchAll(LINE_END)) {
    push(start, end.index);
    start = end.index + end[0].length;
  }
  if (start < text.length) push(start, text.length);
  return sentences;
}
