/**
 * untilReady: the gateway waits for its Redis connection at start-up, bounded by
 * the Redis timeout, so the first requests are not refused while the client
 * connects (it queues nothing). Real Redis for the connected case; a closed
 * port for the bounded wait.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { untilReady } from '../../src/limits/redis-store.js';
import { connectTestRedis, REDIS_URL } from './redis-env.js';

test('resolves once the client is connected, and commands then run without a queue', async (t) => {
  const probe = await connectTestRedis();
  if (!probe) { t.skip('Redis unavailable'); return; }
  probe.disconnect();
  const redis = new Redis(REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  redis.on('error', () => undefined);
  try {
    await untilReady(redis, 5_000);
    assert.equal(redis.status, 'ready');
    assert.equal(await redis.ping(), 'PONG');
    await untilReady(redis, 5_000); // already connected: resolves at once
  } finally {
    redis.disconnect();
  }
});

test('gives up after the bound when nothing answers, without rejecting', async () => {
  // A port that was free a moment ago: connections are refused.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const redis = new Redis(`redis://127.0.0.1:${port}`, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: () => 200 });
  redis.on('error', () => undefined);
  try {
    await untilReady(redis, 300);
    assert.notEqual(redis.status, 'ready');
    assert.equal(redis.listenerCount('ready'), 0, 'the wait leaves no listener behind');
  } finally {
    redis.disconnect();
  }
});
