import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestContext } from '../gateway/context.js';
import { modelCallEvent, securityEvent, serializeEvent } from './event.js';
import { canonicalJson, type Json } from './canonical.js';

test('a model-call event carries who, what, decision, reasons, tokens and latency, but no content or query', () => {
  const ctx: RequestContext = {
    id: 'req-1', startedAt: 0n, receivedAtMs: 0, method: 'POST', path: '/v1/chat/completions', query: 'api_key=sk-secret', clientAddress: '192.0.2.9',
    endpoint: 'chat', identity: { keyId: 'k', keyName: 'n', keyPrefix: 'p', userId: 'u', teamId: null, role: 'member', models: null },
    body: { messages: [{ role: 'user', content: 'my password is hunter2' }] }, model: 'm', stream: true, backendId: 'b',
    usage: { promptTokens: 7, completionTokens: 9 }, reasons: ['limit.ok', 'guard.secret'],
    findings: [{ stage: 'guard', code: 'guard.secret', score: 0.8, category: 'secrets' }], decision: 'blocked', status: 400, errorCode: 'guard_blocked',
    signal: new AbortController().signal, ext: new Map(),
  };
  const e = modelCallEvent(ctx, 12.34567);
  const text = serializeEvent(e);
  assert.ok(!text.includes('hunter2') && !text.includes('sk-secret'));
  assert.deepEqual(
    [e.requestId, e.keyId, e.userId, e.teamId, e.model, e.backendId, e.decision, e.tokensIn, e.tokensOut, e.latencyMs, e.status, e.errorCode, e.clientAddress],
    ['req-1', 'k', 'u', null, 'm', 'b', 'blocked', 7, 9, 12.346, 400, 'guard_blocked', '192.0.2.9'],
  );
  assert.deepEqual(e.reasons, ['limit.ok', 'guard.secret']);
  assert.deepEqual(e.findings, [{ stage: 'guard', code: 'guard.secret', score: 0.8, category: 'secrets' }]);
  assert.equal(text, serializeEvent(JSON.parse(text)));
});

test('a security event keeps only scalar details', () => {
  const e = securityEvent({ action: 'key.revoked', outcome: 'success', actor: { userId: 'a', via: 'api' }, target: { type: 'key', id: 'k1' },
    details: { reason: 'leak', n: 1, bad: Number.NaN, nested: { x: 1 } as unknown as string } });
  assert.deepEqual(e.details, { reason: 'leak', n: 1 });
  assert.deepEqual(e.actor, { userId: 'a', keyId: null, address: null, via: 'api' });
});

test('builder-made events serialise to exactly their canonical JSON (fast path)', () => {
  const ctx = {
    id: 'r', startedAt: 0n, receivedAtMs: 0, method: 'GET', path: '/v1/models', query: '', clientAddress: '::1', stream: false,
    reasons: ['z', 'a'], findings: [{ stage: 'output', code: 'c', score: Number.NaN, category: 'x' }, { stage: 'limit', code: 'd' }],
    decision: 'error', status: Number.POSITIVE_INFINITY, usage: { promptTokens: Number.NaN, completionTokens: 3 },
    signal: new AbortController().signal, ext: new Map(),
  } as unknown as RequestContext;
  const m = modelCallEvent(ctx, Number.NaN);
  assert.equal(serializeEvent(m), canonicalJson(m as unknown as Json));
  const s = securityEvent({ action: 'policy.changed', outcome: 'success', actor: { via: 'cli', keyId: 'k' }, target: { type: 't', id: 'i' }, details: { zeta: 1, alpha: 'x', mid: null, inf: Number.POSITIVE_INFINITY } });
  assert.equal(serializeEvent(s), canonicalJson(s as unknown as Json));
  assert.equal(serializeEvent({ ...s }), canonicalJson(s as unknown as Json));
  // A copy with a key added out of order is not trusted as canonical: it is sorted.
  const copy = { ...s, aardvark: 1 } as unknown as typeof s;
  assert.equal(serializeEvent(copy), canonicalJson(copy as unknown as Json));
  assert.ok(serializeEvent(copy).startsWith('{"aardvark":1,"action"'));
  assert.match(serializeEvent(s), /^\{"action":"policy.changed","actor":\{"address":null,"keyId":"k","userId":null,"via":"cli"\},"details":\{"alpha":"x","mid":null,"zeta":1\}/);
});
