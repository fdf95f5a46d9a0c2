/** The limit stage on the real Redis (server clock): two stage instances act as two gateway replicas. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Redis } from 'ioredis';
import { BastionError } from '../../src/errors/registry.js';
import type { LimitTicket } from '../../src/gateway/stages/types.js';
import { createLimitStage } from '../../src/limits/stage.js';
import { testConfig, testContext } from '../../src/limits/test-support.js';
import { connectTestRedis, deletePrefix, randomPrefix } from './redis-env.js';

async function codeOf(p: unknown): Promise<string> {
  try { await p; return 'admitted'; } catch (err) { return err instanceof BastionError ? err.code : `unexpected: ${String(err)}`; }
}

/** Admits once the previous request's slot release has reached Redis (bounded). */
async function admitSoon(stage: ReturnType<typeof createLimitStage>, body: Record<string, unknown>): Promise<LimitTicket> {
  for (let i = 0; ; i++) {
    try {
      return await stage.admit(testContext({ body }));
    } catch (err) {
      if (!(err instanceof BastionError) || err.code !== 'concurrency_limited' || i >= 200) throw err;
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}

describe('limit stage on Redis', () => {
  let redis: Redis | undefined;
  const prefix = randomPrefix();
  before(async () => { redis = await connectTestRedis(); });
  after(async () => { if (redis) { await deletePrefix(redis, prefix); redis.disconnect(); } });

  const config = () => testConfig({
    store: 'redis',
    redis: { url: 'redis://127.0.0.1:6379', prefix, timeout: '5s' },
    rules: {
      rpm: { scope: 'key', kind: 'requests', amount: 3, window: '1h' },
      tok: { scope: 'user', kind: 'tokens', amount: 1000, window: '1h' },
      day: { scope: 'team', kind: 'daily_tokens', amount: 100000 },
      inflight: { scope: 'key', kind: 'concurrency', amount: 1 },
    },
  });

  test('replicas share every kind of limit through Redis', async (t) => {
    if (!redis) { t.skip('Redis unavailable'); return; }
    const a = createLimitStage(config(), { redis });
    const b = createLimitStage(config(), { redis });
    const body = { model: 'm1', messages: [{ role: 'user', content: 'x'.repeat(400) }], max_tokens: 200 }; // 304 reserved

    const t1 = await a.admit(testContext({ body }));
    assert.match(t1.headers?.['RateLimit-Policy'] ?? '', /^"rpm";q=3;w=3600, "tok";q=1000;w=3600, "day";q=100000;w=86400$/);
    assert.match(t1.headers?.RateLimit ?? '', /^"rpm";r=2;t=\d+, "tok";r=696;t=\d+, "day";r=99696;t=\d+$/);
    // the concurrency slot is held on the other replica too
    assert.equal(await codeOf(b.admit(testContext({ body }))), 'concurrency_limited');
    t1.settle({ promptTokens: 100, completionTokens: 4 }); // refunds 200; the release reaches Redis asynchronously
    const t2 = await admitSoon(b, body);
    assert.match(t2.headers?.RateLimit ?? '', /^"rpm";r=1;t=\d+, "tok";r=592;t=\d+, "day";r=99592;t=\d+$/);
    t2.settle({ promptTokens: 1, completionTokens: 1 });
    const t3 = await admitSoon(a, body);
    t3.settle(undefined);
    // the per-key request limit (3) is spent on both replicas; it outweighs any concurrency refusal
    assert.equal(await codeOf(b.admit(testContext({ body }))), 'rate_limited');
    assert.equal(await codeOf(a.admit(testContext({ keyId: 'another', body }))), 'admitted');
    await a.close();
    await b.close();
  });
});
