// Dictionaries: reading the user's, and which built-in lexicon (if any) serves a language pair.
import { SejajarError, primaryLanguage } from '@sejajar/text';
import type { Dictionary } from './types.js';
import { isWordKey, type Side } from './evidence.js';
import { fold, isMalay, lookupKeys } from './normalize.js';
import { readIndonesianEnglish } from '#lexicon-file';

/** Options for {@link parseDictionary}. */
export interface ParseDictionaryOptions {
  /**
   * `hunalign`: `target phrase @ source phrase` per line (hunalign's own format);
   * `tsv`: `source<TAB>target` per line (more columns are ignored);
   * `auto` (default): each line by what it contains (` @ ` or a tab).
   */
  format?: 'auto' | 'hunalign' | 'tsv' | undefined;
  /** What to call the dictionary in error messages (usually its path). Default `dictionary`. */
  name?: string | undefined;
}

/**
 * Parse a bilingual dictionary. Blank lines and lines starting with `#` are skipped; words are
 * case- and accent-folded; a phrase of several words is kept as one entry, and the aligner uses
 * its words one by one (each source word may translate to each target word of the phrase).
 *
 * @throws SejajarError `BAD_INPUT` naming the first malformed line by its number (from 1).
 */
export function parseDictionary(text: string, options: ParseDictionaryOptions = {}): Dictionary {
  const format = options.format ?? 'auto';
  const name = options.name ?? 'dictionary';
  const entries = new Map<string, string[]>();
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    let source: string | undefined;
    let target: string | undefined;
    const at = raw.indexOf(' @ ');
    if ((format === 'hunalign' || format === 'auto') && at !== -1) {
      target = raw.slice(0, at).trim();
      source = raw.slice(at + 3).trim();
    } else if ((format === 'tsv' || format === 'auto') && raw.includes('\t')) {
      [source, target] = raw.split('\t').map((cell) => cell.trim());
    }
    if (!source || !target) {
      const expected = format === 'hunalign' ? '"target @ source"' : format === 'tsv' ? '"source<TAB>target"' : '"target @ source" or "source<TAB>target"';
      throw new SejajarError('BAD_INPUT', `${name}:${index + 1}: malformed dictionary line, expected ${expected}: ${JSON.stringify(raw.slice(0, 80))}`);
    }
    add(entries, fold(source), fold(target));
  });
  return entries;
}

function add(entries: Map<string, string[]>, source: string, target: string): void {
  const list = entries.get(source);
  if (list === undefined) entries.set(source, [target]);
  else if (!list.includes(target)) list.push(target);
}

/** The dictionary read the other way: every target word with the source words it renders. */
export function invertDictionary(dictionary: Dictionary): Dictionary {
  const inverted = new Map<string, string[]>();
  for (const [source, targets] of dictionary) for (const target of targets) add(inverted, target, source);
  return inverted;
}

let indonesianEnglish: Dictionary | undefined;
let englishIndonesian: Dictionary | undefined;

/** The built-in Indonesian → English lexicon (read and parsed once, on first use). */
export function builtinIndonesianEnglish(): Dictionary {
  indonesianEnglish ??= parseDictionary(readIndonesianEnglish(), { format: 'tsv', name: '@sejajar/align lexicon/id-en.tsv' });
  return indonesianEnglish;
}

/** The built-in lexicon read the other way, English → Indonesian (inverted once, on first use). */
function builtinEnglishIndonesian(): Dictionary {
  englishIndonesian ??= invertDictionary(builtinIndonesianEnglish());
  return englishIndonesian;
}

/**
 * Whether the built-in lexicon serves a language pair: Indonesian or Malay and English, either
 * way round. Tags are BCP 47 and compared by their primary subtag (`id-ID`, `ms`, `en-GB`); an
 * unknown language (`undefined`) has no lexicon here, though `alignSentences` may still find one
 * from the words.
 */
export function hasBuiltinLexicon(sourceLanguage: string | undefined, targetLanguage: string | undefined): boolean {
  const source = primaryLanguage(sourceLanguage);
  const target = primaryLanguage(targetLanguage);
  return (isMalay(source) && target === 'en') || (source === 'en' && isMalay(target));
}

/** The built-in lexicon turned the way a pair needs, and the language of each side that implies. */
export interface BuiltinChoice {
  readonly dictionary: Dictionary;
  readonly sourceLanguage: 'id' | 'en';
  readonly targetLanguage: 'en' | 'id';
}

/** Share of a side's word types a dictionary knows (through their lookup keys). */
function coverage(side: Side, dictionary: Dictionary, language: string): number {
  let words = 0;
  let known = 0;
  for (const key of side.keys) {
    if (!isWordKey(key)) continue;
    words++;
    if (lookupKeys(key, language).some((k) => dictionary.has(k))) known++;
  }
  return words === 0 ? 0 : known / words;
}

/**
 * The built-in lexicon in the direction a pair of sides needs, or none: by their languages when
 * both are known, else by the share of each side's words the lexicon knows either way round.
 */
export function builtinLexiconFor(source: Side, target: Side): BuiltinChoice | undefined {
  const { language: sl } = source;
  const { language: tl } = target;
  const forward = (): BuiltinChoice => ({ dictionary: builtinIndonesianEnglish(), sourceLanguage: 'id', targetLanguage: 'en' });
  const backward = (): BuiltinChoice => ({ dictionary: builtinEnglishIndonesian(), sourceLanguage: 'en', targetLanguage: 'id' });
  if (hasBuiltinLexicon(sl, tl)) return sl === 'en' ? backward() : forward();
  if (sl !== undefined && tl !== undefined) return undefined;
  // A language not given: let the words say which way round the pair is, if either.
  const idEn = builtinIndonesianEnglish();
  const enId = builtinEnglishIndonesian();
  const forwardShare = Math.min(coverage(source, idEn, 'id'), coverage(target, enId, 'en'));
  const backwardShare = Math.min(coverage(source, enId, 'en'), coverage(target, idEn, 'id'));
  if (Math.max(forwardShare, backwardShare) < 0.25 || Math.abs(forwardShare - backwardShare) < 0.1) return undefined;
  return forwardShare > backwardShare ? forward() : backward();
}
