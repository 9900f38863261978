// The built-in lexicon's text where there is no file system (the `default` of the `#lexicon-file`
// import in package.json): `#id-en.json` is lexicon/id-en.tsv as one JSON string, written by
// scripts/derive.mjs, which every bundler inlines without configuration (a `.tsv` import would
// need a text loader in the user's bundler).
import text from '#id-en.json' with { type: 'json' };

/** The built-in Indonesian → English lexicon as `indonesian<TAB>english` lines (`lexicon/id-en.tsv`). */
export function readIndonesianEnglish(): string {
  return text;
}
