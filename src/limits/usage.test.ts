import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryUsageRecorder } from './usage.js';

const at = (iso: string): number => Date.parse(iso);

test('usage aggregates per dimension and UTC day', () => {
  const u = createMemoryUsageRecorder();
  u.record({ atMs: at('2026-11-27T23:59:59Z'), keyId: 'k1', userId: 'u1', teamId: null, model: 'm', promptTokens: 10, completionTokens: 20 });
  u.record({ atMs: at('2026-11-28T00:00:01Z'), keyId: 'k1', userId: 'u1', teamId: 't', model: 'm', promptTokens: 1, completionTokens: 2 });
  u.record({ atMs: at('2026-11-28T08:00:00Z'), keyId: 'k2', userId: 'u1', teamId: 't', model: 'm', promptTokens: 3, completionTokens: 4 });
  const rows = u.snapshot();
  assert.deepEqual(rows.filter((r) => r.day === '2026-11-27').map((r) => `${r.dimension}:${r.id}`), ['key:k1', 'model:m', 'user:u1']);
  assert.deepEqual(rows.find((r) => r.day === '2026-11-28' && r.dimension === 'user'), { day: '2026-11-28', dimension: 'user', id: 'u1', requests: 2, tokensIn: 4, tokensOut: 6 });
});

test('drain returns only the increments since the previous drain', () => {
  const u = createMemoryUsageRecorder();
  const e = { atMs: at('2026-11-27T10:00:00Z'), keyId: 'k', promptTokens: 5, completionTokens: 1 };
  u.record(e);
  assert.equal(u.drain().length, 1);
  assert.deepEqual(u.drain(), []);
  u.record(e);
  assert.deepEqual(u.drain(), [{ day: '2026-11-27', dimension: 'key', id: 'k', requests: 1, tokensIn: 5, tokensOut: 1 }]);
  assert.equal(u.snapshot()[0]!.requests, 2);
});

test('days older than the retention are pruned and bad numbers count as zero', () => {
  const u = createMemoryUsageRecorder({ maxDays: 2 });
  u.record({ atMs: at('2026-11-01T10:00:00Z'), model: 'm', promptTokens: Number.NaN, completionTokens: -3 });
  u.record({ atMs: at('2026-11-10T10:00:00Z'), model: 'm', promptTokens: 1, completionTokens: 1 });
  assert.deepEqual(u.snapshot().map((r) => [r.day, r.tokensIn, r.tokensOut]), [['2026-11-10', 1, 1]]);
});

test('repeated and alternating callers are each counted once per request, also after a prune', () => {
  const u = createMemoryUsageRecorder({ maxDays: 2 });
  const a = { keyId: 'ka', userId: 'ua', teamId: 't', model: 'm', promptTokens: 1, completionTokens: 1 };
  const b = { keyId: 'kb', userId: 'ub', teamId: 't', model: 'm', promptTokens: 2, completionTokens: 0 };
  for (const e of [a, a, b, a, b, b]) u.record({ ...e, atMs: at('2026-11-27T10:00:00Z') });
  const day1 = u.snapshot();
  assert.equal(day1.find((r) => r.id === 'ka')?.requests, 3);
  assert.equal(day1.find((r) => r.id === 'kb')?.requests, 3);
  assert.deepEqual(day1.find((r) => r.dimension === 'team'), { day: '2026-11-27', dimension: 'team', id: 't', requests: 6, tokensIn: 9, tokensOut: 3 });
  // A much later day prunes the first; the same caller on the old day again starts fresh accumulators.
  u.record({ ...a, atMs: at('2026-11-30T10:00:00Z') });
  u.record({ ...a, atMs: at('2026-11-27T11:00:00Z') });
  u.record({ ...a, atMs: at('2026-11-27T12:00:00Z') });
  const old = u.snapshot().find((r) => r.day === '2026-11-27' && r.id === 'ka');
  assert.equal(old?.requests, 2);
  assert.equal(u.snapshot().find((r) => r.day === '2026-11-30' && r.id === 'ka')?.requests, 1);
});
