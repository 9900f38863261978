// Benchmark: Chinese–English alignment on our own translations (bench/align/zh-en/, see its
// README), a pair with no built-in lexicon and no shared script: what is left is length, numbers,
// Latin names inside the Chinese text and what the input teaches. Both directions, with the
// project's Gale–Church peer as published (c = 1) and with c taken from each document pair.
// Run: npx pnpm@10.34.9 build && node bench/align/zh-en.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignBatch, alignSentences, lineSentences } from '@sejajar/align';
import { splitSentences } from '@sejajar/text';
import { available, benchData } from './data.mjs';
import { galeChurch } from './gale-church.mjs';
import { byShape, countHits, parseLinks, pool, summary } from './score.mjs';

const here = fileURLToPath(new URL('./zh-en/', import.meta.url));
const repo = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(path, 'utf8');
/** One sentence per line, without the empty line a final newline would make. */
const lines = (text) => lineSentences(text.replace(/\n$/, ''));

/** The English side of each document: a seed article (split by our splitter) or PANL lines, read in place. */
const DOCUMENTS = [
  { name: 'al-jazeera', seed: 'examples/corpus/001_7a7919da632cfa80.txt', sentences: 19 },
  { name: 'kyiv', seed: 'examples/corpus/002_10c81dd6a715adbc.txt', sentences: 20 },
  { name: 'panl-int', panl: 'PANL-BPPT-INT-EN-150Kw.txt', firstLine: 1200, sentences: 45 },
  { name: 'panl-eco', panl: 'PANL-BPPT-ECO-EN-150Kw.txt', firstLine: 1200, sentences: 50 },
];

function english(d) {
  if (d.seed) return splitSentences(read(join(repo, d.seed)), 'en');
  const all = read(join(benchData, 'iden', 'panl', d.panl)).split(/\r?\n/);
  return lines(
    all
      .slice(d.firstLine - 1, d.firstLine - 1 + d.sentences)
      .map((l) => l.trim())
      .join('\n'),
  );
}

const docs = [];
for (const d of DOCUMENTS) {
  if (d.panl && !available('iden/panl')) continue;
  const en = english(d);
  if (en.length !== d.sentences) throw new Error(`${d.name}: ${en.length} English sentences, the gold expects ${d.sentences} (has the splitter changed?)`);
  docs.push({ name: d.name, zh: lines(read(join(here, `${d.name}.zh`))), en, gold: parseLinks(read(join(here, `${d.name}.gold`))) });
}

/** Links longer than 2 a side and sentences left alone: what drift looks like. */
function drift(links) {
  return {
    big: links.filter((l) => l.source.length > 2 || l.target.length > 2).length,
    alone: links.filter((l) => !l.source.length || !l.target.length).length,
  };
}

function report(direction, pairs) {
  const ours = [];
  const shape = { big: 0, alone: 0 };
  for (const p of pairs) {
    const { links } = alignSentences(p.source, p.target, p.languages);
    ours.push(countHits(p.gold, links));
    const d = drift(links);
    shape.big += d.big;
    shape.alone += d.alone;
  }
  const batch = alignBatch(pairs.map((p) => ({ source: p.source, target: p.target, ...p.languages }))).map((a, k) => countHits(pairs[k].gold, a.links));
  const published = pairs.map((p) => countHits(p.gold, galeChurch(p.source, p.target)));
  const perDocument = pairs.map((p) => countHits(p.gold, galeChurch(p.source, p.target, { ratio: 'document' })));
  const o = pool(ours);
  console.log(`\n## zh-en dev, ${direction} (${pairs.length} documents, ${o.gold} gold links with both sides, ${o.goldUnaligned} unaligned)`);
  console.log(`sejajar per pair       ${summary(o)}`);
  console.log(`  per type (strict found/gold): ${byShape(o)}`);
  console.log(`  output: ${shape.big} links of 3+ sentences a side, ${shape.alone} sentences alone`);
  for (const [k, c] of ours.entries()) console.log(`  ${pairs[k].name}: ${summary(c)}`);
  const b = pool(batch);
  console.log(`sejajar batch          ${summary(b)}`);
  console.log(`Gale-Church (c = 1)    ${summary(pool(published))}`);
  console.log(`Gale-Church (c per doc) ${summary(pool(perDocument))}`);
  console.log(`  per type (strict found/gold): ${byShape(pool(perDocument))}`);
}

const swap = (links) => links.map((l) => ({ source: l.target, target: l.source }));
report(
  'Chinese source',
  docs.map((d) => ({ name: d.name, source: d.zh, target: d.en, gold: d.gold, languages: { sourceLanguage: 'zh', targetLanguage: 'en' } })),
);
report(
  'English source',
  docs.map((d) => ({ name: d.name, source: d.en, target: d.zh, gold: swap(d.gold), languages: { sourceLanguage: 'en', targetLanguage: 'zh' } })),
);
report(
  'Chinese source, languages not given',
  docs.map((d) => ({ name: d.name, source: d.zh, target: d.en, gold: d.gold, languages: {} })),
);
// The fallback: the Chinese side without digits and Latin letters (names, numbers, acronyms gone),
// as in a literary text, leaves length and what the input teaches. Never worse than length alone.
const bare = (sentences) => lines(sentences.map((s) => s.text.replace(/[0-9０-９A-Za-zＡ-Ｚａ-ｚ]/g, '')).join('\n'));
report(
  'Chinese source, no digits or Latin letters in the Chinese',
  docs.map((d) => ({ name: d.name, source: bare(d.zh), target: d.en, gold: d.gold, languages: { sourceLanguage: 'zh', targetLanguage: 'en' } })),
);
report(
  'English source, no digits or Latin letters in the Chinese',
  docs.map((d) => ({ name: d.name, source: d.en, target: bare(d.zh), gold: swap(d.gold), languages: { sourceLanguage: 'en', targetLanguage: 'zh' } })),
);
