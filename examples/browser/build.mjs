// Bundle the browser example: main.js and the sejajar packages it imports (their built dist/;
// package.json `imports` pick the browser variants, data inlined) into bundle.js beside
// index.html, as one classic script, since a page opened from disk may not load modules.
// Run: npx pnpm@10.34.9 build && node examples/browser/build.mjs, then open examples/browser/index.html
import { build } from 'esbuild';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const outfile = fileURLToPath(new URL('bundle.js', import.meta.url));
await build({
  entryPoints: [fileURLToPath(new URL('main.js', import.meta.url))],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  minify: true,
  outfile,
  logLevel: 'warning',
});
console.log(`${outfile}: ${(statSync(outfile).size / 1024).toFixed(0)} KB; open ${new URL('index.html', import.meta.url).href}`);
