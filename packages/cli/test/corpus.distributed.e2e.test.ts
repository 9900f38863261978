// Distributed corpus runs (`corpus --queue`, `sejajar worker`) against a real Redis: the output
// equals a local run's byte for byte, whatever dies on the way (a worker, the coordinator, Redis
// itself), and a unit that fails every try is reported as a local run reports it.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithRedis, startRedis, type TestRedis } from '../../corpus/test/redis.js';
import { bin, corpus, jsonLines, scratchFolder, sejajar, snapshot } from './run-cli.js';

const { dir: scratch } = scratchFolder('distributed');
/** A short lock, so a job whose worker was killed is taken again within about two seconds. */
const SHORT_LOCK = ['--lock-duration', '1500', '--stalled-interval', '500'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A running `sejajar` process, its stderr collected. */
interface Running {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  stderr(): string;
}
const running: Running[] = [];

function start(args: readonly string[]): Running {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const process_ = { child, exited, stderr: () => stderr };
  running.push(process_);
  return process_;
}

const startWorker = (url: string, extra: readonly string[] = []) => start(['worker', '--queue', url, ...extra]);

/** Stop workers as Ctrl-C does (they finish their running job) and wait for them. */
async function stop(workers: readonly Running[]): Promise<void> {
  for (const w of workers) w.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => w.exited));
}

async function until(condition: () => boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** The units workers finished, one `kind files` line each, from their per-job lines. */
function finishedUnits(workers: readonly Running[]): string[] {
  return workers
    .flatMap((w) => w.stderr().split('\n'))
    .flatMap((line) => {
      const match = /^sejajar worker: (\w+) (.+) \d+ ms ok$/.exec(line);
      return match === null ? [] : [`${match[1]} ${match[2]}`];
    })
    .sort();
}

/** Units in the jobs waiting in database `db`'s queue (a job carries a batch of units). */
function queuedUnits(db: number): number {
  const ids = redis
    .cli(['LRANGE', 'sejajar:corpus:wait', '0', '-1'], db)
    .split('\n')
    .filter((id) => id !== '');
  return ids.reduce((sum, id) => sum + (JSON.parse(redis.cli(['HGET', `sejajar:corpus:${id}`, 'data'], db)) as { units: unknown[] }).units.length, 0);
}

/**
 * run.json without what legitimately differs between runs: the finish time, how the work was run
 * (jobs, queue, resumed, the inputs as named) and the warning of a resumed run taking over the
 * lock its killed coordinator left.
 */
function runMarker(out: string): unknown {
  const marker = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
  marker.result.warnings = marker.result.warnings.filter((w: string) => !w.includes('taking over the lock of an earlier run'));
  delete marker.finished;
  delete marker.options.jobs;
  delete marker.options.queue;
  delete marker.options.resumed;
  delete marker.options.inputs;
  return marker;
}

let redis: TestRedis;
const input = join(scratch, 'input');
const local = join(scratch, 'local');
/**
 * The units of the seeds: 5 profiles, 1 alignment in two passes with the id–en lexicon learned
 * between them (one learn unit, logged with the files of its first pair), 5 garble checks.
 */
let units: string[];

/** The outputs (run.json aside) and the comparable part of run.json equal the local run's. */
function expectSameAsLocal(out: string): void {
  expect(snapshot(out)).toEqual(snapshot(local));
  expect(runMarker(out)).toEqual(runMarker(local));
}

describeWithRedis('distributed corpus runs (BullMQ on a private redis-server)', () => {
  beforeAll(async () => {
    cpSync(corpus, input, { recursive: true });
    redis = await startRedis();
    expect(sejajar(['corpus', input, '-o', local, '--quiet']).status).toBe(0);
    const pairs = jsonLines(readFileSync(join(local, 'pairs.jsonl'), 'utf8'));
    const files = jsonLines(readFileSync(join(local, 'documents.jsonl'), 'utf8')).map((d) => d.file as string);
    const marker = JSON.parse(readFileSync(join(local, 'run.json'), 'utf8'));
    expect(marker.result.lexicons).toEqual([expect.objectContaining({ sourceLanguage: 'id', targetLanguage: 'en', pairs: 1 })]);
    expect(marker.result.lexicons[0].wordPairs).toBeGreaterThan(0);
    units = [
      ...files.map((f) => `profile ${f}`),
      ...pairs.flatMap((p) => [`align ${p.source} + ${p.target}`, `align ${p.source} + ${p.target}`]),
      `learn ${pairs[0]!.source} + ${pairs[0]!.target}`,
      ...files.map((f) => `garble ${f}`),
    ].sort();
  }, 60_000);

  afterAll(async () => {
    for (const r of running) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
    await Promise.all(running.map((r) => r.exited));
    await redis?.stop();
  });

  test('three `sejajar worker`s give the same outputs as a local run, each unit run once', async () => {
    const url = redis.url(1);
    const workers = [startWorker(url), startWorker(url), startWorker(url)];
    const out = join(scratch, 'three');
    const coordinator = start(['corpus', input, '-o', out, '--queue', url, '--quiet']);
    expect(await coordinator.exited).toBe(0);
    await stop(workers);
    expectSameAsLocal(out);
    expect(finishedUnits(workers)).toEqual(units);
    const marker = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(marker.options).toMatchObject({ jobs: null, queue: url });
    // Collected jobs are removed: only BullMQ's bookkeeping stays in Redis.
    expect(
      redis
        .cli(['KEYS', 'sejajar:corpus:*'], 1)
        .split('\n')
        .filter((key) => /:(profile|align|learn|garble)-/.test(key)),
    ).toEqual([]);
    // …and so are the units' outcomes and the shared lexicon the second pass read.
    expect(redis.cli(['KEYS', 'sejajar:result:*'], 1).trim()).toBe('');
    expect(redis.cli(['KEYS', 'sejajar:lexicon:*'], 1).trim()).toBe('');
  }, 60_000);

  test('kill -9 a worker mid-job: another worker takes the job, the outputs are the same', async () => {
    const url = redis.url(2);
    const first = startWorker(url, SHORT_LOCK);
    const out = join(scratch, 'killed-worker');
    const coordinator = start(['corpus', input, '-o', out, '--queue', url, '--quiet']);
    let active = '';
    await until(() => (active = redis.cli(['LRANGE', 'sejajar:corpus:active', '0', '0'], 2)) !== '', 'a job to start');
    first.child.kill('SIGKILL');
    await first.exited;
    // It died mid-job: the job is neither done nor failed.
    expect(redis.cli(['HGET', `sejajar:corpus:${active}`, 'finishedOn'], 2)).toBe('');
    const others = [startWorker(url, SHORT_LOCK), startWorker(url, SHORT_LOCK)];
    expect(await coordinator.exited).toBe(0);
    await stop(others);
    expectSameAsLocal(out);
    // The killed job among them: every unit the first worker did not finish, each once.
    expect(finishedUnits(others)).toEqual(units.filter((u) => !finishedUnits([first]).includes(u)));
  }, 60_000);

  test('kill -9 the coordinator and --resume: what workers finished meanwhile is not redone', async () => {
    const url = redis.url(3);
    const workers = [startWorker(url), startWorker(url)];
    const out = join(scratch, 'killed-coordinator');
    const killed = start(['corpus', input, '-o', out, '--queue', url, '--quiet']);
    await until(() => finishedUnits(workers).length >= 3, 'three finished jobs');
    killed.child.kill('SIGKILL');
    await killed.exited;
    // The workers go on with what is queued, with no coordinator to collect it.
    await until(() => redis.cli(['LLEN', 'sejajar:corpus:wait'], 3) === '0' && redis.cli(['LLEN', 'sejajar:corpus:active'], 3) === '0', 'the queue to drain');
    const resumed = start(['corpus', input, '-o', out, '--queue', url, '--quiet', '--resume']);
    expect(await resumed.exited).toBe(0);
    await stop(workers);
    expectSameAsLocal(out);
    expect(finishedUnits(workers)).toEqual(units);
  }, 60_000);

  test('Redis restarted mid-run (append-only file on), behind a password: nothing lost, nothing run twice, the password never printed', async () => {
    const password = 'pw-s3cret-4711';
    const guarded = await startRedis({ password });
    try {
      const url = guarded.url(0);
      const workers = [startWorker(url), startWorker(url)];
      const out = join(scratch, 'redis-restarted');
      const coordinator = start(['corpus', input, '-o', out, '--queue', url, '--quiet']);
      await until(() => finishedUnits(workers).length >= 2, 'two finished jobs');
      await guarded.restart();
      expect(await coordinator.exited).toBe(0);
      await stop(workers);
      expectSameAsLocal(out);
      expect(finishedUnits(workers)).toEqual(units);
      for (const text of [coordinator.stderr(), ...workers.map((w) => w.stderr()), readFileSync(join(out, 'run.json'), 'utf8')]) {
        expect(text).not.toContain(password);
      }
      expect(workers[0]!.stderr()).toContain(`taking jobs from redis://:***@127.0.0.1:${guarded.port}/0`);
    } finally {
      await guarded.stop();
    }
  }, 60_000);

  test('a unit that fails every try is reported in documents.jsonl after bounded retries, and the run goes on', async () => {
    const url = redis.url(5);
    const changed = join(scratch, 'changed');
    cpSync(corpus, changed, { recursive: true });
    const out = join(scratch, 'changed-out');
    const coordinator = start(['corpus', changed, '-o', out, '--queue', url, '--quiet']);
    // Every file is hashed and its profile queued; then one changes before any worker reads it.
    await until(() => queuedUnits(5) === 5, 'the profiles to be queued');
    const name = '003_c081621a7dec6798.txt';
    appendFileSync(join(changed, name), '\nA line added after hashing.\n');
    const worker = startWorker(url);
    expect(await coordinator.exited).toBe(1);
    await stop([worker]);
    const documents = jsonLines(readFileSync(join(out, 'documents.jsonl'), 'utf8'));
    const failed = documents.filter((d) => d.error !== undefined);
    expect(failed).toEqual([
      expect.objectContaining({
        file: join(changed, name),
        language: 'und',
        verdict: null,
        error: expect.stringMatching(/changed during the run; run again with --resume/),
      }),
    ]);
    const tries = worker
      .stderr()
      .split('\n')
      .filter((line) => line.startsWith(`sejajar worker: profile ${join(changed, name)} `));
    expect(tries.map((line) => /error \(try (\d) of 3\)/.exec(line)?.[1])).toEqual(['1', '2', '3']);
    // The other profiles went out in the same batch: its later tries ran only the failing unit.
    const profiled = finishedUnits([worker]).filter((unit) => unit.startsWith('profile '));
    expect(profiled).toEqual(
      readdirSync(changed)
        .filter((f) => f !== name)
        .map((f) => `profile ${join(changed, f)}`)
        .sort(),
    );
    expect(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).result).toMatchObject({ documents: 5, failed: 1 });
  }, 60_000);

  test('a bad or unreachable Redis URL is one line and exit 2; --jobs does not go with --queue', () => {
    const out = join(scratch, 'bad-url');
    const bad = sejajar(['corpus', input, '-o', out, '--queue', 'http://:pw@host/x']);
    expect(bad).toMatchObject({ status: 2, stderr: 'sejajar: --queue http://:***@host/x: not a Redis URL; expected redis://[:password@]host[:port][/db]\n' });
    const refused = sejajar(['worker', '--queue', `redis://:pw@127.0.0.1:${redis.port + 1}/0`]);
    expect(refused).toMatchObject({
      status: 2,
      stderr: `sejajar: --queue redis://:***@127.0.0.1:${redis.port + 1}/0: cannot reach Redis: connection refused (ECONNREFUSED)\n`,
    });
    expect(sejajar(['corpus', input, '-o', out, '--queue', redis.url(0), '--jobs', '2']).status).toBe(2);
  });

  test('a local run loads neither bullmq nor ioredis', () => {
    const hooks = `data:text/javascript,${encodeURIComponent(
      "export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write('LOADED ' + r.url + '\\n'); return r; }",
    )}`;
    const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hooks)});`)}`;
    const run = spawnSync(
      process.execPath,
      ['--import', register, bin, 'corpus', join(input, '001_7a7919da632cfa80.txt'), '-o', join(scratch, 'lazy'), '--quiet'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('/corpus/dist/');
    expect(run.stderr.split('\n').filter((l) => /bullmq|ioredis/.test(l))).toEqual([]);
  });
});
