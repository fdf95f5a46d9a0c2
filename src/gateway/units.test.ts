import { test } from 'node:test';
import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import assert from 'node:assert/strict';
import { CircuitBreaker } from './backends/breaker.js';
import { SseSplitter, eventData } from './sse.js';
import { sanitizeBackendMessage } from './stages/proxy.js';
import { canonicalPath, createReceiveStage } from './stages/receive.js';
import { createValidateStage } from './stages/validate.js';
import { SERVER_DEFAULTS } from '../config/load.js';
import type { RequestContext } from './context.js';
import type { StageIO } from './pipeline.js';

test('circuit breaker: opens after the threshold, half-opens after cooldown with one trial', () => {
  let now = 0;
  const b = new CircuitBreaker(2, 1000, () => now);
  assert.ok(b.allow());
  b.failure();
  assert.equal(b.current, 'closed');
  b.failure();
  assert.equal(b.current, 'open');
  assert.equal(b.allow(), false);
  now = 1000;
  assert.ok(b.allow());
  assert.equal(b.current, 'half-open');
  assert.equal(b.allow(), false, 'only one trial at a time');
  b.failure();
  assert.equal(b.current, 'open');
  now = 2000;
  assert.ok(b.allow());
  b.success();
  assert.equal(b.current, 'closed');
});

test('SSE splitter yields complete events across arbitrary chunk boundaries', () => {
  const s = new SseSplitter();
  const text = 'data: {"a":1}\n\ndata: {"b":2}\r\n\r\n: comment\n\ndata: [DONE]\n\n';
  const out: string[] = [];
  for (let i = 0; i < text.length; i += 3) out.push(...s.push(text.slice(i, i + 3)));
  assert.deepEqual(out.map(eventData), ['{"a":1}', '{"b":2}', null, '[DONE]']);
  assert.equal(s.pending, '');
  assert.throws(() => new SseSplitter(10).push('data: 0123456789abc'), /too large/);
});

test('backend messages lose URLs, addresses, hostnames, paths and stack traces', () => {
  const m = sanitizeBackendMessage('failed at https://gpu1.cluster.local:8443/v1/x from 10.2.3.4:5000 reading /var/lib/models/llama.gguf\n    at Object.<anonymous> (/srv/x.js:1:2)');
  assert.ok(!/https|gpu1|10\.2\.3\.4|\/var\/lib|srv/.test(m), m);
});

test('only canonical paths pass', () => {
  assert.deepEqual(canonicalPath('/v1/models?x=1'), { path: '/v1/models', query: 'x=1' });
  for (const bad of ['//v1/models', '/v1/../x', '/v1/%2e%2e/x', '/v1/models/', '/v1\\x', 'http://h/v1/models', '*']) {
    assert.throws(() => canonicalPath(bad), bad);
  }
});

test('receive leaves only data on the request IO, and validate reads the body once without keeping the raw bytes', async () => {
  const body = Buffer.from(JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }], stream: true }));
  const req = Object.assign(Readable.from([body]), { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.length) } });
  const ctx = { path: '/v1/chat/completions' } as RequestContext;
  const io: StageIO = { req: req as unknown as IncomingMessage, res: undefined as never, body: null };
  await createReceiveStage({ maxBodyBytes: 1024 }).run(ctx, io);
  // A closure kept on io keeps every request's objects alive past young-generation GCs.
  assert.deepEqual(Object.values(io).filter((v) => typeof v === 'function'), []);
  assert.equal(io.bodyLimit, 1024);
  await createValidateStage(SERVER_DEFAULTS).run(ctx, io);
  assert.equal(ctx.model, 'm');
  assert.equal(ctx.stream, true);
  assert.equal(io.body, null, 'the raw body is not held for the rest of the request');
});

test('validate counts the body against the limit receive set', async () => {
  const req = Readable.from([Buffer.alloc(600, 0x20), Buffer.alloc(600, 0x20)]);
  const io: StageIO = { req: req as unknown as IncomingMessage, res: undefined as never, body: null, bodyLimit: 1000 };
  await assert.rejects(async () => createValidateStage(SERVER_DEFAULTS).run({ endpoint: 'chat' } as RequestContext, io), (e: unknown) => (e as { code?: string }).code === 'body_too_large');
});
