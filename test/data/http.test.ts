/**
 * The data routes through a real running Bastion (HTTP, real authentication,
 * SQLite data directory): conversation isolation between users, export,
 * account deletion, admin access under policy.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';

describe('data routes over HTTP', () => {
  let app: TestBastion;
  let alice: string;
  let bob: string;
  let admin: string;
  let aliceId: string;

  before(async () => {
    app = await startTestBastion({ yaml: 'data:\n  adminConversationAccess: legal_hold\n' });
    const a = await app.key();
    alice = a.key;
    aliceId = a.userId;
    bob = (await app.key()).key;
    admin = (await app.key({ admin: true })).key;
  });
  after(async () => app?.stop());

  const api = async (key: string | null, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> => {
    const headers: Record<string, string> = {};
    if (key) headers.authorization = `Bearer ${key}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${app.url.replace(/\/$/, '')}/api${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as unknown) : null };
  };
  const code = (r: { json: unknown }): unknown => (r.json as { error?: { code?: string } } | null)?.error?.code;

  test('another user cannot read, continue, rename or delete a conversation over HTTP', async () => {
    const created = await api(alice, 'POST', '/conversations', { model: 'any', title: 'Alice only', messages: [{ role: 'user', content: 'top secret' }] });
    assert.equal(created.status, 201);
    const id = (created.json as { id: string }).id;

    for (const [method, path, body] of [
      ['GET', `/conversations/${id}`, undefined],
      ['POST', `/conversations/${id}/messages`, { messages: [{ role: 'user', content: 'x' }] }],
      ['PATCH', `/conversations/${id}`, { title: 'mine now' }],
      ['DELETE', `/conversations/${id}`, undefined],
    ] as const) {
      const r = await api(bob, method, path, body);
      assert.equal(r.status, 404, `${method} ${path}`);
      assert.equal(code(r), 'resource_not_found');
      assert.ok(!JSON.stringify(r.json).includes('top secret'));
    }
    assert.equal((await api(null, 'GET', `/conversations/${id}`)).status, 401);
    assert.equal((await api(bob, 'GET', `/admin/conversations/${id}`)).status, 403);
    // Policy legal_hold: the admin is refused until a hold exists.
    assert.equal((await api(admin, 'GET', `/admin/conversations/${id}`)).status, 403);
    assert.equal((await api(admin, 'POST', '/admin/data/holds', { subjectType: 'user', subjectId: aliceId, reason: 'case 12' })).status, 201);
    const read = await api(admin, 'GET', `/admin/conversations/${id}`);
    assert.equal(read.status, 200);
    assert.equal((read.json as { messages: Array<{ content: string }> }).messages[0]?.content, 'top secret');
    assert.equal((await api(admin, 'DELETE', `/admin/data/holds/user/${aliceId}`)).status, 204);

    const mine = await api(alice, 'GET', `/conversations/${id}`);
    assert.equal(mine.status, 200);
    assert.equal((mine.json as { title: string }).title, 'Alice only');
  });

  test('export and account deletion for the calling user', async () => {
    const carol = await app.key();
    await api(carol.key, 'POST', '/conversations', { model: 'any', messages: [{ role: 'user', content: 'carol text' }] });
    const exp = await api(carol.key, 'GET', '/me/export');
    assert.equal(exp.status, 200);
    const body = exp.json as { userId: string; conversations: unknown[] };
    assert.equal(body.userId, carol.userId);
    assert.equal(body.conversations.length, 1);
    assert.ok(!JSON.stringify(body).includes('top secret'));

    const del = await api(carol.key, 'DELETE', '/me');
    assert.equal(del.status, 200);
    assert.equal((del.json as { deleted: { conversations: number } }).deleted.conversations, 1);
    await app.snapshot.refresh();
    // Carol's key no longer works; her data is gone.
    assert.equal((await api(carol.key, 'GET', '/conversations')).status, 401);
    const left = await app.modules.data.db.all('SELECT id FROM {data_conversations} WHERE owner_id = ?', [carol.userId]);
    assert.equal(left.length, 0);
  });
});
