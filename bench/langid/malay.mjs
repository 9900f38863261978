// Benchmark: Malay vs Indonesian on short everyday sentences, @sejajar/langid vs franc. Not a
// test: it prints the figures that docs/benchmarks.md quotes.
//
// Run from the repository root, after a build:
//   npx tsc -b && node bench/langid/malay.mjs [--errors]
//
// Data: bench/langid/ms-id-short.tsv, our own pairs (the same meaning in standard Malay and in
// standard Indonesian, 4–15 words, topics shopping to work), split into a dev half that the word
// lists may be tuned on and a test half that is only reported. `--errors` lists the dev half's
// mistakes (never the test half's: looking at them would tune on it).
//
// Systems:
//   ours      detect(text)                        every language franc knows (the default set)
//   ours-pair detect(text, { only: ['id', 'ms'] })
//   franc     francAll(text, { only: ['zlm', 'ind'] }), the better of the two
// Also Lingua's Indonesian sentences (../shared/bench-data/langid/sentences/id.txt, read in
// place) with `ours`, which must stay ≥ 98% right.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { francAll } from 'franc';
import { detect } from '@sejajar/langid';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const showErrors = process.argv.includes('--errors');

const pairs = readFileSync(here('./ms-id-short.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#') && !line.startsWith('half\t'))
  .map((line) => {
    const [half, topic, ms, id] = line.split('\t');
    return { half, topic, ms, id };
  });

const FRANC_TAG = { zlm: 'ms', ind: 'id' };
const systems = {
  ours: (text) => detect(text).language,
  'ours-pair': (text) => detect(text, { only: ['id', 'ms'] }).language,
  franc: (text) => FRANC_TAG[francAll(text, { only: ['zlm', 'ind'], minLength: 1 })[0]?.[0]] ?? 'und',
};

const pct = (x) => (x * 100).toFixed(1);
const rows = [];
const errors = [];
for (const half of ['dev', 'test']) {
  const subset = pairs.filter((p) => p.half === half);
  for (const [name, run] of Object.entries(systems)) {
    let ms = 0;
    let id = 0;
    for (const pair of subset) {
      const saidMs = run(pair.ms);
      const saidId = run(pair.id);
      if (saidMs === 'ms') ms++;
      if (saidId === 'id') id++;
      if (showErrors && half === 'dev' && name === 'ours') {
        if (saidMs !== 'ms') errors.push(`ms → ${saidMs}\t${pair.ms}`);
        if (saidId !== 'id') errors.push(`id → ${saidId}\t${pair.id}`);
      }
    }
    const msAcc = ms / subset.length;
    const idAcc = id / subset.length;
    rows.push(`| ${half} (${subset.length} pairs) | ${name} | ${pct(msAcc)} | ${pct(idAcc)} | ${pct((msAcc + idAcc) / 2)} |`);
  }
}

console.log('# Malay vs Indonesian, short sentences (bench/langid/ms-id-short.tsv)\n');
console.log('| half | system | Malay right % | Indonesian right % | balanced % |');
console.log('| --- | --- | ---: | ---: | ---: |');
for (const row of rows) console.log(row);

const lingua = fileURLToPath(new URL('../../../shared/bench-data/langid/sentences/id.txt', import.meta.url));
if (existsSync(lingua)) {
  const lines = readFileSync(lingua, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const said = lines.map((l) => detect(l).language);
  const share = (tag) => pct(said.filter((l) => l === tag).length / lines.length);
  console.log(`\nLingua id.txt sentences (${lines.length}), ours: ${share('id')}% Indonesian, ${share('ms')}% called Malay.`);
} else {
  console.log(`\nLingua id.txt: skipped, no benchmark data at ${lingua}`);
}

if (showErrors) {
  console.log(`\n## Dev-half mistakes (ours, ${errors.length})\n`);
  for (const line of errors) console.log(line);
}
