import { matchCase, type Finding } from './findings.js';
import { bigramCount, brownCount, type Lexicon } from './lexicon.js';
import { logistic } from './logistic.js';
import { NO_WORD } from './lm.js';
import { lmContext, readingOf, surroundings, type LmContext, type Reading, type Surroundings } from './lmcontext.js';
import { inflect } from './morphology.js';
import type { Token } from './tokens.js';

// Function-word and phrase alternations that article spinners make, written for this project
// from general English usage (not from any spinner's dictionary or any benchmark text). A
// spinner's dictionary has entries for prepositions, conjunctions, discourse adverbs, modals and
// light verbs as well as for content words, and it puts in the wordy or stilted variant
// ("in opposition to" for "against", "for the reason that" for "because", "would possibly" for
// "might", "make use of" for "use"). Each line is `variant | plain alternatives`; a variant
// marked `~` starts with a verb that is inflected (its plain alternatives inflect their first word
// the same way). Every variant is also ordinary English somewhere, so none is flagged for being
// there: a language model over the Brown bigrams must find a plain alternative far likelier in
// the very context (see phraseSwaps).
const ALTERNATIONS = `
in opposition to | against
in direction of | towards, toward
in the direction of | towards, toward
in accordance with | according to
on account of | because of
because of the fact that | because
due to the fact that | because
owing to the fact that | because
for the reason that | because, since
as a consequence of | because of
all through | throughout, during
throughout | during
earlier than | before
previous to | before
subsequent to | after
in addition to | as well as, besides
as much as | up to
near to | near
concerning | about
regarding | about
relating to | about
with regard to | about
in regards to | about
on the subject of | about
in phrases of | in terms of
in spite of | despite
notwithstanding | despite
in the event that | if
supplied that | provided that
offered that | provided that
so as to | to
so that you can | to
with the intention to | to
with a view to | to
in order that | so that
on the point of | about to
at the same time as | while, as
at the side of | with, along with
with the aid of | by
by the use of | by
in the back of | behind
on pinnacle of | on top of
as properly as | as well as
as properly | as well
outdoors | outside
exterior | outside
inside of | inside
however | but
additionally | also
in the present day | today
as of late | recently
not too long ago | recently
in a while | soon
at all times | always
in actual fact | in fact
principally | mainly
a variety of | several, various
a great deal of | much, many
whole lot of | lot of
very important | vital, crucial
extraordinarily | extremely
would possibly | might
could possibly | could
is ready to | can, is able to
are ready to | can, are able to
was ready to | could, was able to
were ready to | could, were able to
is in a position to | can, is able to
are in a position to | can, are able to
was in a position to | could, was able to
were in a position to | could, were able to
just isn't | is not
simply isn't | is not
are usually not | are not
don't seem to be | are not
is now not | is not, is no longer
are now not | are not, are no longer
~make use of | use
~take care of | deal with, handle
~think about | consider
~talk about | discuss
~make certain | ensure
~turn out to be | become
~come to be | become
~have the ability to | can
`;

/** One alternation: a variant as word sequence and its plain alternatives. */
interface Alternation {
  readonly variant: readonly string[];
  readonly plain: readonly (readonly string[])[];
}

const apostrophes = (s: string): string => s.replace(/’/g, "'");

/** The table with verb variants inflected (base, -s, past, participle, -ing), keyed by first word. */
function buildTable(lexicon: Lexicon): Map<string, Alternation[]> {
  const table = new Map<string, Alternation[]>();
  const put = (variant: string[], plain: string[][]): void => {
    const list = table.get(variant[0]!) ?? [];
    if (!list.some((a) => a.variant.join(' ') === variant.join(' '))) list.push({ variant, plain });
    table.set(variant[0]!, list);
  };
  for (const line of ALTERNATIONS.split('\n')) {
    if (!line.includes('|')) continue;
    const [left, right] = line.split('|') as [string, string];
    const verb = left.trim().startsWith('~');
    const variant = left.replace('~', '').trim().split(/\s+/);
    const plain = right.split(',').map((p) => p.trim().split(/\s+/));
    if (!verb) {
      put(variant, plain);
      continue;
    }
    for (const form of ['base', 's', 'ed', 'en', 'ing'] as const) {
      const head = inflect(lexicon, variant[0]!, 'v', form);
      if (head === undefined) continue;
      const inflected = plain
        .map((p) => {
          const first = inflect(lexicon, p[0]!, 'v', form);
          return first === undefined ? undefined : [first, ...p.slice(1)];
        })
        .filter((p): p is string[] => p !== undefined);
      if (inflected.length > 0) put([head, ...variant.slice(1)], inflected);
    }
  }
  return table;
}

let cachedTable: { lexicon: Lexicon; table: Map<string, Alternation[]> } | undefined;
function tableFor(lexicon: Lexicon): Map<string, Alternation[]> {
  if (cachedTable?.lexicon !== lexicon) cachedTable = { lexicon, table: buildTable(lexicon) };
  return cachedTable.table;
}

/** Log probability of `word` after `previous` under a bigram model of Brown, interpolated with unigrams. */
function logBigram(lexicon: Lexicon, previous: string, word: string): number {
  const unigram = ((brownCount(lexicon, word) ?? 0) + 0.5) / lexicon.brownTokens;
  const pair = bigramCount(lexicon, previous, word);
  const history = brownCount(lexicon, previous) ?? 0;
  // Dirichlet smoothing: a rare history leans on the unigram.
  const k = 50;
  return Math.log((pair + k * unigram) / (history + k));
}

/** Log probability of a word sequence between a left and a right neighbour. */
function logSequence(lexicon: Lexicon, left: string, sequence: readonly string[], right: string): number {
  let total = 0;
  let previous = left;
  for (const word of [...sequence, right]) {
    total += logBigram(lexicon, previous, word);
    previous = word;
  }
  return total;
}

const phraseAround: Surroundings = { h2: 0, h1: 0, r1: 0, r2: 0 };
const phraseReading: Reading = { left: 0, right: 0, bigram: 0, seen: 0 };

/**
 * Log probability (nats) of a word sequence in place of `tokens[at..last]` under the trigram
 * language model: the sequence given the two words before it, and the two words after it.
 */
function lmSequence(context: LmContext, tokens: readonly Token[], at: number, last: number, sequence: readonly string[]): number {
  surroundings(context, tokens, at, last, phraseAround);
  // Punctuation after the phrase is what tells "However, the" from "However the", and the model
  // does not see it: then Brown's bigrams (which do) judge alone.
  if (phraseAround.r1 === NO_WORD) return Number.NaN;
  readingOf(
    context.scorer,
    phraseAround,
    sequence.map((w) => context.scorer.id(w)),
    phraseReading,
  );
  return (phraseReading.left + phraseReading.right) * Math.LN10;
}

/** Log-probability margin from which a plain alternative counts as evidence of a swap, and the slope after it. */
const PHRASE_MARGIN = 4;
const PHRASE_SLOPE = 0.8;
/** The Brown bigram margin's share of the margin when the language model is there (the rest is the model's). */
const PHRASE_BROWN_SHARE = 0.5;

/**
 * Function words and phrases a spinner put in ("in opposition to" for "against", "However the"
 * for "But the"): a variant from the alternation table where a plain alternative is far likelier
 * in the same context under the Brown bigram model. The confidence grows with the margin.
 */
export function phraseSwaps(lexicon: Lexicon, tokens: readonly Token[], text: string): Finding[] {
  const table = tableFor(lexicon);
  const lm = lmContext(tokens);
  const findings: Finding[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const first = tokens[at]!;
    const entries = table.get(apostrophes(first.lower));
    if (!entries) continue;
    // Longest variant first: "in the direction of" before "in direction of".
    let found: Finding | undefined;
    for (const entry of [...entries].sort((a, b) => b.variant.length - a.variant.length)) {
      const last = at + entry.variant.length - 1;
      if (last >= tokens.length) continue;
      const run = tokens.slice(at, last + 1);
      const matches = run.every((t, k) => apostrophes(t.lower) === entry.variant[k] && (k === 0 || t.left === run[k - 1]!.lower));
      if (!matches) continue;
      // A capitalised variant inside a sentence is part of a name.
      if (first.capitalised && !first.initial) break;
      const final = run[run.length - 1]!;
      const own = logSequence(lexicon, first.left, entry.variant, final.right);
      const ownLm = lm ? lmSequence(lm, tokens, at, last, entry.variant) : 0;
      let best: { plain: readonly string[]; margin: number } | undefined;
      for (const plain of entry.plain) {
        const brownMargin = logSequence(lexicon, first.left, plain, final.right) - own;
        // With the language model, the two models' margins are averaged: Brown's counts are
        // small, and the trigram model sees two words on either side.
        const lmMargin = lm ? lmSequence(lm, tokens, at, last, plain) - ownLm : Number.NaN;
        const margin = Number.isNaN(lmMargin) ? brownMargin : PHRASE_BROWN_SHARE * brownMargin + (1 - PHRASE_BROWN_SHARE) * lmMargin;
        if (!best || margin > best.margin) best = { plain, margin };
      }
      if (!best) break;
      const confidence = logistic(PHRASE_SLOPE * (best.margin - PHRASE_MARGIN));
      if (confidence >= 0.05) {
        found = {
          start: first.start,
          end: final.end,
          suggestion: matchCase(text.slice(first.start, final.end), best.plain.join(' ')),
          reason: 'phrase-swap',
          confidence,
        };
      }
      break;
    }
    if (found) {
      findings.push(found);
      while (at + 1 < tokens.length && tokens[at + 1]!.start < found.end) at++;
    }
  }
  return findings;
}
