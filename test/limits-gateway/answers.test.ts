/**
 * What clients are told when the limit stage refuses, through a real Bastion
 * (in-process, memory store) and a real fake backend: headers, stable codes,
 * limit names, no other tenant's numbers; limits keyed by identity; shadow
 * limits; token reservation and reconciliation with the backend's usage.
 * Each rule applies to one model only, so the tests do not share buckets.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';
import { begin, call, parseLimitHeader, type Answer } from './http.js';
import { captureLog } from './capture-log.js';

const MODELS = ['fake-model', 'm-rate', 'm-team', 'm-shared', 'm-budget', 'm-conc', 'm-shadow'];
const YAML = `
limits:
  rules:
    per-key: { scope: key, kind: requests, amount: 3, window: 1h, models: [m-rate] }
    team-rpm: { scope: team, kind: requests, amount: 2, window: 1h, models: [m-team] }
    shared-model: { scope: model, kind: requests, amount: 2, window: 1h, models: [m-shared] }
    daily: { scope: user, kind: daily_tokens, amount: 400, models: [m-budget] }
    one-stream: { scope: key, kind: concurrency, amount: 1, models: [m-conc] }
    trial: { scope: key, kind: requests, amount: 1, window: 1h, shadow: true, models: [m-shadow] }
`;

/** An error body carries the OpenAI error shape plus the limit's name, and nothing else (no usage, no quota of others). */
function assertPlainError(a: Answer, limit: string): void {
  const body = JSON.parse(a.text) as { error: Record<string, unknown> };
  assert.deepEqual(Object.keys(body), ['error']);
  for (const k of Object.keys(body.error)) assert.ok(['message', 'type', 'code', 'param', 'limit', 'request_id'].includes(k), `unexpected error field ${k}`);
  assert.equal(body.error.limit, limit);
  assert.equal(body.error.type, 'rate_limit_error');
}

function retryAfter(a: Answer): number {
  const v = a.headers['retry-after'];
  assert.equal(typeof v, 'string', 'Retry-After is present');
  assert.match(v as string, /^\d+$/);
  return Number(v);
}

describe('limit answers through the gateway', () => {
  let backend: FakeBackend;
  let bastion: TestBastion;
  const log = captureLog();

  before(async () => {
    backend = new FakeBackend({ models: MODELS });
    await backend.start();
    bastion = await startTestBastion({ backends: [backend.url], yaml: YAML, log });
    await bastion.identities.createTeam({ name: 'red' }, { via: 'system' });
    await bastion.identities.createTeam({ name: 'blue' }, { via: 'system' });
  });
  after(async () => {
    await bastion.stop();
    await backend.stop();
  });

  test('a refused request gets 429 rate_limited with Retry-After, RateLimit-Policy and RateLimit naming the limit', async () => {
    const a = await bastion.key();
    const remaining: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await call(bastion.url, { key: a.key, model: 'm-rate' });
      assert.equal(r.status, 200);
      assert.deepEqual(parseLimitHeader(r.headers['ratelimit-policy']).get('per-key'), { q: 3, w: 3600 });
      remaining.push(parseLimitHeader(r.headers.ratelimit).get('per-key')!.r!);
    }
    assert.deepEqual(remaining, [2, 1, 0]);

    const refused = await call(bastion.url, { key: a.key, model: 'm-rate' });
    assert.equal(refused.status, 429);
    assert.equal(refused.code, 'rate_limited');
    assert.match(refused.message ?? '', /"per-key"/);
    const wait = retryAfter(refused);
    assert.ok(wait >= 1 && wait <= 3600, `Retry-After ${wait}`);
    assert.deepEqual(parseLimitHeader(refused.headers['ratelimit-policy']).get('per-key'), { q: 3, w: 3600 });
    const rl = parseLimitHeader(refused.headers.ratelimit).get('per-key');
    assert.equal(rl?.r, 0);
    assert.equal(rl?.t, wait);
    assertPlainError(refused, 'per-key');
  });

  test('one key exhausting its quota leaves other keys and other models alone', async () => {
    const a = await bastion.key();
    const b = await bastion.key();
    for (let i = 0; i < 3; i++) assert.equal((await call(bastion.url, { key: a.key, model: 'm-rate' })).status, 200);
    assert.equal((await call(bastion.url, { key: a.key, model: 'm-rate' })).code, 'rate_limited');
    const other = await call(bastion.url, { key: b.key, model: 'm-rate' });
    assert.equal(other.status, 200);
    assert.equal(parseLimitHeader(other.headers.ratelimit).get('per-key')?.r, 2, 'the other key starts with its own full quota');
    assert.equal((await call(bastion.url, { key: a.key, model: 'fake-model' })).status, 200);
  });

  test('every model endpoint passes the limit stage: chat, completions and embeddings share the key\'s quota', async () => {
    const k = await bastion.key();
    const chat = await call(bastion.url, { key: k.key, model: 'm-rate' });
    const completion = await call(bastion.url, { key: k.key, model: 'm-rate', path: '/v1/completions', body: { prompt: 'hello there' } });
    const embedding = await call(bastion.url, { key: k.key, model: 'm-rate', path: '/v1/embeddings', body: { input: 'hello there' } });
    assert.deepEqual([chat.status, completion.status, embedding.status], [200, 200, 200]);
    assert.deepEqual([chat, completion, embedding].map((r) => parseLimitHeader(r.headers.ratelimit).get('per-key')?.r), [2, 1, 0]);
    const refused = await call(bastion.url, { key: k.key, model: 'm-rate', path: '/v1/embeddings', body: { input: 'again' } });
    assert.equal(refused.status, 429);
    assert.equal(refused.code, 'rate_limited');
  });

  test('a team limit is shared by the team and does not reach another team', async () => {
    const red1 = await bastion.key({ team: 'red' });
    const red2 = await bastion.key({ team: 'red' });
    const blue = await bastion.key({ team: 'blue' });
    assert.equal((await call(bastion.url, { key: red1.key, model: 'm-team' })).status, 200);
    assert.equal((await call(bastion.url, { key: red2.key, model: 'm-team' })).status, 200);
    const refused = await call(bastion.url, { key: red1.key, model: 'm-team' });
    assert.equal(refused.status, 429);
    assert.equal(refused.code, 'rate_limited');
    assert.match(refused.message ?? '', /"team-rpm"/);
    const ok = await call(bastion.url, { key: blue.key, model: 'm-team' });
    assert.equal(ok.status, 200);
    assert.equal(parseLimitHeader(ok.headers.ratelimit).get('team-rpm')?.r, 1);
  });

  test('a shared (model) limit is named in the refusal but its quota and usage are never shown', async () => {
    const a = await bastion.key();
    const b = await bastion.key();
    for (let i = 0; i < 2; i++) {
      const r = await call(bastion.url, { key: a.key, model: 'm-shared' });
      assert.equal(r.status, 200);
      assert.equal(parseLimitHeader(r.headers.ratelimit).has('shared-model'), false);
      assert.equal(parseLimitHeader(r.headers['ratelimit-policy']).has('shared-model'), false);
    }
    const refused = await call(bastion.url, { key: b.key, model: 'm-shared' });
    assert.equal(refused.status, 429);
    assert.equal(refused.code, 'rate_limited');
    assert.match(refused.message ?? '', /"shared-model"/);
    retryAfter(refused);
    assert.equal(parseLimitHeader(refused.headers['ratelimit-policy']).has('shared-model'), false, 'no quota of a shared limit');
    assert.deepEqual(Object.keys(parseLimitHeader(refused.headers.ratelimit).get('shared-model') ?? {}).sort(), ['r', 't']);
    assert.equal(parseLimitHeader(refused.headers.ratelimit).get('shared-model')?.r, 0);
    assertPlainError(refused, 'shared-model');
    for (const secret of [a.id, a.userId, a.key.slice(0, 16)]) assert.ok(!refused.text.includes(secret), 'nothing about the other tenant');
  });

  test('tokens are reserved before forwarding and reconciled with the usage the backend reports', async () => {
    const c = await bastion.key();
    const budget = (r: Answer): number => parseLimitHeader(r.headers.ratelimit).get('daily')!.r!;
    const first = await call(bastion.url, { key: c.key, model: 'm-budget', body: { max_tokens: 100 } });
    assert.equal(first.status, 200);
    assert.deepEqual(parseLimitHeader(first.headers['ratelimit-policy']).get('daily'), { q: 400, w: 86_400 });
    const reserved = 400 - budget(first);
    assert.ok(reserved > 100, `reservation ${reserved} covers max_tokens plus the prompt`);
    const usage = JSON.parse(first.text) as { usage: { total_tokens: number } };
    // The second request sees the first one charged at its real usage, plus its own reservation.
    const second = await call(bastion.url, { key: c.key, model: 'm-budget', body: { max_tokens: 100 } });
    assert.equal(second.status, 200);
    assert.equal(budget(second), 400 - usage.usage.total_tokens - reserved);

    // A stream is reconciled too (with reported usage or the tokens actually streamed).
    const stream = await call(bastion.url, { key: c.key, model: 'm-budget', body: { max_tokens: 100, stream: true } });
    assert.equal(stream.status, 200);
    assert.equal(parseLimitHeader(stream.headers['ratelimit-policy']).has('daily'), true, 'a stream carries the RateLimit headers too');
    const after = await call(bastion.url, { key: c.key, model: 'm-budget', body: { max_tokens: 100 } });
    assert.equal(after.status, 200);
    // after sees: two requests at their usage, the stream at what it was charged, its own reservation.
    const charged = 400 - 2 * usage.usage.total_tokens - reserved - budget(after);
    assert.ok(charged > 0 && charged <= usage.usage.total_tokens, `stream charged ${charged} tokens (reserved ${reserved})`);

    // Spend the rest: the budget refuses with its own code once a reservation no longer fits.
    let refused: Answer | undefined;
    for (let i = 0; i < 40 && !refused; i++) {
      const r = await call(bastion.url, { key: c.key, model: 'm-budget', body: { max_tokens: 100 } });
      if (r.status !== 200) refused = r;
    }
    assert.ok(refused, 'the budget ran out');
    assert.equal(refused.status, 429);
    assert.equal(refused.code, 'budget_exhausted');
    assert.match(refused.message ?? '', /"daily"/);
    const wait = retryAfter(refused);
    const toMidnight = Math.ceil((Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 1) - Date.now()) / 1000);
    assert.ok(wait >= 1 && wait <= toMidnight + 1, `Retry-After ${wait} points at the next UTC day (${toMidnight} s away)`);
    assert.deepEqual(parseLimitHeader(refused.headers['ratelimit-policy']).get('daily'), { q: 400, w: 86_400 });
    // Another user's budget is untouched.
    const d = await bastion.key();
    const fresh = await call(bastion.url, { key: d.key, model: 'm-budget', body: { max_tokens: 100 } });
    assert.equal(fresh.status, 200);
    assert.equal(budget(fresh), 400 - reserved);
  });

  test('a concurrency limit refuses a second stream with concurrency_limited and frees the slot when the first ends', async () => {
    const k = await bastion.key();
    backend.set({ chunkDelayMs: 300 });
    try {
      const first = await begin(bastion.url, { key: k.key, model: 'm-conc', body: { stream: true } });
      assert.equal(first.status, 200);
      const second = await call(bastion.url, { key: k.key, model: 'm-conc', body: { stream: true } });
      assert.equal(second.status, 429);
      assert.equal(second.code, 'concurrency_limited');
      assert.match(second.message ?? '', /"one-stream"/);
      assert.equal(retryAfter(second), 1);
      assert.equal((await first.finish()).status, 200);
    } finally {
      backend.set({ chunkDelayMs: 0 });
    }
    // The slot is released when the request ends (settled right after the answer).
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i++) {
      if (i > 0) await sleep(25);
      status = (await call(bastion.url, { key: k.key, model: 'm-conc' })).status;
    }
    assert.equal(status, 200);
  });

  test('a shadow limit refuses nothing and reports what it would have refused', async () => {
    const k = await bastion.key();
    for (let i = 0; i < 4; i++) {
      const r = await call(bastion.url, { key: k.key, model: 'm-shadow' });
      assert.equal(r.status, 200);
      assert.equal(parseLimitHeader(r.headers.ratelimit).has('trial'), false, 'a shadow limit is not advertised');
    }
    const shadowEvents = log.records.filter((r) => r.fields.type === 'limits.shadow_refusal' && r.fields.limit === 'trial');
    assert.equal(shadowEvents.length, 3);
  });
});
