// Guards what a backend's error message may carry to a client: no IPv6
// addresses, no internal hostnames (any domain, or host:port), and a message
// of any size (backends echo client input) is cut before the sanitising
// patterns run, so it cannot stall the gateway.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';
import { sanitizeBackendMessage } from '../../src/gateway/stages/proxy.js';

let backend: FakeBackend;
let bastion: TestBastion;
let key: string;

before(async () => {
  backend = new FakeBackend({ models: ['m1'], failure: 'status400' });
  await backend.start();
  bastion = await startTestBastion({ backends: [backend.url] });
  ({ key } = await bastion.key());
});
after(async () => {
  await bastion.stop();
  await backend.stop();
});

async function rejected(message: string): Promise<string> {
  backend.set({ errorMessage: message });
  const r = await fetch(`${bastion.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: 'm1', messages: [{ role: 'user', content: 'hi' }] }),
  });
  const j = (await r.json()) as { error: { code: string; message: string } };
  assert.equal(r.status, 400);
  assert.equal(j.error.code, 'backend_rejected');
  return j.error.message;
}

test('IPv6 addresses in a backend message never reach the client', async () => {
  const m = await rejected('upstream connect error: ECONNREFUSED [fd00:10::12]:8000, retried fe80::1%eth0 and 2001:db8::7');
  assert.match(m, /upstream connect error/);
  assert.ok(!/fd00|fe80|2001:db8|eth0/i.test(m), m);
});

test('internal hostnames of any domain, and bare host:port, never reach the client', async () => {
  const m = await rejected('model is overloaded on gpu-7.example.ai, spill to llm-node-3:8000 failed (vllm.prod.acme.dev)');
  assert.match(m, /model is overloaded/);
  assert.ok(!/gpu-7|example\.ai|llm-node-3|acme|vllm\.prod/i.test(m), m);
});

test('ordinary backend wording survives sanitising', () => {
  for (const m of [
    "This model's maximum context length is 4096 tokens. However, you requested 5000 tokens (llama3.1). Please reduce the length of the messages.",
    'Error: invalid value for messages[0].content',
  ]) assert.equal(sanitizeBackendMessage(m), m);
});

test('a huge backend message (echoed client input) is cut, and the gateway still answers', async () => {
  // Pathological for the hostname and stack-trace patterns when run over the whole string.
  for (const huge of ['a.'.repeat(30_000), `${' '.repeat(60_000)}x`, '1:'.repeat(30_000)]) {
    const m = await rejected(huge);
    assert.ok(m.length < 400, `message of ${m.length} characters`);
    assert.ok(sanitizeBackendMessage(huge).length <= 300);
  }
  const health = await fetch(`${bastion.url}/healthz`);
  assert.equal(health.status, 200);
});
