import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic.js';

/**
 * Finished units of work (a file's profile, a pair's alignment, a language pair's shared
 * lexicon, a document's garble report),
 * each in its own atomically written JSON file, so a killed run loses at most the units that
 * were in flight and `--resume` redoes only those.
 *
 * A unit's key is built from everything its result depends on: the content hashes of the files
 * it reads and the options that change it (see `unitKey` in run.ts), never a file name alone, so
 * a changed input is a new key and is redone, and a vanished one is simply never asked for. A
 * second-pass alignment's key also holds its lexicon's hash: a lexicon that changed because some
 * other document did is a new key for every pair that uses it.
 */
export interface StateStore {
  /** The stored result for `key`, or undefined: none, or one that is unreadable or fails `valid` (discarded with a warning). */
  get<T>(kind: string, key: string, valid: (value: unknown) => value is T): Promise<T | undefined>;
  put(kind: string, key: string, value: unknown): Promise<void>;
  /** Remove the whole store once every output is written. */
  clear(): Promise<void>;
}

/** What a state file holds: the full key beside the value, so a file is only ever read for its own key. */
interface Stored {
  readonly key: string;
  readonly value: unknown;
}

/**
 * Open the store in `folder`; without `resume`, whatever an earlier run left there is discarded.
 * A state file that cannot be parsed, belongs to another key or fails validation is deleted and
 * reported through `warn`: resume never trusts, and never crashes on, the state it finds.
 */
export async function openState(folder: string, resume: boolean, warn: (message: string) => void = () => {}): Promise<StateStore> {
  if (!resume) await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const path = (kind: string, key: string) => join(folder, kind, `${createHash('sha256').update(key).digest('hex')}.json`);
  return {
    async get<T>(kind: string, key: string, valid: (value: unknown) => value is T) {
      const file = path(kind, key);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        return undefined;
      }
      let stored: Partial<Stored> | undefined;
      try {
        stored = JSON.parse(text) as Partial<Stored>;
      } catch {
        stored = undefined;
      }
      if (stored?.key === key && valid(stored.value)) return stored.value;
      warn(`${file}: corrupt resume state discarded; that unit is redone`);
      await rm(file, { force: true });
      return undefined;
    },
    async put(kind, key, value) {
      await writeFileAtomic(path(kind, key), JSON.stringify({ key, value } satisfies Stored));
    },
    async clear() {
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** How {@link mapUnits} runs one kind of unit. */
export interface UnitOptions<I, R> {
  readonly state: StateStore;
  readonly kind: string;
  /** Everything the unit's result depends on, as one string. */
  readonly key: (item: I) => string;
  /** Checks a stored result before it is reused. */
  readonly valid: (value: unknown) => value is R;
  /** Units in flight at once. */
  readonly limit: number;
  readonly onDone?: ((done: number) => void) | undefined;
}

/** One unit's outcome: its result, or why it failed (failures are not stored, so a resume retries them). */
export type UnitOutcome<R> = { readonly result: R } | { readonly error: string };

/**
 * Run `work` on every item with at most `limit` in flight, reusing stored results, storing new
 * ones, and reporting progress; outcomes come back in item order whatever order they finish in.
 * A unit that throws is an error outcome and the others go on.
 */
export async function mapUnits<I, R>(items: readonly I[], options: UnitOptions<I, R>, work: (item: I) => Promise<R>): Promise<UnitOutcome<R>[]> {
  const outcomes = new Array<UnitOutcome<R>>(items.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      const item = items[i]!;
      const key = options.key(item);
      let result = await options.state.get(options.kind, key, options.valid);
      if (result === undefined) {
        try {
          result = await work(item);
        } catch (error) {
          outcomes[i] = { error: error instanceof Error ? error.message : String(error) };
          options.onDone?.(++done);
          continue;
        }
        await options.state.put(options.kind, key, result);
      }
      outcomes[i] = { result };
      options.onDone?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.limit, items.length)) }, worker));
  return outcomes;
}
