// The derived word lists where there is no file system (the `default` of the `#word-lists` import
// in package.json): `#lexicon.json` is data/lexicon.json, which a bundler inlines as JSON, so the
// synchronous API stays synchronous. The cost is bundle size (see docs/benchmarks.md).
import lexicon from '#lexicon.json' with { type: 'json' };
import type { WordLists } from './word-lists.js';

/** The derived word lists (data/lexicon.json), inlined by the bundler. */
export function readWordLists(): WordLists {
  return lexicon;
}
