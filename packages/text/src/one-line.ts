// Breaking white space and every character some tool reads as a line or column break: JS `\s`
// misses U+0085 and U+001C–U+001F (Python's splitlines breaks on them) and takes the no-break
// spaces U+00A0, U+2007 and U+202F, which are kept here because they are part of the text.
const BREAKS = /[\t\n\v\f\r \u0085\u001C-\u001F\u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+/g;

/**
 * `text` as one line: every run of breaking white space and line or column separators (space,
 * tab, LF, VT, FF, CR, U+0085, U+001C–U+001F, U+1680, U+2000–U+200A but U+2007, U+2028, U+2029,
 * U+205F, U+3000) becomes one space, and none is left at either end. No-break spaces (U+00A0,
 * U+2007, U+202F) and every other character are kept.
 */
export function oneLine(text: string): string {
  const spaced = text.replace(BREAKS, ' ');
  // After the replacement an end holds at most one space; slicing it off avoids a `$`-anchored
  // regex, which backtracks quadratically over long runs of spaces.
  const start = spaced.startsWith(' ') ? 1 : 0;
  const end = spaced.length > start && spaced.endsWith(' ') ? spaced.length - 1 : spaced.length;
  return spaced.slice(start, end);
}
