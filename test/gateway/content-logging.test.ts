// Content logging through the gateway: policy per team decides what is kept; the
// redacted policy keeps only what the guard redacted; nothing is kept by default.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';

let backend: FakeBackend;
let bastion: TestBastion;

before(async () => {
  backend = new FakeBackend({ models: ['m'], chunks: 3 });
  await backend.start();
  bastion = await startTestBastion({
    backends: [backend.url],
    yaml: 'data:\n  contentLogging:\n    default: metadata\n    teams:\n      research: full\n      legal: redacted\n',
  });
  await bastion.identities.createTeam({ name: 'research' }, { via: 'system' });
  await bastion.identities.createTeam({ name: 'legal' }, { via: 'system' });
});
after(async () => {
  await bastion.stop();
  await backend.stop();
});

async function chat(key: string, content: string, stream: boolean): Promise<void> {
  const client = new OpenAI({ apiKey: key, baseURL: `${bastion.url}/v1`, maxRetries: 0 });
  if (stream) {
    const s = await client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content }], stream: true });
    for await (const _ of s) { /* drain */ }
  } else {
    await client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content }] });
  }
}

async function entries(userId: string, n: number): Promise<Awaited<ReturnType<TestBastion['modules']['data']['contentLog']['listOf']>>> {
  // The record is written asynchronously after the response; wait for it (bounded).
  for (let i = 0; i < 100; i++) {
    const list = await bastion.modules.data.contentLog.listOf(userId);
    if (list.length >= n) return list;
    await new Promise((r) => setTimeout(r, 20));
  }
  return bastion.modules.data.contentLog.listOf(userId);
}

test('full: the prompt and the streamed answer are kept (encrypted at rest)', async () => {
  const { key, userId } = await bastion.key({ team: 'research' });
  await chat(key, 'what is the capital of France?', true);
  await chat(key, 'and of Spain?', false);
  const list = await entries(userId, 2);
  assert.equal(list.length, 2);
  const texts = list.map((e) => JSON.stringify(e.prompt));
  assert.ok(texts.some((t) => t.includes('capital of France')));
  assert.ok(list.every((e) => e.policy === 'full' && e.response === 'tok0 tok1 tok2 '));
});

test('redacted: a secret in the prompt is stored only as its placeholder', async () => {
  const { key, userId } = await bastion.key({ team: 'legal' });
  const secret = 'AKIA' + 'Q3EGRJZ7X5MNWB2D';
  await chat(key, `rotate ${secret} please`, false);
  const [e] = await entries(userId, 1);
  assert.ok(e);
  assert.equal(e.policy, 'redacted');
  assert.ok(!JSON.stringify(e).includes(secret));
  assert.match(JSON.stringify(e.prompt), /rotate/);
});

test('metadata (default): sizes only, no content', async () => {
  const { key, userId } = await bastion.key();
  await chat(key, 'a private thought', false);
  await new Promise((r) => setTimeout(r, 200));
  const list = await bastion.modules.data.contentLog.listOf(userId);
  assert.ok(list.every((e) => e.prompt === null && e.response === null));
  assert.ok(!JSON.stringify(list).includes('private thought'));
});

test('model calls and key changes land in the audit log, queryable by admins through /api', async () => {
  const admin = await bastion.key({ admin: true });
  const { key, userId } = await bastion.key();
  await chat(key, 'audited question', false);
  await bastion.modules.audit.flush();
  const r = await fetch(`${bastion.url}/api/audit/events?user=${userId}`, { headers: { authorization: `Bearer ${admin.key}` } });
  assert.equal(r.status, 200);
  const text = await r.text();
  assert.match(text, /model_call/);
  assert.ok(!text.includes('audited question'), 'the audit event holds no content');
  const member = await fetch(`${bastion.url}/api/audit/events`, { headers: { authorization: `Bearer ${key}` } });
  assert.equal(member.status, 403);
  const v = await fetch(`${bastion.url}/api/audit/verify`, { headers: { authorization: `Bearer ${admin.key}` } });
  assert.equal(v.status, 200);
  assert.match(await v.text(), /"ok":true|"intact":true|"valid":true/);
});
