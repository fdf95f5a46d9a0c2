// One contract for both audit stores, run against real SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createAuditStore } from '../../src/audit/store.js';
import { GENESIS_HASH, eventHash } from '../../src/audit/chain.js';
import { verifyAuditLog } from '../../src/audit/verify.js';
import { serializeEvent, type ModelCallEvent } from '../../src/audit/event.js';
import { DATABASES, sqliteDb, testSigner } from './helpers.js';
import { openSqliteDatabase } from '../../src/store/sqlite.js';
import { makeCheckpoint } from '../../src/audit/checkpoint.js';

function call(i: number, over: Partial<ModelCallEvent> = {}): { at: number; body: string } {
  const e: ModelCallEvent = {
    v: 1, kind: 'model_call', requestId: `req-${i}`, keyId: 'k1', userId: i % 2 ? 'u-odd' : 'u-even', teamId: 't1',
    endpoint: 'chat', method: 'POST', path: '/v1/chat/completions', model: i % 3 ? 'small' : 'large', backendId: 'b1',
    decision: i % 5 === 0 ? 'blocked' : 'allowed', reasons: i % 5 === 0 ? ['guard.injection'] : [], findings: [],
    tokensIn: 10, tokensOut: 20, latencyMs: 12.5, clientAddress: '10.0.0.1', status: 200, errorCode: null, stream: false, ...over,
  };
  return { at: 1_700_000_000_000 + i * 1000, body: serializeEvent(e) };
}

async function all<T>(it: AsyncIterable<T[]>): Promise<T[]> {
  const out: T[] = [];
  for await (const b of it) out.push(...b);
  return out;
}

for (const { name, open } of DATABASES) {
  describe(`audit store contract: ${name}`, () => {
    test('appends a gapless, linked chain across batches and reports the tail', async () => {
      const db = await open();
      try {
        const store = await createAuditStore(db.handle);
        await createAuditStore(db.handle); // init is idempotent
        assert.equal(await store.tail(), null);
        const a = await store.append([call(1), call(2)]);
        const b = await store.append([call(3)]);
        assert.deepEqual([...a, ...b].map((r) => r.seq), [1, 2, 3]);
        assert.equal(a[0]?.prevHash, GENESIS_HASH);
        assert.equal(b[0]?.prevHash, a[1]?.hash);
        const rows = await all(store.scan({ batch: 2 }));
        assert.equal(rows.length, 3);
        for (const r of rows) assert.equal(r.hash, eventHash(r.seq, r.at, r.prevHash, r.body));
        assert.deepEqual(await store.tail(), { seq: 3, hash: b[0]?.hash });
        assert.equal(await store.count(), 3);
      } finally {
        await db.cleanup();
      }
    });

    test('a large batch (several multi-row inserts and a remainder) is stored whole, in order, and verifies', async () => {
      const db = await open();
      try {
        const store = await createAuditStore(db.handle);
        await store.append([call(0)]);
        const batch = Array.from({ length: 123 }, (_, i) => call(i + 1));
        const rows = await store.append(batch);
        assert.deepEqual(rows.map((r) => r.seq), Array.from({ length: 123 }, (_, i) => i + 2));
        const stored = await all(store.scan({ batch: 1000 }));
        assert.equal(stored.length, 124);
        for (let i = 1; i < stored.length; i++) {
          assert.equal(stored[i]?.body, batch[i - 1]?.body);
          assert.equal(stored[i]?.prevHash, stored[i - 1]?.hash);
        }
        assert.deepEqual((await verifyAuditLog(store, { trustedKeys: null })).findings, []);
      } finally {
        await db.cleanup();
      }
    });

    test('concurrent appends from two store instances keep one gapless chain', async () => {
      const db = await open();
      try {
        const s1 = await createAuditStore(db.handle);
        const s2 = await createAuditStore(db.handle);
        await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? s1 : s2).append([call(i * 2), call(i * 2 + 1)])));
        const report = await verifyAuditLog(s1, { trustedKeys: null });
        assert.deepEqual(report.findings, []);
        assert.equal(report.events, 20);
      } finally {
        await db.cleanup();
      }
    });

    test('refuses UPDATE and DELETE of events and checkpoints outside a purge', async () => {
      const db = await open();
      try {
        const store = await createAuditStore(db.handle);
        await store.append([call(1), call(2)]);
        const signer = testSigner();
        await store.checkpoint((tail, last) => makeCheckpoint(signer, last, 'seal', tail ?? { seq: 0, hash: GENESIS_HASH }, 1));
        await assert.rejects(db.exec("UPDATE audit_events SET body = '{}' WHERE seq = 1"), /append-only/);
        await assert.rejects(db.exec('DELETE FROM audit_events WHERE seq = 1'), /purge checkpoint/);
        await assert.rejects(db.exec('DELETE FROM audit_checkpoints'), /append-only/);
        assert.equal(await store.count(), 2);
      } finally {
        await db.cleanup();
      }
    });

    test('checkpoints are numbered, linked and returned in order; nothing is written when make returns null', async () => {
      const db = await open();
      try {
        const store = await createAuditStore(db.handle);
        const signer = testSigner();
        await store.append([call(1)]);
        const c1 = await store.checkpoint((tail, last) => (tail ? makeCheckpoint(signer, last, 'seal', tail, 10) : null));
        const none = await store.checkpoint(() => null);
        await store.append([call(2)]);
        const c2 = await store.checkpoint((tail, last) => (tail ? makeCheckpoint(signer, last, 'seal', tail, 20) : null));
        assert.equal(none, null);
        assert.deepEqual(await store.checkpoints(), [c1, c2]);
        assert.equal(c2?.n, 2);
      } finally {
        await db.cleanup();
      }
    });

    test('purgeBefore writes a purge checkpoint first; the remaining chain still verifies and appending continues', async () => {
      const db = await open();
      try {
        const store = await createAuditStore(db.handle);
        const signer = testSigner();
        await store.append(Array.from({ length: 10 }, (_, i) => call(i)));
        const r = await store.purgeBefore(7, signer);
        assert.equal(r.removed, 6);
        assert.equal(r.checkpoint?.kind, 'purge');
        assert.equal(r.checkpoint?.seq, 6);
        assert.equal((await all(store.scan()))[0]?.seq, 7);
        await store.append([call(11)]);
        const report = await verifyAuditLog(store, { trustedKeys: [signer.publicKeyId] });
        assert.deepEqual(report.findings, []);
        assert.equal(report.anchoredAt, 6);
        assert.equal(report.events, 5);
        // purge everything: the tail survives in the checkpoint, so the chain continues from it
        await store.purgeBefore(100, signer);
        assert.equal(await store.count(), 0);
        assert.equal((await store.tail())?.seq, 11);
        const [next] = await store.append([call(12)]);
        assert.equal(next?.seq, 12);
        assert.deepEqual((await verifyAuditLog(store, { trustedKeys: [signer.publicKeyId] })).findings, []);
        assert.deepEqual(await store.purgeBefore(1, signer), { removed: 0, checkpoint: null });
      } finally {
        await db.cleanup();
      }
    });

    test('query filters by user, team, model, decision, reason, kind, time range and pages by seq', async () => {
      const db = await open();
      try {
        const store = await createAuditStore(db.handle);
        await store.append(Array.from({ length: 30 }, (_, i) => call(i + 1)));
        const odd = await store.query({ userId: 'u-odd', limit: 100 });
        assert.equal(odd.length, 15);
        assert.ok(odd.every((r) => r.seq % 2 === 1));
        assert.deepEqual((await store.query({ reason: 'guard.injection', limit: 100 })).map((r) => r.seq), [30, 25, 20, 15, 10, 5]);
        assert.equal((await store.query({ decision: 'blocked', model: 'small', limit: 100 })).length, 4);
        assert.equal((await store.query({ teamId: 'nope', limit: 100 })).length, 0);
        assert.equal((await store.query({ kind: 'model_call', limit: 100 })).length, 30);
        const t0 = 1_700_000_000_000;
        assert.deepEqual((await store.query({ since: t0 + 10_000, until: t0 + 13_000, limit: 100 })).map((r) => r.seq), [12, 11, 10]);
        const page1 = await store.query({ limit: 10 });
        const page2 = await store.query({ limit: 10, beforeSeq: page1[page1.length - 1]?.seq as number });
        assert.deepEqual(page1.map((r) => r.seq).slice(0, 2), [30, 29]);
        assert.deepEqual(page2.map((r) => r.seq).slice(0, 2), [20, 19]);
      } finally {
        await db.cleanup();
      }
    });
  });
}

test('sqlite: two connections to one file (two processes) append to one gapless chain', async () => {
  const db = await sqliteDb();
  const other = openSqliteDatabase(db.dataDir);
  try {
    const a = await createAuditStore(db.handle);
    const b = await createAuditStore({ kind: 'sqlite', db: other });
    for (let i = 0; i < 20; i++) await (i % 2 ? a : b).append([call(i), call(i + 100)]);
    const report = await verifyAuditLog(a, { trustedKeys: null });
    assert.deepEqual(report.findings, []);
    assert.deepEqual([report.events, report.lastSeq], [40, 40]);
  } finally {
    other.close();
    await db.cleanup();
  }
});
