/** Exit codes: the contract scripts rely on. */
export const ExitCode = {
  /** Ran and every check passed. */
  ok: 0,
  /** Ran, but a check failed (e.g. a batch line failed, `--fail-on-spun` found a spun text). */
  checkFailed: 1,
  /**
   * Bad usage or bad input, or the system refused a read or write (a missing or read-only
   * folder, a full disk): nothing useful was produced, and the one-line message says why.
   */
  badInput: 2,
  /** A bug in sejajar: reported in one line; `SEJAJAR_DEBUG=1` prints the stack trace too. */
  internalError: 3,
} as const;
