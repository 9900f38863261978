// Benchmark: browser bundle sizes of @sejajar/text, @sejajar/langid and @sejajar/align: each
// package's built entry bundled alone for the browser (esbuild, ESM, minified), raw and gzip bytes,
// with esbuild's default ASCII output (other scripts' letters as \u escapes) and with
// `--charset=utf8`, and a check that no `node:` built-in made it in.
// Run: npx pnpm@10.34.9 build && node bench/bundle/sizes.mjs   (from the repository root)
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const packages = ['text', 'langid', 'align'];
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`.padStart(9);

/** The package's entry bundled for the browser, minified. */
async function bundle(name, charset) {
  const result = await build({
    entryPoints: [new URL(`../../packages/${name}/dist/index.js`, import.meta.url).pathname],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    charset,
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].contents;
  if (new TextDecoder().decode(code).includes('"node:')) throw new Error(`@sejajar/${name}: the browser bundle imports a node: built-in`);
  return `${kb(code.length)} ${kb(gzipSync(code, { level: 9 }).length)}`;
}

console.log('                    ASCII (default)       --charset=utf8');
console.log('package           minified      gzip    minified      gzip');
for (const name of packages) console.log(`@sejajar/${name.padEnd(8)} ${await bundle(name, 'ascii')} ${await bundle(name, 'utf8')}`);
