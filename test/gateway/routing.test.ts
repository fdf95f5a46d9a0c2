import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';

const cleanup: Array<() => Promise<void>> = [];
after(async () => { for (const c of cleanup.reverse()) await c(); });

async function setup(backends: FakeBackend[], extraYaml = ''): Promise<{ bastion: TestBastion; client: OpenAI; key: string }> {
  for (const b of backends) { await b.start(); cleanup.push(() => b.stop()); }
  const yaml = `backends:\n${backends.map((b, i) => `  - id: b${i}\n    url: ${b.url}\n    models: [m]\n    health: { intervalMs: 0 }\n    breaker: { failureThreshold: 2, cooldownMs: 60000 }\n${extraYaml}`).join('')}`;
  const bastion = await startTestBastion({ yaml });
  cleanup.push(() => bastion.stop());
  const { key } = await bastion.key();
  return { bastion, key, client: new OpenAI({ apiKey: key, baseURL: `${bastion.url}/v1`, maxRetries: 0 }) };
}

const ask = { model: 'm', messages: [{ role: 'user' as const, content: 'hi' }] };

test('fails over to another backend when one answers 500, and ejects the failing one', async () => {
  const bad = new FakeBackend({ failure: 'status500' });
  const good = new FakeBackend();
  const { client } = await setup([bad, good]);
  for (let i = 0; i < 8; i++) {
    const r = await client.chat.completions.create(ask);
    assert.equal(r.object, 'chat.completion');
  }
  assert.equal(good.completed, 8);
  // After two failures the breaker opens: the bad backend sees at most 2 requests.
  assert.ok(bad.received.length <= 2, `bad backend got ${bad.received.length}`);
});

test('fails over when a backend is down (connection refused)', async () => {
  const down = new FakeBackend();
  const good = new FakeBackend();
  const { client } = await setup([down, good]);
  await down.stop();
  for (let i = 0; i < 4; i++) assert.equal((await client.chat.completions.create(ask)).object, 'chat.completion');
});

test('a model with no healthy backend answers 503 no_healthy_backend, and the 500 body never reaches the client', async () => {
  const bad = new FakeBackend({ failure: 'status500' });
  const { bastion, key } = await setup([bad]);
  for (let i = 0; i < 3; i++) {
    const r = await fetch(`${bastion.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify(ask) });
    const text = await r.text();
    assert.ok(r.status === 502 || r.status === 503, `status ${r.status}`);
    assert.ok(!text.includes('10.1.2.3') && !text.includes('127.0.0.1') && !text.includes('internal'), text);
  }
  const r = await fetch(`${bastion.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify(ask) });
  assert.equal(r.status, 503);
  assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'no_healthy_backend');
});

test('a backend 4xx message is passed on without URLs or addresses', async () => {
  const b = new FakeBackend({ failure: 'status400', errorMessage: 'context length exceeded for model at http://gpu-7.internal:8000/v1 (10.0.0.7)' });
  const { bastion, key } = await setup([b]);
  const r = await fetch(`${bastion.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify(ask) });
  assert.equal(r.status, 400);
  const j = (await r.json()) as { error: { code: string; message: string } };
  assert.equal(j.error.code, 'backend_rejected');
  assert.match(j.error.message, /context length exceeded/);
  assert.ok(!/gpu-7|10\.0\.0\.7|http:/.test(j.error.message), j.error.message);
});

test('a backend dying mid-stream ends the client stream with an error event, no hang', async () => {
  const b = new FakeBackend({ failure: 'die-mid-stream', dieAfter: 4, chunks: 10, chunkDelayMs: 5, chunkText: (i) => `${i}: ${'x'.repeat(120)} ` });
  const { client } = await setup([b]);
  const stream = await client.chat.completions.create({ ...ask, stream: true });
  const seen: string[] = [];
  await assert.rejects(async () => {
    for await (const c of stream) if (c.choices[0]?.delta.content) seen.push(c.choices[0].delta.content);
  }, (e: unknown) => e instanceof Error && /ended the stream early/.test(e.message));
  assert.ok(seen.length >= 1 && seen.length < 10);
});

test('a client that disconnects aborts the backend request', async () => {
  const b = new FakeBackend({ chunks: 200, chunkDelayMs: 20 });
  const { bastion, key } = await setup([b]);
  const ac = new AbortController();
  const r = await fetch(`${bastion.url}/v1/chat/completions`, { method: 'POST', signal: ac.signal, headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ ...ask, stream: true }) });
  const reader = r.body!.getReader();
  await reader.read();
  ac.abort();
  const deadline = Date.now() + 5000;
  while (b.aborted === 0 && Date.now() < deadline) await new Promise((res) => setTimeout(res, 20));
  assert.equal(b.aborted, 1, 'the backend saw its request aborted');
  assert.equal(b.completed, 0);
});

test('a backend that never answers hits the first-byte timeout and fails over', async () => {
  const hang = new FakeBackend({ failure: 'hang' });
  const good = new FakeBackend();
  await hang.start(); await good.start();
  cleanup.push(() => hang.stop(), () => good.stop());
  const yaml = `backends:
  - { id: slow, url: ${hang.url}, models: [m], health: { intervalMs: 0 }, timeouts: { firstByteMs: 200 } }
models:
  - name: m
    backends: [{ backend: slow, weight: 1000000 }, { backend: fast, weight: 1 }]
`.replace('models:\n  - name', `  - { id: fast, url: ${good.url}, models: [m], health: { intervalMs: 0 } }\nmodels:\n  - name`);
  const bastion = await startTestBastion({ yaml });
  cleanup.push(() => bastion.stop());
  const { key } = await bastion.key();
  const client = new OpenAI({ apiKey: key, baseURL: `${bastion.url}/v1`, maxRetries: 0 });
  const r = await client.chat.completions.create(ask);
  assert.equal(r.object, 'chat.completion');
  assert.equal(good.completed, 1);
});

test('weights spread traffic across backends', async () => {
  const a = new FakeBackend();
  const b = new FakeBackend();
  await a.start(); await b.start();
  cleanup.push(() => a.stop(), () => b.stop());
  const yaml = `backends:
  - { id: a, url: ${a.url}, health: { intervalMs: 0 } }
  - { id: b, url: ${b.url}, health: { intervalMs: 0 } }
models:
  - name: public-name
    backends: [{ backend: a, model: fake-model, weight: 3 }, { backend: b, model: fake-model, weight: 1 }]
`;
  const bastion = await startTestBastion({ yaml });
  cleanup.push(() => bastion.stop());
  const { key } = await bastion.key();
  const client = new OpenAI({ apiKey: key, baseURL: `${bastion.url}/v1`, maxRetries: 0 });
  for (let i = 0; i < 80; i++) {
    const r = await client.chat.completions.create({ ...ask, model: 'public-name' });
    assert.equal(r.model, 'public-name');
  }
  assert.equal(a.completed + b.completed, 80);
  assert.ok(a.completed > b.completed, `a=${a.completed} b=${b.completed}`);
  assert.ok(b.completed > 0);
  assert.equal(JSON.parse(a.received.at(-1)!.body).model, 'fake-model');
});
