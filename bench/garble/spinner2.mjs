// A second article spinner for the garble benchmark (never used by the library), built to
// flatter the detector less than spinner.mjs, whose WordNet synonyms are the very candidates the
// detector draws from. It imitates a commercial thesaurus spinner:
// - content words: a replacement drawn from a thesaurus entry that mixes WordNet synonyms with
//   broader and related words (direct hypernyms, "similar to" adjectives, "see also"), from any
//   sense, single words or phrases, re-inflected; the detector never proposes a hyponym as the
//   original, so these are harder;
// - function words and phrases: a table of our own, written for this spinner (original →
//   variants), with entries the detector's alternation table does not have ("in line with",
//   "at present", "together with", "whereas", "via", "ahead of");
// - a dictionary of limited reach: half of the content lemmas (a fixed hash decides which) have
//   an entry, as a commercial dictionary lists common words and not every word, so that a rate
//   of 0.3 swaps about 15% of content words, not 30% as spinner.mjs does;
// - replacements are real word forms (every word among the 150,000 commonest of the GloVe
//   corpus, read from the detector's derived data), as a spinner's dictionary lists them; a
//   rule-inflected "enjoymented" is a bug of this spinner, not something to measure;
// - the commonest prepositions ("in", "with") are not swapped: they fill a tenth of news text,
//   and the spinner behind seed 004 swapped very few of them;
// - one choice per word and document, as spinners that take the first listed synonym do.
// Returns the spun text and the spans it changed, for word-level scoring.
import { loadLexicon, rankOf } from '@sejajar/garble/internal';
import { random } from '../random.mjs';
import { readings, wordnetSynsets } from './spinner.mjs';

const lexicon = loadLexicon();
export const known = { has: (word) => rankOf(lexicon, word) !== undefined };

export const FUNCTION = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being have has had do does did
not no this that these those it its he she they we i you him her them his their our my your who whom which what when where why how
will would can could may might shall should must than then there here so such very more most much many some any all each every
other one two three also just only about into over after before up down out off again said says say told`.split(/\s+/),
);

// original → variants, written for this spinner from general English usage.
const PHRASES = `
against | in opposition to, towards, versus
because | as, since, as a result of, due to the fact that, for the reason that
but | however, nonetheless, yet
before | earlier than, prior to, ahead of
after | following, subsequent to
about | concerning, regarding, approximately, round
during | throughout, all through, in the course of
also | additionally, as well, moreover
many | numerous, a lot of, plenty of, quite a few
said | stated, mentioned, talked about, noted, reported
says | states, mentions
told | informed, instructed, advised
could | may, might
might | may, would possibly, could
should | ought to
according to | in accordance with, in keeping with, in line with
as well as | in addition to, along with
up to | as much as, as many as
now | at the moment, right now, at present
recently | lately, not too long ago, as of late
soon | quickly, shortly, in a while
however | nevertheless, nonetheless, then again
despite | in spite of, regardless of, notwithstanding
if | in the event that
while | whereas, whilst, at the same time as
although | though, even though
including | together with, along with, such as
through | via, by way of, by means of
among | amongst, amid
very | extremely, really, quite
more than | greater than, over, upwards of
is not | just isn't, isn't
are not | aren't, are usually not
`;

const phraseTable = new Map();
for (const line of PHRASES.split('\n')) {
  if (!line.includes('|')) continue;
  const [from, to] = line.split('|');
  phraseTable.set(
    from.trim(),
    to.split(',').map((v) => v.trim()),
  );
}
const longestPhrase = Math.max(...[...phraseTable.keys()].map((k) => k.split(' ').length));

/** lemma → thesaurus entry: synonyms, direct hypernyms, similar and see-also words, from every sense. */
function loadRelations() {
  const synsets = wordnetSynsets();
  const byKey = new Map(synsets.map((s) => [s.key, s]));
  const entries = new Map();
  for (const synset of synsets) {
    const related = new Set(synset.lemmas);
    for (const pointer of synset.pointers) {
      if (!['@', '&', '^'].includes(pointer.symbol)) continue;
      for (const lemma of byKey.get(pointer.key)?.lemmas ?? []) related.add(lemma);
    }
    for (const lemma of synset.lemmas) {
      if (!entries.has(lemma)) entries.set(lemma, new Set());
      for (const other of related) if (other !== lemma) entries.get(lemma).add(other);
    }
  }
  return entries;
}

/** The thesaurus: lemma → entry (see loadRelations); bench/garble/light-spinner.mjs spins from it too. */
export const relations = loadRelations();

/** Is `lemma` in the dictionary? A fixed string hash keeps half of the lemmas. */
export function listed(lemma) {
  let h = 2166136261;
  for (let i = 0; i < lemma.length; i++) h = Math.imul(h ^ lemma.charCodeAt(i), 16777619);
  return (h >>> 0) % 2 === 0;
}

/**
 * Spin `text` at `rate`: returns `{ text, spans }` where spans are `{ start, end, original }` in
 * the spun text. Names (capitalised words inside a sentence) are left alone.
 */
export function spin2(text, rate, seed = 1) {
  const next = random(seed);
  const chosen = new Map(); // one replacement per word and document
  const choose = (key, options) => {
    if (!chosen.has(key)) chosen.set(key, options[Math.floor(next() * options.length)]);
    return chosen.get(key);
  };
  const matches = [...text.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)];
  let out = '';
  let last = 0;
  const spans = [];
  const replace = (from, to, replacement, original) => {
    out += text.slice(last, from);
    spans.push({ start: out.length, end: out.length + replacement.length, original });
    out += replacement;
    last = to;
  };
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i];
    const word = match[0];
    const lower = word.toLowerCase();
    const sentenceStart = match.index === 0 || /[.!?]\s*$|\n\s*$/.test(text.slice(Math.max(0, match.index - 4), match.index));
    if (word !== lower && !sentenceStart) continue;
    // Function words and phrases, longest first, within one stretch of words separated by spaces.
    let phrase;
    for (let n = longestPhrase; n >= 1 && !phrase; n--) {
      const run = matches.slice(i, i + n);
      if (run.length < n) continue;
      if (run.some((m, k) => k > 0 && text.slice(run[k - 1].index + run[k - 1][0].length, m.index) !== ' ')) continue;
      const key = run.map((m) => m[0].toLowerCase()).join(' ');
      if (phraseTable.has(key)) phrase = { key, n, end: run[n - 1].index + run[n - 1][0].length };
    }
    if (phrase) {
      if (next() < rate) {
        let replacement = choose(phrase.key, phraseTable.get(phrase.key));
        if (word !== lower) replacement = replacement[0].toUpperCase() + replacement.slice(1);
        replace(match.index, phrase.end, replacement, text.slice(match.index, phrase.end));
      }
      i += phrase.n - 1;
      continue;
    }
    if (FUNCTION.has(lower) || lower.length < 3 || /['’]/.test(word)) continue;
    const options = readings(lower, relations)
      .filter(([lemma]) => listed(lemma))
      .flatMap(([lemma, inflect]) => [...relations.get(lemma)].map(inflect))
      .filter((option) => option.split(' ').every((w) => known.has(w)));
    if (options.length === 0 || next() >= rate) continue;
    let replacement = choose(lower, options);
    if (word !== lower) replacement = replacement[0].toUpperCase() + replacement.slice(1);
    replace(match.index, match.index + word.length, replacement, word);
  }
  out += text.slice(last);
  return { text: out, spans };
}
