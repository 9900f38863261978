import { readTextFile, decodeText, SejajarError } from '@sejajar/text';

/** Read a text argument: a path, or `-` for standard input. Decoding rules are {@link decodeText}'s. */
export async function readInput(path: string): Promise<string> {
  if (path !== '-') return readTextFile(path);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeText(Buffer.concat(chunks), 'standard input');
}

/**
 * Refuse `-` given more than once among the inputs of one run: standard input can be read only
 * once, and a second read would silently see an empty text. Throws a `SejajarError`
 * (`BAD_OPTION`), which exits 2.
 */
export function refuseRepeatedStdin(paths: readonly string[]): void {
  if (paths.filter((path) => path === '-').length > 1) {
    throw new SejajarError('BAD_OPTION', 'standard input (-) can be read only once');
  }
}

/**
 * Write lines to standard output in large chunks, waiting when the pipe is full, so a
 * 20 MB input neither floods memory with pending writes nor makes one write per line.
 */
export async function writeLines(lines: Iterable<string>): Promise<void> {
  let buffer: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (buffer.length === 0) return;
    const ok = process.stdout.write(buffer.join(''));
    buffer = [];
    size = 0;
    if (!ok) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  };
  for (const line of lines) {
    buffer.push(line, '\n');
    size += line.length + 1;
    if (size > 1 << 16) await flush();
  }
  await flush();
}
