import { InvalidArgumentError } from 'commander';

/** Parse an option value that must be a whole number of at least 1 (`--jobs`, `--concurrency`). */
export const positiveInteger = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
};
