export { alignSentences, type AlignOptions } from './align.js';
export { parseDictionary, type ParseDictionaryOptions } from './dictionary.js';
export { lineSentences } from './lines.js';
export { toJsonLines, toMoses, toTmx, toTsv, toVecalign, type TmxOptions } from './writers.js';
export type { Alignment, Dictionary, Link } from './types.js';
