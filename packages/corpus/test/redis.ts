// A private Redis for tests (bench/redis.mjs, which the benchmarks share) and a `describe` that
// runs only where redis-server is installed.
import { describe, test } from '@jest/globals';
import { redisInstalled } from '../../../bench/redis.mjs';

export { redisInstalled, startRedis, type TestRedis } from '../../../bench/redis.mjs';

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
