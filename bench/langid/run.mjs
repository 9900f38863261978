// Benchmark: language identification, @sejajar/langid vs raw franc, on Lingua's public test data
// (sentences, word pairs, single words; ../shared/bench-data/langid). Not a test: it prints the
// figures that docs/benchmarks.md quotes.
//
// Run from the repository root, after a build:
//   npx pnpm@10.34.9 build && node bench/langid/run.mjs [--languages=all] [--json=FILE]
//
// Systems, each in its own process (throughput and peak memory are its own):
//   ours     detect(text)                     every language franc knows (the default set)
//   ours17   detect(text, { only: the 17 })   the 17 benchmark languages only
//   franc    franc(text)                      franc 6 with default options
//   franc17  franc(text, { only: the 17 })
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = join(repo, '../shared/bench-data/langid');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));

if (!existsSync(dataDir)) {
  console.log(`bench/langid: skipped, no benchmark data at ${dataDir}`);
  process.exit(0);
}

const SEVENTEEN = ['en', 'id', 'ms', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'zh', 'ja', 'ko', 'ar', 'tr', 'vi', 'tl'];
const FIFTEEN = SEVENTEEN.filter((l) => l !== 'id' && l !== 'ms');
const KINDS = ['sentences', 'word-pairs', 'single-words'];
const languages =
  args.languages === 'all'
    ? readdirSync(join(dataDir, 'sentences'))
        .map((f) => f.replace(/\.txt$/, ''))
        .sort()
    : SEVENTEEN;
const systems = (args.systems ?? 'ours,ours17,franc,franc17').split(',');

const results = {};
for (const system of systems) {
  const out = execFileSync(process.execPath, [join(repo, 'bench/langid/worker.mjs'), system, dataDir, languages.join(',')], {
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  });
  results[system] = JSON.parse(out);
}

const pct = (x) => (x * 100).toFixed(1);
const accuracy = (system, kind, lang) => {
  const rows = results[system].predictions[`${kind}/${lang}`] ?? [];
  return rows.filter(([l]) => l === lang).length / rows.length;
};
const share = (system, kind, lang, label) => {
  const rows = results[system].predictions[`${kind}/${lang}`] ?? [];
  return rows.filter(([l]) => l === label).length / rows.length;
};
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

console.log(`# Language identification (${languages.length} languages, ${results[systems[0]].texts} texts per system)\n`);
for (const kind of KINDS) {
  console.log(`## ${kind}: accuracy %\n`);
  console.log(`| language | ${systems.join(' | ')} |`);
  console.log(`| --- | ${systems.map(() => '---:').join(' | ')} |`);
  for (const lang of languages) {
    console.log(`| ${lang} | ${systems.map((s) => pct(accuracy(s, kind, lang))).join(' | ')} |`);
  }
  if (languages === SEVENTEEN || FIFTEEN.every((l) => languages.includes(l))) {
    console.log(`| **mean15** | ${systems.map((s) => `**${pct(mean(FIFTEEN.map((l) => accuracy(s, kind, l))))}**`).join(' | ')} |`);
  }
  console.log(`| id → ms | ${systems.map((s) => pct(share(s, kind, 'id', 'ms'))).join(' | ')} |`);
  console.log(`| en → sco | ${systems.map((s) => pct(share(s, kind, 'en', 'sco'))).join(' | ')} |`);
  console.log(`| und (all) | ${systems.map((s) => pct(mean(languages.map((l) => share(s, kind, l, 'und'))))).join(' | ')} |\n`);
}

console.log('## Speed and memory\n');
console.log('| system | texts/s | peak RSS MB |');
console.log('| --- | ---: | ---: |');
for (const s of systems) {
  const r = results[s];
  console.log(`| ${s} | ${Math.round(r.texts / r.seconds)} | ${Math.round(r.peakMB)} |`);
}

// Calibration of the default set's confidence: answers binned by confidence, with how often
// each bin is right. A well-calibrated detector has "right" close to the bin's mean confidence.
for (const system of systems.filter((s) => s.startsWith('ours'))) {
  const pairs = [];
  for (const kind of KINDS) {
    for (const lang of languages) {
      if (lang === 'ms') continue; // unreliable labels
      for (const [label, confidence] of results[system].predictions[`${kind}/${lang}`] ?? []) {
        if (label !== 'und') pairs.push([confidence, label === lang ? 1 : 0]);
      }
    }
  }
  console.log(`\n## Calibration (${system}, all kinds, ms excluded)\n`);
  console.log('| confidence | answers | mean confidence | right % |');
  console.log('| --- | ---: | ---: | ---: |');
  const edges = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001];
  let ece = 0;
  for (let i = 0; i + 1 < edges.length; i++) {
    const bin = pairs.filter(([c]) => c >= edges[i] && c < edges[i + 1]);
    if (bin.length === 0) continue;
    const conf = mean(bin.map(([c]) => c));
    const right = mean(bin.map(([, r]) => r));
    ece += (bin.length / pairs.length) * Math.abs(conf - right);
    console.log(`| ${edges[i].toFixed(2)}–${Math.min(1, edges[i + 1]).toFixed(2)} | ${bin.length} | ${conf.toFixed(3)} | ${pct(right)} |`);
  }
  console.log(`\nExpected calibration error: ${(ece * 100).toFixed(2)} points.`);
}

if (args.json) writeFileSync(args.json, JSON.stringify(results));
