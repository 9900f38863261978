// Sentence length across scripts, the Gale–Church evidence (docs/alignment.md, "Length across
// scripts"). A Han character carries about as much as three Latin ones (Chinese–English
// translations run about 1 character to 3), so counting characters alone would make a Chinese
// sentence look a third as long as its English counterpart and, worse, put the length model's
// variance in a unit three times smaller on one side than on the other. Lengths are therefore
// measured in Latin-character equivalents; the ratio a document pair actually has is
// then estimated from the pair itself (align.ts).

/**
 * Latin characters one character of a script written without spaces is worth. Han and Hangul
 * syllables are words or morphemes (Chinese–English about 1:3, Korean–English about 1:2.5); kana
 * are syllables (Japanese text mixes them with Han); Thai, Lao, Khmer and Myanmar are alphabets
 * written without spaces between words, so a character is about one Latin character, and
 * they count as written. Everything else (letters, digits, punctuation, spaces, full-width
 * forms) counts 1 as written, so spaced scripts keep their plain character length.
 */
const DENSE_SCRIPTS: readonly [RegExp, number][] = [
  [/\p{Script=Han}/u, 3],
  [/\p{Script=Hangul}/u, 2.5],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 1.5],
];
const DENSE = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * The length of a sentence in Latin-character equivalents: its UTF-16 length, with each Han
 * character counted 3, Hangul 2.5 and kana 1.5 (see {@link DENSE_SCRIPTS}).
 */
export function sentenceLength(text: string): number {
  let length = text.length;
  for (const match of text.matchAll(DENSE)) {
    const char = match[0];
    for (const [script, weight] of DENSE_SCRIPTS) {
      if (script.test(char)) {
        length += weight - char.length;
        break;
      }
    }
  }
  return length;
}

/** Target length per source length over the given links (or whole sides), 1 when either is empty. */
export function lengthRatio(source: ArrayLike<number>, target: ArrayLike<number>): number {
  let s = 0;
  let t = 0;
  for (let i = 0; i < source.length; i++) s += source[i]!;
  for (let i = 0; i < target.length; i++) t += target[i]!;
  return s > 0 && t > 0 ? t / s : 1;
}
