export { detect, UNDETERMINED, type Candidate, type Detection, type DetectOptions } from './detect.js';
export { checkLanguageTag, supportedLanguages } from './tags.js';
export { detectSentences, detectDocument, type SentenceDetection, type DocumentDetection } from './sentences.js';
export { closeLanguages } from './close.js';
export { langidTables, useLangidTables } from './model.js';
