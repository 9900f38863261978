import { Piscina } from 'piscina';
import type { align, garble, profile } from './worker.js';

/** The worker tasks, typed as worker.ts declares them (piscina's own `run` answers `any`). */
export interface CorpusWorkers {
  readonly profile: typeof profile;
  readonly align: typeof align;
  readonly garble: typeof garble;
  destroy(): Promise<void>;
}

const workerFile = new URL('./worker.js', import.meta.url).href;

/** Start `threads` worker threads running worker.ts's tasks. */
export function startWorkers(threads: number): CorpusWorkers {
  const pool = new Piscina({ filename: workerFile, minThreads: threads, maxThreads: threads, idleTimeout: 500 });
  const task =
    <F extends (input: never) => Promise<unknown>>(name: string) =>
    (input: Parameters<F>[0]) =>
      pool.run(input, { name }) as ReturnType<F>;
  return {
    profile: task<typeof profile>('profile'),
    align: task<typeof align>('align'),
    garble: task<typeof garble>('garble'),
    destroy: () => pool.destroy(),
  };
}
