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
    -1.971, 0.702, 0.162, 0.273, 1.723, -0.596, 0.296, -2.968, -0.015, 1.33, 0.643, 0.525, 1.711, -0.015, 0.48, 0.378, 1.03, 0.457, -0.018, 0.231, 0.471, 0.241,
    -0.215, -0.797, 0.562, 0.975,
  ],
  hidden: [
    [
      -1.825, 0.903, 0.043, -0.138, 0.811, 0.738, 2.49, -3.74, 0.061, -0.925, -0.041, -0.019, 0.109, 0.2, 0.507, 1.329, 0.683, -0.097, -0.063, 0.05, 0.062,
      -0.006, -0.014, -0.053, 0.051, 0.791,
    ],
    [
      0.988, -1.068, -0.157, 0.054, -0.504, 0.034, -0.086, -0.992, 0.165, -0.898, -0.663, -0.095, -0.083, -0.303, 0.212, 0.591, -0.558, -0.31, -0.012, -0.344,
      -0.127, -0.188, -0.008, 0.121, -0.451, -0.001,
    ],
    [
      0.362, 0.698, -0.013, 0.166, -0.017, 1.315, -0.215, 0.203, -0.23, 0.399, -0.781, -0.682, -0.631, 0.147, 0.669, -0.515, 0.476, 0.053, -0.721, 0.063, 0.183,
      0.112, -0.084, 0.126, -0.056, -0.175,
    ],
    [
      -0.84, -0.531, -0.016, -0.009, -0.584, 1.127, 0.796, 0.162, -0.085, -0.427, -1.269, -0.367, 1.802, -0.019, 0.094, -0.423, -0.595, -0.123, 0.308, -0.075,
      -0.107, -0.068, 0.145, -0.821, -1.049, 0.443,
    ],
    [
      -0.884, -0.493, -0.067, 0.19, -0.966, 2.327, 0.197, 2.19, 0.044, -1.162, -0.351, 0.11, 1.336, -0.329, 0.032, -0.871, 0.436, 0.095, 0.357, -0.076, -0.113,
      0.07, 0.013, 0.369, 0.089, -0.011,
    ],
    [
      -1.374, -0.157, -0.014, 0.16, -0.407, 0.89, 0.114, 0.794, -0.003, -0.176, -0.74, -0.816, -1.097, -0.162, 0.015, -0.083, -0.781, 0.119, 0.162, -0.22,
      -0.452, -0.283, -0.006, -0.704, -0.08, -0.269,
    ],
    [
      0.652, 0.13, -0.17, 0.35, -0.471, 0.54, -0.36, -0.102, -0.021, -0.32, 0.451, 0.018, 0.47, -0.295, -0.618, -0.479, 0.321, 0.049, -0.364, -0.268, -0.299,
      -0.18, -0.036, 0.13, -0.371, 0.423,
    ],
    [
      0.568, 1.266, -0.062, 0.075, 0.556, -0.756, -0.05, -1.253, -0.228, 0.626, 0.261, -0.337, 0.706, 0.272, -0.363, 0.681, 1.725, -0.072, 0.104, -0.244, 0.394,
      0.095, -0.067, 0.247, -0.524, 0.465,
    ],
  ],
  out: [0.904, 0.63, 0.748, 0.674, -0.878, 0.829, 0.849, -0.751],
};

/** Weight of the language model's gain (log10) beside the misfit score in choosing the suggestion. */
const SUGGESTION_LM_WEIGHT = 0.5;

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
  let pick = -1;
  let pickScore = 0;
  eachCandidate(lexicon, tokens, at, last, (candidate, features) => {
    const score = misfitScore(model, features);
    const gain = features[LM_LEFT_GAIN]! + features[LM_RIGHT_GAIN]!;
    if (best < 0 || score > bestScore) {
      best = candidate;
      bestScore = score;
    }
    // The suggestion: the candidate the misfit score and the language model's gain rank first.
    const ranked = score + SUGGESTION_LM_WEIGHT * gain;
    if (pick < 0 || ranked > pickScore) {
      pick = candidate;
      pickScore = ranked;
      lmGain = gain;
    }
  });
  return best < 0 ? undefined : { suggestion: wordAt(lexicon, pick), confidence: logistic(bestScore), lmGain };
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
