import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText, readTextFile, SejajarError } from '../src/index.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  test('drops a byte-order mark so offsets count after it', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Hi.')]))).toBe('Hi.');
  });

  test('refuses invalid UTF-8', () => {
    expect(() => decodeText(new Uint8Array([0x61, 0xff, 0x62]), 'x.txt')).toThrow(/x\.txt: not UTF-8 text/);
  });

  test('refuses NUL bytes (binary or UTF-16)', () => {
    const error = (() => {
      try {
        decodeText(new Uint8Array([0x61, 0x00, 0x62]), 'x.bin');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SejajarError);
    expect((error as SejajarError).code).toBe('BINARY');
  });
});

describe('readTextFile', () => {
  test('a missing file is an ENOENT SejajarError naming the path', async () => {
    await expect(readTextFile('/no/such/file.txt')).rejects.toMatchObject({
      code: 'ENOENT',
      message: expect.stringContaining('/no/such/file.txt'),
    });
  });

  test('reads UTF-8 text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sejajar-'));
    writeFileSync(join(dir, 'a.txt'), 'Selamat pagi.');
    await expect(readTextFile(join(dir, 'a.txt'))).resolves.toBe('Selamat pagi.');
  });
});

test('a missing file whose name was not UTF-8 says why it cannot be opened', async () => {
  await expect(readTextFile('/nonexistent/caf\uFFFD.txt')).rejects.toThrow(/no such file \(its name has bytes that are not UTF-8/);
  await expect(readTextFile('/nonexistent/cafe.txt')).rejects.toThrow(/^\/nonexistent\/cafe\.txt: no such file$/);
});
