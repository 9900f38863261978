// Word normalisation shared by every kind of evidence: case and accent folding, numbers, month
// names, and light stemming for the languages we know (English, Indonesian/Malay).

const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'januari', 'januar', 'janvier', 'janv'],
  ['february', 'feb', 'februari', 'februar', 'fevrier', 'fev', 'febr', 'pebruari'],
  ['march', 'mar', 'maret', 'mac', 'marz', 'mars'],
  ['april', 'apr', 'avril', 'avr'],
  ['may', 'mei', 'mai'],
  ['june', 'jun', 'juni', 'juin'],
  ['july', 'jul', 'juli', 'julai', 'juillet', 'juil'],
  ['august', 'aug', 'agustus', 'ogos', 'agt', 'aout'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'oktober', 'okt', 'octobre'],
  ['november', 'nov', 'nopember', 'novembre'],
  ['december', 'dec', 'desember', 'dis', 'des', 'dezember', 'dez', 'decembre'],
];
const monthKey = new Map<string, string>();
MONTHS.forEach((names, i) => {
  for (const name of names) monthKey.set(name, `@m${i + 1}`);
});

/** Lower case without diacritics: "Expédition" → "expedition", "Zürich" → "zurich". */
export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * A number as a language-independent key: thousands separators dropped and decimal commas made
 * points, so "1.500" (Indonesian, German) and "1,500" (English) are both "#1500", and "3,5" and
 * "3.5" are both "#3.5". `undefined` for a word that is not a number.
 */
export function numberKey(word: string): string | undefined {
  if (!/^\p{Nd}[\p{Nd}.,]*$/u.test(word)) return undefined;
  let digits: string;
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(word)) digits = word.replace(/[.,]/g, '');
  else digits = word.replace(',', '.').replace(/[.,]/g, (_c, i: number, s: string) => (s.indexOf('.') === i ? '.' : ''));
  const value = Number(digits);
  return Number.isFinite(value) ? `#${value}` : `#${word}`;
}

/** The key of a month name in any of the languages listed above ("Oktober", "Oct" → "@m10"). */
export function monthOf(folded: string): string | undefined {
  return monthKey.get(folded);
}

function stemEnglish(word: string): string {
  let w = word.replace(/['’]s$/, '').replace(/['’]$/, '');
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3).replace(/(.)\1$/, '$1');
  if (w.length > 4 && w.endsWith('ed'))
    return w
      .slice(0, -2)
      .replace(/(.)\1$/, '$1')
      .replace(/i$/, 'y');
  return w;
}

const MALAY_PREFIXES: readonly [RegExp, string[]][] = [
  [/^meny(.{3,})$/, ['s']],
  [/^peny(.{3,})$/, ['s']],
  [/^meng(.{3,})$/, ['', 'k']],
  [/^peng(.{3,})$/, ['', 'k']],
  [/^mem(.{3,})$/, ['', 'p']],
  [/^pem(.{3,})$/, ['', 'p']],
  [/^men(.{3,})$/, ['', 't']],
  [/^pen(.{3,})$/, ['', 't']],
  [/^me(.{3,})$/, ['']],
  [/^ber(.{3,})$/, ['']],
  [/^be(.{3,})$/, ['']],
  [/^ter(.{3,})$/, ['']],
  [/^per(.{3,})$/, ['']],
  [/^pe(.{3,})$/, ['']],
  [/^di(.{3,})$/, ['']],
  [/^ke(.{3,})$/, ['']],
  [/^se(.{3,})$/, ['']],
];

/** Roots an Indonesian/Malay word may have once common affixes are taken off, best guess first. */
function malayRoots(word: string): string[] {
  const out = new Set<string>();
  const bases = [word];
  const particle = word.replace(/(?:nya|lah|kah|pun|ku|mu)$/, '');
  if (particle !== word && particle.length >= 3) bases.push(particle);
  for (const base of [...bases]) {
    const suffix = base.replace(/(?:kan|an|i)$/, '');
    if (suffix !== base && suffix.length >= 3) bases.push(suffix);
  }
  for (const base of bases) {
    out.add(base);
    for (const [prefix, restore] of MALAY_PREFIXES) {
      const match = prefix.exec(base);
      if (match) for (const r of restore) out.add(r + match[1]!);
    }
  }
  out.delete(word);
  return [word, ...out];
}

/** Indonesian or Malay (a primary subtag): one stemmer and one built-in lexicon serve both. */
export function isMalay(language: string | undefined): boolean {
  return language === 'id' || language === 'ms';
}

/**
 * The keys a folded word is looked up and indexed under: the word itself first, then its stem
 * (English) or candidate roots (Indonesian, Malay). Other languages: the word alone.
 */
export function lookupKeys(folded: string, language: string | undefined): string[] {
  if (language === 'en') {
    const stem = stemEnglish(folded);
    return stem === folded ? [folded] : [folded, stem];
  }
  if (isMalay(language)) return malayRoots(folded);
  return [folded];
}
