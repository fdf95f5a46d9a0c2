/**
 * Redis becoming unreachable mid-run, through a real Bastion (in-process, limits
 * on Redis). Redis is reached through a TCP proxy the test owns; cutting the
 * proxy makes Redis unreachable for that Bastion only (the shared Redis server
 * is never stopped).
 *  - failMode open: requests keep succeeding under per-process limits, and
 *    /readyz and /metrics report the limiter as degraded until Redis is back;
 *  - failMode closed: model calls are refused with 503 limiter_unavailable.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';
import { connectTestRedis, deletePrefix, randomPrefix } from '../limits/redis-env.js';
import { startTcpProxy, type TcpProxy } from '../limits/tcp-proxy.js';
import { call, probe, type Answer } from './http.js';
import { captureLog } from './capture-log.js';

// A cut is seen at once (the proxy refuses connections), so the Redis timeout only has to be
// long enough that a starved machine does not read a slow healthy answer as an outage.
function yaml(proxyPort: number, prefix: string, failMode: 'open' | 'closed'): string {
  return `
limits:
  store: redis
  failMode: ${failMode}
  redis: { url: "redis://127.0.0.1:${proxyPort}", prefix: "${prefix}", timeout: 2s }
  rules:
    per-key: { scope: key, kind: requests, amount: 3, window: 1h }
`;
}

async function limiterHealth(url: string): Promise<{ store: string; degraded: boolean }> {
  const r = await probe(url, '/readyz');
  return (JSON.parse(r.text) as { limits: { store: string; degraded: boolean } }).limits;
}

/** Sends throwaway requests (another key) until /readyz shows the wanted limiter state; bounded. */
async function until(b: TestBastion, key: string, degraded: boolean): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await limiterHealth(b.url)).degraded === degraded) return;
    await call(b.url, { key });
    await sleep(50);
  }
  assert.fail(`the limiter never became ${degraded ? 'degraded' : 'healthy'}`);
}

async function statuses(b: TestBastion, key: string, n: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r: Answer = await call(b.url, { key });
    out.push(r.status === 200 ? '200' : `${r.status} ${r.code}`);
  }
  return out;
}

describe('limits through the gateway when Redis becomes unreachable', () => {
  let redis: Redis | undefined;
  let backend: FakeBackend;
  const prefix = randomPrefix();

  before(async () => {
    redis = await connectTestRedis();
    backend = new FakeBackend();
    await backend.start();
  });
  after(async () => {
    await backend.stop();
    if (redis) { await deletePrefix(redis, prefix); redis.disconnect(); }
  });

  test('fail-open: requests keep succeeding under per-process limits; /readyz and /metrics report degraded', async (t) => {
    if (!redis) { t.skip('Redis unavailable'); return; }
    const proxy: TcpProxy = await startTcpProxy('127.0.0.1', 6379);
    const log = captureLog();
    const b = await startTestBastion({ backends: [backend.url], yaml: yaml(proxy.port, `${prefix}open:`, 'open'), log });
    try {
      const k = await b.key();
      const probeKey = (await b.key()).key;
      await until(b, probeKey, false);
      assert.deepEqual(await statuses(b, k.key, 1), ['200']);
      assert.ok((await redis.keys(`${prefix}open:*`)).length > 0, 'the limits live in Redis');

      await proxy.cut();
      await until(b, probeKey, true);
      assert.deepEqual(await limiterHealth(b.url), { store: 'redis', degraded: true });
      const metrics = await probe(b.url, '/metrics');
      assert.match(metrics.text, /^bastion_limits_degraded(\{\})? 1$/m);
      // The per-process fallback still enforces the limit (counting from zero in this process).
      assert.deepEqual(await statuses(b, k.key, 4), ['200', '200', '200', '429 rate_limited']);
      const degraded = log.records.filter((r) => r.fields.type === 'limits.degraded');
      assert.equal(degraded.length, 1);
      assert.equal(degraded[0]!.fields.failMode, 'open');

      // Redis back: the gateway returns to the shared counts (1 of 3 used there before the cut).
      await proxy.restore();
      await until(b, probeKey, false);
      assert.match((await probe(b.url, '/metrics')).text, /^bastion_limits_degraded(\{\})? 0$/m);
      assert.deepEqual(await statuses(b, k.key, 3), ['200', '200', '429 rate_limited']);
      assert.ok(log.records.some((r) => r.fields.type === 'limits.recovered'));
    } finally {
      await b.stop();
      await proxy.cut();
    }
  });

  test('fail-closed: model calls are refused with 503 limiter_unavailable until Redis is back', async (t) => {
    if (!redis) { t.skip('Redis unavailable'); return; }
    const proxy: TcpProxy = await startTcpProxy('127.0.0.1', 6379);
    const b = await startTestBastion({ backends: [backend.url], yaml: yaml(proxy.port, `${prefix}closed:`, 'closed') });
    try {
      const k = await b.key();
      const probeKey = (await b.key()).key;
      await until(b, probeKey, false);
      assert.deepEqual(await statuses(b, k.key, 1), ['200']);

      await proxy.cut();
      await until(b, probeKey, true);
      const refused = await call(b.url, { key: k.key });
      assert.equal(refused.status, 503);
      assert.equal(refused.code, 'limiter_unavailable');
      assert.doesNotMatch(refused.text, /redis|127\.0\.0\.1|ECONNREFUSED/i, 'no internal detail in the answer');
      assert.deepEqual(await statuses(b, k.key, 3), ['503 limiter_unavailable', '503 limiter_unavailable', '503 limiter_unavailable']);
      assert.deepEqual(await limiterHealth(b.url), { store: 'redis', degraded: true });
      assert.equal((await probe(b.url, '/readyz')).status, 503, 'not ready while every model call is refused');
      // Listing models is not a model call and does not pass the limit stage.
      assert.equal((await call(b.url, { key: k.key, path: '/v1/models', method: 'GET' })).status, 200);

      await proxy.restore();
      await until(b, probeKey, false);
      assert.deepEqual(await statuses(b, k.key, 3), ['200', '200', '429 rate_limited']);
    } finally {
      await b.stop();
      await proxy.cut();
    }
  });
});
