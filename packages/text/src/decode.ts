import { SejajarError } from './errors.js';

const BOM = '\uFEFF';
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decode bytes as UTF-8 text, refusing anything that is not text.
 *
 * A leading byte-order mark is dropped, so every offset sejajar reports is counted
 * from the first character after it. Invalid UTF-8 and NUL bytes (binary files,
 * UTF-16 text) are errors rather than replacement characters: a silently mangled
 * character would shift every offset after it.
 *
 * @param bytes raw file content
 * @param name what to call the input in error messages (usually its path)
 */
export function decodeText(bytes: Uint8Array, name = 'input'): string {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch (cause) {
    throw new SejajarError('NOT_UTF8', `${name}: not UTF-8 text (invalid byte sequence); convert it to UTF-8 first`, { cause });
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    throw new SejajarError('BINARY', `${name}: not UTF-8 text (NUL byte at offset ${nul}); is it binary or UTF-16?`);
  }
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}
