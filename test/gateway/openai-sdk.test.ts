import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';

let backend: FakeBackend;
let bastion: TestBastion;
let client: OpenAI;

before(async () => {
  backend = new FakeBackend({ models: ['llama3', 'qwen'], chunks: 6 });
  await backend.start();
  bastion = await startTestBastion({ backends: [backend.url] });
  const { key } = await bastion.key();
  client = new OpenAI({ apiKey: key, baseURL: `${bastion.url}/v1`, maxRetries: 0 });
});

after(async () => {
  await bastion.stop();
  await backend.stop();
});

test('non-streaming chat completion through the official SDK', async () => {
  const r = await client.chat.completions.create({ model: 'llama3', messages: [{ role: 'user', content: 'hello' }] });
  assert.equal(r.object, 'chat.completion');
  assert.equal(r.model, 'llama3');
  assert.equal(r.choices[0]?.message.content, 'tok0 tok1 tok2 tok3 tok4 tok5 ');
  assert.equal(r.usage?.completion_tokens, 6);
});

test('streaming chat completion arrives chunk by chunk and ends cleanly', async () => {
  // The output guard holds back a small window (96 characters by default): with longer chunks
  // the answer must still arrive in several pieces, unchanged, not buffered whole.
  backend.set({ chunkText: (i) => `sentence number ${i} of a longer streamed answer. ` });
  const expected = Array.from({ length: 6 }, (_, i) => `sentence number ${i} of a longer streamed answer. `).join('');
  const stream = await client.chat.completions.create({ model: 'llama3', messages: [{ role: 'user', content: 'hello' }], stream: true });
  const parts: string[] = [];
  let finish: string | null | undefined;
  for await (const chunk of stream) {
    const c = chunk.choices[0];
    if (c?.delta.content) parts.push(c.delta.content);
    if (c?.finish_reason) finish = c.finish_reason;
  }
  backend.set({ chunkText: (i) => `tok${i} ` });
  assert.ok(parts.length >= 3, `${parts.length} content chunks`);
  assert.equal(parts.join(''), expected);
  assert.equal(finish, 'stop');
});

test('completions and embeddings endpoints', async () => {
  const c = await client.completions.create({ model: 'qwen', prompt: 'Say hi' });
  assert.equal(c.object, 'text_completion');
  assert.equal(typeof c.choices[0]?.text, 'string');
  const e = await client.embeddings.create({ model: 'qwen', input: ['a', 'b'] });
  assert.equal(e.data.length, 2);
  assert.ok(Array.isArray(e.data[0]?.embedding));
});

test('models listing shows what the backend serves', async () => {
  const list = await client.models.list();
  assert.deepEqual(list.data.map((m) => m.id).sort(), ['llama3', 'qwen']);
});

test('the backend receives a validated body and no client credentials or spoofable headers', async () => {
  backend.received.length = 0;
  const raw = await fetch(`${bastion.url}/v1/chat/completions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${client.apiKey}`,
      'x-forwarded-for': '6.6.6.6',
      'x-bastion-guard': 'off',
      cookie: 'a=b',
    },
    body: JSON.stringify({ model: 'llama3', messages: [{ role: 'user', content: 'hi' }], bogus_field: 1 }),
  });
  assert.equal(raw.status, 200);
  assert.equal(raw.headers.get('server'), null);
  assert.equal(raw.headers.get('x-backend-secret-header'), null);
  assert.ok(raw.headers.get('x-request-id'));
  const got = backend.received.at(-1);
  assert.ok(got);
  assert.equal(got.headers.authorization, undefined);
  assert.equal(got.headers['x-forwarded-for'], undefined);
  assert.equal(got.headers['x-bastion-guard'], undefined);
  assert.equal(got.headers.cookie, undefined);
  const body = JSON.parse(got.body) as Record<string, unknown>;
  assert.equal(body.bogus_field, undefined);
  assert.equal(body.model, 'llama3');
});

test('each model call is logged once as structured JSON with its request id, never with the key or content', async () => {
  const { createLogger } = await import('../../src/log/logger.js');
  const lines: string[] = [];
  const b2 = await startTestBastion({ backends: [backend.url], log: createLogger({ write: (l) => lines.push(l) }) });
  try {
    const { key } = await b2.key();
    const r = await fetch(`${b2.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ model: 'llama3', messages: [{ role: 'user', content: 'the secret plan' }] }) });
    assert.equal(r.status, 200);
    const id = r.headers.get('x-request-id');
    const recs = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((x) => x.msg === 'request');
    assert.equal(recs.length, 1);
    assert.equal(recs[0]?.requestId, id);
    assert.equal(recs[0]?.status, 200);
    assert.equal(recs[0]?.model, 'llama3');
    const all = lines.join('');
    assert.ok(!all.includes(key) && !all.includes('the secret plan'));
  } finally {
    await b2.stop();
  }
});
