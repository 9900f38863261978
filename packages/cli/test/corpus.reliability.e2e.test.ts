// Corpus mode never drops data without saying so, never shares its output folder, and leaves a
// folder that says whether the run finished.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { parseTmx } from '../../align/test/tmx.js';
import { corpus, jsonLines, sejajar, scratchFolder, toMalay } from './run-cli.js';

const { dir: scratch } = scratchFolder('corpus-reliability');
const seed = (n: string) => readdirSync(corpus).find((f) => f.startsWith(n))!;
const read = (path: string) => readFileSync(path, 'utf8');

/** A folder holding copies of the named seeds, each text passed through `edit`. */
function folderOf(name: string, seeds: readonly string[], edit: (text: string, seed: string) => string = (t) => t): string {
  const folder = join(scratch, name);
  mkdirSync(folder, { recursive: true });
  for (const n of seeds) writeFileSync(join(folder, seed(n)), edit(read(join(corpus, seed(n))), n));
  return folder;
}

/** The `seg` texts and `prop`s of a TMX, read with a strict XML parser (throws on any well-formedness error). */
function tmxOf(xml: string): { segs: string[]; props: Record<string, string>[] } {
  const { units } = parseTmx(xml);
  return { segs: units.flatMap((u) => u.tuvs.map((t) => t.seg)), props: units.map((u) => Object.fromEntries(u.props)) };
}

describe('the output folder', () => {
  test('--out naming a file is a usage error: one line, exit 2', () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'x');
    const run = sejajar(['corpus', corpus, '--out', file, '--quiet']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`sejajar: --out ${file}: is a file, expected a folder\n`);
  });

  test('a folder another live run holds is refused; a lock left by a dead process is taken over', () => {
    const out = join(scratch, 'locked');
    mkdirSync(out);
    writeFileSync(join(out, '.sejajar-lock'), JSON.stringify({ pid: process.pid, host: hostname(), started: '2026-12-04T10:00:00.000Z' }));
    const refused = sejajar(['corpus', corpus, '--out', out, '--quiet']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^sejajar: .*: another sejajar run \(pid \d+ on .*\) is writing here; .*\n$/);
    expect(existsSync(join(out, 'documents.jsonl'))).toBe(false);

    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(out, '.sejajar-lock'), JSON.stringify({ pid: dead, host: hostname(), started: '2026-12-04T10:00:00.000Z' }));
    const taken = sejajar(['corpus', corpus, '--out', out, '--quiet']);
    expect(taken.status).toBe(0);
    expect(taken.stderr).toMatch(/^sejajar: warning: .*taking over the lock of an earlier run .*\n$/);
    expect(existsSync(join(out, '.sejajar-lock'))).toBe(false);
  });

  test('a finished run leaves run.json, no temporaries, and no alignments of an older run', () => {
    const out = join(scratch, 'reused');
    mkdirSync(join(out, 'alignments'), { recursive: true });
    writeFileSync(join(out, 'alignments', '0007.jsonl'), '{"old":true}\n');
    writeFileSync(join(out, 'corpus.tmx.tmp-99999-abc'), 'half a file');
    writeFileSync(join(out, 'run.json'), '{"stale":true}');
    const run = sejajar(['corpus', corpus, '--out', out, '--quiet', '--jobs', '1']);
    expect(run.status).toBe(0);
    expect(readdirSync(out).filter((f) => f.includes('.tmp-') || f.startsWith('.sejajar'))).toEqual([]);
    expect(readdirSync(join(out, 'alignments'))).toEqual(['0000.jsonl']);
    const marker = JSON.parse(read(join(out, 'run.json')));
    expect(Object.keys(marker)).toEqual(['tool', 'version', 'finished', 'options', 'result']);
    expect(marker.result).toMatchObject({ documents: 5, pairs: 1, failed: 0, failedUnits: 0, leftOut: { spun: 0 } });
    expect(marker.result.sentencePairs).toBeGreaterThan(5);
    expect(Date.parse(marker.finished)).not.toBeNaN();
  });

  test('language options must be BCP 47 tags: one line, exit 2', () => {
    const run = sejajar(['corpus', corpus, '--out', join(scratch, 'bad-tag'), '--src-lang', 'x y!', '--tgt-lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('sejajar: --src-lang: "x y!" is not a BCP 47 language tag (e.g. id, en, zh-Hant)\n');
  });

  test('--jobs beyond the work and the machine is capped, with a warning', () => {
    const run = sejajar(['corpus', corpus, '--out', join(scratch, 'jobs'), '--quiet', '--jobs', '100000']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^sejajar: warning: --jobs 100000 capped at \d+ \(\d+ cores, 5 files\)\n$/);
  });

  test('hidden and non-text entries are reported, not silently skipped', () => {
    const folder = folderOf('hidden', ['000', '001']);
    writeFileSync(join(folder, '.draft.txt'), 'Catatan.');
    writeFileSync(join(folder, 'photo.jpg'), 'not text');
    const run = sejajar(['corpus', folder, '--out', join(scratch, 'hidden-out'), '--quiet']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('sejajar: warning: skipped 1 hidden entry (name starting with ".")\n');
    expect(run.stderr).toContain('sejajar: warning: skipped 1 file not named .txt, .text or .md\n');
  });
});

describe('no sentence pair leaves the corpus without a word', () => {
  // 000 pairs with the spun copy 004 when its real counterpart is absent.
  const folder = folderOf('spun', ['000', '004']);

  test('pairs from a spun document are written, marked in pairs.jsonl and the TMX, and counted in the summary', () => {
    const out = join(scratch, 'spun-kept');
    const run = sejajar(['corpus', folder, '--out', out]);
    expect(run.status).toBe(0);
    const [pair] = jsonLines(read(join(out, 'pairs.jsonl')));
    expect(pair.spun).toBe('target');
    const { segs, props } = tmxOf(read(join(out, 'corpus.tmx')));
    expect(props.length).toBeGreaterThan(0);
    expect(segs).toHaveLength(2 * props.length);
    for (const p of props) expect(p['x-spun']).toBe('target');
    expect(read(join(out, 'corpus.id-en.en')).trimEnd().split('\n')).toHaveLength(props.length);
    expect(run.stderr).toMatch(new RegExp(`, ${props.length} sentence pairs? written \\(${props.length} from spun documents, marked\\), \\d+ left out`));
  });

  test('--exclude-spun leaves them out and the summary and report say how many and why', () => {
    const kept = JSON.parse(read(join(scratch, 'spun-kept', 'run.json'))).result.sentencePairs as number;
    const out = join(scratch, 'spun-excluded');
    const run = sejajar(['corpus', folder, '--out', out, '--exclude-spun']);
    expect(run.status).toBe(0);
    expect(tmxOf(read(join(out, 'corpus.tmx'))).segs).toEqual([]);
    expect(run.stderr).toContain(`0 sentence pairs written, ${kept + JSON.parse(read(join(out, 'run.json'))).result.leftOut.belowMinScore} left out (`);
    expect(run.stderr).toContain(`${kept} from spun documents (--exclude-spun)`);
    expect(read(join(out, 'report.html'))).toContain(`${kept} from spun documents (--exclude-spun)`);
  });

  test('links below --min-score are counted in the summary', () => {
    const run = sejajar(['corpus', folderOf('min-score', ['000', '001']), '--out', join(scratch, 'min-score-out'), '--min-score', '0.99']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/, \d+ left out \(\d+ below --min-score 0\.99\)/);
  });

  test('a document read as Malay is kept as Indonesian when id–en is asked for, and the pair says so', () => {
    // 000 with Indonesian words swapped for their Malay equivalents: the detector calls it Malay.
    const malay = folderOf('malay', ['000', '001'], (text, n) => (n === '000' ? toMalay(text) : text));
    expect(jsonLines(sejajar(['detect', join(malay, seed('000'))]).stdout)[0].language).toBe('ms');
    const out = join(scratch, 'malay-out');
    const run = sejajar(['corpus', malay, '--out', out, '--src-lang', 'id', '--tgt-lang', 'en']);
    expect(run.status).toBe(0);
    const pairs = jsonLines(read(join(out, 'pairs.jsonl')));
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ sourceLanguage: 'id', targetLanguage: 'en', languageNote: 'source read as ms, kept as id (a close language)' });
    expect(pairs[0].source).toContain('000_');
    expect(
      readdirSync(out)
        .filter((f) => f.startsWith('corpus.'))
        .sort(),
    ).toEqual(['corpus.id-en.en', 'corpus.id-en.id', 'corpus.tmx']);
    expect(run.stderr).toContain('1 pair (1 in a close language)');
  });

  test("corpus mode names a file's language as `sejajar detect` does", () => {
    const out = join(scratch, 'same-detector');
    expect(sejajar(['corpus', corpus, '--out', out, '--quiet']).status).toBe(0);
    const detected = jsonLines(sejajar(['detect', ...readdirSync(corpus).map((f) => join(corpus, f))]).stdout);
    const documents = jsonLines(read(join(out, 'documents.jsonl')));
    expect(documents.map((d) => [d.language, d.confidence.toFixed(3)])).toEqual(detected.map((d) => [d.language, d.confidence.toFixed(3)]));
  });

  test('corpus.tmx round-trips entity-like text and characters XML 1.0 cannot carry (replaced and counted)', () => {
    const folder = folderOf('entities', ['000', '001'], (text) => text.replace(/\./, '. Harga &amp; &nbsp; &copy; &#65; <b> naik\u0001 "10%".'));
    const out = join(scratch, 'entities-out');
    const run = sejajar(['corpus', folder, '--out', out, '--min-score', '0']);
    expect(run.status).toBe(0);
    const { segs } = tmxOf(read(join(out, 'corpus.tmx')));
    const withEntities = segs.filter((s) => s.includes('Harga'));
    expect(withEntities.length).toBeGreaterThan(0);
    for (const s of withEntities) expect(s).toContain('Harga &amp; &nbsp; &copy; &#65; <b> naik\ufffd "10%".');
    expect(run.stderr).toMatch(/sejajar: warning: corpus\.tmx: \d+ characters XML 1\.0 cannot carry were replaced by U\+FFFD/);
  });
});
