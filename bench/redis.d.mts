// Types for redis.mjs, which tests import too (packages/corpus/test/redis.ts).

/** A running private Redis. */
export interface TestRedis {
  readonly port: number;
  /** The redis-server process id (changes with `restart`), e.g. to read its CPU time. */
  pid(): number | undefined;
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
export function redisInstalled(): boolean;

/** Start a private redis-server; `password` makes it ask for one (`requirepass`). */
export function startRedis(options?: { password?: string }): Promise<TestRedis>;
