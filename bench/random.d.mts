// Types for random.mjs, which tests import too (packages/cli/test/corpus.crash.e2e.test.ts).

/** A seeded generator (mulberry32) of numbers in [0, 1). */
export function random(seed: number): () => number;

/** A shuffled copy of `items` (Fisher–Yates) drawing from `rand`. */
export function shuffle<T>(items: readonly T[], rand: () => number): T[];
