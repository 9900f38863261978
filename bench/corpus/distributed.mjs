// Benchmark: `sejajar corpus` over Redis (`--queue`, issue 18) against the local thread pool on the
// same corpus in the same run: documents per second and pairs per minute with 1, 2 and 4
// `sejajar worker` processes (concurrency 1 each), with one worker of concurrency 2 and 4, and
// with `--jobs 1`, `--jobs 2` and `--jobs 4`; the CPU seconds of every process (coordinator, each
// worker from its start to its exit, and redis-server), the coordinator's CPU per unit, and the
// queue's CPU over a local run with as many threads (target: at most 1.10× for the same threads,
// one worker with --concurrency N against --jobs N). Every distributed run's pairs.jsonl and
// documents.jsonl must equal the local run's, byte for byte.
//
// Each process runs under /usr/bin/time, which reports the user + system CPU of the process and
// all its threads when it exits, shutdown included. Workers are started and left to load their
// models before the coordinator starts (a farm's workers outlive a run), so a distributed run's
// wall time is the coordinator's; the workers' start-up CPU is counted in their CPU all the same.
// redis-server runs for the whole bench, so its CPU is read from /proc before and after each run.
// The machine's other load during each run (CPU used by processes that are not the bench's) is
// reported too: figures from a busy machine say so.
//
// Documents are PANL pseudo-articles written to a temporary folder at run time (data.mjs, as
// throughput.mjs). Redis is a private redis-server on 127.0.0.1 (bench/redis.mjs, as the tests).
// Run: node bench/corpus/distributed.mjs [sizes…] [--runs N]   (default: 100 200 documents per side, 1 run; medians over N runs)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redisInstalled, startRedis } from '../redis.mjs';
import { available, writePanlCorpus } from './data.mjs';

const packages = fileURLToPath(new URL('../../packages/', import.meta.url));
const bin = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));
const skip = !available
  ? '../shared/bench-data is absent'
  : !redisInstalled()
    ? 'redis-server is not installed (Debian: apt-get install redis-server)'
    : !existsSync('/usr/bin/time')
      ? '/usr/bin/time is missing (Debian: apt-get install time); it measures the CPU of each process'
      : !existsSync(bin)
        ? 'packages/cli/dist is not built (npx pnpm@10.34.9 build)'
        : undefined;
if (skip !== undefined) {
  console.log(`skipped: ${skip}`);
  process.exit(0);
}

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt < 0 ? 1 : Number(args[runsAt + 1]);
const sizes = args.filter((_, i) => runsAt < 0 || (i !== runsAt && i !== runsAt + 1)).map(Number);
if (!(runs >= 1) || sizes.some((n) => !(n > 0))) {
  console.error('usage: node bench/corpus/distributed.mjs [documents per side…] [--runs N]');
  process.exit(2);
}
const THREADS = [1, 2, 4];
const cores = cpus().length;
const TICK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** User + system CPU seconds of a live process and its threads, from /proc; undefined once it is gone. */
function cpuOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICK;
  } catch {
    return undefined;
  }
}

/** CPU seconds the whole machine has spent busy so far (all cores), from /proc/stat. */
function machineBusy() {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = ticks;
  return (user + nice + system + irq + softirq + steal) / TICK;
}

/** When each package's build last changed: a rebuild during the bench (others share the checkout) mixes two builds. */
const builds = () =>
  readdirSync(packages)
    .map((name) => join(packages, name, 'dist', '.tsbuildinfo'))
    .filter((file) => existsSync(file))
    .map((file) => `${file}@${statSync(file).mtimeMs}`)
    .join('\n');
const buildsAtStart = builds();

const scratch = mkdtempSync(join(tmpdir(), 'sejajar-bench-distributed-'));
/** Every process the bench started and has not seen exit, killed on the way out. */
const live = new Set();
let reports = 0;

/**
 * Start `sejajar ARGS` under /usr/bin/time. `exited` resolves when it ends, with its exit code,
 * wall seconds, CPU seconds (user + system, every thread, until exit) and peak RSS.
 */
function sejajar(argv) {
  const report = join(scratch, `time-${++reports}.txt`);
  const child = spawn('/usr/bin/time', ['-o', report, '-f', '%U %S %M', process.execPath, bin, ...argv], { stdio: ['ignore', 'ignore', 'pipe'] });
  live.add(child);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
  const started = performance.now();
  const exited = new Promise((resolve) =>
    child.once('exit', (code) => {
      live.delete(child);
      const seconds = (performance.now() - started) / 1000;
      const [user, system, peakKb] = readFileSync(report, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      resolve({ code, seconds, cpu: user + system, peakMb: peakKb / 1024 });
    }),
  );
  /** The node process's id (time's child). */
  const node = () => Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(' ')[0]);
  return { child, node, exited, stderr: () => stderr };
}

/** Wait until a worker says it takes jobs and its CPU use has settled (models loaded); its CPU seconds so far. */
async function ready(worker) {
  const deadline = Date.now() + 120_000;
  while (!worker.stderr().includes('taking jobs from')) {
    if (Date.now() > deadline || worker.child.exitCode !== null) throw new Error(`sejajar worker did not start:\n${worker.stderr()}`);
    await sleep(100);
  }
  const pid = worker.node();
  let before = cpuOf(pid);
  for (;;) {
    await sleep(500);
    const now = cpuOf(pid);
    if (now - before < 0.03) return now;
    if (Date.now() > deadline) throw new Error('sejajar worker kept busy after start');
    before = now;
  }
}

const read = (out, name) => readFileSync(join(out, name), 'utf8');

/** One timed `sejajar corpus` run; the machine's busy CPU seconds over it, for the other load. */
async function corpusRun(folder, out, extra) {
  const machine = machineBusy();
  const run = sejajar(['corpus', folder, '--out', out, '--quiet', ...extra]);
  const result = await run.exited;
  if (result.code !== 0) throw new Error(`sejajar corpus ${extra.join(' ')} exited ${result.code}:\n${run.stderr()}`);
  return { ...result, machine: machineBusy() - machine };
}

async function local(folder, threads) {
  const out = join(scratch, `local-${threads}`);
  const run = await corpusRun(folder, out, ['--jobs', String(threads)]);
  const outputs = { pairs: read(out, 'pairs.jsonl'), documents: read(out, 'documents.jsonl') };
  rmSync(out, { recursive: true, force: true });
  return { wall: run.seconds, cpu: run.cpu, coordinator: run.cpu, peakMb: run.peakMb, others: (run.machine - run.cpu) / run.seconds, outputs };
}

async function distributed(folder, workers, redis, concurrency = 1) {
  redis.cli(['FLUSHALL']);
  const url = redis.url(0);
  const started = Array.from({ length: workers }, () => sejajar(['worker', '--queue', url, '--concurrency', String(concurrency)]));
  const startup = (await Promise.all(started.map(ready))).reduce((a, b) => a + b, 0);
  const out = join(scratch, `queue-${workers}x${concurrency}`);
  const redisBefore = cpuOf(redis.pid());
  const workersBefore = started.reduce((sum, w) => sum + cpuOf(w.node()), 0);
  const run = await corpusRun(folder, out, ['--queue', url]);
  const workersAfter = started.reduce((sum, w) => sum + cpuOf(w.node()), 0);
  const redisCpu = cpuOf(redis.pid()) - redisBefore;
  for (const w of started) process.kill(w.node(), 'SIGTERM');
  const ends = await Promise.all(started.map((w) => w.exited));
  const log = started.flatMap((w) => w.stderr().split('\n'));
  const units = log.filter((line) => /^sejajar worker: \w+ .+ \d+ ms ok$/.test(line)).length;
  const failed = log.filter((line) => /^sejajar worker: \w+ .+ \d+ ms error/.test(line)).length;
  const outputs = { pairs: read(out, 'pairs.jsonl'), documents: read(out, 'documents.jsonl') };
  rmSync(out, { recursive: true, force: true });
  const workerCpu = ends.reduce((sum, end) => sum + end.cpu, 0);
  // The machine's busy CPU over the coordinator's run, less this run's processes (their CPU over the same span).
  const ours = run.cpu + (workersAfter - workersBefore) + redisCpu;
  return {
    wall: run.seconds,
    coordinator: run.cpu,
    workers: workerCpu,
    startup,
    redis: redisCpu,
    cpu: run.cpu + workerCpu + redisCpu,
    units,
    failed,
    peakMb: run.peakMb + ends.reduce((sum, end) => sum + end.peakMb, 0),
    others: (run.machine - ours) / run.seconds,
    outputs,
  };
}

/** Keep both versions of an output that differs, for a look after the bench; the message names them. */
function keep(what, name, expected, actual) {
  const folder = mkdtempSync(join(tmpdir(), 'sejajar-bench-mismatch-'));
  writeFileSync(join(folder, `${name}.expected.jsonl`), expected);
  writeFileSync(join(folder, `${name}.actual.jsonl`), actual);
  const [a, b] = [expected, actual].map((text) => text.split('\n'));
  const line = a.findIndex((text, i) => text !== b[i]);
  return `${what}: ${name}.jsonl differs from --jobs 1's from line ${line + 1} (${a.length - 1} and ${b.length - 1} lines; both kept in ${folder})`;
}

let redis;
const folders = [];
async function cleanUp() {
  for (const child of live) {
    try {
      process.kill(Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(' ')[0]), 'SIGKILL');
    } catch {}
    child.kill('SIGKILL');
  }
  await redis?.stop();
  for (const folder of [...folders, scratch]) rmSync(folder, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    console.error(`${signal}: stopping the workers and redis-server`);
    void cleanUp().finally(() => process.exit(130));
  });

const throughput = [];
const cost = [];
const mismatches = [];
const busy = [];
let compared = 0;
try {
  redis = await startRedis();
  console.error(
    `redis-server ${redis.url(0)}, ${cores} cores, ${runs} run(s) per setup; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ', 3).join(' ')}`,
  );
  for (const perSide of sizes.length > 0 ? sizes : [100, 200]) {
    const { folder, documents } = writePanlCorpus(perSide);
    folders.push(folder);
    const samples = new Map();
    const add = (key, sample) => samples.set(key, [...(samples.get(key) ?? []), sample]);
    let reference;
    for (let r = 0; r < runs; r++) {
      // Interleaved, so a change in the machine's load falls on every setup alike.
      for (const threads of THREADS) {
        const sample = await local(folder, threads);
        reference ??= sample.outputs;
        add(`local ${threads}`, sample);
        const queued = await distributed(folder, threads, redis);
        add(`queue ${threads}`, queued);
        // The same threads in one worker process, as the local run has them (tables shared between threads).
        const threaded = threads > 1 ? await distributed(folder, 1, redis, threads) : undefined;
        if (threaded !== undefined) add(`queue 1x${threads}`, threaded);
        compared += threaded === undefined ? 1 : 2;
        for (const name of ['pairs', 'documents'])
          for (const [setup, outputs] of [
            [`--jobs ${threads}`, sample.outputs],
            [`${threads} worker(s)`, queued.outputs],
            [`1 worker -c ${threads}`, threaded?.outputs],
          ])
            if (outputs !== undefined && outputs[name] !== reference[name])
              mismatches.push(keep(`${perSide} per side, ${setup}, run ${r + 1}`, name, reference[name], outputs[name]));
        console.error(
          `${perSide} per side, run ${r + 1}: --jobs ${threads} ${sample.wall.toFixed(1)} s ${sample.cpu.toFixed(1)} CPU s; ` +
            `${threads} worker(s) ${queued.wall.toFixed(1)} s ${queued.cpu.toFixed(1)} CPU s (${queued.units} units)` +
            (threaded === undefined ? '' : `; 1 worker -c ${threads} ${threaded.wall.toFixed(1)} s ${threaded.cpu.toFixed(1)} CPU s`),
        );
      }
    }
    const pairs = reference.pairs.split('\n').filter(Boolean).length;
    const med = (key, field) => median(samples.get(key).map((s) => s[field]));
    for (const kind of ['local', 'queue', 'queue 1x']) {
      const base = med(kind === 'local' ? 'local 1' : 'queue 1', 'wall');
      for (const threads of THREADS) {
        if (kind === 'queue 1x' && threads === 1) continue;
        const key = kind === 'queue 1x' ? `queue 1x${threads}` : `${kind} ${threads}`;
        const wall = med(key, 'wall');
        const speedUp = base / wall;
        busy.push(med(key, 'others'));
        throughput.push({
          'docs/side': perSide,
          setup: kind === 'local' ? `local --jobs ${threads}` : kind === 'queue' ? `${threads} worker${threads > 1 ? 's' : ''}` : `1 worker -c ${threads}`,
          'wall s': wall.toFixed(1),
          'docs/s': (documents / wall).toFixed(1),
          'pairs/min': Math.round((pairs / wall) * 60),
          'speed-up': speedUp.toFixed(2) + '×',
          'per core': (speedUp / Math.min(threads, cores)).toFixed(2),
          'vs local': kind === 'local' ? '' : (med(`local ${threads}`, 'wall') / wall).toFixed(2) + '×',
          'other load': med(key, 'others').toFixed(2),
        });
      }
    }
    for (const [key, threads, setup] of THREADS.flatMap((n) => [[`queue ${n}`, n, `${n} × -c 1`], ...(n > 1 ? [[`queue 1x${n}`, n, `1 × -c ${n}`]] : [])])) {
      const units = med(key, 'units');
      const localCpu = med(`local ${threads}`, 'cpu');
      const total = med(key, 'cpu');
      cost.push({
        'docs/side': perSide,
        workers: setup,
        units,
        'local CPU s': localCpu.toFixed(1),
        'queue CPU s': total.toFixed(1),
        'queue/local': (total / localCpu).toFixed(3) + '×',
        'coord. CPU s': med(key, 'coordinator').toFixed(1),
        'workers CPU s': med(key, 'workers').toFixed(1),
        'of which start-up': med(key, 'startup').toFixed(1),
        'redis CPU s': med(key, 'redis').toFixed(2),
        'without start-up': ((total - med(key, 'startup')) / localCpu).toFixed(3) + '×',
        'coord. ms/unit': ((med(key, 'coordinator') / units) * 1000).toFixed(1),
        'extra ms/unit': (((total - localCpu) / units) * 1000).toFixed(1),
        'local MB': med(`local ${threads}`, 'peakMb').toFixed(0),
        'queue MB': med(key, 'peakMb').toFixed(0),
        failed: med(key, 'failed'),
      });
    }
  }
} finally {
  await cleanUp();
}

console.log('\nThroughput (wall time: local run; coordinator with its workers already started). speed-up: over 1 thread/worker of the same kind;');
console.log(`per core: speed-up / min(threads, ${cores} cores); vs local: local --jobs N wall / N workers wall; other load: cores busy with other processes.`);
console.table(throughput);
console.log('\nCPU seconds (user + system, all threads, start to exit). queue = coordinator + workers + redis-server; local = the --jobs N run');
console.log("with as many threads as workers × concurrency; without start-up: less the workers' CPU before the coordinator started");
console.log("(a farm's workers outlive a run). Target: queue/local ≤ 1.10 for the same threads (1 worker with -c N against --jobs N).");
console.log('extra ms/unit = (queue − local) / units; a job carries up to 16 units.');
console.table(cost);
const sameThreads = cost.filter((row) => row.workers.startsWith('1 ×'));
const worst = Math.max(...sameThreads.map((row) => Number.parseFloat(row['queue/local'])));
console.log(`\nTarget queue CPU ≤ 1.10 × local CPU, same threads: ${worst <= 1.1 ? 'holds' : 'missed'} (worst ${worst.toFixed(3)}×).`);
console.log(
  mismatches.length === 0
    ? `Outputs: pairs.jsonl and documents.jsonl of all ${compared} distributed runs are identical to the local runs'.`
    : `Outputs DIFFER:\n${mismatches.join('\n')}`,
);
const load = Math.max(...busy);
console.log(
  load > 0.25
    ? `Busy machine: up to ${load.toFixed(2)} of ${cores} cores were used by other processes during a setup (median); wall times suffer, CPU seconds much less.`
    : `Quiet machine: other processes used at most ${load.toFixed(2)} of ${cores} cores during any setup.`,
);
if (builds() !== buildsAtStart)
  console.log('WARNING: packages/*/dist was rebuilt during the bench (by someone sharing the checkout): runs used different builds; run it again.');
if (mismatches.length > 0) process.exitCode = 1;
