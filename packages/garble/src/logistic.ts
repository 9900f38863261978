/**
 * The logistic function, 1 / (1 + e^(−x)): how the detectors turn a score or a margin into a
 * confidence in (0, 1).
 */
export const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
