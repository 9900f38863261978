import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bin, corpus, scratchFolder, sejajar } from './run-cli.js';

const { dir: scratch } = scratchFolder('startup');

// A module hook that names every module Node.js resolves, on stderr.
const hooks = `data:text/javascript,${encodeURIComponent(
  "export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write('LOADED ' + r.url + '\\n'); return r; }",
)}`;
const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hooks)});`)}`;

/** The URLs of the modules `sejajar ARGS` loads. */
function loaded(args: string[]): string[] {
  const result = spawnSync(process.execPath, ['--import', register, bin, ...args], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stderr
    .split('\n')
    .filter((l) => l.startsWith('LOADED '))
    .map((l) => l.slice(7));
}

describe('sejajar start-up', () => {
  test.each([['--version'], ['--help']])('%s loads the CLI and commander only: none of text, langid, align, garble or corpus', (flag) => {
    const urls = loaded([flag]);
    expect(urls.some((u) => u.includes('/cli/dist/program.js'))).toBe(true);
    expect(urls.filter((u) => /\/(text|langid|align|garble|corpus)\/|franc|sentence-splitter/.test(u))).toEqual([]);
    expect(urls.filter((u) => !u.startsWith('node:') && !u.includes('/cli/dist/') && !u.includes('/node_modules/commander/'))).toEqual([]);
  });

  test('a command loads its own packages only', () => {
    const urls = loaded(['split', join(corpus, '001_7a7919da632cfa80.txt')]);
    expect(urls.filter((u) => /\/(langid|align|garble|corpus)\/dist\//.test(u))).toEqual([]);
  });

  test('subcommand help and usage errors still come from the loaded command', () => {
    const help = sejajar(['help', 'garble']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: sejajar garble \[options\] <files\.\.\.>/);
    expect(sejajar(['garble', '--help']).stdout).toBe(help.stdout);
    const bad = sejajar(['garble', '--bogus', 'x']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown option '--bogus'/);
  });

  test('corpus takes -o/--output like align; the old --out still works', () => {
    const run = (flag: string, out: string) => sejajar(['corpus', join(corpus, '001_7a7919da632cfa80.txt'), flag, join(scratch, out), '--quiet']);
    expect(run('--output', 'a').status).toBe(0);
    expect(run('-o', 'b').status).toBe(0);
    expect(run('--out', 'c').status).toBe(0);
    expect(sejajar(['corpus', '--help']).stdout).not.toContain('--out ');
    const missing = sejajar(['corpus', corpus]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--output/);
  });
});
