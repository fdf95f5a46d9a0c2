// Tampering with the real SQLite file and the real PostgreSQL table: every kind
// is detected by `verify` with a precise message.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createAuditStore, type AuditStore } from '../../src/audit/store.js';
import { eventHash, type AuditRow } from '../../src/audit/chain.js';
import { makeCheckpoint } from '../../src/audit/checkpoint.js';
import { verifyAuditLog, type VerifyFinding } from '../../src/audit/verify.js';
import { serializeEvent, type AuditEvent } from '../../src/audit/event.js';
import { DATABASES, dropGuards, testSigner, type TestDb } from './helpers.js';
import type { AuditSigner } from '../../src/audit/signing.js';

const T0 = 1_700_000_000_000;

function ev(i: number): AuditEvent {
  return {
    v: 1, kind: 'security', action: 'key.created', outcome: 'success',
    actor: { userId: `u${i % 3}`, keyId: null, address: '10.0.0.1', via: 'api' }, target: { type: 'key', id: `k${i}` }, details: { i },
  };
}

/** 20 events; checkpoint #1 seals seq 10, checkpoint #2 seals seq 20. */
async function seed(db: TestDb): Promise<{ store: AuditStore; signer: AuditSigner; rows: AuditRow[] }> {
  const store = await createAuditStore(db.handle);
  const signer = testSigner();
  const rows: AuditRow[] = [];
  for (let i = 1; i <= 20; i++) {
    rows.push(...(await store.append([{ at: T0 + i, body: serializeEvent(ev(i)) }])));
    if (i % 10 === 0) await store.checkpoint((tail, last) => makeCheckpoint(signer, last, 'seal', tail as { seq: number; hash: string }, T0 + i));
  }
  await db.exec(dropGuards(db.kind));
  return { store, signer, rows };
}

async function findings(store: AuditStore, signer: AuditSigner): Promise<VerifyFinding[]> {
  const r = await verifyAuditLog(store, { trustedKeys: [signer.publicKeyId] });
  assert.equal(r.ok, r.findings.length === 0);
  return r.findings;
}

const q = (s: string): string => s.replace(/'/g, "''");

function summary(f: VerifyFinding[]): string[] {
  return f.map((x) => `${x.kind}@${x.seq ?? '-'}: ${x.message}`);
}

for (const { name, open } of DATABASES) {
  describe(`audit tampering is detected: ${name}`, () => {
    const run = (title: string, fn: (db: TestDb, s: { store: AuditStore; signer: AuditSigner; rows: AuditRow[] }) => Promise<void>): void => {
      test(title, async () => {
        const db = await open();
        try {
          await fn(db, await seed(db));
        } finally {
          await db.cleanup();
        }
      });
    };

    run('an untouched log verifies', async (_db, { store, signer }) => {
      assert.deepEqual(await findings(store, signer), []);
    });

    run('a modified field', async (db, { store, signer }) => {
      await db.exec(`UPDATE audit_events SET body = replace(body, '"u2"', '"u0"') WHERE seq = 5`);
      assert.deepEqual(summary(await findings(store, signer)), ['changed@5: event 5 changed: its content does not match its hash']);
    });

    run('a modified field with its hash recomputed', async (db, { store, signer, rows }) => {
      const r = rows[14] as AuditRow;
      const body = r.body.replace('"u0"', '"u1"');
      await db.exec(`UPDATE audit_events SET body = '${q(body)}', hash = '${eventHash(r.seq, r.at, r.prevHash, body)}' WHERE seq = 15`);
      assert.deepEqual(summary(await findings(store, signer)), ['changed@15: event 15 changed and re-hashed: event 16 links to a different hash']);
    });

    run('a modified field with the whole chain after it recomputed', async (db, { store, signer, rows }) => {
      let prev = (rows[3] as AuditRow).hash;
      const sql: string[] = [];
      for (const r of rows.slice(4)) {
        const body = r.seq === 5 ? r.body.replace('"u2"', '"u0"') : r.body;
        const hash = eventHash(r.seq, r.at, prev, body);
        sql.push(`UPDATE audit_events SET body = '${q(body)}', prev_hash = '${prev}', hash = '${hash}' WHERE seq = ${r.seq};`);
        prev = hash;
      }
      await db.exec(sql.join('\n'));
      assert.deepEqual(summary(await findings(store, signer)), [
        'changed@10: checkpoint #1 seals event 10 with a different hash: events up to 10 were changed and re-hashed',
        'changed@20: checkpoint #2 seals event 20 with a different hash: events up to 20 were changed and re-hashed',
      ]);
    });

    run('a deleted row', async (db, { store, signer }) => {
      await db.exec('DELETE FROM audit_events WHERE seq = 7');
      assert.deepEqual(summary(await findings(store, signer)), ['removed@7: event 7 removed: the log jumps from 6 to 8']);
    });

    run('rows deleted from the start without a purge checkpoint', async (db, { store, signer }) => {
      await db.exec('DELETE FROM audit_events WHERE seq <= 3');
      assert.deepEqual(summary(await findings(store, signer)), ['removed@1: events 1..3 removed from the start of the log without a purge checkpoint']);
    });

    run('rows deleted from the end below a checkpoint', async (db, { store, signer }) => {
      await db.exec('DELETE FROM audit_events WHERE seq >= 18');
      assert.deepEqual(summary(await findings(store, signer)), ['removed@18: events 18..20 removed from the end: checkpoint #2 seals seq 20 but the log ends at 17']);
    });

    run('a deleted row with later rows renumbered', async (db, { store, signer }) => {
      await db.exec('DELETE FROM audit_events WHERE seq = 13; UPDATE audit_events SET seq = -(seq - 1) WHERE seq > 13; UPDATE audit_events SET seq = -seq WHERE seq < 0;');
      const f = summary(await findings(store, signer));
      assert.ok(f.includes('removed@13: event 13 removed: event now at seq 13 was originally 14 (later events were renumbered)'), f.join('\n'));
      assert.ok(f.includes('reordered@13: events 13..19 renumbered: they are events 14..20'), f.join('\n'));
    });

    run('two rows swapped', async (db, { store, signer }) => {
      await db.exec('UPDATE audit_events SET seq = -1 WHERE seq = 8; UPDATE audit_events SET seq = 8 WHERE seq = 9; UPDATE audit_events SET seq = 9 WHERE seq = -1;');
      assert.deepEqual(summary(await findings(store, signer)), ['reordered@8: events 8 and 9 swapped (reordered)']);
    });

    run('a forged row inserted (later rows renumbered, forged hash computed correctly)', async (db, { store, signer, rows }) => {
      const before = rows[10] as AuditRow; // seq 11
      const body = serializeEvent(ev(999));
      const hash = eventHash(12, T0 + 11, before.hash, body);
      await db.exec(`UPDATE audit_events SET seq = -(seq + 1) WHERE seq >= 12; UPDATE audit_events SET seq = -seq WHERE seq < 0;
        INSERT INTO audit_events (seq, at, prev_hash, body, hash) VALUES (12, ${T0 + 11}, '${before.hash}', '${q(body)}', '${hash}');`);
      const f = summary(await findings(store, signer));
      assert.equal(f[0], 'inserted@12: event 12 inserted: it is not part of the original chain (the original event 12 now sits at seq 13)', f.join('\n'));
      assert.ok(f.includes('reordered@13: events 13..21 renumbered: they are events 12..20'), f.join('\n'));
    });

    run('a forged row appended after the last checkpoint with a wrong link', async (db, { store, signer }) => {
      const body = serializeEvent(ev(999));
      const prev = 'f'.repeat(64);
      await db.exec(`INSERT INTO audit_events (seq, at, prev_hash, body, hash) VALUES (21, ${T0 + 21}, '${prev}', '${q(body)}', '${eventHash(21, T0 + 21, prev, body)}')`);
      const f = await findings(store, signer);
      assert.equal(f.length, 1);
      assert.equal(f[0]?.seq, 20);
      assert.match(f[0]?.message ?? '', /event 21 links to a different hash/);
    });

    run('a checkpoint altered (bad signature)', async (db, { store, signer, rows }) => {
      await db.exec(`UPDATE audit_checkpoints SET seq = 5, hash = '${(rows[4] as AuditRow).hash}' WHERE n = 1`);
      assert.deepEqual(summary(await findings(store, signer)), ['bad_signature@5: checkpoint #1 (seq 5) has a bad signature: it was altered or forged']);
    });

    run('a forged checkpoint signed with another key over a rewritten chain', async (db, { store, signer, rows }) => {
      const forger = testSigner();
      let prev = (rows[3] as AuditRow).hash;
      const sql: string[] = [];
      for (const r of rows.slice(4)) {
        const body = r.seq === 5 ? r.body.replace('"u2"', '"u0"') : r.body;
        const hash = eventHash(r.seq, r.at, prev, body);
        sql.push(`UPDATE audit_events SET body = '${q(body)}', prev_hash = '${prev}', hash = '${hash}' WHERE seq = ${r.seq};`);
        prev = hash;
      }
      await db.exec(sql.join('\n') + 'DELETE FROM audit_checkpoints;');
      const tailAt = async (seq: number): Promise<{ seq: number; hash: string }> => {
        for await (const b of store.scan({ fromSeq: seq, batch: 1 })) return { seq, hash: (b[0] as AuditRow).hash };
        throw new Error('missing');
      };
      const c1 = makeCheckpoint(forger, null, 'seal', await tailAt(10), T0);
      const c2 = makeCheckpoint(forger, c1, 'seal', await tailAt(20), T0);
      for (const c of [c1, c2]) {
        await db.exec(`INSERT INTO audit_checkpoints (n, kind, seq, hash, at, prev_checkpoint, public_key, signature) VALUES (${c.n}, 'seal', ${c.seq}, '${c.hash}', ${c.at}, '${c.prevCheckpoint}', '${c.publicKey}', '${c.signature}')`);
      }
      assert.deepEqual(summary(await findings(store, signer)), [
        'untrusted_key@10: checkpoint #1 (seq 10) is signed by a key that is not a trusted audit signing key: forged',
        'untrusted_key@20: checkpoint #2 (seq 20) is signed by a key that is not a trusted audit signing key: forged',
      ]);
    });

    run('a checkpoint removed', async (db, { store, signer }) => {
      await db.exec('DELETE FROM audit_checkpoints WHERE n = 1');
      assert.deepEqual(summary(await findings(store, signer)), ['checkpoint_removed@-: checkpoint #1 removed: checkpoint #2 follows #0']);
    });
  });
}
