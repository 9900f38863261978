import { data as francData } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/**
 * Writing systems as franc groups them: a script shared by several languages (`Latin`,
 * `Cyrillic`, `Arabic`, `Devanagari`, `Hebrew`, `Myanmar`, `Ethiopic`) or the code of the one
 * language franc writes with it (`cmn` for Han, `kor` for Hangul, `tha`, `ell`…). Kana is ours:
 * franc counts Hiragana only, so Katakana words would find no script at all.
 */
export type Script = string;

const KANA = /[\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u31F0-\u31FF\uFF66-\uFF9D]/u;
const SCRIPTS: ReadonlyArray<readonly [Script, RegExp]> = [
  ['jpn', KANA],
  ...Object.entries(expressions)
    .filter(([name]) => name !== 'jpn')
    .map(([name, pattern]) => [name, new RegExp(pattern.source, 'u')] as const),
];

/** Per code point, the script found last time: texts repeat few distinct letters. */
const cache = new Map<number, Script | null>();

/** The script of one code point, or null for digits, punctuation, symbols and spaces. */
export function scriptOf(codePoint: number): Script | null {
  // ASCII and Latin-1 letters are most of what we see: no regular expression for them.
  if (codePoint < 0x80) {
    const lower = codePoint | 0x20;
    return lower >= 0x61 && lower <= 0x7a ? 'Latin' : null;
  }
  let script = cache.get(codePoint);
  if (script !== undefined) return script;
  const char = String.fromCodePoint(codePoint);
  script = null;
  for (const [name, pattern] of SCRIPTS) {
    if (pattern.test(char)) {
      script = name;
      break;
    }
  }
  if (cache.size < 1 << 16) cache.set(codePoint, script);
  return script;
}

/** How many letters of each script a text has. */
export function scriptCounts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      code = text.codePointAt(i) ?? code;
      i++;
    }
    const script = scriptOf(code);
    if (script !== null) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return counts;
}

/**
 * The script that decides a text's language: the one with most letters, except that Han text
 * with a fair share of kana is Japanese (Japanese mixes kanji and kana; Chinese has no kana).
 */
export function dominantScript(counts: ReadonlyMap<Script, number>): { script: Script | null; letters: number } {
  let script: Script | null = null;
  let best = 0;
  let letters = 0;
  for (const [name, count] of counts) {
    letters += count;
    if (count > best) {
      best = count;
      script = name;
    }
  }
  const kana = counts.get('jpn') ?? 0;
  const han = counts.get('cmn') ?? 0;
  if (script === 'cmn' && kana > 0 && kana >= 0.05 * (kana + han)) script = 'jpn';
  return { script, letters };
}

/** franc's script group of each language it models by trigrams (`Latin`, `Cyrillic`…). */
export const FRANC_SCRIPT_OF: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [script, languages] of Object.entries(francData)) {
    for (const code of Object.keys(languages)) if (!map.has(code)) map.set(code, script);
  }
  return map;
})();

/** The languages franc models with trigrams, per multi-language script. */
export const FRANC_SCRIPT_LANGUAGES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(francData).map(([script, languages]) => [script, Object.keys(languages)]),
);
