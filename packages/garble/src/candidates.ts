import { memoPerWord } from './cache.js';
import { functionWords } from './english.js';
import { antonymsOf, cosine, isProper, neighboursOf, sensesOf, synsetLemmas, type Lexicon } from './lexicon.js';
import { analyse, inflect } from './morphology.js';

/** How a candidate original was found. */
export interface Candidate {
  readonly word: string;
  readonly wordnet: boolean;
  /** For a WordNet synonym: the shared sense is among the candidate's two commonest senses. */
  readonly candidateMainSense: boolean;
  /** For a WordNet synonym: the shared sense is the word's own commonest sense. */
  readonly wordMainSense: boolean;
}

/** Vector neighbours less similar than this to the word are not candidates. */
const MIN_NEIGHBOUR_SIMILARITY = 0.5;

/**
 * Candidate originals of a word (as {@link analyse} reads it): WordNet synonyms and vector
 * neighbours with the same reading and inflection. Memoised per word (a text repeats its words,
 * and fixedNames and the misfit features both ask): do not change the array.
 */
export const candidatesOf: (lexicon: Lexicon, word: string) => readonly Candidate[] = memoPerWord(20_000, wordCandidates);

function wordCandidates(lexicon: Lexicon, word: string): Candidate[] {
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
