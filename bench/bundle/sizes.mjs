// Benchmark: browser bundle sizes of @sejajar/text, @sejajar/langid and @sejajar/align: each
// package's built entry bundled alone for the browser (esbuild, ESM, minified), raw and gzip bytes,
// and a check that no `node:` built-in made it in.
// Run: npx pnpm@10.34.9 build && node bench/bundle/sizes.mjs   (from the repository root)
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const packages = ['text', 'langid', 'align'];
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`.padStart(9);

console.log('package           minified      gzip');
for (const name of packages) {
  const result = await build({
    entryPoints: [new URL(`../../packages/${name}/dist/index.js`, import.meta.url).pathname],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].contents;
  if (new TextDecoder().decode(code).includes('"node:')) throw new Error(`@sejajar/${name}: the browser bundle imports a node: built-in`);
  console.log(`@sejajar/${name.padEnd(8)} ${kb(code.length)} ${kb(gzipSync(code, { level: 9 }).length)}`);
}
