import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTmx } from '../../align/test/tmx.js';
import { corpus, jsonLines, scratchFolder, sejajar } from './run-cli.js';

const { dir: scratch, file } = scratchFolder('align');
const jsonl = jsonLines;
const id = join(corpus, '000_43db5b59d1f35ee8.txt');
const en = join(corpus, '001_7a7919da632cfa80.txt');

describe('sejajar align', () => {
  test('JSON Lines for the seed pair: gold links, exact fields, spans into the input files', () => {
    const { status, stdout, stderr } = sejajar(['align', id, en]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const rows = jsonl(stdout);
    const source = readFileSync(id, 'utf8');
    const target = readFileSync(en, 'utf8');
    expect(rows).toHaveLength(20);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['src', 'tgt', 'score', 'srcSpans', 'tgtSpans', 'srcText', 'tgtText']);
      expect(row.srcSpans.map(([s, e]: number[]) => source.slice(s, e)).join(' ')).toBe(row.srcText);
      expect(row.tgtSpans.map(([s, e]: number[]) => target.slice(s, e)).join(' ')).toBe(row.tgtText);
    }
    expect(rows.filter((r) => r.src.length > 0 && r.tgt.length > 0)).toHaveLength(12);
    expect(rows.filter((r) => r.src.length === 0 || r.tgt.length === 0)).toHaveLength(8);
    expect(rows).toContainEqual(expect.objectContaining({ src: [1, 2], tgt: [3] }));
    expect(rows[0]).toMatchObject({ src: [0], tgt: [], tgtSpans: [], tgtText: '' });
  });

  test('--format vecalign and tsv print one link per line', () => {
    const vecalign = sejajar(['align', '--format', 'vecalign', id, en]);
    expect(vecalign.status).toBe(0);
    const lines = vecalign.stdout.trim().split('\n');
    expect(lines).toHaveLength(20);
    for (const line of lines) expect(line).toMatch(/^\[(\d+(, \d+)*)?\]:\[(\d+(, \d+)*)?\]:(0|1|0\.\d+)$/);
    expect(lines).toContain(lines.find((l) => l.startsWith('[1, 2]:[3]:')));
    const tsv = sejajar(['align', '--format', 'tsv', id, en]);
    expect(
      tsv.stdout
        .trim()
        .split('\n')
        .map((l) => l.split('\t').length),
    ).toEqual(Array(20).fill(5));
  });

  test('--format tmx: TMX 1.4b header, xml:lang on every tuv, only links with both sides', () => {
    const { status, stdout } = sejajar(['align', '--format', 'tmx', id, en]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tmx version="1.4">/);
    for (const attribute of ['creationtool=', 'creationtoolversion=', 'segtype="sentence"', 'o-tmf=', 'adminlang=', 'srclang="id"', 'datatype="plaintext"']) {
      expect(stdout).toContain(attribute);
    }
    expect(stdout.match(/<tu>/g)).toHaveLength(12);
    expect(stdout.match(/<tuv xml:lang="id">/g)).toHaveLength(12);
    expect(stdout.match(/<tuv xml:lang="en">/g)).toHaveLength(12);
  });

  test('--format moses writes OUT.<src-lang> and OUT.<tgt-lang>, line-aligned; it needs -o', () => {
    const out = join(scratch, 'seed');
    expect(sejajar(['align', '--format', 'moses', '-o', out, id, en]).status).toBe(0);
    const source = readFileSync(`${out}.id`, 'utf8').trimEnd().split('\n');
    const target = readFileSync(`${out}.en`, 'utf8').trimEnd().split('\n');
    expect(source).toHaveLength(12);
    expect(target).toHaveLength(12);
    const missing = sejajar(['align', '--format', 'moses', id, en]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('-o OUT');
  });

  test('-o writes the output to a file', () => {
    const out = join(scratch, 'seed.jsonl');
    const { status, stdout } = sejajar(['align', '-o', out, id, en]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(jsonl(readFileSync(out, 'utf8'))).toHaveLength(20);
  });

  test('--presplit: one sentence per line, index = line number', () => {
    const src = file('a.txt', 'Harga minyak naik 5 persen.\nIni baris tanpa pasangan sama sekali, tentang kucing.\nPresiden tiba di Jakarta pada Senin.\n');
    const tgt = file('b.txt', 'Oil prices rose 5 percent.\nThe president arrived in Jakarta on Monday.\n');
    const { status, stdout } = sejajar(['align', '--presplit', '--format', 'vecalign', '--src-lang', 'id', '--tgt-lang', 'en', src, tgt]);
    expect(status).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => l.replace(/:[\d.]+$/, '')),
    ).toEqual(['[0]:[0]', '[1]:[]', '[2]:[1]']);
  });

  test('an empty side aligns everything to nothing and exits 0', () => {
    const { status, stdout } = sejajar(['align', '--format', 'vecalign', id, file('empty.txt', '')]);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(14);
    for (const line of lines) expect(line).toMatch(/^\[\d+\]:\[\]:/);
  });

  test('a language that disagrees with the text, or none recognised, still aligns with a warning', () => {
    const mismatched = sejajar(['align', '--src-lang', 'en', id, en]);
    expect(mismatched.status).toBe(0);
    expect(mismatched.stderr).toMatch(/warning: .*given as en but reads as id/);
    expect(jsonl(mismatched.stdout).length).toBeGreaterThan(10);
    const noLexicon = sejajar([
      'align',
      '--src-lang',
      'de',
      '--tgt-lang',
      'fr',
      file('de.txt', 'Der Berg ist 8848 Meter hoch.\n'),
      file('fr.txt', 'La montagne mesure 8848 mètres.\n'),
    ]);
    expect(noLexicon.status).toBe(0);
    expect(noLexicon.stderr).toMatch(/warning: no lexicon for de–fr/);
    expect(jsonl(noLexicon.stdout)).toEqual([expect.objectContaining({ src: [0], tgt: [0] })]);
  });

  test('--dict: hunalign and TSV lines are used; a malformed line exits 2 with its line number', () => {
    const good = sejajar([
      'align',
      '--dict',
      file('good.dict', 'hello @ halo\nworld\tdunia\n'),
      '--presplit',
      file('s.txt', 'halo dunia\n'),
      file('t.txt', 'hello world\n'),
    ]);
    expect(good.status).toBe(0);
    const bad = sejajar(['align', '--dict', file('bad.dict', 'hello @ halo\n\nno separator here\n'), id, en]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.dict:3: malformed dictionary line/);
    expect(bad.stdout).toBe('');
  });

  test('--batch aligns every line; a failing line is reported, the others still run, exit 1', () => {
    const out1 = join(scratch, 'batch-1.jsonl');
    const out3 = join(scratch, 'batch-3.jsonl');
    const batch = file(
      'batch.tsv',
      `${id}\t${en}\t${out1}\n${join(scratch, 'missing.txt')}\t${en}\t${join(scratch, 'batch-2.jsonl')}\n${en}\t${en}\t${out3}\n`,
    );
    const { status, stderr } = sejajar(['align', '--batch', batch]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/batch\.tsv:2: .*missing\.txt/);
    expect(stderr).toContain('1 of 3 batch lines failed');
    expect(jsonl(readFileSync(out1, 'utf8'))).toHaveLength(20);
    expect(existsSync(join(scratch, 'batch-2.jsonl'))).toBe(false);
    // The same text against itself: every sentence with itself.
    const self = jsonl(readFileSync(out3, 'utf8'));
    expect(self.every((r, i) => r.src.length === 1 && r.src[0] === i && r.tgt[0] === i)).toBe(true);
  });

  test('--batch learns a lexicon from all its pairs by default; --no-shared-lexicon aligns each on its own', () => {
    const single = sejajar(['align', id, en]).stdout;
    const lines = (suffix: string): string => `${id}\t${en}\t${join(scratch, `a${suffix}.jsonl`)}\n${en}\t${id}\t${join(scratch, `b${suffix}.jsonl`)}\n`;
    const apart = sejajar(['align', '--no-shared-lexicon', '--batch', file('apart.tsv', lines('-apart'))]);
    expect(apart.status).toBe(0);
    expect(readFileSync(join(scratch, 'a-apart.jsonl'), 'utf8')).toBe(single);
    const shared = sejajar(['align', '--batch', file('shared.tsv', lines('-shared'))]);
    expect(shared.status).toBe(0);
    // The seed pair keeps its gold links with the lexicon shared too.
    const rows = jsonl(readFileSync(join(scratch, 'a-shared.jsonl'), 'utf8'));
    expect(rows.map((r) => `${r.src.join(',')}:${r.tgt.join(',')}`)).toEqual(jsonl(single).map((r) => `${r.src.join(',')}:${r.tgt.join(',')}`));
    expect(jsonl(readFileSync(join(scratch, 'b-shared.jsonl'), 'utf8')).flatMap((r) => r.tgt)).toEqual(Array.from({ length: 14 }, (_, i) => i));
  });

  test('10,000 sentences a side align in one run', () => {
    const line = (i: number): string => `Item ${i} costs ${i * 7} units in city ${i % 13}.`;
    const src = file('big-src.txt', Array.from({ length: 10_000 }, (_, i) => line(i)).join('\n') + '\n');
    const tgt = file('big-tgt.txt', Array.from({ length: 10_000 }, (_, i) => (i === 5000 ? 'An inserted line.' : line(i))).join('\n') + '\n');
    const { status, stdout } = sejajar(['align', '--presplit', '--format', 'vecalign', '--src-lang', 'en', '--tgt-lang', 'en', src, tgt]);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(10_000);
    expect(lines).toContainEqual(expect.stringMatching(/^\[\]:\[5000\]:/));
  });

  test('--help, and bad usage exits 2', () => {
    expect(sejajar(['align', '--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('Usage: sejajar align') });
    expect(sejajar(['align', id]).status).toBe(2);
    expect(sejajar(['align', '--batch', id, id, en]).status).toBe(2);
    expect(sejajar(['align', '--format', 'xml', id, en]).status).toBe(2);
  });

  test('--format tmx: entity-like text and controls read back with a strict XML 1.0 parser; replacements warned once', () => {
    const lines = [
      'A &amp; B',
      'C&nbsp;D',
      '&copy; 2024',
      'x &#65; &#x41; ]]> y',
      'bell\u0001here',
      'vt\u000Bhere',
      'tab\there',
      'nel\u0085here',
      'ls\u2028here',
      'fs\u001Chere',
    ];
    const src = file('odd-src.txt', lines.join('\n') + '\n');
    const tgt = file('odd-tgt.txt', lines.join('\n') + '\n');
    const { status, stdout, stderr } = sejajar(['align', '--presplit', '--format', 'tmx', '--src-lang', 'en', '--tgt-lang', 'en', src, tgt]);
    expect(status).toBe(0);
    const expected = [
      'A &amp; B',
      'C&nbsp;D',
      '&copy; 2024',
      'x &#65; &#x41; ]]> y',
      'bell\uFFFDhere',
      'vt here',
      'tab here',
      'nel here',
      'ls here',
      'fs here',
    ];
    const units = parseTmx(stdout).units;
    expect(units.map((u) => u.tuvs.map((t) => t.seg))).toEqual(expected.map((seg) => [seg, seg]));
    expect(stderr).toBe('sejajar: warning: 2 characters XML 1.0 cannot carry were replaced by U+FFFD in the TMX\n');
    const clean = sejajar(['align', '--format', 'tmx', id, en]);
    expect(clean.stderr).toBe('');
    expect(parseTmx(clean.stdout).units).toHaveLength(12);
  });

  test('standard input given twice is refused with exit 2 and one line', () => {
    const { status, stdout, stderr } = sejajar(['align', '-', '-'], 'Satu.\n');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^sejajar: .*standard input/)]);
  });

  test('--src-lang/--tgt-lang must be BCP 47 tags (exit 2); ISO 639-3 codes are canonicalised', () => {
    const bad = sejajar(['align', '--src-lang', 'not a tag!', id, en]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^sejajar: --src-lang: .*not a tag!/)]);
    expect(sejajar(['align', '--tgt-lang', 'e n', id, en]).status).toBe(2);
    const out = join(scratch, 'iso');
    expect(sejajar(['align', '--format', 'moses', '-o', out, '--src-lang', 'ind', '--tgt-lang', 'EN', id, en]).status).toBe(0);
    expect(existsSync(`${out}.id`) && existsSync(`${out}.en`)).toBe(true);
  });

  test('--batch: an unwritable OUT fails its line in one line, the other pairs are written, exit 1', () => {
    const good = join(scratch, 'write-ok.jsonl');
    const missing = join(scratch, 'no-such-folder', 'out.jsonl');
    // A file where a folder should be: refused even to root, unlike a read-only folder.
    const underFile = join(file('a-file', 'not a folder'), 'out.jsonl');
    const batch = file('writes.tsv', `${id}\t${en}\t${missing}\n${id}\t${en}\t${good}\n${en}\t${id}\t${underFile}\n`);
    const { status, stderr } = sejajar(['align', '--batch', batch]);
    expect(status).toBe(1);
    expect(stderr).not.toContain('    at ');
    expect(jsonl(readFileSync(good, 'utf8'))).toHaveLength(20);
    expect(stderr.split('\n').filter((line) => !line.includes('warning'))).toEqual([
      `sejajar: ${batch}:1: ${missing}: no such folder (ENOENT)`,
      `sejajar: ${batch}:3: ${underFile}: a part of the path is not a folder (ENOTDIR)`,
      'sejajar: 2 of 3 batch lines failed',
      '',
    ]);
  });

  test('--batch: a batch file with CR line ends (old Mac) works', () => {
    const out1 = join(scratch, 'cr-1.jsonl');
    const out2 = join(scratch, 'cr-2.jsonl');
    const batch = file('cr.tsv', `# pairs\r${id}\t${en}\t${out1}\r${en}\t${en}\t${out2}\r`);
    const { status, stderr } = sejajar(['align', '--batch', batch]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(jsonl(readFileSync(out1, 'utf8'))).toHaveLength(20);
    expect(jsonl(readFileSync(out2, 'utf8')).length).toBeGreaterThan(10);
  });

  test('--min-score leaves out sentence pairs below it in every format, keeps one-sided links, and says how many on stderr', () => {
    const all = jsonl(sejajar(['align', id, en]).stdout);
    const pair = (r: { src: number[]; tgt: number[] }): boolean => r.src.length > 0 && r.tgt.length > 0;
    const weak = all.filter((r) => pair(r) && r.score < 0.95);
    expect(weak.length).toBeGreaterThan(1);
    const { status, stdout, stderr } = sejajar(['align', '--min-score', '0.95', id, en]);
    expect(status).toBe(0);
    expect(stderr).toBe(`sejajar: ${weak.length} links below --min-score 0.95 left out\n`);
    const kept = jsonl(stdout);
    expect(kept).toEqual(all.filter((r) => !pair(r) || r.score >= 0.95));
    // Every format loses exactly the weak pairs: its record count drops by their number.
    const count = (format: string, filtered: boolean): number => {
      const output = sejajar(['align', ...(filtered ? ['--min-score', '0.95'] : []), '--format', format, id, en]).stdout;
      return format === 'tmx' ? output.match(/<tu[ >]/g)!.length : output.trim().split('\n').length;
    };
    for (const format of ['tsv', 'vecalign', 'tmx']) expect(count(format, true)).toBe(count(format, false) - weak.length);
    const out = join(scratch, 'weak');
    expect(sejajar(['align', '--format', 'moses', '-o', `${out}-all`, id, en]).status).toBe(0);
    expect(sejajar(['align', '--min-score', '0.95', '--format', 'moses', '-o', out, id, en]).stderr).toContain(`${weak.length} links below`);
    const lines = (path: string): number => readFileSync(path, 'utf8').trim().split('\n').length;
    expect(lines(`${out}.en`)).toBe(lines(`${out}-all.en`) - weak.length);
    expect(sejajar(['align', '--min-score', '1.5', id, en]).status).toBe(2);
  });
});
