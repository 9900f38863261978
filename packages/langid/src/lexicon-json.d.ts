// The type of `#lexicon.json` (data/lexicon.json, derived after the TypeScript build), for
// word-lists.browser.ts: package.json points the `types` condition here.
import type { WordLists } from './word-lists.js';

declare const lexicon: WordLists;
export default lexicon;
