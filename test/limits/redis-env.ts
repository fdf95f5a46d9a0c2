/**
 * Access to the shared test Redis at 127.0.0.1:6379. Each test uses a random key
 * prefix and deletes its keys afterwards. Outside CI a missing Redis skips the
 * tests; in CI (CI=true) it fails them.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

export const REDIS_URL = process.env.BASTION_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function randomPrefix(): string {
  return `bastion-test:limits:${randomBytes(6).toString('hex')}:`;
}

/** A connected client, or undefined (outside CI) when Redis is not reachable. */
export async function connectTestRedis(url = REDIS_URL): Promise<Redis | undefined> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch (err) {
    redis.disconnect();
    if (process.env.CI === 'true') throw new Error(`Redis is required in CI at ${url}`, { cause: err });
    return undefined;
  }
}

export async function deletePrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
}
