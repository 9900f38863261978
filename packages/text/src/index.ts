export { splitSentences, type Sentence, type SplitOptions } from './split.js';
export { words, type Word } from './words.js';
export { decodeText } from './decode.js';
export { readTextFile } from '#read-file';
export { SejajarError, assertSentences, assertString, type SejajarErrorCode } from './errors.js';
export { oneLine } from './one-line.js';
export { primaryLanguage } from './language.js';
