// The packages as a user installs them: pack each with pnpm (which runs `prepack` and rewrites
// `workspace:*` to versions), install the six tarballs with plain npm into a project outside the
// workspace, and use them from ESM, from CommonJS (require of ESM) and from TypeScript under every
// module resolution a consumer may pick. A tarball missing dist/ or data/ fails here.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../../', import.meta.url).pathname;
const PACKAGES = ['tables', 'text', 'langid', 'align', 'garble', 'corpus', 'cli'];
/** Files each tarball must carry besides package.json, README.md and LICENSE. */
const REQUIRED: Record<string, string[]> = {
  tables: ['dist/index.js', 'dist/index.d.ts'],
  text: ['dist/index.js', 'dist/index.d.ts'],
  langid: ['dist/index.js', 'dist/index.d.ts', 'data/lexicon.json', 'data/langid.bin', 'THIRD_PARTY_NOTICES.md'],
  align: ['dist/index.js', 'dist/index.d.ts', 'data/id-en.json', 'lexicon/id-en.tsv'],
  garble: ['dist/index.js', 'dist/index.d.ts', 'dist/internal.d.ts', 'data/garble.bin', 'THIRD_PARTY_NOTICES.md'],
  corpus: ['dist/index.js', 'dist/index.d.ts'],
  cli: ['dist/bin.js', 'dist/index.d.ts'],
};
// require() of an ES module is unflagged from Node 22.12 and 20.19 (the packages' engines floor).
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const requireEsm = major > 22 || (major === 22 && minor >= 12) || (major === 20 && minor >= 19);

const work = mkdtempSync(join(tmpdir(), 'sejajar-packaging-'));
const tarballs = join(work, 'tarballs');
const project = join(work, 'consumer');

const run = (command: string, args: string[], cwd: string): string => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
};

const INDONESIAN = 'Presiden meresmikan jembatan baru di Jakarta pada hari Senin. Jembatan itu menghubungkan dua kota.';
const ENGLISH = 'The president opened a new bridge in Jakarta on Monday. The bridge connects two cities.';

/** One script body for both module systems: `load` is `import` or `require`. */
const consumer = (load: (name: string) => string): string => `
${load('text')}
${load('langid')}
${load('align')}
${load('garble')}
const assert = (ok, what) => { if (!ok) { console.error('FAILED: ' + what); process.exit(1); } };
const sentences = text.splitSentences(${JSON.stringify(ENGLISH)});
assert(sentences.length === 2 && sentences[1].start === ${ENGLISH.indexOf('The bridge')}, 'splitSentences offsets');
assert(langid.detect(${JSON.stringify(INDONESIAN)}).language === 'id', 'detect id');
assert(langid.detect(${JSON.stringify(ENGLISH)}).language === 'en', 'detect en');
const alignment = align.alignSentences(${JSON.stringify(INDONESIAN)}, ${JSON.stringify(ENGLISH)}, { sourceLanguage: 'id', targetLanguage: 'en' });
assert(JSON.stringify(alignment.links.map((l) => [l.source, l.target])) === '[[[0],[0]],[[1],[1]]]', 'alignSentences links');
const tmx = align.toTmx(alignment, { sourceLanguage: 'id', targetLanguage: 'en' });
assert(tmx.includes('<tmx') && tmx.includes('Jembatan itu menghubungkan dua kota.'), 'toTmx');
const report = garble.detectGarble(${JSON.stringify(ENGLISH)});
assert(report.language === 'en' && ['clean', 'spun'].includes(report.verdict) && Array.isArray(report.spans), 'detectGarble');
assert(garble.detectGarble('Ini bukan bahasa Inggris sama sekali, tetapi bahasa Indonesia.').verdict === 'unsupported', 'detectGarble unsupported');
console.log('ok');
`;

const TYPED = `
import { splitSentences, type Sentence } from '@sejajar/text';
import { detect, type Detection } from '@sejajar/langid';
import { alignSentences, toTmx, type Alignment } from '@sejajar/align';
import { detectGarble, type GarbleReport } from '@sejajar/garble';
import { tokenize } from '@sejajar/garble/internal';
const sentences: Sentence[] = splitSentences('One. Two.');
const detection: Detection = detect('Halo dunia');
const alignment: Alignment = alignSentences('Satu.', 'One.');
const tmx: string = toTmx(alignment);
const report: GarbleReport = detectGarble('Text.');
// @ts-expect-error: a number is not a text
splitSentences(42);
export const used: unknown[] = [sentences, detection, tmx, report, tokenize];
`;

beforeAll(() => {
  run('npx', ['--yes', 'pnpm@10.34.9', '-r', '--filter', './packages/*', 'pack', '--pack-destination', tarballs], root);
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'sejajar-consumer', private: true, version: '0.0.0' }, null, 2));
  const files = PACKAGES.map((name) => join(tarballs, `sejajar-${name}-0.1.0.tgz`));
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', ...files], project);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed packages, installed with npm outside the workspace', () => {
  test.each(PACKAGES)('@sejajar/%s: the tarball carries dist, data, README and LICENSE', (name) => {
    const listing = run('tar', ['-tzf', join(tarballs, `sejajar-${name}-0.1.0.tgz`)], work)
      .split('\n')
      .map((path) => path.replace(/^package\//, ''));
    for (const file of ['package.json', 'README.md', 'LICENSE', ...REQUIRED[name]!]) expect(listing).toContain(file);
    expect(listing.some((path) => path.startsWith('src/') || path.startsWith('test/'))).toBe(false);
    const manifest = JSON.parse(run('tar', ['-xzOf', join(tarballs, `sejajar-${name}-0.1.0.tgz`), 'package/package.json'], work));
    expect(JSON.stringify(manifest.dependencies ?? {})).not.toContain('workspace:');
  });

  test('an ES module consumer (import)', () => {
    writeFileSync(
      join(project, 'consumer.mjs'),
      consumer((name) => `import * as ${name} from '@sejajar/${name}';`),
    );
    expect(run(process.execPath, ['consumer.mjs'], project).trim()).toBe('ok');
  });

  (requireEsm ? test : test.skip)(`a CommonJS consumer (require of ESM, Node ${process.versions.node})`, () => {
    writeFileSync(
      join(project, 'consumer.cjs'),
      consumer((name) => `const ${name} = require('@sejajar/${name}');`),
    );
    const result = spawnSync(process.execPath, ['consumer.cjs'], { cwd: project, encoding: 'utf8' });
    expect(result.stderr.replace(/^.*ExperimentalWarning.*\n|^\(Use `node --trace-warnings.*\n/gm, '')).toBe('');
    expect(result.stdout.trim()).toBe('ok');
  });

  test('the sejajar command from the installed @sejajar/cli', () => {
    writeFileSync(join(project, 'id.txt'), INDONESIAN);
    expect(run(join(project, 'node_modules', '.bin', 'sejajar'), ['detect', 'id.txt'], project)).toContain('id');
  });

  test.each(['node16', 'nodenext', 'bundler', 'node10'])('TypeScript --strict with moduleResolution %s', (resolution) => {
    const module = resolution === 'bundler' ? 'esnext' : resolution === 'node10' ? 'commonjs' : resolution;
    // node10 has no ESM file kinds: the consumer is a .ts there and a .mts (an ES module) elsewhere.
    const file = resolution === 'node10' ? 'typed.ts' : 'typed.mts';
    writeFileSync(join(project, file), TYPED);
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    // node10 knows no package.json `imports`, so @sejajar/text's declarations cannot follow its
    // `#read-file` import there: node10 consumers need skipLibCheck (readTextFile is then untyped).
    const skipLibCheck = resolution === 'node10' ? 'true' : 'false';
    const args = ['--strict', '--noEmit', '--skipLibCheck', skipLibCheck, '--module', module, '--moduleResolution', resolution, '--target', 'es2022'];
    const result = spawnSync(process.execPath, [tsc, ...args, file], { cwd: project, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
  });
});

test('the packed tarballs are all there', () => {
  expect(readdirSync(tarballs).sort()).toEqual(PACKAGES.map((name) => `sejajar-${name}-0.1.0.tgz`).sort());
});
