export { alignSentences, type AlignOptions } from './align.js';
export { alignBatch, learnLexiconFrom, type AlignPair, type BatchOptions } from './batch.js';
export { alignFirstPass, learnFromLinks, sampleTrainingLinks, type FirstPass, type TrainingLink, type TrainingPair } from './learn.js';
export { hasBuiltinLexicon, parseDictionary, type ParseDictionaryOptions } from './dictionary.js';
export { lineSentences } from './lines.js';
export { tmxClose, tmxOpen, tmxUnits, toJsonLines, toMoses, toTmx, toTsv, toVecalign, type TmxOptions } from './writers.js';
export type { Alignment, Dictionary, Link } from './types.js';
export { documentCandidates, type CandidateOptions, type DocumentPair } from './candidates.js';
export { choosePairs, type ChooseOptions } from './choose.js';
export {
  fingerprintDocument,
  type DocumentFingerprint,
  type EvidenceCounts,
  type FingerprintOptions,
  type PairingDocument,
} from './fingerprint.js';
export { pairDocuments, type DocumentPairing, type PairingOptions } from './pair.js';
export { relatedDocuments, type NearCopy } from './related.js';
export type { RetrievalStats } from './retrieval.js';
