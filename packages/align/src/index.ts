export { alignSentences, type AlignOptions } from './align.js';
export { parseDictionary, type ParseDictionaryOptions } from './dictionary.js';
export type { Alignment, Dictionary, Link } from './types.js';
