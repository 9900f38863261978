// Build step after `tsc -b`: run each package's scripts/derive.mjs, which derives compact data
// (model tables, lexicons) from npm packages into the package's gitignored `data/` folder.
// A package whose data/ is newer than its derive scripts (every file in its scripts/: garble's
// derive.mjs runs derive-lm.mjs) and its package.json (where the source packages' versions live)
// is skipped; `node scripts/derive.mjs --force` derives everything again.
// A derive script that runs its package's own compiled code (`../dist/`, as langid's builds its
// word models with the package's builder) has that code as an input too: `tsc -b` after a change
// to the builder makes data/ stale, and the next build derives it again.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const force = process.argv.includes('--force');
const packages = new URL('../packages/', import.meta.url).pathname;
const lockfile = new URL('../pnpm-lock.yaml', import.meta.url).pathname;
const modified = (path) => (existsSync(path) ? statSync(path).mtimeMs : Infinity);
const newestFile = (folder) => readdirSync(folder).reduce((newest, name) => Math.max(newest, statSync(join(folder, name)).mtimeMs), 0);

for (const name of readdirSync(packages).sort()) {
  const root = join(packages, name);
  const script = join(root, 'scripts', 'derive.mjs');
  if (!existsSync(script)) continue;
  const data = join(root, 'data');
  // A package's own tracked data (align's lexicon/) is an input too: its data/ holds a copy for bundles.
  const lexicon = join(root, 'lexicon');
  const dist = join(root, 'dist');
  const builtCode = readFileSync(script, 'utf8').includes("'../dist/") && existsSync(dist) ? newestFile(dist) : 0;
  const scripts = newestFile(join(root, 'scripts'));
  const inputs = Math.max(scripts, modified(join(root, 'package.json')), modified(lockfile), existsSync(lexicon) ? newestFile(lexicon) : 0, builtCode);
  if (!force && existsSync(data) && readdirSync(data).length > 0 && newestFile(data) > inputs) {
    console.log(`@sejajar/${name}: data/ is up to date`);
    continue;
  }
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
