import { eachCandidate } from './features.js';
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
  linear: [-0.015, 0.772, 0.219, 0.4, 1.154, -1.004, -0.395, -2.575, -0.136, 1.207, 0.373, 0.055, 1.673, -0.084, 0.244, 0.586, 0.824, 0.267, -0.302],
  hidden: [
    [-2.499, -1.667, -0.129, -0.127, -0.708, 2.078, 0.408, 1.378, -0.019, -0.086, -1.071, -0.552, -0.332, -0.066, 1.092, -0.806, -2.166, 0.152, 0.146],
    [1.316, -0.728, -0.028, 0.062, -0.643, -1.205, -2.385, 4.053, -0.024, 1.057, -0.144, -0.148, 0.396, -0.04, -0.365, -1.285, -0.941, 0.044, 0.117],
    [0.107, 0.476, -0.035, 0.035, -0.501, 0.647, 0.131, 2.488, 0.173, 0.216, -0.088, 0.202, 0.229, -0.356, -0.034, -0.362, -0.057, -0.151, 0.283],
    [0.971, 1.132, 0.105, 0.145, -0.284, 0.163, -0.139, -0.145, -0.201, 0.207, -0.564, -0.376, 1.29, 0.232, 0.122, 0.059, 0.597, -0.161, -0.513],
    [2.04, 0.56, -0.071, -0.048, -0.808, 1.577, 0.396, -1.397, 0.01, 0.422, -0.248, -0.533, -0.343, -0.256, -1.261, -0.036, 0.284, -0.163, -0.375],
    [0.349, -0.115, -0.001, -0.002, -0.017, 0.015, 0.029, 0.426, 0.005, -0.346, -0.126, -0.06, 0.116, -0.099, 0, -0.038, 0.192, -0.068, 0.002],
    [-1.66, 1.776, 0.249, -0.121, 0.968, -0.587, 0.487, 0.282, -0.079, 0.298, 0.108, 0.038, 1.381, 0.515, 0.875, -0.28, 1.663, 0.056, -0.098],
    [-0.175, -0.227, 0.188, -0.127, -0.618, 0.397, 0.242, -0.203, -0.128, 0.458, 0.114, 0.373, -0.725, 0.052, 0.048, -0.392, -0.237, -0.026, -0.021],
  ],
  out: [1.009, -1.361, -0.486, 0.414, -0.5, -0.006, -0.87, -0.243],
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
): { suggestion: string; confidence: number } | undefined {
  let best = -1;
  let bestScore = 0;
  eachCandidate(lexicon, tokens, at, last, (candidate, features) => {
    const score = misfitScore(model, features);
    if (best < 0 || score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  });
  return best < 0 ? undefined : { suggestion: wordAt(lexicon, best), confidence: logistic(bestScore) };
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
    });
  });
  return findings;
}
