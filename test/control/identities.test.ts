import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { IdentityService, type Actor } from '../../src/control/identities.js';
import { Secret } from '../../src/control/secret.js';
import { apiKeyMatches, parseApiKey } from '../../src/control/api-keys.js';
import { BastionError, type ErrorCode } from '../../src/errors/registry.js';
import { openKind, STORE_KINDS, type TestStore } from './stores.js';
import { RecordingSink } from './events.js';

const CLI: Actor = { via: 'cli' };
const code = (c: ErrorCode) => (e: unknown): boolean => e instanceof BastionError && e.code === c;

for (const kind of STORE_KINDS) {
  describe(`IdentityService on ${kind}`, () => {
    let ts: TestStore | undefined;
    let ids: IdentityService;
    let sink: RecordingSink;

    before(async () => {
      ts = await openKind(kind);
      if (!ts) return;
      sink = new RecordingSink();
      ids = new IdentityService(ts.store, { events: sink });
    });
    after(async () => {
      await ts?.cleanup();
    });

    test('users: create, find, list, update; email normalised; hashes never shown', async (t) => {
      if (!ts) return t.skip('PostgreSQL not available');
      const u = await ids.createUser({ email: ' Ada@Example.com ', password: new Secret('a long enough password') }, CLI);
      assert.equal(u.email, 'ada@example.com');
      assert.equal(u.name, 'ada');
      assert.equal(u.role, 'member');
      assert.equal(u.status, 'active');
      assert.equal(u.hasPassword, true);
      assert.ok(!('passwordHash' in u));
      assert.deepEqual(await ids.findUser('ADA@example.com'), u);
      assert.deepEqual(await ids.findUser(u.id), u);
      assert.ok((await ids.listUsers()).some((x) => x.id === u.id));
      assert.ok(!JSON.stringify(await ids.listUsers()).includes('scrypt'));
      const renamed = await ids.updateUser(u.id, { name: 'Ada Lovelace' }, CLI);
      assert.equal(renamed.name, 'Ada Lovelace');
      assert.equal((await ids.verifyLogin('ada@example.com', new Secret('a long enough password')))?.id, u.id);
      assert.equal(await ids.verifyLogin('ada@example.com', new Secret('the wrong password!')), null);
      assert.equal(await ids.verifyLogin('nobody@example.com', new Secret('a long enough password')), null);
      assert.ok(sink.actions().includes('user.created'));
      assert.ok(!JSON.stringify(sink.events).includes('long enough'));
    });

    test('users: bad input, duplicates and unknown ids have stable codes', async (t) => {
      if (!ts) return t.skip('PostgreSQL not available');
      await ids.createUser({ email: 'dup@example.com' }, CLI);
      await assert.rejects(ids.createUser({ email: 'DUP@example.com' }, CLI), code('conflict'));
      await assert.rejects(ids.createUser({ email: 'not-an-email' }, CLI), code('invalid_request'));
      await assert.rejects(ids.createUser({ email: 'weak@example.com', password: new Secret('short') }, CLI), /at least 12/);
      await assert.rejects(ids.createUser({ email: 'x@example.com', team: 'no-such-team' }, CLI), code('resource_not_found'));
      await assert.rejects(ids.getUser('no-such-id'), code('resource_not_found'));
      await assert.rejects(ids.findUser('ghost@example.com'), code('resource_not_found'));
      await assert.rejects(ids.updateUser('no-such-id', { name: 'x' }, CLI), code('resource_not_found'));
    });

    test('the last active admin cannot be suspended or demoted', async (t) => {
      if (!ts) return t.skip('PostgreSQL not available');
      const a = await ids.createUser({ email: 'root@example.com', role: 'admin' }, CLI);
      const others = (await ids.listUsers()).filter((u) => u.role === 'admin' && u.status === 'active' && u.id !== a.id);
      assert.equal(others.length, 0);
      await assert.rejects(ids.suspendUser(a.id, CLI), /last active admin/);
      await assert.rejects(ids.setRole(a.id, 'member', CLI), /last active admin/);
      const b = await ids.createUser({ email: 'root2@example.com', role: 'admin' }, CLI);
      assert.equal((await ids.suspendUser(a.id, CLI)).status, 'suspended');
      await assert.rejects(ids.suspendUser(b.id, CLI), /last active admin/);
      assert.equal((await ids.activateUser(a.id, CLI)).status, 'active');
      assert.equal((await ids.setRole(b.id, 'member', CLI)).role, 'member');
      assert.ok(sink.actions().includes('user.suspended'));
      assert.ok(sink.actions().includes('user.activated'));
      assert.ok(sink.actions().includes('user.role_changed'));
    });

    test('teams: create, rename, set models, delete only when empty', async (t) => {
      if (!ts) return t.skip('PostgreSQL not available');
      const team = await ids.createTeam({ name: 'research', models: 'qwen,llama3' }, CLI);
      assert.deepEqual(team.models, ['llama3', 'qwen']);
      await assert.rejects(ids.createTeam({ name: 'research' }, CLI), code('conflict'));
      await assert.rejects(ids.createTeam({ name: 'Bad Name' }, CLI), code('invalid_request'));
      await assert.rejects(ids.createTeam({ name: 'bad-models', models: [] }, CLI), code('invalid_request'));
      const all = await ids.updateTeam('research', { models: 'all' }, CLI);
      assert.equal(all.models, null);
      const renamed = await ids.updateTeam(team.id, { name: 'research-2' }, CLI);
      assert.equal(renamed.name, 'research-2');
      await ids.createTeam({ name: 'taken' }, CLI);
      await assert.rejects(ids.updateTeam('research-2', { name: 'taken' }, CLI), code('conflict'));
      const member = await ids.createUser({ email: 'member@research.example', team: 'research-2' }, CLI);
      assert.equal(member.teamId, team.id);
      await assert.rejects(ids.deleteTeam('research-2', CLI), code('conflict'));
      await ids.updateUser(member.id, { team: null }, CLI);
      await ids.deleteTeam('research-2', CLI);
      await assert.rejects(ids.findTeam('research-2'), code('resource_not_found'));
      await assert.rejects(ids.deleteTeam('research-2', CLI), code('resource_not_found'));
      for (const a of ['team.created', 'team.updated', 'team.deleted']) assert.ok(sink.actions().includes(a), a);
    });

    test('keys: created once, stored as hash, listed without secrets, revoked', async (t) => {
      if (!ts) return t.skip('PostgreSQL not available');
      const owner = await ids.createUser({ email: 'bot-owner@example.com' }, CLI);
      const created = await ids.createKey({ userId: owner.id, name: 'ci-bot', models: 'llama3,qwen', expiresIn: '30d' }, CLI);
      const full = created.key.reveal();
      const parsed = parseApiKey(full);
      assert.ok(parsed);
      assert.equal(parsed.prefix, created.record.prefix);
      assert.deepEqual(created.record.models, ['llama3', 'qwen']);
      assert.equal(created.record.status, 'active');
      assert.ok(created.record.expiresAt !== null && created.record.expiresAt > Date.now() + 29 * 86_400_000);
      assert.ok(!JSON.stringify(created).includes(full));
      const stored = await ts.store.keys.get(created.record.id);
      assert.ok(stored && apiKeyMatches(full, stored.hash));
      const listed = await ids.listKeys({ userId: owner.id });
      assert.equal(listed.length, 1);
      assert.ok(!('hash' in (listed[0] as object)));
      assert.ok(!JSON.stringify(listed).includes(stored.hash));
      assert.deepEqual(await ids.getKey(created.record.prefix), created.record);
      const revoked = await ids.revokeKey(created.record.id, CLI);
      assert.equal(revoked.status, 'revoked');
      assert.equal((await ids.revokeKey(created.record.id, CLI)).status, 'revoked');
      assert.equal(sink.actions().filter((a) => a === 'key.revoked').length, 1);
      const ev = sink.events.find((e) => e.action === 'key.created');
      assert.ok(ev && !JSON.stringify(ev).includes(full));
      await assert.rejects(ids.revokeKey('missing', CLI), code('resource_not_found'));
    });

    test('keys: models must stay within the team allowlist; bad input refused', async (t) => {
      if (!ts) return t.skip('PostgreSQL not available');
      await ids.createTeam({ name: 'narrow', models: ['llama3'] }, CLI);
      const member = await ids.createUser({ email: 'narrow@example.com', team: 'narrow' }, CLI);
      await assert.rejects(ids.createKey({ userId: member.id, name: 'k', models: ['qwen'] }, CLI), /may not use qwen/);
      await assert.rejects(ids.createKey({ userId: member.id, name: 'k', models: ['llama3', 'qwen'] }, CLI), code('invalid_request'));
      const inherit = await ids.createKey({ userId: member.id, name: 'k' }, CLI);
      assert.equal(inherit.record.models, null);
      assert.equal(inherit.record.teamId, null);
      const ok = await ids.createKey({ userId: member.id, name: 'k2', models: ['llama3'], teamName: 'narrow' }, CLI);
      assert.ok(ok.record.teamId);
      await ids.createTeam({ name: 'other' }, CLI);
      await assert.rejects(ids.createKey({ userId: member.id, name: 'k', teamName: 'other' }, CLI), /not a member/);
      // Moving a member away from the team their keys are scoped to is refused until those keys are revoked.
      await assert.rejects(ids.updateUser(member.id, { team: 'other' }, CLI), code('conflict'));
      await ids.revokeKey(ok.record.id, CLI);
      assert.equal((await ids.updateUser(member.id, { team: 'other' }, CLI)).teamId, (await ids.findTeam('other')).id);
      const free = await ids.createUser({ email: 'free@example.com' }, CLI);
      await assert.rejects(ids.createKey({ userId: free.id, name: 'k', teamName: 'narrow', models: ['qwen'] }, CLI), code('invalid_request'));
      const scoped = await ids.createKey({ userId: free.id, name: 'scoped', teamName: 'narrow' }, CLI);
      assert.equal(scoped.record.models, null);
      await assert.rejects(ids.createKey({ userId: free.id, name: 'k', expiresIn: '30y' }, CLI), code('invalid_request'));
      await assert.rejects(ids.createKey({ userId: free.id, name: '' }, CLI), code('invalid_request'));
      await assert.rejects(ids.createKey({ userId: 'nobody', name: 'k' }, CLI), code('resource_not_found'));
      await ids.createUser({ email: 'keep-admin@example.com', role: 'admin' }, CLI);
      await ids.suspendUser(free.id, CLI);
      await assert.rejects(ids.createKey({ userId: free.id, name: 'k' }, CLI), /suspended/);
    });
  });
}
