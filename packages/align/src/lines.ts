import type { Sentence } from '@sejajar/text';

/**
 * Sentences of a text that is already split, one sentence per line: sentence `i` is line `i`
 * (empty lines included, so indices stay line numbers; a final line break does not start a line).
 * Offsets are UTF-16 indices into `text`; `\n` and `\r\n` both end a line.
 */
export function lineSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    const next = end === -1 ? text.length : end + 1;
    if (end === -1) end = text.length;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    sentences.push({ index: sentences.length, start, end: stop, text: text.slice(start, stop) });
    start = next;
  }
  return sentences;
}
