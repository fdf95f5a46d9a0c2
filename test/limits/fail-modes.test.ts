/**
 * What the limit stage does when Redis becomes unreachable mid-run: fail-open
 * falls back to per-process limits (reported in health and through onEvent),
 * fail-closed refuses with limiter_unavailable. Redis is reached through a TCP
 * proxy the test controls; the shared Redis server is never stopped.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { BastionError } from '../../src/errors/registry.js';
import { createLimitStage } from '../../src/limits/stage.js';
import { testConfig, testContext } from '../../src/limits/test-support.js';
import type { LimitEvent } from '../../src/limits/failover.js';
import { connectTestRedis, deletePrefix, randomPrefix } from './redis-env.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

const rules = { 'per-key': { scope: 'key', kind: 'requests', amount: 3, window: '1h' } };

async function codeOf(p: unknown): Promise<string> {
  try { await p; return 'admitted'; } catch (err) { return err instanceof BastionError ? err.code : `unexpected: ${String(err)}`; }
}

describe('limits when Redis becomes unreachable', () => {
  let direct: Redis | undefined;
  let proxy: TcpProxy;
  const prefix = randomPrefix();
  const clients: Redis[] = [];

  before(async () => {
    direct = await connectTestRedis();
    if (direct) proxy = await startTcpProxy('127.0.0.1', 6379);
  });
  after(async () => {
    for (const c of clients) c.disconnect();
    if (direct) { await deletePrefix(direct, prefix); direct.disconnect(); await proxy.cut().catch(() => undefined); }
  });

  function viaProxy(): Redis {
    const r = new Redis({ host: '127.0.0.1', port: proxy.port, maxRetriesPerRequest: 1, retryStrategy: () => 50 });
    r.on('error', () => undefined);
    clients.push(r);
    return r;
  }

  test('fail-open falls back to per-process limits, fail-closed refuses, both recover', async (t) => {
    if (!direct) { t.skip('Redis unavailable'); return; }
    const events: LimitEvent[] = [];
    const openClient = viaProxy();
    const closedClient = viaProxy();
    await Promise.all([once(openClient, 'ready'), once(closedClient, 'ready')]);
    const open = createLimitStage(testConfig({ store: 'redis', redis: { url: 'redis://127.0.0.1', prefix }, rules }), { redis: openClient, onEvent: (e) => events.push(e) });
    const closed = createLimitStage(testConfig({ store: 'redis', failMode: 'closed', redis: { url: 'redis://127.0.0.1', prefix: `${prefix}c:` }, rules }), { redis: closedClient });

    assert.equal(await codeOf(open.admit(testContext())), 'admitted');
    assert.equal(await codeOf(closed.admit(testContext())), 'admitted');
    assert.deepEqual(open.health(), { store: 'redis', degraded: false });

    const gone = Promise.all([once(openClient, 'close'), once(closedClient, 'close')]);
    await proxy.cut();
    await gone;

    // fail-open: the per-process fallback still enforces the limit, counting from zero
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push(await codeOf(open.admit(testContext())));
    assert.deepEqual(codes, ['admitted', 'admitted', 'admitted', 'rate_limited']);
    assert.deepEqual(open.health(), { store: 'redis', degraded: true });
    assert.deepEqual(events.map((e) => [e.type, e.failMode]), [['limits.degraded', 'open']]);

    // fail-closed: refuse with a 503 that says why
    let closedErr: unknown;
    try { await closed.admit(testContext()); } catch (err) { closedErr = err; }
    assert.ok(closedErr instanceof BastionError);
    assert.equal(closedErr.code, 'limiter_unavailable');
    assert.equal(closedErr.status, 503);
    assert.equal(closed.health().degraded, true);

    await proxy.restore();
    await Promise.all([once(openClient, 'ready'), once(closedClient, 'ready')]);
    for (let i = 0; i < 100 && (open.health().degraded || closed.health().degraded); i++) {
      await sleep(50);
      await codeOf(open.admit(testContext({ keyId: 'probe' })));
      await codeOf(closed.admit(testContext({ keyId: 'probe' })));
    }
    assert.equal(open.health().degraded, false);
    assert.equal(closed.health().degraded, false);
    assert.deepEqual(events.map((e) => e.type), ['limits.degraded', 'limits.recovered']);
    // back on Redis: the key had used 1 of 3 there before the cut
    assert.deepEqual([await codeOf(open.admit(testContext())), await codeOf(open.admit(testContext())), await codeOf(open.admit(testContext()))], ['admitted', 'admitted', 'rate_limited']);
    await open.close();
    await closed.close();
  });

  test('a Redis that stops answering is treated as unreachable after the timeout', async (t) => {
    if (!direct) { t.skip('Redis unavailable'); return; }
    const stalling = await startTcpProxy('127.0.0.1', 6379);
    const client = new Redis({ host: '127.0.0.1', port: stalling.port, maxRetriesPerRequest: 1, retryStrategy: () => 50 });
    client.on('error', () => undefined);
    clients.push(client);
    await once(client, 'ready');
    const events: LimitEvent[] = [];
    const stage = createLimitStage(testConfig({ store: 'redis', redis: { url: 'redis://127.0.0.1', prefix: `${prefix}s:`, timeout: '100ms' }, rules }), { redis: client, onEvent: (e) => events.push(e) });
    assert.equal(await codeOf(stage.admit(testContext())), 'admitted');
    stalling.stall();
    assert.equal(await codeOf(stage.admit(testContext())), 'admitted');
    assert.equal(stage.health().degraded, true);
    assert.match(String(events[0]?.error), /did not answer within 100 ms/);
    await stage.close();
    await stalling.cut();
  });
});
