import { eachCandidate, LM_LEFT_GAIN, LM_RIGHT_GAIN } from './features.js';
import { mayStartLemma } from './lemmas.js';
import { matchCase, type Finding } from './findings.js';
import { wordAt, type Lexicon } from './lexicon.js';
import { logistic } from './logistic.js';
import type { Token } from './tokens.js';

/**
 * The misfit model over {@link candidateFeatures}: a linear part and 8 tanh hidden units (so that
 * features interact: a fit gain means less for a common word, or among many candidates), fitted
 * by bench/garble/fit/fit-weights.mjs (max-pooled over the candidates, cross-entropy, Adam) on
 * development data only: seed 004 with our annotation, Brown press files ca02–ca12 and wire news
 * (PANL INT development half), clean and spun by both bench/garble spinners. See
 * docs/experiments/garble.md.
 */
export const MISFIT_MODEL: MisfitModel = {
  linear: [
    -2.323, 0.009, 0.153, 0.222, 1.101, -0.349, 0.248, -1.804, -0.002, 0.197, 0.358, 0.295, 0.907, -0.068, 0.832, -0.48, 0.404, 0.446, -0.163, 0.237, 0.108,
    0.135, -0.141, -0.998, -0.155,
  ],
  hidden: [
    [
      -0.202, 0.106, -0.031, -0.015, -0.056, 0.007, 0.052, -0.311, -0.017, 0.317, 0.043, 0.008, -0.149, 0.074, 0.002, 0.128, 0.062, -0.06, 0.067, -0.084, 0.05,
      -0.018, 0, 0.086, 0.148,
    ],
    [
      -0.555, -1.158, -0.123, 0.199, -0.285, 1.159, -0.172, -0.378, 0.049, -0.392, -0.504, -0.288, -0.128, -0.206, -0.479, 0.487, -0.376, -0.093, 0.11, -0.328,
      -0.42, -0.221, -0.05, -0.318, -0.128,
    ],
    [
      0.226, -0.771, -0.044, 0.077, -0.486, -0.519, -2.453, 4.88, -0.044, -4.17, -0.206, -0.114, -0.134, 0.039, 0.049, 0.245, -0.823, 0.035, 0.071, -0.029,
      0.002, 0.012, -0.01, 0.271, -0.284,
    ],
    [
      1.425, 1.911, 0.007, 0.069, 0.501, 0.813, -0.857, 0.93, 0.072, -1.067, -0.798, -0.097, 1.378, -0.332, 1.195, -1.021, -1.101, -0.026, -0.078, 0.036, 0.022,
      -0.009, 0.039, -1.134, 1.101,
    ],
    [
      0.045, -0.028, 0.012, 0.005, 0.017, -0.004, -0.015, 0.088, 0.001, -0.079, -0.007, -0.017, 0.054, -0.015, -0.006, -0.03, -0.006, 0.013, -0.012, 0.023,
      -0.011, 0.008, -0.001, -0.022, -0.016,
    ],
    [
      0.98, 0.063, 0.017, -0.003, -0.095, 0.775, 0.331, 1.69, 0.158, -1.219, 0.202, 0.225, 1.274, -0.472, -0.026, -0.112, 0.535, -0.225, -0.18, 0.148, -0.445,
      0, -0.051, -0.03, 1.226,
    ],
    [
      1.248, 1.666, -0.033, 0.166, -1.192, 0.655, 0.034, 0.067, -0.201, 0.294, -0.597, -0.436, 0.667, 0.121, -0.175, 1.283, 1.26, -0.19, -0.659, 0.083, 0.211,
      0.128, -0.192, 0.614, 0.751,
    ],
    [
      0.287, 0.287, 0.029, -0.081, 0.729, -2.665, -0.443, -0.489, -0.001, -0.979, 0.764, 0.086, -0.717, 0.166, 0.562, 0.151, -0.835, 0.203, -0.162, -0.088,
      0.392, -0.03, -0.021, 0.085, -0.225,
    ],
  ],
  out: [-0.127, 1.496, -1.215, 0.535, 0.03, -0.46, 0.806, 0.687],
};

/** A multiword lemma is reported from this probability on (single words from 0.05, filtered later). */
const PHRASE_MIN_CONFIDENCE = 0.25;

/**
 * The ordinary attribution verb is what spinners take out, not what they put in ("mentioned",
 * "stated" for "said"); as a misfit it is only ever a false flag (attributions() judges it).
 */
const ATTRIBUTION = new Set(['said', 'says']);

/**
 * A misfit scorer over {@link candidateFeatures}: a linear part plus tanh hidden units (empty for
 * a purely linear model), all on the raw feature scale. A token's probability of being a
 * substitution is the logistic of its best candidate's score.
 */
export interface MisfitModel {
  readonly linear: readonly number[];
  readonly hidden: readonly (readonly number[])[];
  readonly out: readonly number[];
}

/** A model's weights in flat typed arrays, hidden units padded with zero rows to a multiple of four. */
interface FlatModel {
  readonly features: number;
  readonly linear: Float64Array;
  /** Row `h · features + i`: hidden unit `h`'s weight of feature `i`. */
  readonly hidden: Float64Array;
  readonly units: number;
  readonly out: Float64Array;
}

const flatModels = new WeakMap<MisfitModel, FlatModel>();

/** `model` for `n` features as flat typed arrays (a weight a model lacks is 0), made once per model. */
function flatModel(model: MisfitModel, n: number): FlatModel {
  const known = flatModels.get(model);
  if (known?.features === n) return known;
  const units = model.hidden.length;
  const hidden = new Float64Array(Math.ceil(units / 4) * 4 * n);
  model.hidden.forEach((unit, h) => {
    for (let i = 0; i < n; i++) hidden[h * n + i] = unit[i] ?? 0;
  });
  const flat: FlatModel = {
    features: n,
    linear: Float64Array.from({ length: n }, (_, i) => model.linear[i] ?? 0),
    hidden,
    units,
    out: Float64Array.from({ length: units }, (_, h) => model.out[h] ?? 0),
  };
  flatModels.set(model, flat);
  return flat;
}

/** The score of one candidate's features under `model`. */
export function misfitScore(model: MisfitModel, features: ArrayLike<number>): number {
  // Plain loops over typed arrays: this runs for every candidate of every content word.
  const n = features.length;
  const { linear, hidden, units, out } = flatModel(model, n);
  let score = 0;
  for (let i = 0; i < n; i++) score += features[i]! * linear[i]!;
  // Four hidden units per pass over the features: their sums run side by side instead of one
  // after another, each still in feature order (so the score is the same to the last bit).
  for (let h = 0; h < units; h += 4) {
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    for (let i = 0, w = h * n; i < n; i++, w++) {
      const x = features[i]!;
      a0 += x * hidden[w]!;
      a1 += x * hidden[w + n]!;
      a2 += x * hidden[w + 2 * n]!;
      a3 += x * hidden[w + 3 * n]!;
    }
    score += out[h]! * Math.tanh(a0);
    if (h + 1 < units) score += out[h + 1]! * Math.tanh(a1);
    if (h + 2 < units) score += out[h + 2]! * Math.tanh(a2);
    if (h + 3 < units) score += out[h + 3]! * Math.tanh(a3);
  }
  return score;
}

/** The best candidate original for the token at `at` and the probability that the token is a substitution. */
export function bestOriginal(
  lexicon: Lexicon,
  tokens: readonly Token[],
  at: number,
  last = at,
  model: MisfitModel = MISFIT_MODEL,
): { suggestion: string; confidence: number; lmGain: number } | undefined {
  let best = -1;
  let bestScore = 0;
  let lmGain = 0;
  eachCandidate(lexicon, tokens, at, last, (candidate, features) => {
    const score = misfitScore(model, features);
    if (best < 0 || score > bestScore) {
      best = candidate;
      bestScore = score;
      lmGain = features[LM_LEFT_GAIN]! + features[LM_RIGHT_GAIN]!;
    }
  });
  return best < 0 ? undefined : { suggestion: wordAt(lexicon, best), confidence: logistic(bestScore), lmGain };
}

/**
 * Can `tokens[at..last]` be judged as one multiword lemma? Plain words only, each right after
 * the one before, none capitalised inside a sentence (a name), not all function words.
 */
function plainRun(tokens: readonly Token[], at: number, last: number): boolean {
  let content = false;
  for (let k = at; k <= last; k++) {
    const t = tokens[k]!;
    if (t.special || (t.capitalised && !t.initial) || (k > at && t.left !== tokens[k - 1]!.lower)) return false;
    if (!t.functionWord) content = true;
  }
  return content;
}

/** Findings of the sense-misfit model over plain lower-case content words. */
export function misfits(lexicon: Lexicon, tokens: readonly Token[], text: string): Finding[] {
  const findings: Finding[] = [];
  // Multiword lemmas first ("applied sciences" for "technologies"): one span for the phrase.
  for (let at = 0; at < tokens.length; at++) {
    if (!mayStartLemma(lexicon, tokens[at]!.lower)) continue;
    for (const length of [3, 2]) {
      const last = at + length - 1;
      if (last >= tokens.length || !plainRun(tokens, at, last)) continue;
      const best = bestOriginal(lexicon, tokens, at, last);
      if (!best || best.confidence < PHRASE_MIN_CONFIDENCE) continue;
      findings.push({
        start: tokens[at]!.start,
        end: tokens[last]!.end,
        suggestion: matchCase(text.slice(tokens[at]!.start, tokens[at]!.end), best.suggestion),
        reason: 'sense-misfit',
        confidence: best.confidence,
        lmGain: best.lmGain,
      });
    }
  }
  tokens.forEach((token, at) => {
    if (token.functionWord || token.special || token.lower.length < 3 || ATTRIBUTION.has(token.lower)) return;
    // Capitalised words inside a sentence are names, judged by fixedNames instead.
    if (token.capitalised && !token.initial) return;
    const best = bestOriginal(lexicon, tokens, at);
    if (!best) return;
    const confidence = best.confidence;
    if (confidence < 0.05) return;
    findings.push({
      start: token.start,
      end: token.end,
      suggestion: matchCase(text.slice(token.start, token.end), best.suggestion),
      reason: 'sense-misfit',
      confidence,
      lmGain: best.lmGain,
    });
  });
  return findings;
}
