import { Piscina } from 'piscina';
import { langidTables } from '@sejajar/langid';
import { garbleTables, languageModelTables } from '@sejajar/garble';
import type { align, garble, learn, profile } from './worker.js';

/** The worker tasks, typed as worker.ts declares them (piscina's own `run` answers `any`). */
export interface CorpusWorkers {
  readonly profile: typeof profile;
  readonly align: typeof align;
  readonly learn: typeof learn;
  readonly garble: typeof garble;
  destroy(): Promise<void>;
}

const workerFile = new URL('./worker.js', import.meta.url).href;

/** The model tables every thread of a pool uses: read once, in shared memory. */
export interface SharedTables {
  readonly langid: Uint8Array;
  readonly garble: Uint8Array;
  /** The garble language model; absent when the build did not derive it. */
  readonly lm?: Uint8Array | undefined;
}

/**
 * Start `threads` worker threads running worker.ts's tasks. The language and garble models are
 * read here, once, into SharedArrayBuffers and posted to every thread, which uses them in place
 * (worker.ts): a second thread costs its own heap, not another copy of the tables.
 */
export function startWorkers(threads: number): CorpusWorkers {
  const tables: SharedTables = { langid: langidTables(), garble: garbleTables(), lm: languageModelTables() };
  const pool = new Piscina({ filename: workerFile, minThreads: threads, maxThreads: threads, idleTimeout: 500, workerData: { tables } });
  const task =
    <F extends (input: never) => Promise<unknown>>(name: string) =>
    (input: Parameters<F>[0]) =>
      pool.run(input, { name }) as ReturnType<F>;
  return {
    profile: task<typeof profile>('profile'),
    align: task<typeof align>('align'),
    learn: task<typeof learn>('learn'),
    garble: task<typeof garble>('garble'),
    destroy: () => pool.destroy(),
  };
}
