import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic.js';

/**
 * Finished units of work (a file's profile, a pair's alignment, a document's garble report),
 * each in its own atomically written JSON file, so a killed run loses at most the units that
 * were in flight and `--resume` redoes only those.
 */
export interface StateStore {
  get<T>(kind: string, key: string): Promise<T | undefined>;
  put(kind: string, key: string, value: unknown): Promise<void>;
  /** Remove the whole store once every output is written. */
  clear(): Promise<void>;
}

/** Open the store in `folder`; without `resume`, whatever an earlier run left there is discarded. */
export async function openState(folder: string, resume: boolean): Promise<StateStore> {
  if (!resume) await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const path = (kind: string, key: string) => join(folder, kind, `${createHash('sha1').update(key).digest('hex')}.json`);
  return {
    async get<T>(kind: string, key: string) {
      try {
        return JSON.parse(await readFile(path(kind, key), 'utf8')) as T;
      } catch {
        return undefined;
      }
    },
    async put(kind, key, value) {
      await writeFileAtomic(path(kind, key), JSON.stringify(value));
    },
    async clear() {
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Run `work` on every item with at most `limit` in flight, reusing stored results, storing new
 * ones, and reporting progress; results come back in item order whatever order they finish in.
 */
export async function mapUnits<I, R>(
  items: readonly I[],
  options: { state: StateStore; kind: string; key: (item: I) => string; limit: number; onDone?: (done: number) => void },
  work: (item: I) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      const item = items[i]!;
      const key = options.key(item);
      let result = await options.state.get<R>(options.kind, key);
      if (result === undefined) {
        result = await work(item);
        await options.state.put(options.kind, key, result);
      }
      results[i] = result;
      options.onDone?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.limit, items.length)) }, worker));
  return results;
}
