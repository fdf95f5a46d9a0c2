/**
 * Usage through a running Bastion: model calls are counted per key, user and
 * model and day; GET /api/usage (admin only) returns them; the increments
 * still in memory are written to usage_daily when Bastion shuts down.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';
import { openStore } from '../../src/store/open.js';
import { createUsageStore } from '../../src/limits/usage-store.js';
import { call } from './http.js';

const DAY_MS = 86_400_000;
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

interface UsageAnswer { from: string; to: string; by: string; rows: { day: string; id: string; requests: number; tokensIn: number; tokensOut: number }[]; truncated: boolean }

describe('usage through the gateway', () => {
  let backend: FakeBackend;
  let bastion: TestBastion;
  let closed = false;

  before(async () => {
    backend = new FakeBackend({ models: ['u-model'], chunks: 4 });
    await backend.start();
    bastion = await startTestBastion({ backends: [backend.url] });
  });
  after(async () => {
    if (!closed) await bastion.stop();
    await backend.stop();
  });

  async function usage(key: string, query: string): Promise<{ status: number; code: string | undefined; body: UsageAnswer | undefined }> {
    const a = await call(bastion.url, { key, method: 'GET', path: `/api/usage?${query}` });
    return { status: a.status, code: a.code, body: a.status === 200 ? JSON.parse(a.text) as UsageAnswer : undefined };
  }

  test('model calls are counted per key, user and model; the route is admin only and checks its parameters', async () => {
    const admin = await bastion.key({ admin: true });
    const alice = await bastion.key();
    const bob = await bastion.key();
    for (let i = 0; i < 3; i++) assert.equal((await call(bastion.url, { key: alice.key, model: 'u-model' })).status, 200);
    assert.equal((await call(bastion.url, { key: bob.key, model: 'u-model' })).status, 200);

    const now = Date.now();
    const range = `from=${day(now - DAY_MS)}&to=${day(now + DAY_MS)}`;
    const byKey = await usage(admin.key, `${range}&by=key`);
    assert.equal(byKey.status, 200);
    const total = (id: string, rows: UsageAnswer['rows']): { requests: number; tokensIn: number; tokensOut: number } =>
      rows.filter((r) => r.id === id).reduce((a, r) => ({ requests: a.requests + r.requests, tokensIn: a.tokensIn + r.tokensIn, tokensOut: a.tokensOut + r.tokensOut }), { requests: 0, tokensIn: 0, tokensOut: 0 });
    // The fake backend reports 7 prompt tokens and one completion token per chunk.
    assert.deepEqual(total(alice.id, byKey.body!.rows), { requests: 3, tokensIn: 21, tokensOut: 12 });
    assert.deepEqual(total(bob.id, byKey.body!.rows), { requests: 1, tokensIn: 7, tokensOut: 4 });
    const byUser = await usage(admin.key, `${range}&by=user`);
    assert.deepEqual(total(alice.userId, byUser.body!.rows), { requests: 3, tokensIn: 21, tokensOut: 12 });
    const byModel = await usage(admin.key, `${range}&by=model`);
    assert.deepEqual(total('u-model', byModel.body!.rows), { requests: 4, tokensIn: 28, tokensOut: 16 });

    assert.equal((await usage(alice.key, `${range}&by=key`)).status, 403);
    for (const bad of ['by=region', 'from=2026-02-30', 'from=2026-03-02&to=2026-03-01', 'from=2020-01-01&to=2026-01-01', 'since=2026-01-01']) {
      const r = await usage(admin.key, bad);
      assert.equal(r.status, 400, bad);
      assert.equal(r.code, 'invalid_request', bad);
    }
  });

  test('increments still in memory are written to usage_daily when Bastion shuts down', async () => {
    const carol = await bastion.key();
    assert.equal((await call(bastion.url, { key: carol.key, model: 'u-model' })).status, 200);
    const { dataDir } = bastion;
    closed = true;
    await bastion.close();
    const { store, handle } = await openStore({ dataDir });
    try {
      const now = Date.now();
      const rows = await createUsageStore(handle).query({ from: day(now - DAY_MS), to: day(now + DAY_MS), by: 'key' });
      assert.equal(rows.filter((r) => r.id === carol.id).reduce((n, r) => n + r.requests, 0), 1);
    } finally {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
