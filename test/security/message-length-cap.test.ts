// Guards server.maxMessageChars: text in refusal content parts and in an
// assistant's `refusal` field counts toward a message's length, so the cap
// cannot be stepped around by moving text out of `content`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';

let backend: FakeBackend;
let bastion: TestBastion;
let key: string;

before(async () => {
  backend = new FakeBackend({ models: ['m'] });
  await backend.start();
  bastion = await startTestBastion({ backends: [backend.url], yaml: 'server:\n  maxMessageChars: 1000\n' });
  key = (await bastion.key()).key;
});
after(async () => {
  await bastion.stop();
  await backend.stop();
});

async function post(messages: unknown[]): Promise<{ status: number; code: string | undefined }> {
  const r = await fetch(`${bastion.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ model: 'm', messages }) });
  const j = (await r.json()) as { error?: { code?: string } };
  return { status: r.status, code: j.error?.code };
}

test('refusal text counts toward the per-message cap', async () => {
  const long = 'word '.repeat(400);
  const user = { role: 'user', content: 'continue' };
  for (const m of [
    { role: 'assistant', content: [{ type: 'refusal', refusal: long }] },
    { role: 'assistant', content: null, refusal: long },
    { role: 'assistant', content: 'word '.repeat(150), refusal: 'word '.repeat(150) },
  ]) {
    const r = await post([m, user]);
    assert.equal(r.status, 400, JSON.stringify(m).slice(0, 80));
    assert.equal(r.code, 'invalid_request');
  }
  assert.equal((await post([{ role: 'assistant', content: [{ type: 'refusal', refusal: 'no' }] }, user])).status, 200);
});
