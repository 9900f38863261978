// A private Redis for the distributed tests and benchmarks: Debian's redis-server on 127.0.0.1, a
// free port, its own temporary data folder, the append-only file on (so a restart keeps the
// queue) and no snapshots. Plain JavaScript so that `node bench/…` scripts can use it as well as
// jest (packages/corpus/test/redis.ts re-exports it); types in redis.d.mts.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether Debian's redis-server is on the PATH. */
export const redisInstalled = () => spawnSync('redis-server', ['--version']).status === 0;

/** A port nothing listens on right now. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Start redis-server and wait until it accepts connections. */
function launch(args) {
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        child.stdout.off('data', onData);
        child.stdout.resume();
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.resume();
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`)));
  });
}

const stopped = (child) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });

/** Start a private redis-server; `password` makes it ask for one (`requirepass`). */
export async function startRedis(options = {}) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'sejajar-redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', '', '--daemonize', 'no'];
  if (options.password !== undefined) args.push('--requirepass', options.password);
  let child;
  try {
    child = await launch(args);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const auth = options.password === undefined ? [] : ['--no-auth-warning', '-a', options.password];
  return {
    port,
    pid: () => child.pid,
    url: (db = 0) => `redis://${options.password === undefined ? '' : `:${options.password}@`}127.0.0.1:${port}/${db}`,
    cli: (cliArgs, db) =>
      spawnSync('redis-cli', ['-p', String(port), ...auth, ...(db === undefined ? [] : ['-n', String(db)]), ...cliArgs], { encoding: 'utf8' }).stdout.trim(),
    async restart() {
      await stopped(child);
      child = await launch(args);
    },
    async stop() {
      await stopped(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
