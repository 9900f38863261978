/**
 * The primary language subtag of a BCP 47 tag, lower-cased: `id` for `id-ID`, `zh` for
 * `zh-Hant`; `undefined` for no tag or an empty one. `_` is accepted as a separator too
 * (`en_US`, as locales are often written), so a tag from a file name or a config still reduces.
 */
export function primaryLanguage(tag: string | undefined): string | undefined {
  return tag?.toLowerCase().split(/[-_]/)[0] || undefined;
}
