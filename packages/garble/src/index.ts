export {
  detectGarble,
  type GarbleOptions,
  type GarbleReason,
  type GarbleReport,
  type GarbleSpan,
  type GarbleVerdict,
} from './detect.js';
