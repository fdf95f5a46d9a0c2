// Writer policy when the store stops accepting writes (the events table is
// renamed away on the real database, then restored), on SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BastionError } from '../../src/errors/registry.js';
import { createAuditStore } from '../../src/audit/store.js';
import { AuditWriter, type AuditWriterOptions } from '../../src/audit/writer.js';
import { verifyAuditLog } from '../../src/audit/verify.js';
import type { AuditEvent } from '../../src/audit/event.js';
import { DATABASES, testSigner, type TestDb } from './helpers.js';

const ev = (i: number): AuditEvent => ({
  v: 1, kind: 'security', action: 'login.failed', outcome: 'failure',
  actor: { userId: null, keyId: null, address: `10.0.0.${i % 250}`, via: 'api' }, target: null, details: { i },
});

const base: AuditWriterOptions = { failMode: 'closed', batchSize: 50, flushIntervalMs: 5, queueLimit: 100, checkpointEvery: 1000, checkpointIntervalMs: 0, retryMs: 5 };

const stopWrites = (db: TestDb): Promise<void> => db.exec('ALTER TABLE audit_events RENAME TO audit_events_off');
const resumeWrites = (db: TestDb): Promise<void> => db.exec('ALTER TABLE audit_events_off RENAME TO audit_events');

/** Flushes until the writer has committed everything (the store is back); bounded attempts, no timing. */
async function flushUntilRecovered(w: AuditWriter): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    try {
      await w.flush();
      if (!w.health().degraded) return;
    } catch {
      await new Promise((r) => setTimeout(r, 5));
    }
  }
  throw new Error('writer did not recover');
}

function isUnavailable(err: unknown): boolean {
  return err instanceof BastionError && err.code === 'audit_unavailable';
}

for (const { name, open } of DATABASES) {
  describe(`audit writer: ${name}`, () => {
    test('append resolves with the committed seq; close seals a checkpoint', async () => {
      const db = await open();
      try {
        const store = await createAuditStore(db.handle);
        const w = new AuditWriter(store, testSigner(), base);
        const seqs = await Promise.all([w.append(ev(1)), w.append(ev(2)), w.append(ev(3))]);
        assert.deepEqual(seqs, [1, 2, 3]);
        await w.close();
        const cps = await store.checkpoints();
        assert.equal(cps.length, 1);
        assert.equal(cps[0]?.seq, 3);
        assert.throws(() => w.admit(), isUnavailable);
      } finally {
        await db.cleanup();
      }
    });

    test('seals every checkpointEvery events', async () => {
      const db = await open();
      try {
        const store = await createAuditStore(db.handle);
        const w = new AuditWriter(store, testSigner(), { ...base, batchSize: 10, checkpointEvery: 20 });
        for (let i = 0; i < 60; i++) w.push(ev(i));
        await w.flush();
        assert.deepEqual((await store.checkpoints()).map((c) => c.seq), [20, 40, 60]);
        await w.close();
        assert.equal((await store.checkpoints()).length, 3);
      } finally {
        await db.cleanup();
      }
    });

    test('fail-closed: refuses new requests while the queue is full', async () => {
      const db = await open();
      try {
        const store = await createAuditStore(db.handle);
        const w = new AuditWriter(store, testSigner(), { ...base, queueLimit: 5, batchSize: 5, flushIntervalMs: 1000 });
        for (let i = 0; i < 4; i++) { w.admit(); w.push(ev(i)); }
        w.admit();
        w.push(ev(4));
        assert.throws(() => w.admit(), isUnavailable);
        await w.flush();
        w.admit();
        assert.equal(await store.count(), 5);
        await w.close();
      } finally {
        await db.cleanup();
      }
    });

    test('fail-closed: store down → admit refuses, nothing queued is lost, recovers when the store is back', async () => {
      const db = await open();
      try {
        const store = await createAuditStore(db.handle);
        const seen: string[] = [];
        const w = new AuditWriter(store, testSigner(), { ...base, onEvent: (e) => seen.push(e.type) });
        assert.equal(await w.append(ev(0)), 1);
        await stopWrites(db);
        for (let i = 1; i <= 20; i++) w.push(ev(i));
        await assert.rejects(w.flush());
        assert.equal(w.health().degraded, true);
        assert.throws(() => w.admit(), isUnavailable);
        assert.ok(seen.includes('audit.store_error'));
        await resumeWrites(db);
        await flushUntilRecovered(w);
        w.admit();
        assert.ok(seen.includes('audit.recovered'));
        assert.deepEqual(w.health(), { queued: 0, dropped: 0, degraded: false, committed: 21, lastSeq: 21 });
        await w.close();
        const r = await verifyAuditLog(store, { trustedKeys: null });
        assert.deepEqual(r.findings, []);
        assert.equal(r.events, 21);
      } finally {
        await db.cleanup();
      }
    });

    test('fail-open: store down → requests continue, overflow is dropped, counted, alarmed and written as a gap event', async () => {
      const db = await open();
      try {
        const store = await createAuditStore(db.handle);
        const seen: Array<{ type: string; [k: string]: unknown }> = [];
        const w = new AuditWriter(store, testSigner(), { ...base, failMode: 'open', queueLimit: 10, batchSize: 5, onEvent: (e) => seen.push(e) });
        await stopWrites(db);
        for (let i = 0; i < 25; i++) {
          w.admit();
          w.push(ev(i));
        }
        await assert.rejects(w.flush());
        assert.equal(w.health().dropped, 15);
        assert.equal(w.health().degraded, true);
        assert.deepEqual(seen.filter((e) => e.type === 'audit.dropped').map((e) => [e.dropped, e.gap]), [[1, 1]]);
        await resumeWrites(db);
        await flushUntilRecovered(w);
        await w.close();
        const rows = await store.query({ action: 'audit.gap', limit: 10 });
        assert.equal(rows.length, 1);
        assert.deepEqual((JSON.parse(rows[0]?.body ?? '{}') as { details: unknown }).details, { dropped: 15 });
        const r = await verifyAuditLog(store, { trustedKeys: null });
        assert.deepEqual(r.findings, []);
        assert.equal(r.events, 11);
      } finally {
        await db.cleanup();
      }
    });
  });
}
