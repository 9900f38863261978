// A private Redis for tests: Debian's redis-server on 127.0.0.1, a free port, its own temporary
// data folder, the append-only file on (so a restart keeps the queue) and no snapshots.
import { describe, test } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running test Redis. */
export interface TestRedis {
  readonly port: number;
  /** `redis://[:password@]127.0.0.1:PORT/DB`. */
  url(db?: number): string;
  /** Run `redis-cli` against it (`-n db` first when given); its stdout, trimmed. */
  cli(args: readonly string[], db?: number): string;
  /** Stop it (SIGTERM: the append-only file is flushed) and start it again on the same port and data. */
  restart(): Promise<void>;
  /** Stop it and remove its data. */
  stop(): Promise<void>;
}

/** Whether Debian's redis-server is on the PATH. */
export const redisInstalled = (): boolean => spawnSync('redis-server', ['--version']).status === 0;

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Start redis-server and wait until it accepts connections. */
function launch(args: readonly string[]): Promise<ChildProcess> {
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.resume();
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`)));
  });
}

const stopped = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });

/** Start a private redis-server; `password` makes it ask for one (`requirepass`). */
export async function startRedis(options: { password?: string } = {}): Promise<TestRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'sejajar-redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', '', '--daemonize', 'no'];
  if (options.password !== undefined) args.push('--requirepass', options.password);
  let child = await launch(args);
  const auth = options.password === undefined ? [] : ['--no-auth-warning', '-a', options.password];
  return {
    port,
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

/**
 * `describe` when redis-server is installed. Without it the tests are skipped with a message
 * saying how to install it, except under `CI=true`, where a missing Redis is a failure.
 */
export function describeWithRedis(name: string, body: () => void): void {
  if (redisInstalled()) {
    describe(name, body);
    return;
  }
  const message = 'redis-server is not installed (Debian: apt-get install redis-server)';
  if (process.env.CI === 'true') {
    describe(name, () =>
      test('redis-server is installed', () => {
        throw new Error(`${message}; CI must run these tests`);
      }),
    );
    return;
  }
  process.stderr.write(`skipping "${name}": ${message}\n`);
  describe.skip(name, body);
}
