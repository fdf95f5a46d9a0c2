import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES, skipUnless, type Engine } from './engines.js';
import { call, bodyOf, identity, EventLog } from './harness.js';
import { openDataServices, type DataServices } from '../../src/data/services.js';
import { SecretKey } from '../../src/data/crypto.js';
import { parseDataConfig } from '../../src/data/config.js';
import { ConfigProblems } from '../../src/config/problems.js';
import type { ApiRoute } from '../../src/control/api-types.js';
import type { Conversation, ConversationSummary } from '../../src/data/conversations.js';
import { dataDb } from '../../src/data/sql.js';

const alice = identity('alice', 'member', 'team-a');
const bob = identity('bob', 'member', 'team-b');
const admin = identity('root', 'admin');

for (const factory of ENGINES) {
  describe(`conversations on ${factory.name}`, { skip: await skipUnless(factory) }, () => {
    let engine: Engine;
    let data: DataServices;
    let routes: ApiRoute[];
    const events = new EventLog();

    before(async () => {
      engine = await factory.open();
      const problems = new ConfigProblems();
      const config = parseDataConfig({ adminConversationAccess: 'legal_hold' }, 'data', problems);
      assert.deepEqual(problems.list, []);
      data = await openDataServices({ handle: engine.handle, masterKeys: { current: SecretKey.generate() }, config, events });
      routes = data.routes();
    });
    after(async () => engine?.close());

    test('owner creates, continues, renames, reads and deletes', async () => {
      const created = await call(routes, 'POST', '/conversations', alice, { model: 'llama', title: 'Trip plan', messages: [{ role: 'user', content: 'Hi' }] });
      assert.equal(created.status, 201);
      const conv = bodyOf<Conversation>(created);
      assert.equal(conv.title, 'Trip plan');
      assert.equal(conv.messages.length, 1);

      const appended = bodyOf<Conversation>(await call(routes, 'POST', `/conversations/${conv.id}/messages`, alice, {
        messages: [{ role: 'assistant', content: 'Hello!' }, { role: 'user', content: [{ type: 'text', text: 'Paris?' }] }],
      }));
      assert.deepEqual(appended.messages.map((m) => [m.seq, m.role]), [[0, 'user'], [1, 'assistant'], [2, 'user']]);
      assert.deepEqual(appended.messages[2]?.content, [{ type: 'text', text: 'Paris?' }]);

      const renamed = bodyOf<ConversationSummary>(await call(routes, 'PATCH', `/conversations/${conv.id}`, alice, { title: 'Paris trip' }));
      assert.equal(renamed.title, 'Paris trip');
      const list = bodyOf<{ data: ConversationSummary[] }>(await call(routes, 'GET', '/conversations', alice));
      assert.deepEqual(list.data.map((c) => [c.id, c.title, c.messageCount]), [[conv.id, 'Paris trip', 3]]);

      assert.equal((await call(routes, 'DELETE', `/conversations/${conv.id}`, alice)).status, 204);
      assert.equal((await call(routes, 'GET', `/conversations/${conv.id}`, alice)).status, 404);
    });

    test('another user cannot read, continue, rename or delete a conversation by id through any route', async () => {
      const conv = bodyOf<Conversation>(await call(routes, 'POST', '/conversations', alice, { model: 'llama', title: 'Private', messages: [{ role: 'user', content: 'my secret' }] }));
      const attempts = [
        await call(routes, 'GET', `/conversations/${conv.id}`, bob),
        await call(routes, 'POST', `/conversations/${conv.id}/messages`, bob, { messages: [{ role: 'user', content: 'injected' }] }),
        await call(routes, 'PATCH', `/conversations/${conv.id}`, bob, { title: 'pwned' }),
        await call(routes, 'PATCH', `/conversations/${conv.id}`, bob, { model: 'other' }),
        await call(routes, 'DELETE', `/conversations/${conv.id}`, bob),
      ];
      for (const a of attempts) assert.deepEqual(a, { status: 404, code: 'resource_not_found' });
      // Same answer as an id that does not exist: ownership cannot be probed.
      assert.deepEqual(await call(routes, 'GET', '/conversations/00000000-0000-0000-0000-000000000000', bob), { status: 404, code: 'resource_not_found' });
      // Bob's list and export do not contain it.
      assert.deepEqual(bodyOf<{ data: unknown[] }>(await call(routes, 'GET', '/conversations', bob)).data, []);
      const exp = JSON.stringify(bodyOf(await call(routes, 'GET', '/me/export', bob)));
      assert.ok(!exp.includes(conv.id) && !exp.includes('my secret'));
      // Unauthenticated and member calls to admin routes are refused.
      assert.equal((await call(routes, 'GET', `/conversations/${conv.id}`, null)).status, 401);
      assert.equal((await call(routes, 'GET', `/admin/conversations/${conv.id}`, bob)).status, 403);
      assert.equal((await call(routes, 'GET', '/admin/users/alice/conversations', bob)).status, 403);
      // Alice's conversation is untouched.
      const mine = bodyOf<Conversation>(await call(routes, 'GET', `/conversations/${conv.id}`, alice));
      assert.equal(mine.title, 'Private');
      assert.deepEqual(mine.messages.map((m) => m.content), ['my secret']);
    });

    test('every route that takes a conversation id refuses a non-owner, even called directly', async () => {
      const conv = bodyOf<Conversation>(await call(routes, 'POST', '/conversations', alice, { model: 'llama', title: 'Mine', messages: [{ role: 'user', content: 'private' }] }));
      const withId = routes.filter((r) => r.pattern.includes(':id'));
      assert.ok(withId.length >= 5);
      const bodies: Record<string, unknown> = { PATCH: { title: 'x' }, POST: { messages: [{ role: 'user', content: 'x' }] } };
      for (const r of withId) {
        const path = r.pattern.replace(':id', conv.id);
        // Through the router (auth gate applies) …
        const routed = await call(routes, r.method, path, bob, bodies[r.method]);
        assert.ok(routed.status === 404 || routed.status === 403, `${r.method} ${r.pattern} answered ${routed.status}`);
        // … and the handler alone, as a member: never a success.
        const direct = await r.handler({
          method: r.method, path, params: { id: conv.id }, query: new URLSearchParams(), body: bodies[r.method],
          identity: bob, requestId: 'req-direct', clientAddress: '127.0.0.1',
        }).then((res) => res.status, (err: { status?: number }) => err.status ?? 500);
        assert.ok(direct === 404 || direct === 403, `${r.method} ${r.pattern} handler answered ${direct}`);
      }
      const mine = bodyOf<Conversation>(await call(routes, 'GET', `/conversations/${conv.id}`, alice));
      assert.deepEqual([mine.title, mine.messages.length], ['Mine', 1]);
    });

    test('content is encrypted at rest and bound to its row', async () => {
      const conv = bodyOf<Conversation>(await call(routes, 'POST', '/conversations', alice, { model: 'llama', title: 'Needle title', messages: [{ role: 'user', content: 'needle-plaintext-42' }] }));
      const db = dataDb(engine.handle);
      const rows = await db.all<{ content: Buffer }>('SELECT content FROM {data_messages} WHERE conversation_id = ?', [conv.id]);
      const titles = await db.all<{ title: Buffer }>('SELECT title FROM {data_conversations} WHERE id = ?', [conv.id]);
      assert.equal(rows.length, 1);
      assert.ok(!Buffer.from(rows[0]!.content).toString('latin1').includes('needle-plaintext-42'));
      assert.ok(!Buffer.from(titles[0]!.title).toString('latin1').includes('Needle title'));

      // Copy Alice's message blob into a message of Bob's: decryption refuses it.
      const other = bodyOf<Conversation>(await call(routes, 'POST', '/conversations', bob, { model: 'llama', messages: [{ role: 'user', content: 'bob text' }] }));
      await db.run('UPDATE {data_messages} SET content = ?, key_id = (SELECT key_id FROM {data_messages} WHERE conversation_id = ?) WHERE conversation_id = ?', [rows[0]!.content, conv.id, other.id]);
      await assert.rejects(data.conversations.get({ userId: 'bob', teamId: 'team-b', role: 'member', via: 'api' }, other.id));
    });

    test('concurrent appends keep every message, in distinct positions', async () => {
      const conv = bodyOf<Conversation>(await call(routes, 'POST', '/conversations', alice, { model: 'llama' }));
      await Promise.all(Array.from({ length: 8 }, (_, i) =>
        call(routes, 'POST', `/conversations/${conv.id}/messages`, alice, { messages: [{ role: 'user', content: `m${i}` }] })));
      const got = bodyOf<Conversation>(await call(routes, 'GET', `/conversations/${conv.id}`, alice));
      assert.deepEqual(got.messages.map((m) => m.seq), [0, 1, 2, 3, 4, 5, 6, 7]);
      assert.deepEqual(got.messages.map((m) => m.content).sort(), ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']);
      assert.equal(got.messageCount, 8);
    });

    test('validation errors carry stable codes', async () => {
      assert.deepEqual(await call(routes, 'POST', '/conversations', alice, { title: 'no model' }), { status: 400, code: 'invalid_request' });
      assert.deepEqual(await call(routes, 'POST', '/conversations', alice, { model: 'm', owner: 'bob' }), { status: 400, code: 'unknown_field' });
      assert.deepEqual(await call(routes, 'POST', '/conversations', alice, { model: 'm', messages: [{ role: 'root', content: 'x' }] }), { status: 400, code: 'invalid_request' });
      assert.deepEqual(await call(routes, 'POST', '/conversations', alice, { model: 'm', messages: [{ role: 'user', content: 5 }] }), { status: 400, code: 'invalid_request' });
      assert.deepEqual(await call(routes, 'POST', '/conversations', alice, [1, 2]), { status: 400, code: 'invalid_request' });
      assert.deepEqual(await call(routes, 'GET', '/conversations?limit=-1', alice), { status: 400, code: 'invalid_request' });
      assert.deepEqual(await call(routes, 'GET', '/conversations/a%00b', alice), { status: 404, code: 'resource_not_found' });
      assert.deepEqual(await call(routes, 'DELETE', '/admin/data/holds/user/a%00b', admin), { status: 400, code: 'invalid_request' });
      assert.deepEqual(await call(routes, 'POST', '/admin/data/holds', admin, { subjectType: 'org', subjectId: 'x', reason: 'r' }), { status: 400, code: 'invalid_request' });
    });

    test('admin reads only where policy allows, and every attempt is emitted', async () => {
      const conv = bodyOf<Conversation>(await call(routes, 'POST', '/conversations', alice, { model: 'llama', messages: [{ role: 'user', content: 'held text' }] }));
      const before = events.of('conversation.admin_read').length;
      // Policy legal_hold: no hold yet → refused.
      assert.deepEqual(await call(routes, 'GET', `/admin/conversations/${conv.id}`, admin), { status: 403, code: 'forbidden' });
      assert.equal((await call(routes, 'POST', '/admin/data/holds', admin, { subjectType: 'user', subjectId: 'alice', reason: 'case 7' })).status, 201);
      const read = bodyOf<Conversation>(await call(routes, 'GET', `/admin/conversations/${conv.id}`, admin));
      assert.equal(read.messages[0]?.content, 'held text');
      const list = bodyOf<{ data: ConversationSummary[] }>(await call(routes, 'GET', '/admin/users/alice/conversations', admin));
      assert.ok(list.data.some((c) => c.id === conv.id));
      const reads = events.of('conversation.admin_read').slice(before);
      assert.deepEqual(reads.map((e) => e.outcome), ['failure', 'success', 'success']);
      assert.equal(reads[1]?.actor.userId, 'root');
      assert.deepEqual(reads[1]?.target, { type: 'conversation', id: conv.id });
      assert.ok(!JSON.stringify(reads).includes('held text'));
      // While held, the owner cannot delete it either.
      assert.deepEqual(await call(routes, 'DELETE', `/conversations/${conv.id}`, alice), { status: 403, code: 'forbidden' });
      assert.equal((await call(routes, 'DELETE', '/admin/data/holds/user/alice', admin)).status, 204);
      assert.deepEqual(await call(routes, 'GET', `/admin/conversations/${conv.id}`, admin), { status: 403, code: 'forbidden' });
    });
  });
}
