export {
  detectGarble,
  type GarbleOptions,
  type GarbleReport,
  type GarbleSpan,
  type GarbleVerdict,
} from './detect.js';
export type { GarbleReason } from './findings.js';
export { garbleTables, useGarbleTables } from './lexicon.js';
export { languageModel, languageModelTables, useLanguageModelTables, type LanguageModel, type LanguageModelMeta } from './lm.js';
