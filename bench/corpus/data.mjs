// Document-pairing test sets cut at run time from ../shared/bench-data (never copied into the repo).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/**
 * Write a corpus-mode input folder of PANL pseudo-articles ({@link panlTask}) to a new temporary
 * folder: `id/` holds `perSide` Indonesian documents (domain INT, then ECO, SCI and SPO as each
 * runs out), `en/` every English document of the domains used. Returns the folder and the number
 * of files written; the caller removes the folder.
 */
export function writePanlCorpus(perSide) {
  const folder = mkdtempSync(join(tmpdir(), 'sejajar-bench-corpus-'));
  let written = 0;
  let documents = 0;
  for (const domain of ['INT', 'ECO', 'SCI', 'SPO']) {
    const { docs } = panlTask(domain, 1, 1000);
    for (const doc of docs) {
      if (doc.id.includes('-id-') && written >= perSide) continue;
      const lang = doc.id.includes('-id-') ? 'id' : 'en';
      mkdirSync(join(folder, lang), { recursive: true });
      writeFileSync(join(folder, lang, `${doc.id}.txt`), doc.text + '\n');
      if (lang === 'id') written++;
      documents++;
    }
    if (written >= perSide) break;
  }
  return { folder, documents };
}

/** The four PANL domains, line-aligned, as one list of [Indonesian, English] line arrays. */
export function panlDomains() {
  return ['ECO', 'INT', 'SCI', 'SPO'].map((domain) => {
    const file = (lang) => `PANL-BPPT-${domain}-${lang}-${domain === 'ECO' || domain === 'INT' ? '150' : '100'}Kw.txt`;
    return [lines(join(benchData, 'iden/panl', file('ID'))), lines(join(benchData, 'iden/panl', file('EN')))];
  });
}

/**
 * A synthetic pairing corpus of about `perLanguage` documents per language, built from PANL
 * lines at run time, as a generator of { id, language, text, counterpart? } so that a caller can
 * keep only fingerprints. PANL has about 24,000 line pairs, too few for 100,000 disjoint
 * documents, so an article is `shape.windows` windows (default 3–4), each `shape.lines`
 * consecutive lines (default 2–5) at a random offset in a random domain: 6–20 lines, and at
 * large sizes articles share windows, as news stories share quotes and paragraphs (with one
 * window of 3–8 lines per article, 100,000 articles would make most of them near-copies of
 * others). Each side drops 5% of its lines. 10% of articles keep only their Indonesian side and
 * 10% only their English side (distractors), and 5% of articles get a same-language
 * near-duplicate of one side without a counterpart (a fifth of its lines dropped).
 * `counterpart` is the id of the true partner, absent for distractors and near-duplicates.
 */
export function* syntheticCorpus(perLanguage, seed = 1, domains = panlDomains(), shape = {}) {
  const { windows: [fewest, most] = [3, 4], lines: [shortest, longest] = [2, 5] } = shape;
  const rand = random(seed * 104729);
  const articles = Math.round(perLanguage / 0.945);
  const pick = (n) => Math.floor(rand() * n);
  const thin = (side, drop) => side.filter(() => rand() >= drop).join('\n') || side.join('\n');
  for (let k = 0; k < articles; k++) {
    const windows = fewest + pick(most - fewest + 1);
    const id = [];
    const en = [];
    for (let w = 0; w < windows; w++) {
      const [idLines, enLines] = domains[pick(domains.length)];
      const length = shortest + pick(longest - shortest + 1);
      const start = pick(idLines.length - length);
      id.push(...idLines.slice(start, start + length));
      en.push(...enLines.slice(start, start + length));
    }
    const roll = rand();
    const keepId = roll >= 0.1;
    const keepEn = roll < 0.1 || roll >= 0.2;
    const both = keepId && keepEn;
    if (keepId) yield { id: `s-id-${k}`, language: 'id', text: thin(id, 0.05), ...(both ? { counterpart: `s-en-${k}` } : {}) };
    if (keepEn) yield { id: `s-en-${k}`, language: 'en', text: thin(en, 0.05), ...(both ? { counterpart: `s-id-${k}` } : {}) };
    if (rand() < 0.05) {
      const [language, side] = keepId && (!keepEn || rand() < 0.5) ? ['id', id] : ['en', en];
      yield { id: `s-${language}-${k}-copy`, language, text: thin(side, 0.2) };
    }
  }
}
