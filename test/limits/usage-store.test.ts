/**
 * usage_daily on real SQLite and PostgreSQL: increments add up (also from two
 * writers), queries select one dimension over a day range, purge removes whole
 * days before the cutoff, and the writer keeps rows across a failed write.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES, skipUnless } from '../data/engines.js';
import { createUsageStore } from '../../src/limits/usage-store.js';
import { createMemoryUsageRecorder, type UsageRow } from '../../src/limits/usage.js';
import { startUsageWriter } from '../../src/limits/usage-writer.js';

const row = (day: string, dimension: UsageRow['dimension'], id: string, requests: number, tokensIn: number, tokensOut: number): UsageRow =>
  ({ day, dimension, id, requests, tokensIn, tokensOut });

for (const engine of ENGINES) {
  describe(`usage_daily on ${engine.name}`, async () => {
    const skip = await skipUnless(engine);

    test('increments add up, also from concurrent writers, and queries pick one dimension and a day range', { skip }, async () => {
      const db = await engine.open();
      try {
        const a = createUsageStore(db.handle);
        const b = createUsageStore(db.handle);
        await Promise.all([a.init(), b.init()]);
        await a.init(); // idempotent
        await a.add([row('2026-03-01', 'key', 'k1', 2, 100, 40), row('2026-03-01', 'model', 'm', 2, 100, 40)]);
        await Promise.all([
          a.add([row('2026-03-01', 'key', 'k1', 1, 10, 4), row('2026-03-02', 'key', 'k1', 1, 7, 3)]),
          b.add([row('2026-03-01', 'key', 'k1', 3, 30, 12), row('2026-03-01', 'key', 'k2', 1, 1, 1), row('2026-03-01', 'key', 'k2', 1, 1, 1)]),
        ]);
        assert.deepEqual(await a.query({ from: '2026-03-01', to: '2026-03-02', by: 'key' }), [
          row('2026-03-01', 'key', 'k1', 6, 140, 56),
          row('2026-03-01', 'key', 'k2', 2, 2, 2),
          row('2026-03-02', 'key', 'k1', 1, 7, 3),
        ]);
        assert.deepEqual(await b.query({ from: '2026-03-02', to: '2026-03-31', by: 'key' }), [row('2026-03-02', 'key', 'k1', 1, 7, 3)]);
        assert.deepEqual(await b.query({ from: '2026-03-01', to: '2026-03-01', by: 'model' }), [row('2026-03-01', 'model', 'm', 2, 100, 40)]);
        assert.deepEqual(await b.query({ from: '2026-03-01', to: '2026-03-01', by: 'team' }), []);
        // Counts beyond 32 bits survive (token totals of a busy model).
        await a.add([row('2026-03-03', 'model', 'big', 1, 3_000_000_000, 5_000_000_000)]);
        await a.add([row('2026-03-03', 'model', 'big', 1, 3_000_000_000, 5_000_000_000)]);
        assert.deepEqual(await a.query({ from: '2026-03-03', to: '2026-03-03', by: 'model' }), [row('2026-03-03', 'model', 'big', 2, 6_000_000_000, 10_000_000_000)]);
      } finally {
        await db.close();
      }
    });

    test('purgeBefore removes the days that ended before the cutoff', { skip }, async () => {
      const db = await engine.open();
      try {
        const s = createUsageStore(db.handle);
        await s.init();
        await s.add([row('2026-01-30', 'user', 'u', 1, 1, 1), row('2026-01-31', 'user', 'u', 1, 1, 1), row('2026-02-01', 'team', 't', 1, 1, 1)]);
        assert.equal(await s.purgeBefore(Date.parse('2026-01-31T12:00:00Z')), 1);
        assert.deepEqual((await s.query({ from: '2026-01-01', to: '2026-12-31', by: 'user' })).map((r) => r.day), ['2026-01-31']);
        assert.equal(await s.purgeBefore(Date.parse('2026-02-01T00:00:00Z')), 1);
        assert.equal((await s.query({ from: '2026-01-01', to: '2026-12-31', by: 'team' })).length, 1);
      } finally {
        await db.close();
      }
    });

    test('the writer drains the recorder and keeps rows across a failed write', { skip }, async () => {
      const db = await engine.open();
      try {
        const s = createUsageStore(db.handle);
        await s.init();
        const recorder = createMemoryUsageRecorder();
        let fail = true;
        const errors: unknown[] = [];
        const writer = startUsageWriter({
          recorder,
          store: { add: async (rows) => { if (fail) throw new Error('database unreachable'); await s.add(rows); } },
          intervalMs: 3_600_000,
          onError: (e) => errors.push(e),
        });
        const at = Date.parse('2026-04-05T10:00:00Z');
        recorder.record({ atMs: at, keyId: 'k', userId: 'u', model: 'm', promptTokens: 10, completionTokens: 5 });
        await assert.rejects(writer.flush(), /database unreachable/);
        assert.equal(writer.pending(), 3);
        recorder.record({ atMs: at, keyId: 'k', userId: 'u', model: 'm', promptTokens: 1, completionTokens: 1 });
        fail = false;
        await writer.close();
        assert.equal(writer.pending(), 0);
        assert.deepEqual(await s.query({ from: '2026-04-05', to: '2026-04-05', by: 'key' }), [row('2026-04-05', 'key', 'k', 2, 11, 6)]);
        assert.deepEqual(await s.query({ from: '2026-04-05', to: '2026-04-05', by: 'user' }), [row('2026-04-05', 'user', 'u', 2, 11, 6)]);
        assert.deepEqual(errors, []);
      } finally {
        await db.close();
      }
    });
  });
}
