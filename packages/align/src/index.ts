export { alignSentences, type AlignOptions } from './align.js';
export { alignBatch, learnLexiconFrom, type AlignPair, type BatchOptions } from './batch.js';
export { hasBuiltinLexicon, parseDictionary, type ParseDictionaryOptions } from './dictionary.js';
export { lineSentences } from './lines.js';
export { tmxClose, tmxOpen, tmxUnits, toJsonLines, toMoses, toTmx, toTsv, toVecalign, type TmxOptions } from './writers.js';
export type { Alignment, Dictionary, Link } from './types.js';
export {
  choosePairs,
  documentCandidates,
  fingerprintDocument,
  pairDocuments,
  relatedDocuments,
  type CandidateOptions,
  type ChooseOptions,
  type DocumentFingerprint,
  type DocumentPair,
  type DocumentPairing,
  type FingerprintOptions,
  type NearCopy,
  type PairingDocument,
  type PairingOptions,
} from './pair.js';
