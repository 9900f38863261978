import { expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHash, listCorpusFiles, readVerified } from '../src/files.js';

test('listing: text files sorted, symlinks followed, loops and hidden/other entries counted, non-UTF-8 names listed with an error', async () => {
  const root = mkdtempSync(join(tmpdir(), 'sejajar-files-'));
  const dir = join(root, 'news');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  writeFileSync(join(dir, 'b.txt'), 'b');
  writeFileSync(join(dir, 'sub', 'a.md'), 'a');
  writeFileSync(join(dir, '.hidden.txt'), 'h');
  writeFileSync(join(dir, 'photo.jpg'), 'x');
  writeFileSync(join(root, 'elsewhere.txt'), 'e');
  symlinkSync(join(root, 'elsewhere.txt'), join(dir, 'linked.txt'));
  symlinkSync(dir, join(dir, 'sub', 'loop'));
  // A Latin-1 file name: bytes that are not UTF-8.
  writeFileSync(Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([0xe9]), Buffer.from('.txt')]), 'c');
  const { files, skipped } = await listCorpusFiles([dir]);
  expect(files.map((f) => [f.id.slice(dir.length + 1), f.error !== undefined])).toEqual([
    ['b.txt', false],
    ['caf\ufffd.txt', true],
    ['linked.txt', false],
    ['sub/a.md', false],
  ]);
  expect(files[1]!.error).toMatch(/not valid UTF-8/);
  expect(skipped).toEqual([
    '1 hidden entry (name starting with ".")',
    '1 file not named .txt, .text or .md',
    '1 symbolic link back into a folder already walked',
  ]);
});

test('readVerified refuses a file whose content is not the hashed content', async () => {
  const root = mkdtempSync(join(tmpdir(), 'sejajar-files-'));
  const path = join(root, 'a.txt');
  writeFileSync(path, 'first text');
  const hash = contentHash(Buffer.from('first text'));
  await expect(readVerified(path, hash)).resolves.toBe('first text');
  writeFileSync(path, 'second text');
  await expect(readVerified(path, hash, 'a.txt')).rejects.toThrow('a.txt: changed during the run; run again with --resume');
});
