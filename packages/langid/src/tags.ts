// Language tags as people give them (options, flags) and what `detect` may answer.
import { SejajarError } from '@sejajar/text';
import type { DetectOptions } from './detect.js';
import { LANGUAGES, francCode, languageInfo } from './languages.js';

/** Every language `detect` can answer, as BCP 47 tag, ISO 639-3 code and name. */
export function supportedLanguages(): ReadonlyArray<{ language: string; iso6393: string; name: string }> {
  return [...LANGUAGES.values()];
}

/**
 * Check a language option given by a person (a CLI flag, a config value): a BCP 47 tag, of which
 * ISO 639-3 codes (`ind`, `zsm`) and `und` are cases. Returns it canonicalised: the language as
 * `detect` reports it (`ind` → `id`, `EN` → `en`, and `tl` stays `tl` where Intl would say `fil`),
 * other subtags by `Intl.getCanonicalLocales` (`zh-hant` → `zh-Hant`); throws a `SejajarError`
 * (`BAD_OPTION`) naming `what` (the option, e.g. `--only`) for anything else, so a typo is
 * refused instead of silently matching nothing.
 */
export function checkLanguageTag(tag: string, what: string): string {
  // A JavaScript caller may pass anything; Intl would also take an array, or an empty answer.
  if (typeof tag === 'string') {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical !== undefined) {
        // Intl replaces some language codes by others (tl → fil, prs → fa-AF) that the detector
        // names differently: a language sejajar knows keeps the tag sejajar reports for it.
        const [primary = '', ...rest] = tag.split('-');
        const known = francCode(primary);
        if (known === undefined || rest.includes('')) return canonical;
        const subtags = rest.length === 0 ? '' : Intl.getCanonicalLocales(`und-${rest.join('-')}`)[0]!.slice('und'.length);
        return languageInfo(known).language + subtags;
      }
    } catch (error) {
      // Intl's only verdict on a malformed tag; anything else is not ours to translate.
      if (!(error instanceof RangeError)) throw error;
    }
  }
  throw new SejajarError('BAD_OPTION', `${what}: "${String(tag)}" is not a BCP 47 language tag (e.g. id, en, zh-Hant)`);
}

function resolveCodes(tags: readonly string[] | undefined, option: string): Set<string> | undefined {
  if (!tags) return undefined;
  const codes = new Set<string>();
  for (const tag of tags) {
    const code = francCode(String(tag));
    if (!code) {
      throw new SejajarError('BAD_OPTION', `${option}: unknown language "${tag}"; use a BCP 47 tag or ISO 639-3 code such as "id", "ms", "en" or "ind"`);
    }
    codes.add(code);
  }
  return codes;
}

/** The allowed-language test of a set of options. */
export function allowedLanguages(options: DetectOptions = {}): (code: string) => boolean {
  const only = resolveCodes(options.only, 'only');
  const ignore = resolveCodes(options.ignore, 'ignore');
  return (code) => (!only || only.has(code)) && !ignore?.has(code);
}
