import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BastionError } from '../errors/registry.js';
import { createLimitStage } from './stage.js';
import { fakeClock } from './store-contract.js';
import { testConfig, testContext } from './test-support.js';
import type { LimitEvent } from './failover.js';

const chat = (chars: number, maxTokens?: number): Record<string, unknown> => ({
  model: 'm1',
  messages: [{ role: 'user', content: 'x'.repeat(chars) }],
  ...(maxTokens === undefined ? {} : { max_tokens: maxTokens }),
});

async function refusedWith(p: unknown): Promise<BastionError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof BastionError, `expected a BastionError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected the request to be refused');
}

describe('limit stage (memory store)', () => {
  test('requests per key: RateLimit headers while admitted, 429 with Retry-After once spent', async () => {
    const clock = fakeClock();
    const stage = createLimitStage(testConfig({ rules: { 'per-key': { scope: 'key', kind: 'requests', amount: 2, window: '1m' } } }), { now: clock.now });
    const t1 = await stage.admit(testContext());
    assert.deepEqual(t1.headers, { 'RateLimit-Policy': '"per-key";q=2;w=60', RateLimit: '"per-key";r=1;t=30' });
    await stage.admit(testContext());
    const ctx = testContext();
    const err = await refusedWith(stage.admit(ctx));
    assert.equal(err.code, 'rate_limited');
    assert.equal(err.status, 429);
    assert.deepEqual(err.details, { limit: 'per-key' });
    assert.match(err.message, /"per-key"/);
    assert.deepEqual(err.headers, { 'Retry-After': '30', 'RateLimit-Policy': '"per-key";q=2;w=60', RateLimit: '"per-key";r=0;t=30' });
    assert.ok(ctx.reasons.includes('limit.refused.per-key'));
    // another key has its own quota
    await stage.admit(testContext({ keyId: 'key-2' }));
    await stage.close();
  });

  test('shared limits name themselves but never show quota or remaining units', async () => {
    const stage = createLimitStage(testConfig({ rules: { everyone: { scope: 'global', kind: 'requests', amount: 1, window: '1h' } } }));
    const t = await stage.admit(testContext({ keyId: 'tenant-a' }));
    assert.deepEqual(t.headers, {});
    const err = await refusedWith(stage.admit(testContext({ keyId: 'tenant-b' })));
    assert.equal(err.headers?.['RateLimit-Policy'], undefined);
    assert.equal(err.headers?.RateLimit, '"everyone";r=0;t=3600');
    assert.equal(err.headers?.['Retry-After'], '3600');
    assert.doesNotMatch(JSON.stringify({ m: err.message, d: err.details }), /tenant-a|q=/);
    await stage.close();
  });

  test('a request must pass every applicable limit, and a refusal consumes nothing', async () => {
    const stage = createLimitStage(testConfig({ rules: {
      'per-user': { scope: 'user', kind: 'requests', amount: 10, window: '1h' },
      'per-team': { scope: 'team', kind: 'requests', amount: 1, window: '1h' },
    } }));
    const first = await stage.admit(testContext({ userId: 'u1' }));
    assert.match(first.headers?.RateLimit ?? '', /"per-user";r=9;t=\d+, "per-team";r=0;t=\d+/);
    const err = await refusedWith(stage.admit(testContext({ userId: 'u1' })));
    assert.equal(err.details?.limit, 'per-team');
    const noTeam = await stage.admit(testContext({ userId: 'u1', teamId: null }));
    assert.match(noTeam.headers?.RateLimit ?? '', /^"per-user";r=8;/);
    await stage.close();
  });

  test('tokens: prompt estimate plus max_tokens is reserved, then reconciled with actual usage', async () => {
    const clock = fakeClock();
    const stage = createLimitStage(testConfig({ rules: { tok: { scope: 'key', kind: 'tokens', amount: 1000, window: '1m' } } }), { now: clock.now });
    // 400 chars / 4 + 4 per message + 500 max_tokens = 604 reserved
    const t1 = await stage.admit(testContext({ body: chat(400, 500) }));
    assert.equal(t1.headers?.RateLimit, '"tok";r=396;t=37');
    await refusedWith(stage.admit(testContext({ body: chat(400, 500) })));
    t1.settle({ promptTokens: 100, completionTokens: 50 }); // refunds 454
    await new Promise((r) => setImmediate(r));
    const t2 = await stage.admit(testContext({ body: chat(400, 500) }));
    assert.equal(t2.headers?.RateLimit, '"tok";r=246;t=46');
    t2.settle({ promptTokens: 104, completionTokens: 900 }); // charges 400 more
    await new Promise((r) => setImmediate(r));
    const err = await refusedWith(stage.admit(testContext({ body: chat(0, 10) })));
    assert.equal(err.code, 'rate_limited');
    await stage.close();
  });

  test('daily budget: own error code, retry at the next UTC midnight', async () => {
    const clock = fakeClock(Date.parse('2026-11-27T23:00:00Z'));
    const stage = createLimitStage(testConfig({ rules: { day: { scope: 'user', kind: 'daily_tokens', amount: 1000 } } }), { now: clock.now });
    const t = await stage.admit(testContext({ body: chat(400, 500) }));
    assert.deepEqual(t.headers, { 'RateLimit-Policy': '"day";q=1000;w=86400', RateLimit: '"day";r=396;t=3600' });
    const err = await refusedWith(stage.admit(testContext({ body: chat(400, 500) })));
    assert.equal(err.code, 'budget_exhausted');
    assert.equal(err.headers?.['Retry-After'], '3600');
    clock.advance(3600_000);
    await stage.admit(testContext({ body: chat(400, 500) }));
    await stage.close();
  });

  test('monthly budget counts per UTC calendar month', async () => {
    const clock = fakeClock(Date.parse('2026-02-27T12:00:00Z'));
    const stage = createLimitStage(testConfig({ rules: { month: { scope: 'team', kind: 'monthly_tokens', amount: 700 } } }), { now: clock.now });
    const t = await stage.admit(testContext({ body: chat(400, 500) }));
    assert.equal(t.headers?.['RateLimit-Policy'], '"month";q=700;w=2419200');
    assert.equal((await refusedWith(stage.admit(testContext({ body: chat(400, 500) })))).headers?.['Retry-After'], String(36 * 3600));
    await stage.close();
  });

  test('concurrency: settle releases the slot exactly once', async () => {
    const stage = createLimitStage(testConfig({ rules: { inflight: { scope: 'key', kind: 'concurrency', amount: 1 } } }));
    const a = await stage.admit(testContext());
    const err = await refusedWith(stage.admit(testContext()));
    assert.equal(err.code, 'concurrency_limited');
    assert.equal(err.headers?.['Retry-After'], '1');
    a.settle(undefined);
    a.settle(undefined);
    await new Promise((r) => setImmediate(r));
    await stage.admit(testContext());
    await refusedWith(stage.admit(testContext()));
    await stage.close();
  });

  test('shadow limits count and report but refuse nothing', async () => {
    const events: LimitEvent[] = [];
    const stage = createLimitStage(testConfig({ rules: { trial: { scope: 'key', kind: 'requests', amount: 1, window: '1h', shadow: true } } }), { onEvent: (e) => events.push(e) });
    const first = testContext();
    await stage.admit(first);
    assert.deepEqual(first.reasons, []);
    const second = testContext();
    const t = await stage.admit(second);
    assert.deepEqual(second.reasons, ['limit.shadow.trial']);
    assert.deepEqual(t.headers, {});
    assert.deepEqual(events.map((e) => [e.type, e.limit]), [['limits.shadow_refusal', 'trial']]);
    await stage.close();
  });

  test('bounded queue: one request waits for a slot, the next is refused at once', async () => {
    const stage = createLimitStage(testConfig({ queue: { maxWaiting: 1, maxWait: '1m' }, rules: { inflight: { scope: 'key', kind: 'concurrency', amount: 1 } } }));
    const a = await stage.admit(testContext());
    const waiting = stage.admit(testContext());
    const err = await refusedWith(stage.admit(testContext()));
    assert.equal(err.code, 'concurrency_limited');
    a.settle({ promptTokens: 1, completionTokens: 1 });
    const b = await waiting;
    b.settle(undefined);
    await stage.close();
  });

  test('per-model defaults apply when no explicit rule limits a model', async () => {
    const problemsFree = testConfig({ modelDefaults: { concurrency: 1, requests: false } });
    const stage = createLimitStage(problemsFree);
    await stage.admit(testContext({ model: 'a' }));
    const err = await refusedWith(stage.admit(testContext({ model: 'a', keyId: 'other' })));
    assert.equal(err.details?.limit, 'model-default-concurrency');
    await stage.admit(testContext({ model: 'b' }));
    await stage.close();
  });

  test('usage is recorded per key, user, team and model when a request settles', async () => {
    const clock = fakeClock(Date.parse('2026-11-27T10:00:00Z'));
    const stage = createLimitStage(testConfig({}), { now: clock.now });
    (await stage.admit(testContext())).settle({ promptTokens: 10, completionTokens: 5 });
    (await stage.admit(testContext())).settle({ promptTokens: 1, completionTokens: 2 });
    const rows = stage.usage.snapshot();
    assert.deepEqual(rows.find((r) => r.dimension === 'model'), { day: '2026-11-27', dimension: 'model', id: 'm1', requests: 2, tokensIn: 11, tokensOut: 7 });
    assert.deepEqual(rows.map((r) => r.dimension), ['key', 'model', 'team', 'user']);
    assert.deepEqual(stage.health(), { store: 'memory', degraded: false });
    await stage.close();
  });
});

describe('limit stage lease renewal', () => {
  test('a long request keeps its concurrency slot past the lease time-to-live', async (t) => {
    t.mock.timers.enable({ apis: ['setInterval'] });
    const clock = fakeClock();
    const stage = createLimitStage(testConfig({ leaseTtl: '3s', rules: { inflight: { scope: 'key', kind: 'concurrency', amount: 1 } } }), { now: clock.now });
    const long = await stage.admit(testContext());
    for (let i = 0; i < 5; i++) { clock.advance(1000); t.mock.timers.tick(1000); }
    await new Promise((r) => setImmediate(r));
    const err = await refusedWith(stage.admit(testContext()));
    assert.equal(err.code, 'concurrency_limited', 'still held 5 s later thanks to renewal');
    long.settle(undefined);
    await new Promise((r) => setImmediate(r));
    (await stage.admit(testContext())).settle(undefined);
    await stage.close();
  });

  test('a slot whose holder stops renewing (a crashed replica) comes back after the time-to-live', async () => {
    const clock = fakeClock();
    const stage = createLimitStage(testConfig({ leaseTtl: '3s', rules: { inflight: { scope: 'key', kind: 'concurrency', amount: 1 } } }), { now: clock.now });
    await stage.admit(testContext()); // never settled, and the real renewal timer has not fired yet
    clock.advance(3001);
    (await stage.admit(testContext())).settle(undefined);
    await stage.close();
  });
});

describe('limit stage reconfiguration', () => {
  test('new rules apply at once; windowed limits keep their state as time until full', async () => {
    const clock = fakeClock();
    const stage = createLimitStage(testConfig({ rules: { 'per-key': { scope: 'key', kind: 'requests', amount: 2, window: '1h' } } }), { now: clock.now });
    await stage.admit(testContext());
    await stage.admit(testContext());
    await refusedWith(stage.admit(testContext()));
    // Raised to 3 per hour: the bucket is empty for the next hour either way, but now refills one request every 20 min.
    stage.reconfigure(testConfig({ rules: { 'per-key': { scope: 'key', kind: 'requests', amount: 3, window: '1h' } } }));
    assert.equal((await refusedWith(stage.admit(testContext()))).headers?.['Retry-After'], '1200');
    clock.advance(1_200_000);
    const t = await stage.admit(testContext());
    assert.equal(t.headers?.RateLimit?.startsWith('"per-key";r=0;'), true);
    stage.reconfigure(testConfig({ rules: {} }));
    await stage.admit(testContext());
    assert.throws(() => stage.reconfigure(testConfig({ store: 'redis', redis: { url: 'redis://127.0.0.1' } })), /restart/);
    await stage.close();
  });
});
