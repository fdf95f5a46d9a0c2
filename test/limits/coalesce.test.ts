/**
 * Settles of many requests share one Redis script call, and a settle made
 * while the client is disconnected is kept and applied after it reconnects
 * (it was never sent, so applying it later is exact).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Redis } from 'ioredis';
import { createRedisLimiterStore } from '../../src/limits/redis-store.js';
import type { BucketCheck } from '../../src/limits/store-types.js';
import { connectTestRedis, deletePrefix, randomPrefix, REDIS_URL } from './redis-env.js';

const lease = (key: string, amount: number): BucketCheck => ({ key, kind: 'lease', amount, windowMs: 60_000, cost: 1, shadow: false });

describe('Redis settles are coalesced', () => {
  let redis: Redis | undefined;
  const prefix = randomPrefix();
  before(async () => { redis = await connectTestRedis(); });
  after(async () => { if (redis) { await deletePrefix(redis, prefix); redis.disconnect(); } });

  test('settles queued in one event-loop turn go to Redis in one call and all apply', async (t) => {
    if (!redis) { t.skip('Redis unavailable'); return; }
    const store = createRedisLimiterStore({ redis, prefix });
    const n = 50;
    for (let i = 0; i < n; i++) assert.equal((await store.admit([lease('slots', n)], `r${i}`)).admitted, true);
    assert.equal((await store.admit([lease('slots', n)], 'extra')).admitted, false, 'all slots are held');
    const before = store.settleStats();
    const trips = store.roundTrips();
    await Promise.all(Array.from({ length: n }, (_, i) => store.settle([{ key: 'slots', kind: 'lease', amount: n, windowMs: 60_000, delta: 0 }], `r${i}`)));
    assert.equal(store.settleStats().calls - before.calls, 1);
    assert.equal(store.settleStats().entries - before.entries, n);
    assert.equal(store.roundTrips() - trips, 1);
    for (let i = 0; i < n; i++) assert.equal((await store.admit([lease('slots', n)], `s${i}`)).admitted, true, `slot ${i} was released`);
  });

  test('a batch larger than maxKeys is split, and token refunds from many requests add up', async (t) => {
    if (!redis) { t.skip('Redis unavailable'); return; }
    const store = createRedisLimiterStore({ redis, prefix });
    const rate: BucketCheck = { key: 'tokens', kind: 'rate', amount: 100_000, windowMs: 3_600_000, cost: 100, shadow: false };
    for (let i = 0; i < 600; i++) await store.admit([rate], `t${i}`);
    const afterAdmits = (await store.admit([{ ...rate, cost: 0 }], 'probe')).outcomes[0]!.remaining;
    const before = store.settleStats();
    await Promise.all(Array.from({ length: 600 }, (_, i) => store.settle([{ key: 'tokens', kind: 'rate', amount: 100_000, windowMs: 3_600_000, delta: -60 }], `t${i}`)));
    assert.equal(store.settleStats().calls - before.calls, 2, '600 keys in calls of at most 512');
    const afterRefunds = (await store.admit([{ ...rate, cost: 0 }], 'probe')).outcomes[0]!.remaining;
    assert.ok(afterRefunds - afterAdmits >= 600 * 60 - 1, `refunded ${afterRefunds - afterAdmits}`);
  });

  test('a settle made while disconnected is kept and applied after the client connects', async (t) => {
    if (!redis) { t.skip('Redis unavailable'); return; }
    const connected = createRedisLimiterStore({ redis, prefix });
    const later = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    later.on('error', () => undefined);
    try {
      const store = createRedisLimiterStore({ redis: later, prefix });
      assert.equal((await connected.admit([lease('one', 1)], 'held')).admitted, true);
      const settled = store.settle([{ key: 'one', kind: 'lease', amount: 1, windowMs: 60_000, delta: 0 }], 'held');
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(store.settleStats().queued, 1, 'kept while not connected');
      assert.equal((await connected.admit([lease('one', 1)], 'other')).admitted, false, 'not applied yet');
      await later.connect();
      await settled;
      assert.equal((await connected.admit([lease('one', 1)], 'other')).admitted, true, 'released after the reconnect');
    } finally {
      later.disconnect();
    }
  });
});
