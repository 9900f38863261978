// Distributed runs: the coordinator (`runCorpus` with `queue`) puts each unit of work into a
// BullMQ queue in Redis; `sejajar worker` processes, on any machine that sees the input files at
// the same paths, run worker.ts's tasks on them; the coordinator collects the results and writes
// the outputs as a local run would. bullmq and ioredis are imported only when a queue is used,
// so local runs and `sejajar --version` never load them.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { SejajarError } from '@sejajar/text';
import type { ConnectionOptions, Job, JobsOptions } from 'bullmq';
import { startWorkers, type CorpusWorkers } from './workers.js';
import type { AlignTask, LexiconEntries, SharedLexicon } from './worker.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/** Every coordinator and worker of one Redis database shares this queue; the database number in the URL keeps farms apart. */
const QUEUE = 'corpus';
/** BullMQ's key prefix: our keys read `sejajar:corpus:…`. */
const PREFIX = 'sejajar';
/** The kinds of unit, named as worker.ts's tasks. */
const KINDS = ['profile', 'align', 'learn', 'garble'] as const;
type Kind = (typeof KINDS)[number];

/** What a job carries: the task's input (file paths and content hashes, languages) and the coordinator's version. */
interface JobData {
  readonly version: string;
  readonly input: unknown;
}

/** How a coordinator uses a queue. */
export interface QueueOptions {
  /** `redis://[[user]:password@]host[:port][/db]` (`rediss://` for TLS); the database number is the farm's namespace. */
  readonly url: string;
  /** Tries of a unit before it is reported as failed. Default 3. */
  readonly attempts?: number | undefined;
  /** Wait before the first retry, in milliseconds, doubled before each next one. Default 1000. */
  readonly backoff?: number | undefined;
  /** Called with passing trouble, e.g. a lost connection to Redis (retried until it is back). */
  readonly onNotice?: ((message: string) => void) | undefined;
}

/** How `sejajar worker` takes jobs. */
export interface WorkerOptions {
  /** Jobs run at once, each in its own worker thread. Default 1. */
  readonly concurrency?: number | undefined;
  /**
   * How long a job's lock lasts without renewal, in milliseconds: a job whose worker died is
   * taken by another worker this long after. Default 30000.
   */
  readonly lockDuration?: number | undefined;
  /** How often this worker looks for jobs whose worker died, in milliseconds. Default 30000. */
  readonly stalledInterval?: number | undefined;
  /** Called after every job, done or failed. */
  readonly onJob?: ((report: JobReport) => void) | undefined;
  /** Called with passing trouble, e.g. a lost connection to Redis (retried until it is back). */
  readonly onNotice?: ((message: string) => void) | undefined;
}

/** One job a worker ran. */
export interface JobReport {
  readonly kind: string;
  /** The files the job read, named as on the coordinator's command line. */
  readonly files: readonly string[];
  readonly ms: number;
  /** Which try this was (1 for the first) of `attempts`. */
  readonly attempt: number;
  readonly attempts: number;
  /** Why it failed; absent when it succeeded. */
  readonly error?: string | undefined;
}

/** A worker taking jobs until it is closed. */
export interface RunningWorker {
  /** The queue's Redis URL, its password hidden. */
  readonly queue: string;
  /** Stop taking jobs, let the running ones finish, and disconnect. */
  close(): Promise<void>;
}

/** A Redis URL with its password hidden, for messages and run.json. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^@/]*)@/i, (_, scheme: string, auth: string) => {
    const colon = auth.indexOf(':');
    return `${scheme}${colon < 0 ? '***' : `${auth.slice(0, colon)}:***`}@`;
  });
}

/** Refuse anything but `redis://` or `rediss://` with a host and, optionally, a database number. */
export function checkQueueUrl(url: string): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  const db = parsed?.pathname.replace(/^\//, '') ?? '';
  if (parsed === undefined || (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') || parsed.hostname === '' || !/^\d*$/.test(db)) {
    throw new SejajarError('BAD_OPTION', `--queue ${redactUrl(url)}: not a Redis URL; expected redis://[:password@]host[:port][/db]`);
  }
}

/** Why Redis could not be used, in words; Redis's own replies never carry the password. */
function connectionProblem(error: unknown): string {
  const { code, message = String(error) } = error as { code?: string; message?: string };
  if (code === 'ECONNREFUSED') return 'cannot reach Redis: connection refused (ECONNREFUSED)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `cannot reach Redis: unknown host (${code})`;
  if (code === 'ETIMEDOUT' || /timed? ?out/i.test(message)) return 'cannot reach Redis: no answer (ETIMEDOUT)';
  if (/WRONGPASS|invalid password|invalid username-password/i.test(message)) return 'Redis refused the user name or password';
  if (/NOAUTH/.test(message)) return 'Redis asks for a password: give it in the URL (redis://:PASSWORD@host:port/db)';
  if (/AUTH.*without any password/i.test(message)) return 'the URL gives a password, but this Redis has none';
  if (/DB index is out of range/i.test(message)) return 'no such database number on this Redis';
  return `cannot use Redis (${message.replace(/\s+/g, ' ').trim()})`;
}

/**
 * Connect to the queue's Redis once and ping it, so a wrong URL, host or password is one clear
 * error at start-up (`SejajarError` `BAD_OPTION`) rather than endless retries.
 */
export async function reachQueue(url: string): Promise<void> {
  checkQueueUrl(url);
  const { Redis } = await import('ioredis');
  const client = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, connectTimeout: 5000, enableOfflineQueue: false });
  // A refused connection rejects `connect` with "Connection is closed"; the cause comes as an event.
  let cause: unknown;
  client.on('error', (error) => (cause ??= error));
  try {
    await client.connect();
    await client.ping();
    // A failed SELECT of the URL's database is only an event, too.
    if (cause !== undefined) throw cause;
  } catch (error) {
    throw new SejajarError('BAD_OPTION', `--queue ${redactUrl(url)}: ${connectionProblem(cause ?? error)}`);
  } finally {
    client.disconnect();
  }
}

/** Once a queue works, connections retry forever: a restarted Redis is waited for, not a failure. */
const connectionOf = (url: string): ConnectionOptions => ({ url, maxRetriesPerRequest: null, retryStrategy: (times: number) => Math.min(200 * times, 2000) });

/**
 * Where a shared lexicon waits for the workers: one Redis key per lexicon, written once by the
 * coordinator, so a second-pass job carries the lexicon's hash, not its words (thousands of jobs
 * would otherwise each hold a copy in Redis). Workers need no access to the output folder.
 */
const lexiconKey = (hash: string): string => `${PREFIX}:lexicon:${hash}`;

/** A plain Redis connection for the lexicon keys, retrying as the queue's do. */
async function lexiconStore(url: string, note: (error: unknown) => void) {
  const { Redis } = await import('ioredis');
  const client = new Redis(url, { maxRetriesPerRequest: null, retryStrategy: (times: number) => Math.min(200 * times, 2000) });
  client.on('error', note);
  return client;
}

/** A notice function that says each message once until `reset`, so a Redis outage is one line, not one per retry. */
function oncePerOutage(onNotice: ((message: string) => void) | undefined): { note: (error: unknown) => void; reset: () => void } {
  const said = new Set<string>();
  return {
    note(error) {
      // A lost connection is retried; anything else (a job whose lock was lost with Redis's data) is said as it is.
      const network = typeof (error as { code?: unknown }).code === 'string';
      const message = network ? `queue: ${connectionProblem(error)}; retrying` : `queue: ${String((error as Error).message ?? error)}`;
      if (said.has(message)) return;
      said.add(message);
      onNotice?.(message);
    },
    reset: () => said.clear(),
  };
}

/**
 * A unit's job id: a hash of its kind and its data, which hold the content hashes of every file
 * it reads, its languages and the version. The same unit is the same job, so a resumed
 * coordinator finds the jobs it enqueued before it was killed instead of enqueueing them again.
 */
const jobIdOf = (kind: Kind, data: JobData): string =>
  `${kind}-${createHash('sha256')
    .update(JSON.stringify([kind, data]))
    .digest('hex')}`;

/** BullMQ's words for a job that stalled too often, and ours. */
const reasonOf = (failedReason: string | undefined): string =>
  failedReason === undefined || failedReason === ''
    ? 'failed in a worker (no reason given)'
    : /stalled more than allowable limit/.test(failedReason)
      ? 'the workers running this unit stopped (killed, or lost the connection) too many times'
      : failedReason;

/**
 * A {@link CorpusWorkers} that runs every task as a BullMQ job for `sejajar worker` processes.
 * Each unit is one job, id {@link jobIdOf}, tried `attempts` times with exponential backoff.
 * With `reuse` (a resumed run) a job a worker finished for a killed coordinator is collected, not
 * redone; without it such a job is run again. A job that failed for good earlier is tried again
 * either way, as a local resume retries failed units. Results arrive by queue events, and a poll
 * every two seconds catches what an event missed and enqueues again a job Redis lost (a restart
 * without its append-only file). Collected jobs are removed when the queue is destroyed.
 */
export async function startQueue(options: QueueOptions, reuse: boolean): Promise<CorpusWorkers> {
  await reachQueue(options.url);
  const { Queue, QueueEvents } = await import('bullmq');
  const connection = connectionOf(options.url);
  const queue = new Queue<JobData>(QUEUE, { connection, prefix: PREFIX });
  const events = new QueueEvents(QUEUE, { connection, prefix: PREFIX });
  const { note, reset } = oncePerOutage(options.onNotice);
  queue.on('error', note);
  events.on('error', note);
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);

  const jobOptions: JobsOptions = {
    attempts: options.attempts ?? 3,
    backoff: { type: 'exponential', delay: options.backoff ?? 1000 },
    removeOnComplete: false,
    removeOnFail: false,
  };
  const store = await lexiconStore(options.url, note);
  /** The lexicons this coordinator wrote, removed with its jobs at the end. */
  const written = new Map<string, Promise<unknown>>();
  const writeLexicon = (lexicon: SharedLexicon, again = false): Promise<unknown> => {
    let writing = written.get(lexicon.hash);
    if (writing === undefined || again) {
      writing = store.set(lexiconKey(lexicon.hash), JSON.stringify(lexicon.entries));
      written.set(lexicon.hash, writing);
    }
    return writing;
  };
  interface Waiting {
    readonly kind: Kind;
    readonly data: JobData;
    /** The shared lexicon its job names by hash, to write again if Redis lost it. */
    readonly lexicon?: SharedLexicon | undefined;
    readonly resolve: (result: unknown) => void;
    readonly reject: (error: Error) => void;
  }
  const pending = new Map<string, Waiting>();
  const collected: string[] = [];

  /** Settle a unit whose job has finished; enqueue again one Redis has lost. */
  const check = async (id: string): Promise<void> => {
    const waiting = pending.get(id);
    if (waiting === undefined) return;
    // The state first: a job read before it finished would carry no result, even once its state says done.
    const state = await queue.getJobState(id);
    if (!pending.has(id)) return;
    if (state === 'unknown') {
      if (waiting.lexicon !== undefined) await writeLexicon(waiting.lexicon, true);
      await queue.add(waiting.kind, waiting.data, { ...jobOptions, jobId: id });
      return;
    }
    if (state !== 'completed' && state !== 'failed') return;
    const job = (await queue.getJob(id)) as Job<JobData> | undefined;
    if (job === undefined || !pending.has(id)) return;
    pending.delete(id);
    collected.push(id);
    reset();
    if (state === 'completed') waiting.resolve(job.returnvalue);
    else waiting.reject(new Error(reasonOf(job.failedReason)));
  };
  const checkQuietly = (id: string): void => void check(id).catch(note);
  events.on('completed', ({ jobId }) => checkQuietly(jobId));
  events.on('failed', ({ jobId }) => checkQuietly(jobId));
  let polling = false;
  const poll = setInterval(() => {
    if (polling) return;
    polling = true;
    void Promise.all([...pending.keys()].map((id) => check(id).catch(note))).finally(() => (polling = false));
  }, 2000);

  const submit =
    <I, R>(kind: Kind) =>
    async (input: I): Promise<R> => {
      // A second pass names its lexicon by hash; the words wait in their own key.
      const lexicon = kind === 'align' ? (input as AlignTask).lexicon : undefined;
      if (lexicon !== undefined) await writeLexicon(lexicon);
      const data: JobData = { version, input: lexicon === undefined ? input : { ...input, lexicon: { hash: lexicon.hash } } };
      const id = jobIdOf(kind, data);
      const earlier = (await queue.getJob(id)) as Job<JobData> | undefined;
      const state = earlier === undefined ? undefined : await earlier.getState();
      if (state === 'failed') await earlier!.retry('failed');
      // A finished job of a killed run is reused only on resume; a job still running is waited for.
      else if (state === 'completed' && !reuse) await queue.remove(id);
      const result = new Promise<R>((resolve, reject) => pending.set(id, { kind, data, lexicon, resolve: resolve as (result: unknown) => void, reject }));
      await queue.add(kind, data, { ...jobOptions, jobId: id });
      await check(id);
      return result;
    };
  return {
    profile: submit('profile'),
    align: submit('align'),
    learn: submit('learn'),
    garble: submit('garble'),
    async destroy() {
      clearInterval(poll);
      for (let i = 0; i < collected.length; i += 500) await Promise.all(collected.slice(i, i + 500).map((id) => queue.remove(id)));
      if (written.size > 0) await store.del(...[...written.keys()].map(lexiconKey));
      store.disconnect();
      await events.close();
      await queue.close();
    },
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const idOf = (ref: unknown): string => (isObject(ref) && typeof ref.id === 'string' ? ref.id : '?');

/** The files a job reads, by their names on the coordinator, for the worker's log. */
function filesOf(kind: string, input: unknown): string[] {
  if (!isObject(input)) return [];
  if (kind === 'profile') return [idOf(input)];
  if (kind === 'align') return [idOf(input.source), idOf(input.target)];
  if (kind === 'learn' && Array.isArray(input.pairs)) {
    // A lexicon may learn from thousands of pairs: the log names the first and counts the rest.
    const files = input.pairs.slice(0, 1).flatMap((p: unknown) => (isObject(p) ? [idOf(p.source), idOf(p.target)] : []));
    return input.pairs.length > 1 ? [...files, `${input.pairs.length - 1} more pairs`] : files;
  }
  if (kind === 'garble') return [idOf(input.file)];
  return [];
}

/**
 * Take jobs from the queue in `url` and run them on worker.ts's tasks, in `concurrency` worker
 * threads (so the event loop stays free to renew job locks). A job from a coordinator of another
 * version is refused without retries. Runs until {@link RunningWorker.close}.
 */
export async function runWorker(url: string, options: WorkerOptions = {}): Promise<RunningWorker> {
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new SejajarError('BAD_OPTION', `concurrency must be a whole number of at least 1, got ${concurrency}`);
  await reachQueue(url);
  const { Worker, UnrecoverableError } = await import('bullmq');
  const tasks = startWorkers(concurrency);
  const { note, reset } = oncePerOutage(options.onNotice);
  const store = await lexiconStore(url, note);
  /** The lexicons fetched lately, by hash: every second-pass job of a language pair names the same one. */
  const lexicons = new Map<string, Promise<LexiconEntries>>();
  const fetchLexicon = (hash: string): Promise<LexiconEntries> => {
    let fetching = lexicons.get(hash);
    if (fetching === undefined) {
      fetching = store.get(lexiconKey(hash)).then((text) => {
        if (text === null) throw new Error(`the shared lexicon ${hash.slice(0, 12)} is not in Redis (lost in a restart?); the coordinator writes it again`);
        return JSON.parse(text) as LexiconEntries;
      });
      // A failed fetch is not kept: the retry fetches again.
      fetching.catch(() => lexicons.delete(hash));
      lexicons.set(hash, fetching);
      if (lexicons.size > 4) lexicons.delete(lexicons.keys().next().value!);
    }
    return fetching;
  };
  const run = async (kind: Kind, input: unknown): Promise<unknown> => {
    if (kind === 'profile') return tasks.profile(input as never);
    if (kind === 'learn') return tasks.learn(input as never);
    if (kind === 'garble') return tasks.garble(input as never);
    const task = input as AlignTask;
    // The thread checks the words against the hash the job was keyed by.
    if (task.lexicon !== undefined) return tasks.align({ ...task, lexicon: { hash: task.lexicon.hash, entries: await fetchLexicon(task.lexicon.hash) } });
    return tasks.align(task);
  };
  const worker = new Worker<JobData>(
    QUEUE,
    async (job) => {
      const started = performance.now();
      const attempts = job.opts.attempts ?? 1;
      const report = (error?: string): void =>
        options.onJob?.({
          kind: job.name,
          files: filesOf(job.name, job.data.input),
          ms: Math.round(performance.now() - started),
          attempt: job.attemptsMade + 1,
          attempts,
          ...(error === undefined ? {} : { error }),
        });
      const refuse = (message: string): never => {
        report(message);
        throw new UnrecoverableError(message);
      };
      if (job.data.version !== version)
        refuse(`the job comes from sejajar ${job.data.version}, this worker runs ${version}; run workers of the coordinator's version`);
      if (!(KINDS as readonly string[]).includes(job.name)) refuse(`unknown kind of job "${job.name}"`);
      try {
        const result = await run(job.name as Kind, job.data.input);
        reset();
        report();
        return result;
      } catch (error) {
        report(error instanceof Error ? error.message : String(error));
        throw error instanceof Error ? error : new Error(String(error));
      }
    },
    {
      connection: connectionOf(url),
      prefix: PREFIX,
      concurrency,
      lockDuration: options.lockDuration ?? 30_000,
      stalledInterval: options.stalledInterval ?? 30_000,
      // A job whose worker died is taken again, twice at most: a job that kills its worker must not kill them all.
      maxStalledCount: 2,
    },
  );
  worker.on('error', note);
  await worker.waitUntilReady();
  return {
    queue: redactUrl(url),
    async close() {
      await worker.close();
      await tasks.destroy();
      store.disconnect();
    },
  };
}
