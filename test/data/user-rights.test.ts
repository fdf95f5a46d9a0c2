import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES, skipUnless, type Engine } from './engines.js';
import { call, bodyOf, identity, EventLog } from './harness.js';
import { openDataServices, type DataServices } from '../../src/data/services.js';
import { SecretKey } from '../../src/data/crypto.js';
import type { ApiRoute } from '../../src/control/api-types.js';
import type { UserExport, DeletionReport } from '../../src/data/user-rights.js';
import type { Conversation } from '../../src/data/conversations.js';

const erin = identity('erin', 'member', 'team-e');
const fred = identity('fred', 'member', 'team-f');
const admin = identity('root', 'admin');

for (const factory of ENGINES) {
  describe(`user rights on ${factory.name}`, { skip: await skipUnless(factory) }, () => {
    let engine: Engine;
    let data: DataServices;
    let routes: ApiRoute[];
    const events = new EventLog();
    const deletedUsers: string[] = [];

    before(async () => {
      engine = await factory.open();
      data = await openDataServices({
        handle: engine.handle, masterKeys: { current: SecretKey.generate() }, events,
        describeUser: async (id) => ({ id, email: `${id}@example.test` }),
        deleteUser: async (id) => { deletedUsers.push(id); },
      });
      routes = data.routes();
      for (const who of [erin, fred]) {
        await call(routes, 'POST', '/conversations', who, { model: 'm', title: `${who.userId} chat`, messages: [{ role: 'user', content: `${who.userId} says hi` }] });
        await data.contentLog.record({ requestId: `r-${who.userId}`, userId: who.userId, teamId: who.teamId, model: 'm', prompt: 'p', response: 'r' });
      }
    });
    after(async () => engine?.close());

    test('export holds all of one\'s own data and nobody else\'s', async () => {
      const res = await call(routes, 'GET', '/me/export', erin);
      assert.equal(res.status, 200);
      const exp = bodyOf<UserExport>(res);
      assert.equal(exp.format, 'bastion.user-export.v1');
      assert.deepEqual(exp.user, { id: 'erin', email: 'erin@example.test' });
      assert.deepEqual(exp.conversations.map((c) => [c.title, c.messages.map((m) => m.content)]), [['erin chat', ['erin says hi']]]);
      assert.equal(exp.content.length, 1, 'metadata policy: one metadata entry');
      assert.ok(!JSON.stringify(exp).includes('fred'));
      const ev = events.of('user.data_exported');
      assert.deepEqual(ev.map((e) => [e.outcome, e.target?.id, e.details?.conversations]), [['success', 'erin', 1]]);
    });

    test('deletion is refused under legal hold, then removes data, keys and the user record', async () => {
      await call(routes, 'POST', '/admin/data/holds', admin, { subjectType: 'team', subjectId: 'team-e', reason: 'audit' });
      assert.deepEqual(await call(routes, 'DELETE', '/me', erin), { status: 403, code: 'forbidden' });
      assert.equal(bodyOf<{ data: unknown[] }>(await call(routes, 'GET', '/conversations', erin)).data.length, 1);
      assert.deepEqual(deletedUsers, []);
      assert.equal((await call(routes, 'DELETE', '/admin/data/holds/team/team-e', admin)).status, 204);

      const res = bodyOf<{ deleted: DeletionReport }>(await call(routes, 'DELETE', '/me', erin));
      assert.deepEqual(res.deleted, { conversations: 1, contentRecords: 1, dataKeys: 1, userRecordDeleted: true });
      assert.deepEqual(deletedUsers, ['erin']);
      assert.equal(bodyOf<{ data: unknown[] }>(await call(routes, 'GET', '/conversations', erin)).data.length, 0);
      assert.equal((await data.db.all('SELECT id FROM {data_keys} WHERE owner_id = ?', ['erin'])).length, 0);
      assert.deepEqual(events.of('user.data_deleted').map((e) => e.outcome), ['failure', 'success']);
      // Fred is untouched.
      const fredList = bodyOf<{ data: Conversation[] }>(await call(routes, 'GET', '/conversations', fred)).data;
      assert.equal(fredList.length, 1);
      assert.equal((await data.contentLog.listOf('fred')).length, 1);
    });
  });
}
