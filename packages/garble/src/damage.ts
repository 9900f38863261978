import { candidateRows, WORDNET } from './candidates.js';
import { contractionBases } from './english.js';
import { matchCase, type Finding } from './findings.js';
import { bigramCountOfIds, cosine, dot, isProper, lemmaPosOf, rankOf, synonymsOf, wordAt, wordId, type Lexicon } from './lexicon.js';
import { logistic } from './logistic.js';
import { languageModel } from './lm.js';
import { likeliestInPlace } from './lmcontext.js';
import { analyse, inflect } from './morphology.js';
import type { Token } from './tokens.js';

/** Pronouns that stand before an attribution verb ("he said"). */
const SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today']);

/**
 * Negative contractions that English does not have ("received’t"): a spinner replaced the
 * verb inside "won’t". The suggestion is an existing contraction whose verb is a neighbour.
 */
export function brokenContractions(lexicon: Lexicon, text: string, tokens: readonly Token[]): Finding[] {
  const findings: Finding[] = [];
  for (const token of tokens) {
    const match = /^(\p{L}+)n?['’]t$/u.exec(token.text);
    if (!match) continue;
    const base = token.lower.replace(/['’]t$/, '');
    if (contractionBases.has(base)) continue;
    const verb = match[1]!.toLowerCase();
    const apostrophe = token.text.includes('’') ? '’' : "'";
    let suggestion: string | undefined;
    let bestSimilarity = 0.2;
    for (const existing of contractionBases) {
      // "won" (won’t) is the past of "win"; compare the verbs as written.
      const similarity = cosine(lexicon, verb, existing) ?? 0;
      if (similarity > bestSimilarity) {
        bestSimilarity = similarity;
        suggestion = matchCase(text.slice(token.start, token.end), `${existing}${apostrophe}t`);
      }
    }
    findings.push({ start: token.start, end: token.end, suggestion, reason: 'broken-contraction', confidence: 0.95 });
  }
  return findings;
}

/**
 * Words swapped inside fixed names and titles ("Related Press", "Safety Council",
 * "Secretary-Basic"): in a run of capitalised words, a thesaurus neighbour that goes with the
 * next word of the name far better than the word present (vector association and Brown bigrams).
 */
export function fixedNames(lexicon: Lexicon, tokens: readonly Token[], text: string): Finding[] {
  const findings: Finding[] = [];
  tokens.forEach((token, at) => {
    if (!token.capitalised || token.functionWord || token.special || token.lower.length < 3 || isProper(lexicon, token.lower)) return;
    const previous = tokens[at - 1];
    const next = tokens[at + 1];
    // Just before a surname or a word WordNet does not list (the vectors know names, WordNet few),
    // a word is a given name or a title as written ("Mark Rutte", "Minister Kim"), no fixed name.
    if (next?.capitalised && token.right === next.lower && (analyse(lexicon, next.lower).length === 0 || isProper(lexicon, next.lower))) return;
    const partners = [
      previous && !token.initial && previous.capitalised && !previous.functionWord && token.left === previous.lower
        ? { word: previous.lower, before: true }
        : undefined,
      next?.capitalised && !next.functionWord && token.right === next.lower ? { word: next.lower, before: false } : undefined,
    ]
      // A pair WordNet lists as one name ("United Nations", "Prime Minister") is as written.
      .filter(
        (p): p is { word: string; before: boolean } =>
          p !== undefined && lemmaPosOf(lexicon, p.before ? `${p.word}_${token.lower}` : `${token.lower}_${p.word}`) === '',
      );
    if (partners.length === 0) return;
    const readings = analyse(lexicon, token.lower);
    if (readings.length === 0) return;
    // An original that repeats a word beside it ("Business Business Manager") is no name.
    const lemmasOf = (word: string): string[] => [word, ...analyse(lexicon, word).map((r) => r.lemma)];
    const beside = new Set([previous, next].flatMap((t) => (t ? lemmasOf(t.lower) : [])));
    // Ids and vector rows, not strings: this runs for every candidate of every capitalised word.
    const id = wordId(lexicon, token.lower);
    const own = id >= 0 && id < lexicon.vectorCount ? id : -1;
    const sides = partners.map((partner) => {
      const partnerId = wordId(lexicon, partner.word);
      const vector = partnerId >= 0 && partnerId < lexicon.vectorCount ? partnerId : -1;
      return { ...partner, id: partnerId, vector, mine: own >= 0 && vector >= 0 ? dot(lexicon, own, vector) : undefined };
    });
    const rows = candidateRows(lexicon, token.lower, id);
    let best: { candidate: number; gain: number } | undefined;
    for (let k = rows.start; k < rows.end; k++) {
      const candidate = rows.ids[k]!;
      // Candidates are ranked words, so the vector row of one that has a vector is its id.
      const likeness = rows.dots[k]! / 65536;
      if (likeness < (rows.info[k]! & WORDNET ? 0.3 : 0.6) || candidate >= lexicon.vectorCount) continue;
      // Whether the candidate repeats a word beside it, asked only of one that would count.
      let repeats: boolean | undefined;
      for (const partner of sides) {
        if (partner.mine === undefined) continue;
        const theirs = dot(lexicon, candidate, partner.vector);
        // The original must belong with the partner word, and the word present must not.
        if (theirs < 0.4) continue;
        repeats ??= lemmasOf(wordAt(lexicon, candidate)).some((l) => beside.has(l));
        if (repeats) break;
        const pair = (w: number): number =>
          w < 0 || partner.id < 0 ? 0 : partner.before ? bigramCountOfIds(lexicon, partner.id, w) : bigramCountOfIds(lexicon, w, partner.id);
        const attested = pair(candidate) - pair(id);
        const gain = theirs - partner.mine + 0.05 * Math.max(-2, Math.min(4, attested));
        if (!best || gain > best.gain) best = { candidate, gain };
      }
    }
    if (!best || best.gain < 0.25) return;
    findings.push({
      start: token.start,
      end: token.end,
      suggestion: matchCase(text.slice(token.start, token.end), wordAt(lexicon, best.candidate)),
      reason: 'fixed-name',
      confidence: logistic(15 * (best.gain - 0.3)),
    });
  });
  return findings;
}

/** Levenshtein distance, stopping early past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/**
 * Could `a` and `b` be two spellings of one word ("despatched"/"dispatched", "grey"/"gray")?
 * Within two edits, same first and last letter, length within one, and neither a stem of the
 * other: "firmly"/"firm", "older"/"old" or "moving"/"going" are different words, not spellings.
 */
function spellingVariants(a: string, b: string): boolean {
  return (
    Math.abs(a.length - b.length) <= 1 &&
    a[0] === b[0] &&
    a[a.length - 1] === b[b.length - 1] &&
    !a.startsWith(b) &&
    !b.startsWith(a) &&
    editDistance(a, b, 2) <= 2
  );
}

// British spellings whose American twin exists: "criticise", "organisation", "colour", "centre".
const BRITISH = [
  [/is(e|ed|es|ing|ation|ations)$/, 'iz$1'],
  [/our(s|ed|ing)?$/, 'or$1'],
  [/tre(s)?$/, 'ter$1'],
  [/yse(d|s)?$/, 'yze$1'],
] as const;

/** Does the text use British spellings where American ones exist? Then British variants are no evidence. */
function writesBritish(lexicon: Lexicon, tokens: readonly Token[]): boolean {
  for (const token of tokens) {
    if ((token.capitalised && !token.initial) || token.functionWord || token.lower.length < 5) continue;
    for (const [pattern, replacement] of BRITISH) {
      if (!pattern.test(token.lower)) continue;
      const american = token.lower.replace(pattern, replacement);
      const americanRank = rankOf(lexicon, american);
      if (american !== token.lower && americanRank !== undefined && americanRank < (rankOf(lexicon, token.lower) ?? Infinity)) return true;
    }
  }
  return false;
}

/**
 * Rare variant spellings ("despatched" beside the commoner "dispatched") in a text that
 * otherwise spells consistently: a WordNet synonym within two edits that is far commoner.
 * Skipped in texts that write British spellings, where such variants are the house style.
 */
export function variantSpellings(lexicon: Lexicon, tokens: readonly Token[]): Finding[] {
  if (writesBritish(lexicon, tokens)) return [];
  const findings: Finding[] = [];
  for (const token of tokens) {
    if (token.functionWord || token.special || token.lower.length < MIN_VARIANT_LENGTH || (token.capitalised && !token.initial)) continue;
    const twin = commonerSpelling(lexicon, token.lower);
    if (twin) findings.push({ start: token.start, end: token.end, suggestion: matchCase(token.text, twin), reason: 'variant-spelling', confidence: 0.9 });
  }
  return findings;
}

/** Words shorter than this are not judged as variant spellings. */
const MIN_VARIANT_LENGTH = 5;

/**
 * The far commoner spelling of a word (see {@link variantSpellings}), or `undefined`: from the
 * lexicon's derived table, or worked out for a word outside the index.
 */
function commonerSpelling(lexicon: Lexicon, word: string): string | undefined {
  const id = wordId(lexicon, word);
  const twin = lexicon.derived !== undefined && id >= 0 ? lexicon.derived.spellingTwins[id]! : NOT_DERIVED;
  if (twin === NOT_DERIVED) return spellingTwinOf(lexicon, word);
  return twin < 0 ? undefined : wordAt(lexicon, twin);
}

/** In the derived `spellingTwins` column: no twin, and a twin that is no word of the index (worked out on the spot). */
export const NO_TWIN = -1;
export const NOT_DERIVED = -2;

/**
 * A WordNet synonym of the word in the same inflection within two edits that is far commoner
 * ("dispatched" for "despatched"), or `undefined`: the one implementation, which src/build.ts
 * runs at build time for every word of the index and {@link variantSpellings} for words outside it.
 */
export function spellingTwinOf(lexicon: Lexicon, word: string): string | undefined {
  if (word.length < MIN_VARIANT_LENGTH) return undefined;
  const ownRank = rankOf(lexicon, word) ?? 400_000;
  for (const reading of analyse(lexicon, word)) {
    const twin = synonymsOf(lexicon, reading.lemma, reading.pos)
      .map((s) => inflect(lexicon, s, reading.pos, reading.form))
      .find((s) => s !== undefined && spellingVariants(s, word) && (rankOf(lexicon, s) ?? Infinity) * 5 < ownRank);
    if (twin) return twin;
  }
  return undefined;
}

/**
 * Attribution verbs standing in for "said". News attributes with "said" far more than with any
 * other verb, and writers who avoid it vary their verbs ("added", "noted", "stated"); a spinner
 * swaps "said" for one substitute every time ("mentioned", "stated"). So a verb near "said" in
 * meaning, used for attribution at least three times and more often than "said" itself, is
 * flagged wherever it attributes, and less surely wherever else it stands.
 */
export function attributions(lexicon: Lexicon, tokens: readonly Token[]): Finding[] {
  let said = 0;
  const others: { token: Token; attributes: boolean }[] = [];
  tokens.forEach((token, at) => {
    if (token.lower === 'said' || token.lower === 'says') {
      said++;
      return;
    }
    if (token.functionWord || token.special || (token.capitalised && !token.initial)) return;
    // A past-tense verb with no noun reading ("mentioned", "stated"), near "said" in meaning.
    const readings = analyse(lexicon, token.lower);
    if (!readings.some((r) => r.pos === 'v' && r.form === 'ed') || readings.some((r) => r.pos === 'n')) return;
    if ((cosine(lexicon, token.lower, 'said') ?? 0) < 0.3) return;
    const previous = tokens[at - 1];
    const afterSubject = SUBJECTS.has(token.left) || (previous?.capitalised && token.left === previous.lower) || token.left === '"' || token.left === ',';
    const beforeReport = ['that', ',', '.', '"', 'on', 'in', '</s>'].includes(token.right) || DAYS.has(token.right);
    others.push({ token, attributes: afterSubject || beforeReport });
  });
  const counts = new Map<string, number>();
  for (const { token, attributes } of others) if (attributes) counts.set(token.lower, (counts.get(token.lower) ?? 0) + 1);
  // Once a verb has stood in for "said", its other uses are the same swap in a frame the
  // position test misses ("Zelenskyy earlier mentioned his government had ..."): flagged a
  // little less surely, with the same suggestion.
  return others
    .filter(({ token }) => {
      const count = counts.get(token.lower) ?? 0;
      return count >= 3 && count > said;
    })
    .map(({ token, attributes }) => {
      const count = counts.get(token.lower)!;
      return {
        start: token.start,
        end: token.end,
        suggestion: matchCase(token.text, 'said'),
        reason: 'attribution' as const,
        confidence: (attributes ? 1 : 0.8) * (0.6 + 0.35 * (count / (count + said))),
      };
    });
}

/** A stem must be at least this common (GloVe rank) for a suffix glued onto it to be read as a spinner's inflection. */
const GLUED_STEM_RANK = 30_000;
/** The suffixes a crude spinner glues on, as the forms they stand for. */
const GLUED_SUFFIXES = [
  ['ing', 'ing'],
  ['ed', 'ed'],
  ['s', 's'],
] as const;

/**
 * Non-words made by gluing an inflection onto a synonym ("restorationed", "arouseing",
 * "civils"): a spinner looked up the lemma of "restored", "injuring" or "civilians", took a
 * thesaurus entry and put the original's suffix back on without any spelling rule. A token is
 * flagged when neither the lexicon nor the language model knows it, and it is a common lemma
 * plus `-ing`, `-ed` or `-s`; a noun's or verb's `-s` is left alone (a plural the lexicon lacks,
 * "reckonings", is still a word). The suggestion is the thesaurus neighbour of the stem, so
 * inflected, that the language model likes best in the very place.
 */
export function brokenInflections(lexicon: Lexicon, tokens: readonly Token[], text: string): Finding[] {
  const findings: Finding[] = [];
  const model = languageModel();
  tokens.forEach((token, at) => {
    if (token.functionWord || token.special || token.compound || token.lower.length < 6 || (token.capitalised && !token.initial)) return;
    if (wordId(lexicon, token.lower) >= 0 || model?.has(token.lower)) return;
    for (const [suffix, form] of GLUED_SUFFIXES) {
      if (!token.lower.endsWith(suffix)) continue;
      const stem = token.lower.slice(0, -suffix.length);
      const rank = rankOf(lexicon, stem);
      const pos = lemmaPosOf(lexicon, stem);
      if (rank === undefined || rank >= GLUED_STEM_RANK || pos === '' || (form === 's' && /[nv]/.test(pos))) continue;
      const rows = candidateRows(lexicon, stem);
      const inflected = new Set<string>();
      for (let k = rows.start; k < rows.end; k++) {
        const candidate = wordAt(lexicon, rows.ids[k]!);
        const candidatePos = lemmaPosOf(lexicon, candidate);
        for (const p of form === 's' ? (['n', 'v'] as const) : (['v'] as const)) {
          if (!candidatePos.includes(p)) continue;
          const word = inflect(lexicon, candidate, p, form);
          if (word !== undefined) inflected.add(word);
        }
      }
      const suggestion = likeliestInPlace(tokens, at, [...inflected]);
      findings.push({
        start: token.start,
        end: token.end,
        suggestion: suggestion === undefined ? undefined : matchCase(text.slice(token.start, token.end), suggestion),
        reason: 'broken-inflection',
        confidence: 0.9,
      });
      return;
    }
  });
  return findings;
}
