// Build step (run by the workspace's `scripts/derive.mjs` after `tsc -b`): the built-in lexicon,
// lexicon/id-en.tsv, as one JSON string in the gitignored `data/id-en.json`. Node.js reads the
// TSV itself; browser bundles import this JSON (src/lexicon-file.browser.ts), which every bundler
// inlines without a loader for `.tsv`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const text = readFileSync(new URL('lexicon/id-en.tsv', root), 'utf8');
mkdirSync(new URL('data/', root), { recursive: true });
writeFileSync(new URL('data/id-en.json', root), JSON.stringify(text) + '\n');
console.log(`@sejajar/align: data/id-en.json (${text.split('\n').length - 1} lines of lexicon/id-en.tsv)`);
