// The type of `#id-en.json` (data/id-en.json, derived after the TypeScript build), for
// lexicon-file.browser.ts: package.json points the `types` condition here.
declare const text: string;
export default text;
