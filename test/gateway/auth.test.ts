import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';

let backend: FakeBackend;
let bastion: TestBastion;

before(async () => {
  backend = new FakeBackend({ models: ['llama3', 'qwen'] });
  await backend.start();
  bastion = await startTestBastion({ backends: [backend.url] });
});
after(async () => {
  await bastion.stop();
  await backend.stop();
});

async function call(headers: Record<string, string>, path = '/v1/chat/completions', model = 'llama3'): Promise<{ status: number; body: { error?: { code?: string; type?: string; message?: string } } }> {
  const r = await fetch(`${bastion.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hi' }] }),
  });
  return { status: r.status, body: (await r.json()) as { error?: { code?: string } } };
}

test('no credentials: 401 missing_credentials', async () => {
  const r = await call({});
  assert.equal(r.status, 401);
  assert.equal(r.body.error?.code, 'missing_credentials');
  assert.equal(r.body.error?.type, 'authentication_error');
});

test('a malformed or unknown key: 401 invalid_credentials', async () => {
  for (const k of ['nope', 'bst_000000000000_' + 'A'.repeat(43)]) {
    const r = await call({ authorization: `Bearer ${k}` });
    assert.equal(r.status, 401);
    assert.equal(r.body.error?.code, 'invalid_credentials');
  }
});

test('a right prefix with a wrong secret is refused', async () => {
  const { key } = await bastion.key();
  const forged = key.slice(0, -4) + (key.endsWith('AAAA') ? 'BBBB' : 'AAAA');
  const r = await call({ authorization: `Bearer ${forged}` });
  assert.equal(r.status, 401);
});

test('x-api-key works like Bearer; conflicting headers are refused', async () => {
  const { key } = await bastion.key();
  const other = await bastion.key();
  assert.equal((await call({ 'x-api-key': key })).status, 200);
  assert.equal((await call({ authorization: `Bearer ${key}` })).status, 200);
  assert.equal((await call({ authorization: `Bearer ${key}`, 'x-api-key': other.key })).status, 401);
});

test('a credential in the query string is refused even when valid', async () => {
  const { key } = await bastion.key();
  const r = await call({ authorization: `Bearer ${key}` }, `/v1/chat/completions?api_key=${key}`);
  assert.equal(r.status, 400);
  assert.equal(r.body.error?.code, 'credentials_in_query');
});

test('a revoked key is refused', async () => {
  const { key, id } = await bastion.key();
  assert.equal((await call({ authorization: `Bearer ${key}` })).status, 200);
  await bastion.identities.revokeKey(id, { via: 'system' });
  await bastion.snapshot.refresh();
  const r = await call({ authorization: `Bearer ${key}` });
  assert.equal(r.status, 401);
  assert.equal(r.body.error?.code, 'invalid_credentials');
});

test('an expired key is refused', async () => {
  const { key, id } = await bastion.key({ expiresIn: '90m' });
  assert.equal((await call({ authorization: `Bearer ${key}` })).status, 200);
  // Move the expiry into the past directly in the store, as time passing would.
  const db = bastion.handle.kind === 'sqlite' ? bastion.handle.db : undefined;
  assert.ok(db);
  db.prepare('UPDATE api_keys SET expires_at = ? WHERE id = ?').run(Date.now() - 1000, id);
  db.prepare("UPDATE bastion_revision SET value = value + 1 WHERE id = 1").run();
  await bastion.snapshot.refresh({ force: true });
  assert.equal((await call({ authorization: `Bearer ${key}` })).status, 401);
});

test('a suspended owner\'s keys are refused', async () => {
  const { key, userId } = await bastion.key();
  await bastion.identities.updateUser(userId, { status: 'suspended' }, { via: 'system' });
  await bastion.snapshot.refresh();
  assert.equal((await call({ authorization: `Bearer ${key}` })).status, 401);
});

test('a key limited to one model gets 403 for another, and sees only its model in /v1/models', async () => {
  const { key } = await bastion.key({ models: ['qwen'] });
  const client = new OpenAI({ apiKey: key, baseURL: `${bastion.url}/v1`, maxRetries: 0 });
  const r = await call({ authorization: `Bearer ${key}` }, '/v1/chat/completions', 'llama3');
  assert.equal(r.status, 403);
  assert.equal(r.body.error?.code, 'model_not_allowed');
  assert.equal((await call({ authorization: `Bearer ${key}` }, '/v1/chat/completions', 'qwen')).status, 200);
  const list = await client.models.list();
  assert.deepEqual(list.data.map((m) => m.id), ['qwen']);
  await assert.rejects(client.chat.completions.create({ model: 'llama3', messages: [{ role: 'user', content: 'x' }] }), (e: unknown) => e instanceof OpenAI.PermissionDeniedError);
});

test('a team allowlist narrows its members\' keys', async () => {
  await bastion.identities.createTeam({ name: 'research', models: ['llama3'] }, { via: 'system' });
  const { key } = await bastion.key({ team: 'research' });
  assert.equal((await call({ authorization: `Bearer ${key}` }, '/v1/chat/completions', 'qwen')).status, 403);
  assert.equal((await call({ authorization: `Bearer ${key}` }, '/v1/chat/completions', 'llama3')).status, 200);
});

test('an unknown model is 404 model_not_found for a key that may use any model', async () => {
  const { key } = await bastion.key();
  const r = await call({ authorization: `Bearer ${key}` }, '/v1/chat/completions', 'gpt-17');
  assert.equal(r.status, 404);
  assert.equal(r.body.error?.code, 'model_not_found');
});

test('the admin API requires the admin role', async () => {
  const member = await bastion.key();
  const admin = await bastion.key({ admin: true });
  const m = await fetch(`${bastion.url}/api/users`, { headers: { authorization: `Bearer ${member.key}` } });
  assert.equal(m.status, 403);
  const a = await fetch(`${bastion.url}/api/users`, { headers: { authorization: `Bearer ${admin.key}` } });
  assert.equal(a.status, 200);
  const none = await fetch(`${bastion.url}/api/users`);
  assert.equal(none.status, 401);
});
