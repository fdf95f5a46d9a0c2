// Admin console routes of the audit log, called as the control-plane server calls them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditRoutes } from '../../src/audit/routes.js';
import { createAuditSink, type AuditService } from '../../src/audit/sink.js';
import { AUDIT_DEFAULTS } from '../../src/audit/config.js';
import { BastionError } from '../../src/errors/registry.js';
import type { ApiRequest, ApiRoute } from '../../src/control/api-types.js';
import type { RequestContext } from '../../src/gateway/context.js';
import type { AuditRecord, ModelCallEvent } from '../../src/audit/event.js';
import type { VerifyReport } from '../../src/audit/verify.js';
import { sqliteDb, type TestDb } from './helpers.js';

function ctx(i: number): RequestContext {
  return {
    id: `req-${i}`, startedAt: 0n, receivedAtMs: 0, method: 'POST', path: '/v1/chat/completions', query: '', clientAddress: '192.0.2.1',
    endpoint: 'chat', identity: { keyId: 'k1', keyName: 'ci', keyPrefix: 'abc', userId: i % 2 ? 'alice' : 'bob', teamId: 'red', role: 'member', models: null },
    model: i % 3 ? 'small' : 'large', stream: false, backendId: 'b1', usage: { promptTokens: 3, completionTokens: 4 },
    reasons: i % 4 === 0 ? ['guard.pii'] : [], findings: i % 4 === 0 ? [{ stage: 'guard', code: 'guard.pii', score: 0.9 }] : [],
    decision: i % 4 === 0 ? 'blocked' : 'allowed', status: i % 4 === 0 ? 400 : 200, signal: new AbortController().signal, ext: new Map(),
  };
}

function req(path: string, query = ''): ApiRequest {
  return { method: 'GET', path, params: {}, query: new URLSearchParams(query), body: undefined, requestId: 'r1', clientAddress: '198.51.100.7',
    identity: { keyId: 'admin-key', keyName: 'admin', keyPrefix: 'p', userId: 'root', teamId: null, role: 'admin', models: null } };
}

async function setup(): Promise<{ db: TestDb; audit: AuditService; routes: Map<string, ApiRoute> }> {
  const db = await sqliteDb();
  const audit = await createAuditSink(AUDIT_DEFAULTS, { handle: db.handle, dataDir: db.dataDir });
  for (let i = 1; i <= 12; i++) audit.record(ctx(i), 5 + i);
  const routes = new Map(auditRoutes({ store: audit.store, signer: audit.signer, events: audit, flush: () => audit.flush() }).map((r) => [r.pattern, r]));
  return { db, audit, routes };
}

test('audit routes are admin only', async () => {
  const { db, audit, routes } = await setup();
  try {
    assert.deepEqual([...routes.values()].map((r) => [r.method, r.pattern, r.auth]), [
      ['GET', '/audit/events', 'admin'], ['GET', '/audit/verify', 'admin'], ['GET', '/audit/public-key', 'admin'], ['GET', '/audit/export', 'admin'],
    ]);
  } finally {
    await audit.close();
    await db.cleanup();
  }
});

test('GET /audit/events filters and pages by cursor; events carry codes, never content', async () => {
  const { db, audit, routes } = await setup();
  try {
    const h = routes.get('/audit/events')?.handler as ApiRoute['handler'];
    const page = async (q: string): Promise<{ events: AuditRecord[]; nextCursor: string | null }> => (await h(req('/audit/events', q))).body as { events: AuditRecord[]; nextCursor: string | null };
    const blocked = await page('decision=blocked');
    assert.deepEqual(blocked.events.map((e) => e.seq), [12, 8, 4]);
    const e = blocked.events[0]?.event as ModelCallEvent;
    assert.equal(e.kind, 'model_call');
    assert.deepEqual(e.findings, [{ stage: 'guard', code: 'guard.pii', score: 0.9 }]);
    assert.deepEqual([e.userId, e.teamId, e.model, e.tokensIn, e.tokensOut, e.requestId, e.clientAddress], ['bob', 'red', 'large', 3, 4, 'req-12', '192.0.2.1']);
    assert.deepEqual((await page('user=alice&reason=guard.pii')).events, []);
    assert.equal((await page('team=red&model=small')).events.length, 8);
    const p1 = await page('limit=5');
    assert.equal(p1.nextCursor, '8');
    const p2 = await page(`limit=5&cursor=${p1.nextCursor}`);
    assert.deepEqual(p2.events.map((x) => x.seq), [7, 6, 5, 4, 3]);
    const p3 = await page(`limit=5&cursor=${p2.nextCursor}`);
    assert.deepEqual(p3.events.map((x) => x.seq), [2, 1]);
    assert.equal(p3.nextCursor, null);
    assert.equal((await page('since=2999-01-01T00:00:00Z')).events.length, 0);
    for (const q of ['limit=0', 'limit=x', 'decision=maybe', 'since=yesterday', 'usr=alice', 'kind=other']) {
      await assert.rejects(h(req('/audit/events', q)), (err) => err instanceof BastionError && err.code === 'invalid_request', q);
    }
  } finally {
    await audit.close();
    await db.cleanup();
  }
});

test('GET /audit/verify reports an intact chain; GET /audit/export streams JSON lines and records itself', async () => {
  const { db, audit, routes } = await setup();
  try {
    const v = (await routes.get('/audit/verify')?.handler(req('/audit/verify')))?.body as VerifyReport;
    assert.equal(v.ok, true);
    assert.equal(v.events, 12);
    const res = await routes.get('/audit/export')?.handler(req('/audit/export'));
    assert.ok(res?.stream);
    let text = '';
    for await (const chunk of res.stream) text += chunk;
    assert.equal(text.trim().split('\n').length, 12);
    await audit.flush();
    const last = await audit.store.query({ action: 'audit.export', limit: 1 });
    assert.equal(last.length, 1);
    assert.match(last[0]?.body ?? '', /"userId":"root"/);
    const key = (await routes.get('/audit/public-key')?.handler(req('/audit/public-key')))?.body as { publicKey: string };
    assert.match(key.publicKey, /BEGIN PUBLIC KEY/);
  } finally {
    await audit.close();
    await db.cleanup();
  }
});
