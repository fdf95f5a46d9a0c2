// Guards the conversation API against deeply nested content parts: a member
// sending parts nested thousands of levels deep gets a clear 400, not a stack
// overflow turned into a 500, and nothing is stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';

let bastion: TestBastion;

before(async () => {
  bastion = await startTestBastion();
});
after(async () => {
  await bastion.stop();
});

test('deeply nested content parts are a 400 invalid_request', async () => {
  const { key } = await bastion.key();
  const deep = `{"type":"text","text":"hi","x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
  const body = `{"model":"m","messages":[{"role":"user","content":[${deep}]}]}`;
  const r = await fetch(`${bastion.url}/api/conversations`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body });
  const j = (await r.json()) as { error?: { code?: string } };
  assert.equal(r.status, 400);
  assert.equal(j.error?.code, 'invalid_request');
  const list = (await (await fetch(`${bastion.url}/api/conversations`, { headers: { authorization: `Bearer ${key}` } })).json()) as { data: unknown[] };
  assert.equal(list.data.length, 0);
  const ok = await fetch(`${bastion.url}/api/conversations`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: [{ type: 'text', text: 'hi', meta: { a: [1, { b: 2 }] } }] }] }) });
  assert.equal(ok.status, 201);
});
