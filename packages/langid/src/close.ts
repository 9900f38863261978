import { CLOSE_GROUPS } from './close-groups.js';
import { francCode, languageInfo } from './languages.js';

/**
 * The languages that sejajar treats as a close pair of `tag` (Indonesian and Malay, Spanish and
 * Galician…): text in one is easily read as the other, so a caller that asked for `id` should
 * keep a document detected as `ms` and say so rather than drop it. BCP 47 tags, `tag` itself
 * left out; empty for a language in no close group or an unknown tag.
 */
export function closeLanguages(tag: string): string[] {
  const code = francCode(tag);
  if (code === undefined) return [];
  const close = new Set<string>();
  for (const group of CLOSE_GROUPS) {
    const members = Object.keys(group.evidence);
    if (!members.includes(code)) continue;
    for (const member of members) if (member !== code) close.add(languageInfo(member).language);
  }
  return [...close].sort();
}
