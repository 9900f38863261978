// Calibration of lexical evidence on the document itself. Lexical coverage means different things
// in different documents (with a rich dictionary true pairs cover about 60 % of their weight, with
// cognates alone about 10 %), so each document's chance level and true-pair level are measured
// and coverage is scaled between them; the gap also sets how far lexical evidence is trusted over
// length (docs/alignment.md, "Similarity of a candidate link").
import type { Side } from './evidence.js';
import { type PairMatches, Similarity, type SimilarityModel } from './similarity.js';

// Tuned constants of the scoring model (see docs/alignment.md).
/**
 * Gale–Church variance, far wider than for translations (6.8): news counterparts and loose
 * translations vary more, and in short documents (little to learn a lexicon from) length is most
 * of the evidence, so a narrow variance makes it overconfident.
 */
const VARIANCE = 30;
/** Lexical evidence weighs up to this much against length, when it separates pairs well… */
export const MAX_LEXICAL_WEIGHT = 0.8;
/** …and at least this much when it barely does. */
const MIN_LEXICAL_WEIGHT = 0.15;
/** A separation (true-pair minus chance coverage) of this much earns the full lexical weight. */
const FULL_SEPARATION = 0.3;
/** Sentences sampled to calibrate lexical evidence. */
const CALIBRATION_SAMPLE = 2000;
/** Half-width of the window a sentence's best counterpart is looked for in, when calibrating. */
const CALIBRATION_WINDOW = 3;

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

/**
 * Calibrate lexical evidence on the document itself: the median best coverage a sentence reaches
 * near its expected position (`center`, true pairs) against the median best coverage it reaches
 * half a document away (chance). The gap also decides how far lexical evidence is trusted over
 * length.
 */
export function calibrate(source: Side, target: Side, pairs: PairMatches, center: Float64Array): SimilarityModel {
  const raw = new Similarity(source, target, pairs, { lexicalWeight: 1, variance: VARIANCE, floor: 0, scale: 1 });
  const n = source.sentences.length;
  const m = target.sentences.length;
  const near: number[] = [];
  const far: number[] = [];
  const step = Math.max(1, Math.floor(n / CALIBRATION_SAMPLE));
  const window = CALIBRATION_WINDOW;
  for (let s = 0; s < n; s += step) {
    const c = Math.min(m - 1, Math.round(center[s]!));
    let best = 0;
    for (let t = Math.max(0, c - window); t <= Math.min(m - 1, c + window); t++) best = Math.max(best, raw.lexical(s, 1, t, 1));
    near.push(best);
    // Chance: as many candidates, all outside the window (none in a document too short for it).
    const outside = m - (Math.min(m - 1, c + window) - Math.max(0, c - window) + 1);
    if (outside <= 0) continue;
    best = 0;
    for (let k = 0; k < Math.min(outside, 2 * window + 1); k++) {
      const t = (c + window + 1 + Math.floor(outside / 2) + k) % m;
      if (Math.abs(t - c) > window) best = Math.max(best, raw.lexical(s, 1, t, 1));
    }
    far.push(best);
  }
  const floor = median(far);
  const separation = median(near) - floor;
  const lexicalWeight = Math.min(MAX_LEXICAL_WEIGHT, Math.max(MIN_LEXICAL_WEIGHT, (MAX_LEXICAL_WEIGHT * separation) / FULL_SEPARATION));
  return { lexicalWeight, variance: VARIANCE, floor, scale: Math.max(0.02, separation) };
}
