// A light article spinner for the garble benchmark (never used by the library): it swaps a fixed
// number of words per 100 (the common case the detector missed: 2–4 swaps per 100 words), drawn
// from spinner2.mjs's thesaurus (synonyms mixed with broader and related words from every sense,
// half of the lemmas listed), not from WordNet synonyms alone. A share of the swaps are crude
// re-inflections, as cheap spinners make them: the replacement's lemma gets the original's
// suffix glued on without any spelling rule, which often yields a non-word ("restorationed",
// "makeing"). Returns `{ text, spans }` as the other spinners do; a crude span has `crude: true`.
import { random, shuffle } from '../random.mjs';
import { readings } from './spinner.mjs';
import { FUNCTION, known, listed, relations } from './spinner2.mjs';

/** Share of the swaps of an inflected word made crudely (suffix glued on). */
const CRUDE_SHARE = 0.3;

/** `word`'s inflection suffix as a crude spinner sees it, or '' for none. */
function suffixOf(word) {
  for (const suffix of ['ing', 'ed', 's']) if (word.endsWith(suffix) && word.length > suffix.length + 3) return suffix;
  return '';
}

/**
 * Spin `text` with `per100` swaps per 100 words (words as `\p{L}+` runs), chosen at random among
 * the words the thesaurus lists, one replacement per word and document. Names (capitalised words
 * inside a sentence), function words and words under three letters are left alone.
 */
export function spinLight(text, per100, seed = 1) {
  const next = random(seed);
  const matches = [...text.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)];
  const options = [];
  matches.forEach((match, i) => {
    const word = match[0];
    const lower = word.toLowerCase();
    const sentenceStart = match.index === 0 || /[.!?]\s*$|\n\s*$/.test(text.slice(Math.max(0, match.index - 4), match.index));
    if ((word !== lower && !sentenceStart) || FUNCTION.has(lower) || lower.length < 3 || /['’]/.test(word)) return;
    const found = readings(lower, relations).filter(([lemma]) => listed(lemma));
    const proper = found.flatMap(([lemma, inflect]) => [...relations.get(lemma)].map(inflect)).filter((o) => o.split(' ').every((w) => known.has(w)));
    const suffix = suffixOf(lower);
    // Crude: a one-word entry of the lemma with the suffix glued on, when that is no word.
    const crude =
      suffix === '' || lower === found[0]?.[0]
        ? []
        : found
            .filter(([lemma]) => lemma !== lower)
            .flatMap(([lemma]) => [...relations.get(lemma)])
            .filter((o) => !o.includes(' ') && known.has(o))
            .map((o) => o + suffix)
            .filter((o) => !known.has(o));
    if (proper.length > 0 || crude.length > 0) options.push({ i, proper, crude });
  });
  const words = matches.length;
  const wanted = Math.min(options.length, Math.round((per100 * words) / 100));
  const picked = shuffle(options, next)
    .slice(0, wanted)
    .sort((a, b) => a.i - b.i);
  const chosen = new Map();
  let out = '';
  let last = 0;
  const spans = [];
  for (const { i, proper, crude } of picked) {
    const match = matches[i];
    const word = match[0];
    const lower = word.toLowerCase();
    if (!chosen.has(lower)) {
      const useCrude = crude.length > 0 && (proper.length === 0 || next() < CRUDE_SHARE);
      const list = useCrude ? crude : proper;
      chosen.set(lower, { replacement: list[Math.floor(next() * list.length)], crude: useCrude });
    }
    let { replacement, crude: isCrude } = chosen.get(lower);
    if (word !== lower) replacement = replacement[0].toUpperCase() + replacement.slice(1);
    out += text.slice(last, match.index);
    spans.push({ start: out.length, end: out.length + replacement.length, original: word, ...(isCrude ? { crude: true } : {}) });
    out += replacement;
    last = match.index + word.length;
  }
  out += text.slice(last);
  return { text: out, spans };
}
