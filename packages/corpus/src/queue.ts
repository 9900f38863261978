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

/** One unit of work in a job: its id ({@link unitIdOf}) and its task's input (file paths and content hashes, languages). */
interface JobUnit {
  readonly id: string;
  readonly input: unknown;
}

/** What a job carries: a batch of units of one kind (the job's name) and the coordinator's version. */
interface JobData {
  readonly version: string;
  readonly units: readonly JobUnit[];
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

/** A plain Redis connection for the lexicon keys, the units' outcomes and the coordinator's queue, retrying as the queue's do. */
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
 * A unit's id: a hash of its kind, the version and its input, which holds the content hashes of
 * every file it reads and its languages. The same unit has the same id in every run, so a resumed
 * coordinator finds the results workers stored for the run that was killed.
 */
const unitIdOf = (kind: Kind, input: unknown): string =>
  `${kind}-${createHash('sha256')
    .update(JSON.stringify([kind, version, input]))
    .digest('hex')}`;

/** A batch's job id: its kind and a hash of its units' ids. */
const batchIdOf = (kind: Kind, units: readonly { readonly id: string }[]): string =>
  `${kind}-${createHash('sha256')
    .update(units.map((u) => u.id).join(' '))
    .digest('hex')}`;

/**
 * Where a worker stores a unit's outcome (`{ result }`, or `{ error }` after its last try) until
 * the coordinator collects it. Kept apart from the job, so a batch tried again runs only the units
 * that failed, and a resumed coordinator finds what finished without it, whatever batches it forms.
 */
const resultKey = (unitId: string): string => `${PREFIX}:result:${unitId}`;
/** Outcomes nobody collects (a coordinator killed and never resumed) expire after a week. */
const RESULT_TTL_S = 7 * 24 * 3600;

/**
 * Units per job. A job costs about 3 ms of CPU in round trips and bookkeeping (coordinator,
 * worker and Redis together, measured by bench/corpus/distributed.mjs), as much as a small unit's
 * work; a batch pays it once. A `learn` unit reads thousands of pairs: one per job.
 */
const BATCH_UNITS: Readonly<Record<Kind, number>> = { profile: 16, align: 16, learn: 1, garble: 16 };
/** How long a batch waits for more units before it goes out, in milliseconds. */
const LINGER_MS = 10;
/** How often the poll runs, and how long a job goes without news before the poll asks about it. */
const POLL_MS = 2000;
const QUIET_MS = 20_000;
/** How long a collected outcome stays in Redis: ample time for the coordinator to store it in its state folder. */
const KEEP_MS = 10_000;

/** BullMQ's words for a job that stalled too often, and ours. */
const reasonOf = (failedReason: string | undefined): string =>
  failedReason === undefined || failedReason === ''
    ? 'failed in a worker (no reason given)'
    : /stalled more than allowable limit/.test(failedReason)
      ? 'the workers running this unit stopped (killed, or lost the connection) too many times'
      : failedReason;

/**
 * A {@link CorpusWorkers} that runs every task as a BullMQ job for `sejajar worker` processes.
 * Units of one kind submitted together go out in batches of up to {@link BATCH_UNITS}, one job
 * each, tried `attempts` times with exponential backoff; a try runs only the units without a
 * stored outcome ({@link resultKey}). A batch that fails as a whole (its workers died) is sent
 * again unit by unit, so one unit that kills its worker fails alone. With `reuse` (a resumed run)
 * the outcomes workers stored for a killed coordinator are collected, not redone; without it they
 * are deleted and the units run again. A failed job of an earlier coordinator with the same units
 * is tried again, as a local resume retries failed units. Jobs finish with the queue's events; a
 * poll asks about jobs without news for a while, and about all of them after a connection
 * problem, to catch what an event missed and send again units whose job or outcome Redis lost (a
 * restart without its append-only file). Collected outcomes and failed jobs are removed.
 */
export async function startQueue(options: QueueOptions, reuse: boolean): Promise<CorpusWorkers> {
  await reachQueue(options.url);
  const { Queue, QueueEvents } = await import('bullmq');
  const { note, reset } = oncePerOutage(options.onNotice);
  // The queue's commands share the store's connection (the events need one of their own: they block on the stream).
  const store = await lexiconStore(options.url, note);
  const queue = new Queue<JobData>(QUEUE, { connection: store, prefix: PREFIX });
  const events = new QueueEvents(QUEUE, { connection: connectionOf(options.url), prefix: PREFIX });
  queue.on('error', note);
  events.on('error', note);
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);

  const jobOptions: JobsOptions = {
    attempts: options.attempts ?? 3,
    backoff: { type: 'exponential', delay: options.backoff ?? 1000 },
    // The outcomes live in their own keys: a finished job has nothing left to keep.
    removeOnComplete: true,
    // A failed one keeps its reason until the coordinator has read it.
    removeOnFail: false,
  };
  /** The lexicons this coordinator wrote, removed at the end. */
  const written = new Map<string, Promise<unknown>>();
  const writeLexicon = (lexicon: SharedLexicon, again = false): Promise<unknown> => {
    let writing = written.get(lexicon.hash);
    if (writing === undefined || again) {
      writing = store.set(lexiconKey(lexicon.hash), JSON.stringify(lexicon.entries));
      written.set(lexicon.hash, writing);
    }
    return writing;
  };

  interface Unit extends JobUnit {
    readonly kind: Kind;
    /** The shared lexicon its input names by hash, written to Redis before its job goes out. */
    readonly lexicon?: SharedLexicon | undefined;
    readonly resolve: (result: unknown) => void;
    readonly reject: (error: Error) => void;
  }
  interface Batch {
    readonly kind: Kind;
    readonly units: readonly Unit[];
    /** When the poll last asked Redis about its job (or when it went out). */
    checkedAt: number;
  }
  /** Units submitted and not settled, by id. */
  const pending = new Map<string, Unit>();
  /** Jobs out, by job id. */
  const out = new Map<string, Batch>();
  /**
   * Outcomes collected, deleted from Redis `KEEP_MS` later (or at the end): the run stores each
   * unit's result in its state folder right after it is settled, and an outcome deleted before
   * that, by a coordinator killed in between, would be computed again on resume.
   */
  const collected: { key: string; at: number }[] = [];
  const forget = async (before: number): Promise<void> => {
    let n = 0;
    while (n < collected.length && collected[n]!.at < before) n++;
    const keys = collected.splice(0, n).map((c) => c.key);
    for (let i = 0; i < keys.length; i += 500) await store.del(keys.slice(i, i + 500));
  };
  /** Failed jobs whose units are settled or sent again, removed at the end. */
  const failedJobs: string[] = [];
  const settle = (unit: Unit, outcome: { result: unknown } | { error: string }): void => {
    if (pending.get(unit.id) !== unit) return;
    pending.delete(unit.id);
    reset();
    if ('result' in outcome) unit.resolve(outcome.result);
    else unit.reject(new Error(outcome.error));
  };

  /**
   * Settle the units whose outcome is stored, and delete it; the units without one are returned.
   * With `retryFailures` (outcomes of an earlier run) a stored failure counts as none.
   */
  const collect = async (units: readonly Unit[], retryFailures = false): Promise<Unit[]> => {
    const waiting = units.filter((u) => pending.get(u.id) === u);
    if (waiting.length === 0) return [];
    const stored = await store.mget(waiting.map((u) => resultKey(u.id)));
    const outcomes = stored.map((text) => (text === null ? undefined : (JSON.parse(text) as { result: unknown } | { error: string })));
    for (const [i, unit] of waiting.entries()) if (outcomes[i] !== undefined) collected.push({ key: resultKey(unit.id), at: Date.now() });
    const usable = outcomes.map((outcome) => (outcome !== undefined && (!retryFailures || 'result' in outcome) ? outcome : undefined));
    waiting.forEach((unit, i) => usable[i] !== undefined && settle(unit, usable[i]));
    return waiting.filter((u, i) => usable[i] === undefined && pending.get(u.id) === u);
  };

  /** Send units of one kind as one job (or settle them at once from outcomes a killed coordinator left). */
  const send = async (kind: Kind, units: readonly Unit[]): Promise<void> => {
    let left = [...units];
    if (reuse) left = await collect(left, true);
    else await store.del(left.map((u) => resultKey(u.id)));
    if (left.length === 0) return;
    for (const lexicon of new Set(left.map((u) => u.lexicon))) if (lexicon !== undefined) await writeLexicon(lexicon);
    const id = batchIdOf(kind, left);
    out.set(id, { kind, units: left, checkedAt: Date.now() });
    await queue.add(kind, { version, units: left.map(({ id: unitId, input }) => ({ id: unitId, input })) }, { ...jobOptions, jobId: id });
  };
  const sendQuietly = (kind: Kind, units: readonly Unit[]): void =>
    void send(kind, units).catch((error: unknown) => {
      for (const unit of units) settle(unit, { error: error instanceof Error ? error.message : String(error) });
    });

  /** A job is done: collect its units' outcomes, and send again those Redis lost. */
  const finished = async (jobId: string): Promise<void> => {
    const batch = out.get(jobId);
    if (batch === undefined) return;
    out.delete(jobId);
    const lost = await collect(batch.units);
    if (lost.length > 0) await send(batch.kind, lost);
  };
  /** A job failed for good: units with an outcome are collected; the others go again one by one, or fail with the job's reason. */
  const failed = async (jobId: string, reason: string): Promise<void> => {
    const batch = out.get(jobId);
    if (batch === undefined) return;
    out.delete(jobId);
    failedJobs.push(jobId);
    const left = await collect(batch.units);
    if (batch.units.length === 1) for (const unit of left) settle(unit, { error: reasonOf(reason) });
    else for (const unit of left) await send(batch.kind, [unit]);
  };
  /** Ask Redis about a job that has been quiet: finished (and removed) or lost, failed, or still on its way. */
  const check = async (jobId: string): Promise<void> => {
    const batch = out.get(jobId);
    if (batch === undefined) return;
    batch.checkedAt = Date.now();
    const state = await queue.getJobState(jobId);
    if (out.get(jobId) !== batch) return;
    if (state === 'failed') {
      const job = (await queue.getJob(jobId)) as Job<JobData> | undefined;
      await failed(jobId, job?.failedReason ?? '');
    } else if (state === 'unknown' || state === 'completed') {
      // A finished job is removed; so is every job of a Redis restarted without its data, whose units go again.
      await finished(jobId);
    }
  };
  const quietly =
    <A extends unknown[]>(act: (...args: A) => Promise<void>) =>
    (...args: A): void =>
      void act(...args).catch(note);
  events.on('completed', ({ jobId }) => quietly(finished)(jobId));
  // A try that fails is retried by its worker; the queue's `failed` event may come for it too, so ask.
  events.on('failed', ({ jobId }) => quietly(check)(jobId));
  // `add` with the id of a job already there (an earlier coordinator's, with the same units) is a no-op: a failed one is tried again.
  events.on(
    'duplicated',
    quietly(async ({ jobId }: { jobId: string }) => {
      if (out.has(jobId) && (await queue.getJobState(jobId)) === 'failed') await (await queue.getJob(jobId))?.retry('failed');
    }),
  );
  // The events come from a stream that survives a reconnection (and a Redis restart with its
  // append-only file), so the poll is a safety net for what they cannot tell.
  let polling = false;
  let troubled = false;
  events.on('error', () => (troubled = true));
  queue.on('error', () => (troubled = true));
  const poll = setInterval(() => {
    if (polling) return;
    polling = true;
    const now = Date.now();
    const all = troubled;
    troubled = false;
    const due = [...out].filter(([, batch]) => all || now - batch.checkedAt >= QUIET_MS).map(([id]) => id);
    void Promise.all([...due.map(quietly(check)), quietly(forget)(now - KEEP_MS)]).finally(() => (polling = false));
  }, POLL_MS);

  /** The batch each kind is filling, sent when full or `LINGER_MS` after its first unit. */
  const filling = new Map<Kind, { units: Unit[]; timer: NodeJS.Timeout }>();
  const flush = (kind: Kind): void => {
    const batch = filling.get(kind);
    if (batch === undefined) return;
    filling.delete(kind);
    clearTimeout(batch.timer);
    sendQuietly(kind, batch.units);
  };
  const submit =
    <I, R>(kind: Kind) =>
    (input: I): Promise<R> => {
      // A second pass names its lexicon by hash; the words wait in their own key.
      const lexicon = kind === 'align' ? (input as AlignTask).lexicon : undefined;
      const jobInput = lexicon === undefined ? input : { ...input, lexicon: { hash: lexicon.hash } };
      const id = unitIdOf(kind, jobInput);
      return new Promise<R>((resolve, reject) => {
        const unit: Unit = { id, input: jobInput, kind, lexicon, resolve: resolve as (result: unknown) => void, reject };
        pending.set(id, unit);
        let batch = filling.get(kind);
        if (batch === undefined) {
          batch = { units: [], timer: setTimeout(() => flush(kind), LINGER_MS) };
          filling.set(kind, batch);
        }
        batch.units.push(unit);
        if (batch.units.length >= BATCH_UNITS[kind]) flush(kind);
      });
    };
  return {
    profile: submit('profile'),
    align: submit('align'),
    learn: submit('learn'),
    garble: submit('garble'),
    async destroy() {
      clearInterval(poll);
      for (const batch of filling.values()) clearTimeout(batch.timer);
      await forget(Number.POSITIVE_INFINITY);
      for (let i = 0; i < failedJobs.length; i += 500) await Promise.all(failedJobs.slice(i, i + 500).map((id) => queue.remove(id)));
      if (written.size > 0) await store.del(...[...written.keys()].map(lexiconKey));
      await events.close();
      await queue.close();
      store.disconnect();
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
      const attempts = job.opts.attempts ?? 1;
      const attempt = job.attemptsMade + 1;
      const report = (unit: JobUnit | undefined, ms: number, error?: string): void =>
        options.onJob?.({
          kind: job.name,
          files: filesOf(job.name, unit?.input),
          ms: Math.round(ms),
          attempt,
          attempts,
          ...(error === undefined ? {} : { error }),
        });
      const units = Array.isArray(job.data.units) ? job.data.units : [];
      const refuse = (message: string): never => {
        for (const unit of units.length > 0 ? units : [undefined]) report(unit, 0, message);
        throw new UnrecoverableError(message);
      };
      if (job.data.version !== version)
        refuse(`the job comes from sejajar ${job.data.version}, this worker runs ${version}; run workers of the coordinator's version`);
      if (!(KINDS as readonly string[]).includes(job.name)) refuse(`unknown kind of job "${job.name}"`);
      // An earlier try (or another job with the same unit) may have stored some outcomes already.
      const stored = await store.mget(units.map((u) => resultKey(u.id)));
      const todo = units.filter((_, i) => stored[i] === null);
      const outcomes = await Promise.all(
        todo.map(async (unit) => {
          const started = performance.now();
          try {
            const result = await run(job.name as Kind, unit.input);
            return { unit, ms: performance.now() - started, result };
          } catch (error) {
            return { unit, ms: performance.now() - started, error: error instanceof Error ? error.message : String(error) };
          }
        }),
      );
      // A failure is stored only after the last try; before it, the job fails and is tried again for it.
      const last = attempt >= attempts;
      const keep = outcomes.filter((o) => o.error === undefined || last);
      if (keep.length > 0) {
        const writes = store.pipeline();
        for (const o of keep)
          writes.set(resultKey(o.unit.id), JSON.stringify(o.error === undefined ? { result: o.result } : { error: o.error }), 'EX', RESULT_TTL_S);
        for (const [error] of (await writes.exec()) ?? []) if (error !== null) throw error;
      }
      for (const o of outcomes) report(o.unit, o.ms, o.error);
      const failures = outcomes.filter((o) => o.error !== undefined);
      if (failures.length > 0 && !last) throw new Error(`${failures.length} of ${units.length} units failed: ${failures[0]!.error}`);
      reset();
      return units.length;
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
