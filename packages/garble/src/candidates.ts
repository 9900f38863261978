import { memoPerWord } from './cache.js';
import { functionWords } from './english.js';
import { antonymsOf, cosine, hyponymsOf, integerDot, isProper, neighboursOf, sensesOf, synsetLemmas, vectorOf, wordId, type Lexicon } from './lexicon.js';
import { analyse, inflect, type Analysis } from './morphology.js';

/** How a candidate original was found. */
export interface Candidate {
  readonly word: string;
  readonly wordnet: boolean;
  /** For a WordNet synonym: the shared sense is among the candidate's two commonest senses. */
  readonly candidateMainSense: boolean;
  /** For a WordNet synonym: the shared sense is the word's own commonest sense. */
  readonly wordMainSense: boolean;
  /** Found by the reverse thesaurus look-up: a narrower word whose entry would list the word present. */
  readonly narrower?: boolean;
}

/**
 * A word's candidate originals as columns, `start..end` of them: candidates are always ranked
 * words (an inflection is only kept when the lexicon ranks it), so a word id stands for each.
 * A row of the lexicon's derived table, or worked out for a word outside the index.
 */
export interface CandidateRows {
  readonly ids: Uint32Array;
  /** Bit 0 a WordNet synonym, bit 1 the shared sense is among the candidate's two commonest, bit 2 it is the word's commonest. */
  readonly info: Uint8Array;
  /** Integer dot product of the word's and the candidate's 8-bit vectors (cosine · 65536), 0 when either has none. */
  readonly dots: Int32Array;
  readonly start: number;
  readonly end: number;
}

export const WORDNET = 1;
export const CANDIDATE_MAIN_SENSE = 2;
export const WORD_MAIN_SENSE = 4;
export const NARROWER = 8;

/** Vector neighbours less similar than this to the word are not candidates. */
const MIN_NEIGHBOUR_SIMILARITY = 0.5;

/** Candidate originals of `word` as rows (see {@link CandidateRows}); do not change them. */
export function candidateRows(lexicon: Lexicon, word: string, id = wordId(lexicon, word)): CandidateRows {
  const derived = lexicon.derived;
  if (derived === undefined || id < 0) return computedRowsOf(lexicon, word);
  return {
    ids: derived.candidateIds,
    info: derived.candidateInfo,
    dots: derived.candidateDots,
    start: derived.candidateStarts[id]!,
    end: derived.candidateStarts[id + 1]!,
  };
}

/** Rows of candidates found by {@link wordCandidates}, for words the lexicon did not derive. */
const computedRowsOf = memoPerWord(20_000, (lexicon, word) => rowsOf(lexicon, word, wordCandidates(lexicon, word)));

/** Candidates as rows; `word` is the word they would replace. */
export function rowsOf(lexicon: Lexicon, word: string, candidates: readonly Candidate[]): CandidateRows {
  const n = candidates.length;
  const rows = { ids: new Uint32Array(n), info: new Uint8Array(n), dots: new Int32Array(n), start: 0, end: n };
  const own = vectorOf(lexicon, word);
  candidates.forEach((candidate, k) => {
    const id = wordId(lexicon, candidate.word);
    // An inflection is kept only when the lexicon ranks it, and neighbours are ranked words.
    if (id < 0 || id >= lexicon.rankedCount) throw new Error(`@sejajar/garble: candidate "${candidate.word}" of "${word}" is not a ranked word`);
    rows.ids[k] = id;
    rows.info[k] =
      (candidate.wordnet ? WORDNET : 0) |
      (candidate.candidateMainSense ? CANDIDATE_MAIN_SENSE : 0) |
      (candidate.wordMainSense ? WORD_MAIN_SENSE : 0) |
      (candidate.narrower ? NARROWER : 0);
    rows.dots[k] = own >= 0 && id < lexicon.vectorCount ? integerDot(lexicon, own, id) : 0;
  });
  return rows;
}

/**
 * The number of synonym-bearing WordNet senses of a word's readings, each lemma and part of
 * speech counted once (polysemous words are what spinners put in).
 */
export function readingSenseCount(lexicon: Lexicon, readings: readonly Analysis[]): number {
  let count = 0;
  const seen = new Set<string>();
  for (const r of readings) {
    if (seen.has(`${r.lemma} ${r.pos}`)) continue;
    seen.add(`${r.lemma} ${r.pos}`);
    count += sensesOf(lexicon, r.lemma, r.pos).length;
  }
  return count;
}

/**
 * {@link readingSenseCount} of a word's readings, -1 when it has none: from the lexicon's derived
 * table, or worked out for a word outside the index.
 */
export function wordSenses(lexicon: Lexicon, word: string, id = wordId(lexicon, word)): number {
  if (lexicon.derived !== undefined && id >= 0) return lexicon.derived.readingSenses[id]!;
  const readings = analyse(lexicon, word);
  return readings.length === 0 ? -1 : readingSenseCount(lexicon, readings);
}

/**
 * Candidate originals of a word, found anew: the one implementation, which src/build.ts runs
 * at build time for every word of the index and the detector for words outside it.
 */
export function wordCandidates(lexicon: Lexicon, word: string): Candidate[] {
  const readings = analyse(lexicon, word);
  const found = new Map<string, Candidate>();
  const lemmas = new Set(readings.map((r) => r.lemma));
  const antonyms = new Set(readings.flatMap((r) => antonymsOf(lexicon, r.lemma)));
  const add = (candidate: string | undefined, wordnet: boolean, candidateMainSense = false, wordMainSense = false): void => {
    if (candidate === undefined || candidate === word || functionWords.has(candidate) || candidate.includes(' ')) return;
    if (isProper(lexicon, candidate)) return;
    if (!wordnet && (cosine(lexicon, word, candidate) ?? 1) < MIN_NEIGHBOUR_SIMILARITY) return;
    if (analyse(lexicon, candidate).some((t) => antonyms.has(t.lemma))) return;
    const previous = found.get(candidate);
    const mine = { word: candidate, wordnet, candidateMainSense, wordMainSense };
    if (!previous) found.set(candidate, mine);
    else if (wordnet) {
      found.set(candidate, {
        word: candidate,
        wordnet,
        candidateMainSense: candidateMainSense || previous.candidateMainSense,
        wordMainSense: wordMainSense || previous.wordMainSense,
      });
    }
  };
  const addNarrower = (candidate: string): void => {
    if (candidate === word || functionWords.has(candidate) || candidate.includes(' ') || isProper(lexicon, candidate)) return;
    if (analyse(lexicon, candidate).some((t) => antonyms.has(t.lemma))) return;
    found.set(candidate, { word: candidate, wordnet: false, candidateMainSense: false, wordMainSense: false, narrower: true });
  };
  // A spinner's dictionary lists an original's common senses; the synonym it puts in is often
  // used in a minor sense of its own. Record where the shared sense ranks on each side.
  for (const reading of readings) {
    const senses = sensesOf(lexicon, reading.lemma, reading.pos);
    senses.forEach((id, rank) => {
      for (const synonym of synsetLemmas(lexicon, id)) {
        if (synonym === reading.lemma || lemmas.has(synonym)) continue;
        const theirs = sensesOf(lexicon, synonym, reading.pos);
        const theirRank = theirs.indexOf(id);
        add(inflect(lexicon, synonym, reading.pos, reading.form), true, theirRank >= 0 && theirRank < 2, rank === 0);
      }
    });
  }
  for (const neighbour of neighboursOf(lexicon, word)) {
    const theirs = analyse(lexicon, neighbour);
    if (theirs.some((t) => lemmas.has(t.lemma))) continue;
    if (readings.some((r) => theirs.some((t) => t.pos === r.pos && t.form === r.form))) add(neighbour, false);
  }
  // The reverse thesaurus look-up: a spinner's thesaurus lists broader words in an entry ("group"
  // under "people"), so the word present may stand for one of its narrower words, inflected alike.
  for (const reading of readings) {
    if (reading.pos !== 'n' && reading.pos !== 'v') continue;
    for (const narrower of hyponymsOf(lexicon, reading.lemma)) {
      if (lemmas.has(narrower) || found.has(narrower)) continue;
      const inflected = inflect(lexicon, narrower, reading.pos, reading.form);
      if (inflected !== undefined && !found.has(inflected)) addNarrower(inflected);
    }
  }
  // A rare inflected form ("despatched") has no vector of its own; its lemma may.
  for (const reading of readings) {
    if (reading.lemma === word || reading.lemma.includes('_')) continue;
    for (const neighbour of neighboursOf(lexicon, reading.lemma)) {
      if (analyse(lexicon, neighbour).some((t) => t.lemma === neighbour && t.pos === reading.pos && t.form === 'base')) {
        add(inflect(lexicon, neighbour, reading.pos, reading.form), false);
      }
    }
  }
  return [...found.values()];
}
