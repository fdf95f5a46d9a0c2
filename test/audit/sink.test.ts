// The sink as the gateway and control plane use it, on a real SQLite file.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAuditSink } from '../../src/audit/sink.js';
import { AUDIT_DEFAULTS } from '../../src/audit/config.js';
import { verifyAuditLog } from '../../src/audit/verify.js';
import { BastionError } from '../../src/errors/registry.js';
import type { RequestContext } from '../../src/gateway/context.js';
import { sqliteDb } from './helpers.js';

const ctx = (id: string): RequestContext => ({
  id, startedAt: 0n, receivedAtMs: 0, method: 'POST', path: '/v1/embeddings', query: '', clientAddress: '203.0.113.5', stream: false,
  reasons: [], findings: [], decision: 'error', errorCode: 'backend_timeout', status: 504, signal: new AbortController().signal, ext: new Map(),
});

test('sink: model calls and security events land in one verified chain; retention purges by age behind a checkpoint', async () => {
  const db = await sqliteDb();
  const events: string[] = [];
  const audit = await createAuditSink(AUDIT_DEFAULTS, { handle: db.handle, dataDir: db.dataDir, onEvent: (e) => events.push(e.type), env: {} });
  try {
    audit.admit(ctx('a'));
    audit.record(ctx('a'), 1.5);
    audit.emit({ action: 'login.failed', outcome: 'failure', actor: { address: '203.0.113.5', via: 'api' }, details: { email_domain: 'example.org' } });
    await audit.flush();
    assert.deepEqual(audit.health(), { queued: 0, dropped: 0, degraded: false });
    const rows = await audit.store.query({ limit: 10 });
    assert.deepEqual(rows.map((r) => (JSON.parse(r.body) as { kind: string }).kind), ['security', 'model_call']);
    const cutoff = Date.now() + 1;
    audit.emit({ action: 'key.created', outcome: 'success', actor: { userId: 'u', via: 'api' } });
    await audit.flush();
    const all = await audit.store.query({ limit: 10 });
    const oldest = all.filter((r) => r.at < cutoff).length;
    const purge = await audit.purgeOlderThan(cutoff);
    assert.equal(purge.removed, oldest);
    await audit.flush();
    const purgeRecord = await audit.store.query({ action: 'retention.purge', limit: 1 });
    assert.equal(purgeRecord.length, 1);
    const report = await verifyAuditLog(audit.store, { trustedKeys: [audit.signer.publicKeyId] });
    assert.deepEqual(report.findings, []);
    assert.ok(report.anchoredAt >= 2);
    assert.match(audit.publicKeyPem(), /BEGIN PUBLIC KEY/);
  } finally {
    await audit.close();
    await db.cleanup();
  }
  assert.throws(() => audit.admit(ctx('b')), (err) => err instanceof BastionError && err.code === 'audit_unavailable');
  assert.ok(events.includes('audit.checkpoint'));
});
