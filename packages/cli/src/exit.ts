/** Exit codes: the contract scripts rely on. */
export const ExitCode = {
  /** Ran and every check passed. */
  ok: 0,
  /** Ran, but a check failed (e.g. a batch line failed, `--fail-on-spun` found a spun text). */
  checkFailed: 1,
  /** Bad usage or bad input: nothing useful was produced. */
  badInput: 2,
} as const;
