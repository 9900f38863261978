import { wordAt, type Lexicon } from './lexicon.js';
import { languageModel, NO_WORD, scorerOf, type LanguageModelScorer } from './lm.js';
import type { Token } from './tokens.js';

/**
 * A text's tokens as the language model reads them: model word ids, and where a token follows
 * the one before it with nothing but a space (or a hyphen) between, so that they make an n-gram.
 * Punctuation breaks the n-grams (the model was trained on text without it); a sentence starts
 * with `<s>` and ends with `</s>`.
 */
export interface LmContext {
  readonly scorer: LanguageModelScorer;
  /** Model id of each token's lower-case form (-1 outside the tables). */
  readonly ids: Int32Array;
  /** 1 where token i directly follows token i − 1 in the same sentence. */
  readonly joined: Uint8Array;
  readonly bos: number;
  readonly eos: number;
}

const contexts = new WeakMap<readonly Token[], LmContext | null>();

/** The model's view of `tokens`, made once per token list; `undefined` when no language model was built. */
export function lmContext(tokens: readonly Token[]): LmContext | undefined {
  const known = contexts.get(tokens);
  if (known !== undefined) return known ?? undefined;
  const model = languageModel();
  const scorer = model ? scorerOf(model) : undefined;
  if (!scorer) {
    contexts.set(tokens, null);
    return undefined;
  }
  const n = tokens.length;
  const context: LmContext = { scorer, ids: new Int32Array(n), joined: new Uint8Array(n), bos: scorer.id('<s>'), eos: scorer.id('</s>') };
  tokens.forEach((token, i) => {
    context.ids[i] = scorer.id(token.lower);
    context.joined[i] = i > 0 && token.left === tokens[i - 1]!.lower && token.sentence === tokens[i - 1]!.sentence ? 1 : 0;
  });
  contexts.set(tokens, context);
  return context;
}

/** Model ids of lexicon words, looked up once per word (-3: not yet looked up). */
let lexiconIds: { lexicon: Lexicon; scorer: LanguageModelScorer; ids: Int32Array } | undefined;

/** The model id of the lexicon word `id` (-1 outside the model's tables). */
export function lmIdOfWord(lexicon: Lexicon, context: LmContext, id: number): number {
  if (lexiconIds?.lexicon !== lexicon || lexiconIds.scorer !== context.scorer) {
    lexiconIds = { lexicon, scorer: context.scorer, ids: new Int32Array(lexicon.flags.length).fill(-3) };
  }
  let found = lexiconIds.ids[id]!;
  if (found === -3) {
    found = context.scorer.id(wordAt(lexicon, id));
    lexiconIds.ids[id] = found;
  }
  return found;
}

/** The words around `tokens[at..last]`: two before (`h2 h1`) and two after (`r1 r2`), model ids, {@link NO_WORD} where none. */
export interface Surroundings {
  h2: number;
  h1: number;
  r1: number;
  r2: number;
}

/** Fills `into` with the n-gram context of `tokens[at..last]` (see {@link Surroundings}). */
export function surroundings(context: LmContext, tokens: readonly Token[], at: number, last: number, into: Surroundings): Surroundings {
  const { ids, joined, bos, eos } = context;
  const startsSentence = (i: number): boolean => tokens[i]!.left === '<s>';
  const endsSentence = (i: number): boolean => tokens[i]!.right === '.' || tokens[i]!.right === '</s>';
  into.h1 = into.h2 = into.r1 = into.r2 = NO_WORD;
  if (joined[at]) {
    into.h1 = ids[at - 1]!;
    if (joined[at - 1]) into.h2 = ids[at - 2]!;
    else if (startsSentence(at - 1)) into.h2 = bos;
  } else if (startsSentence(at)) into.h1 = bos;
  if (last + 1 < tokens.length && joined[last + 1]) {
    into.r1 = ids[last + 1]!;
    if (last + 2 < tokens.length && joined[last + 2]) into.r2 = ids[last + 2]!;
    else if (endsSentence(last + 1)) into.r2 = eos;
  } else if (endsSentence(last)) into.r1 = eos;
  return into;
}

/**
 * How well a word (or a run of words) reads between its surroundings: the log10 probability of
 * the run itself given the two words before it (`left`), of the two words after it given the
 * run (`right`), the same with bigrams only (`bigram`), and the share of those three trigram
 * look-ups the model answered with a trigram it has (`seen`: an unseen n-gram backs off, weaker
 * evidence than a seen rare one).
 */
export interface Reading {
  left: number;
  right: number;
  bigram: number;
  seen: number;
}

/** Fills `into` with how the words `run` (model ids) read in `around` (see {@link Reading}). */
export function readingOf(scorer: LanguageModelScorer, around: Surroundings, run: ArrayLike<number>, into: Reading): Reading {
  const { h2, h1, r1, r2 } = around;
  const n = run.length;
  let left = 0;
  let bigram = 0;
  let trigrams = 0;
  let lookups = 0;
  let p2 = h2;
  let p1 = h1;
  for (let k = 0; k < n; k++) {
    const w = run[k]!;
    left += scorer.logProb(p2, p1, w);
    lookups++;
    if (scorer.order === 3) trigrams++;
    bigram += scorer.logProb(NO_WORD, p1, w);
    p2 = p1;
    p1 = w;
  }
  let right = 0;
  if (r1 !== NO_WORD) {
    right += scorer.logProb(p2, p1, r1);
    lookups++;
    if (scorer.order === 3) trigrams++;
    bigram += scorer.logProb(NO_WORD, p1, r1);
    if (r2 !== NO_WORD) {
      right += scorer.logProb(p1, r1, r2);
      lookups++;
      if (scorer.order === 3) trigrams++;
    }
  }
  into.left = left;
  into.right = right;
  into.bigram = bigram;
  into.seen = trigrams / lookups;
  return into;
}

const fitAround: Surroundings = { h2: 0, h1: 0, r1: 0, r2: 0 };
const fitReading: Reading = { left: 0, right: 0, bigram: 0, seen: 0 };
const fitRun = new Int32Array(1);

/**
 * Of `words` (one word each), the one the language model finds likeliest in place of
 * `tokens[at]` (its own probability given the two words before, and the two words after it
 * given it), or the first when there is no model; `undefined` for no words.
 */
export function likeliestInPlace(tokens: readonly Token[], at: number, words: readonly string[]): string | undefined {
  const context = lmContext(tokens);
  if (!context || words.length < 2) return words[0];
  surroundings(context, tokens, at, at, fitAround);
  let best: string | undefined;
  let bestScore = -Infinity;
  for (const word of words) {
    fitRun[0] = context.scorer.id(word);
    readingOf(context.scorer, fitAround, fitRun, fitReading);
    const score = fitReading.left + fitReading.right;
    if (score > bestScore) {
      best = word;
      bestScore = score;
    }
  }
  return best;
}
