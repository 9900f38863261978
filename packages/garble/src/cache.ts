import type { Lexicon } from './lexicon.js';

/**
 * A bounded memo of a function of (lexicon, word): a text repeats its words, and the lexical
 * work on a word (its readings, its candidate originals) does not depend on where it stands.
 * Past `limit` words it starts again, so memory stays bounded however long the texts or the
 * process. The values are shared: callers must not change them.
 */
export type WordMemo<T> = (lexicon: Lexicon, word: string) => T;

/** Memoise `compute` per lexicon and word, for at most `limit` words at a time. */
export function memoPerWord<T>(limit: number, compute: (lexicon: Lexicon, word: string) => T): WordMemo<T> {
  let owner: Lexicon | undefined;
  const values = new Map<string, T>();
  return (lexicon, word) => {
    if (owner !== lexicon) {
      values.clear();
      owner = lexicon;
    }
    let value = values.get(word);
    if (value === undefined) {
      value = compute(lexicon, word);
      if (values.size >= limit) values.clear();
      values.set(word, value);
    }
    return value;
  };
}
