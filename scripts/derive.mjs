// Build step after `tsc -b`: run each package's scripts/derive.mjs, which derives compact data
// (model tables, lexicons) from npm packages into the package's gitignored `data/` folder.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const packages = new URL('../packages/', import.meta.url).pathname;
for (const name of readdirSync(packages).sort()) {
  const script = join(packages, name, 'scripts', 'derive.mjs');
  if (!existsSync(script)) continue;
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit', cwd: join(packages, name) });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
