import { SejajarError } from '@sejajar/text';
import type { Dictionary } from './types.js';
import { fold } from './normalize.js';
import { readIndonesianEnglish } from './lexicon-file.js';

/** Options for {@link parseDictionary}. */
export interface ParseDictionaryOptions {
  /**
   * `hunalign`: `target phrase @ source phrase` per line (hunalign's own format);
   * `tsv`: `source<TAB>target` per line (more columns are ignored);
   * `auto` (default): each line by what it contains (` @ ` or a tab).
   */
  format?: 'auto' | 'hunalign' | 'tsv';
  /** What to call the dictionary in error messages (usually its path). Default `dictionary`. */
  name?: string;
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

/** The built-in Indonesian → English lexicon (read and parsed once, on first use). */
export function builtinIndonesianEnglish(): Dictionary {
  indonesianEnglish ??= parseDictionary(readIndonesianEnglish(), { format: 'tsv', name: '@sejajar/align lexicon/id-en.tsv' });
  return indonesianEnglish;
}
