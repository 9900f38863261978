/**
 * Confidence: the probability that the top answer is right, from the lead (in nats) of its score
 * over the runner-up and the number of words seen. A logistic fit on the benchmark's answers
 * (`node bench/langid/run.mjs` prints the reliability table): answers given with confidence
 * 0.9 are right about 90% of the time there.
 *
 *   z = a·lead + b·log(1 + words) + c + d·lead·log(1 + words)
 */
const A = 0.84;
const B = 1.688;
const C = -1.494;
const D = -0.147;
/** Words beyond this add nothing more (and keep the fit increasing in the lead). */
const MAX_WORDS = 40;
/** Nothing is certain: the highest confidence given. */
const CEILING = 0.999;

/** Calibrated probability that the best-scoring language is right. */
export function calibrate(lead: number, words: number): number {
  if (!Number.isFinite(lead)) return CEILING;
  const lw = Math.log(1 + Math.min(Math.max(words, 1), MAX_WORDS));
  const z = A * lead + B * lw + C + D * lead * lw;
  return Math.min(CEILING, 1 / (1 + Math.exp(-z)));
}
