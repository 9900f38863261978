export {
  checkLanguageTag,
  detect,
  supportedLanguages,
  UNDETERMINED,
  type Candidate,
  type Detection,
  type DetectOptions,
} from './detect.js';
export { detectSentences, detectDocument, type SentenceDetection, type DocumentDetection } from './sentences.js';
export { closeLanguages } from './close.js';
