/** Store contract: users and teams (see src/store/contract.ts). */
import assert from 'node:assert/strict';
import type { ContractTest } from './contract.js';
import { StoreConflictError, StoreReferenceError } from './types.js';

function assertTimestamp(v: unknown, before: number, after: number): void {
  assert.equal(typeof v, 'number');
  assert.ok(Number.isSafeInteger(v), `timestamp ${String(v)} is an integer`);
  assert.ok((v as number) >= before && (v as number) <= after, `timestamp ${String(v)} lies in [${before}, ${after}]`);
}

export function identityContract(it: ContractTest): void {
  it('creates a user with defaults and reads it back by id and email', async ({ store }) => {
    const before = Date.now();
    const u = await store.users.create({ email: 'ada@example.com', name: 'Ada', role: 'admin' });
    const after = Date.now();
    assert.equal(typeof u.id, 'string');
    assert.ok(u.id.length >= 16);
    assert.deepEqual({ ...u, id: '', createdAt: 0, updatedAt: 0 }, {
      id: '', email: 'ada@example.com', name: 'Ada', role: 'admin', teamId: null, status: 'active', passwordHash: null, createdAt: 0, updatedAt: 0,
    });
    assertTimestamp(u.createdAt, before, after);
    assertTimestamp(u.updatedAt, before, after);
    assert.deepEqual(await store.users.get(u.id), u);
    assert.deepEqual(await store.users.getByEmail('ada@example.com'), u);
    assert.equal(await store.users.get('missing'), null);
    assert.equal(await store.users.getByEmail('nobody@example.com'), null);
  });

  it('stores emails lower-cased and finds them case-insensitively', async ({ store }) => {
    const u = await store.users.create({ email: 'Grace.Hopper@Example.COM', name: 'Grace', role: 'member' });
    assert.equal(u.email, 'grace.hopper@example.com');
    assert.equal((await store.users.getByEmail('GRACE.HOPPER@example.com'))?.id, u.id);
  });

  it('refuses a second user with the same email in another case', async ({ store }) => {
    await store.users.create({ email: 'dup@example.com', name: 'One', role: 'member' });
    await assert.rejects(store.users.create({ email: 'DUP@example.com', name: 'Two', role: 'member' }), (err: unknown) => {
      assert.ok(err instanceof StoreConflictError);
      assert.match(err.message, /dup@example\.com/);
      return true;
    });
    assert.equal(await store.users.count(), 1);
  });

  it('refuses a user whose team does not exist', async ({ store }) => {
    await assert.rejects(store.users.create({ email: 'x@example.com', name: 'X', role: 'member', teamId: 'no-such-team' }), StoreReferenceError);
    assert.equal(await store.users.count(), 0);
  });

  it('lists and counts users', async ({ store }) => {
    assert.deepEqual(await store.users.list(), []);
    assert.equal(await store.users.count(), 0);
    const a = await store.users.create({ email: 'a@example.com', name: 'A', role: 'member' });
    const b = await store.users.create({ email: 'b@example.com', name: 'B', role: 'admin', passwordHash: 'scrypt$x' });
    const list = await store.users.list();
    assert.equal(list.length, 2);
    assert.deepEqual(list.map((u) => u.id).sort(), [a.id, b.id].sort());
    assert.deepEqual(list.find((u) => u.id === b.id), b);
    assert.equal(await store.users.count(), 2);
  });

  it('updates each user field and leaves the others alone', async ({ store }) => {
    const team = await store.teams.create({ name: 'research' });
    const u = await store.users.create({ email: 'u@example.com', name: 'U', role: 'member', passwordHash: 'h1' });
    const v = await store.users.update(u.id, { name: 'U2', role: 'admin', teamId: team.id, status: 'suspended', passwordHash: 'h2' });
    assert.ok(v);
    assert.deepEqual({ ...v, updatedAt: 0 }, { ...u, name: 'U2', role: 'admin', teamId: team.id, status: 'suspended', passwordHash: 'h2', updatedAt: 0 });
    assert.ok(v.updatedAt >= u.updatedAt);
    assert.equal(typeof v.updatedAt, 'number');
    const w = await store.users.update(u.id, { teamId: null, passwordHash: null });
    assert.equal(w?.teamId, null);
    assert.equal(w?.passwordHash, null);
    assert.equal(w?.name, 'U2');
    assert.deepEqual(await store.users.get(u.id), w);
    const x = await store.users.update(u.id, { status: 'active' });
    assert.equal(x?.status, 'active');
    assert.equal(x?.role, 'admin');
  });

  it('returns null when updating a missing user and refuses a missing team', async ({ store }) => {
    assert.equal(await store.users.update('missing', { name: 'x' }), null);
    const u = await store.users.create({ email: 'u@example.com', name: 'U', role: 'member' });
    await assert.rejects(store.users.update(u.id, { teamId: 'no-such-team' }), StoreReferenceError);
    assert.equal((await store.users.get(u.id))?.teamId, null);
  });

  it('creates, reads, lists and renames teams', async ({ store }) => {
    const before = Date.now();
    const t = await store.teams.create({ name: 'platform' });
    assertTimestamp(t.createdAt, before, Date.now());
    assert.equal(t.models, null);
    assert.deepEqual(await store.teams.get(t.id), t);
    assert.deepEqual(await store.teams.getByName('platform'), t);
    assert.equal(await store.teams.getByName('Platform'), null, 'team names are case-sensitive');
    assert.equal(await store.teams.get('missing'), null);
    const r = await store.teams.update(t.id, { name: 'infra' });
    assert.equal(r?.name, 'infra');
    assert.equal(await store.teams.getByName('platform'), null);
    assert.equal((await store.teams.getByName('infra'))?.id, t.id);
    assert.equal(await store.teams.update('missing', { name: 'x' }), null);
    const u = await store.teams.create({ name: 'other' });
    assert.deepEqual((await store.teams.list()).map((x) => x.id).sort(), [t.id, u.id].sort());
  });

  it('round-trips team models: null, a list, an empty list', async ({ store }) => {
    const all = await store.teams.create({ name: 'all', models: null });
    const some = await store.teams.create({ name: 'some', models: ['llama-3.1-8b', 'qwen2.5:7b'] });
    const none = await store.teams.create({ name: 'none', models: [] });
    assert.equal((await store.teams.get(all.id))?.models, null);
    assert.deepEqual((await store.teams.get(some.id))?.models, ['llama-3.1-8b', 'qwen2.5:7b']);
    assert.deepEqual((await store.teams.get(none.id))?.models, []);
    assert.deepEqual((await store.teams.update(all.id, { models: ['m'] }))?.models, ['m']);
    assert.equal((await store.teams.update(some.id, { models: null }))?.models, null);
    assert.deepEqual((await store.teams.list()).find((t) => t.id === all.id)?.models, ['m']);
    assert.equal((await store.teams.update(all.id, { name: 'all2' }))?.models?.[0], 'm', 'a rename keeps the models');
  });

  it('refuses duplicate team names on create and on rename', async ({ store }) => {
    await store.teams.create({ name: 'x' });
    const y = await store.teams.create({ name: 'y' });
    await assert.rejects(store.teams.create({ name: 'x' }), (err: unknown) => {
      assert.ok(err instanceof StoreConflictError);
      assert.equal(err.message, 'a team named "x" already exists');
      return true;
    });
    await assert.rejects(store.teams.update(y.id, { name: 'x' }), StoreConflictError);
    assert.equal((await store.teams.get(y.id))?.name, 'y');
  });

  it('deletes a team only while no user or key belongs to it', async ({ store }) => {
    const t = await store.teams.create({ name: 'busy' });
    const u = await store.users.create({ email: 'm@example.com', name: 'M', role: 'member', teamId: t.id });
    assert.equal(await store.teams.delete(t.id), false);
    await store.users.update(u.id, { teamId: null });
    await store.keys.create({ name: 'k', prefix: 'bst_team1', hash: 'a'.repeat(64), userId: u.id, teamId: t.id });
    assert.equal(await store.teams.delete(t.id), false, 'a key still belongs to the team');
    assert.ok(await store.teams.get(t.id));
    const free = await store.teams.create({ name: 'free' });
    assert.equal(await store.teams.delete(free.id), true);
    assert.equal(await store.teams.get(free.id), null);
    assert.equal(await store.teams.delete(free.id), false);
    assert.equal(await store.teams.delete('missing'), false);
  });

  it('keeps unicode names, emails and team names intact', async ({ store }) => {
    const t = await store.teams.create({ name: '研究チーム 🚀 Ñandú' });
    const u = await store.users.create({ email: 'ZOË@Exämple.org', name: 'Zoë Ñandú — 测试 👩‍💻', role: 'member', teamId: t.id });
    assert.equal(u.email, 'zoë@exämple.org');
    assert.equal((await store.teams.getByName('研究チーム 🚀 Ñandú'))?.id, t.id);
    assert.equal((await store.users.getByEmail('Zoë@EXÄMPLE.org'))?.name, 'Zoë Ñandú — 测试 👩‍💻');
    await assert.rejects(store.teams.create({ name: '研究チーム 🚀 Ñandú' }), StoreConflictError);
  });
}
