// Document-pairing test sets cut at run time from ../shared/bench-data (never copied into the repo).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { random, shuffle } from '../random.mjs';

export const benchData = fileURLToPath(new URL('../../../shared/bench-data/', import.meta.url));
export const available = existsSync(benchData);

const lines = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((_, i, all) => i < all.length - 1 || all[i] !== '');

/**
 * Turn line-aligned article pairs into a pairing task: drop some lines on each side (comparable,
 * not exact, renderings), remove the counterpart of a share of articles on each side (the rest
 * become distractors), and shuffle each side.
 */
function task(name, articles, { seed, dropLines = 0.05, distractors = 0.2 }) {
  const rand = random(seed);
  const docs = [];
  const truth = new Map();
  articles.forEach(([id, en], k) => {
    const roll = rand();
    const keepId = roll >= distractors / 2;
    const keepEn = roll < distractors / 2 || roll >= distractors;
    const thin = (side) => side.filter(() => rand() >= dropLines).join('\n') || side.join('\n');
    if (keepId) docs.push({ id: `${name}-id-${k}`, language: 'id', text: thin(id) });
    if (keepEn) docs.push({ id: `${name}-en-${k}`, language: 'en', text: thin(en) });
    if (keepId && keepEn) {
      truth.set(`${name}-id-${k}`, `${name}-en-${k}`);
      truth.set(`${name}-en-${k}`, `${name}-id-${k}`);
    }
  });
  return { name, docs: shuffle(docs, rand), truth };
}

/** BBC Indonesian: articles start at their headline (a line with no final punctuation). */
export function bbcTask(seed = 1) {
  const id = lines(join(benchData, 'iden/bbc/bbc-468.id'));
  const en = lines(join(benchData, 'iden/bbc/bbc-468.en'));
  const articles = [];
  for (let i = 0; i < en.length; i++) {
    if (!/[.!?"”’']\s*$/.test(en[i]) || articles.length === 0) articles.push([[], []]);
    articles.at(-1)[0].push(id[i]);
    articles.at(-1)[1].push(en[i]);
  }
  return task('bbc', articles, { seed });
}

/** PANL domain cut into pseudo-documents of 10–40 consecutive lines. */
export function panlTask(domain, seed = 1, maxDocs = 300) {
  const file = (lang) => {
    const name = `PANL-BPPT-${domain}-${lang}-${domain === 'ECO' || domain === 'INT' ? '150' : '100'}Kw.txt`;
    return lines(join(benchData, 'iden/panl', name));
  };
  const id = file('ID');
  const en = file('EN');
  const rand = random(seed * 7919);
  const articles = [];
  for (let i = 0; i < id.length && articles.length < maxDocs; ) {
    const n = 10 + Math.floor(rand() * 31);
    articles.push([id.slice(i, i + n), en.slice(i, i + n)]);
    i += n;
  }
  return task(`panl-${domain.toLowerCase()}`, articles, { seed });
}
