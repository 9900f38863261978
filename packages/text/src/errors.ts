/** Machine-readable reasons a sejajar function refused its input. */
export type SejajarErrorCode =
  | 'ENOENT'
  | 'EREAD'
  | 'NOT_UTF8'
  | 'BINARY'
  | 'BAD_OPTION'
  | 'BAD_INPUT';

/**
 * The one error type every sejajar package throws for bad input or bad options.
 * `code` lets callers (the CLI's exit codes among them) react without parsing messages.
 */
export class SejajarError extends Error {
  readonly code: SejajarErrorCode;

  constructor(code: SejajarErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SejajarError';
    this.code = code;
  }
}
