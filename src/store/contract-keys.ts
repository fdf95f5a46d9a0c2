/** Store contract: API keys (see src/store/contract.ts). */
import assert from 'node:assert/strict';
import type { ContractTest } from './contract.js';
import type { NewApiKey, Store } from './types.js';
import { StoreConflictError, StoreReferenceError } from './types.js';

const HASH = 'ab'.repeat(32);

async function owner(store: Store, email = 'owner@example.com'): Promise<string> {
  return (await store.users.create({ email, name: 'Owner', role: 'member' })).id;
}

function key(userId: string, prefix: string, extra: Partial<NewApiKey> = {}): NewApiKey {
  return { name: `key ${prefix}`, prefix, hash: HASH, userId, ...extra };
}

export function keyContract(it: ContractTest): void {
  it('creates a key with defaults and reads it by id and prefix', async ({ store }) => {
    const userId = await owner(store);
    const before = Date.now();
    const k = await store.keys.create(key(userId, 'bst_aaaa1111'));
    const after = Date.now();
    assert.deepEqual({ ...k, id: '', createdAt: 0 }, {
      id: '', name: 'key bst_aaaa1111', prefix: 'bst_aaaa1111', hash: HASH, userId, teamId: null, models: null,
      expiresAt: null, revokedAt: null, createdAt: 0, lastUsedAt: null,
    });
    assert.equal(typeof k.createdAt, 'number');
    assert.ok(k.createdAt >= before && k.createdAt <= after);
    assert.deepEqual(await store.keys.get(k.id), k);
    assert.deepEqual(await store.keys.getByPrefix('bst_aaaa1111'), k);
    assert.equal(await store.keys.get('missing'), null);
    assert.equal(await store.keys.getByPrefix('bst_missing'), null);
  });

  it('round-trips models (null vs list), team and expiry', async ({ store }) => {
    const userId = await owner(store);
    const team = await store.teams.create({ name: 't' });
    const expiresAt = 4_102_444_800_000; // beyond 2^32 seconds and 2^31 ms: needs 64-bit storage
    const a = await store.keys.create(key(userId, 'bst_models1', { models: null }));
    const b = await store.keys.create(key(userId, 'bst_models2', { models: ['llama-3.1-8b', 'mistral:7b'], teamId: team.id, expiresAt }));
    const c = await store.keys.create(key(userId, 'bst_models3', { models: [] }));
    assert.equal((await store.keys.get(a.id))?.models, null);
    const gotB = await store.keys.get(b.id);
    assert.deepEqual(gotB?.models, ['llama-3.1-8b', 'mistral:7b']);
    assert.equal(gotB?.teamId, team.id);
    assert.equal(gotB?.expiresAt, expiresAt);
    assert.equal(typeof gotB?.expiresAt, 'number');
    assert.deepEqual((await store.keys.get(c.id))?.models, []);
    assert.deepEqual(gotB, b);
  });

  it('refuses a duplicate prefix', async ({ store }) => {
    const userId = await owner(store);
    await store.keys.create(key(userId, 'bst_dup'));
    await assert.rejects(store.keys.create(key(userId, 'bst_dup')), (err: unknown) => {
      assert.ok(err instanceof StoreConflictError);
      assert.match(err.message, /bst_dup/);
      return true;
    });
    assert.equal((await store.keys.list()).length, 1);
  });

  it('refuses a key whose user or team does not exist', async ({ store }) => {
    await assert.rejects(store.keys.create(key('no-such-user', 'bst_orphan')), StoreReferenceError);
    const userId = await owner(store);
    await assert.rejects(store.keys.create(key(userId, 'bst_orphan', { teamId: 'no-such-team' })), StoreReferenceError);
    assert.deepEqual(await store.keys.list(), []);
  });

  it('lists keys with and without filters', async ({ store }) => {
    const u1 = await owner(store, 'one@example.com');
    const u2 = await owner(store, 'two@example.com');
    const t1 = (await store.teams.create({ name: 't1' })).id;
    const t2 = (await store.teams.create({ name: 't2' })).id;
    const k1 = await store.keys.create(key(u1, 'bst_k1', { teamId: t1 }));
    const k2 = await store.keys.create(key(u1, 'bst_k2', { teamId: t2 }));
    const k3 = await store.keys.create(key(u2, 'bst_k3', { teamId: t1 }));
    const k4 = await store.keys.create(key(u2, 'bst_k4'));
    const ids = async (filter?: { userId?: string; teamId?: string }): Promise<string[]> =>
      (await store.keys.list(filter)).map((k) => k.id).sort();
    assert.deepEqual(await ids(), [k1.id, k2.id, k3.id, k4.id].sort());
    assert.deepEqual(await ids({}), [k1.id, k2.id, k3.id, k4.id].sort());
    assert.deepEqual(await ids({ userId: u1 }), [k1.id, k2.id].sort());
    assert.deepEqual(await ids({ teamId: t1 }), [k1.id, k3.id].sort());
    assert.deepEqual(await ids({ userId: u2, teamId: t1 }), [k3.id]);
    assert.deepEqual(await ids({ userId: u1, teamId: 'none' }), []);
    assert.deepEqual(await ids({ userId: 'nobody' }), []);
    assert.deepEqual((await store.keys.list({ userId: u2 })).find((k) => k.id === k4.id), k4);
  });

  it('revokes once: a second revoke keeps the first time; a missing key gives null', async ({ store }) => {
    const userId = await owner(store);
    const k = await store.keys.create(key(userId, 'bst_rev'));
    const r1 = await store.keys.revoke(k.id, 1_700_000_000_000);
    assert.equal(r1?.revokedAt, 1_700_000_000_000);
    assert.equal(typeof r1?.revokedAt, 'number');
    assert.deepEqual({ ...r1, revokedAt: null }, k);
    const r2 = await store.keys.revoke(k.id, 1_800_000_000_000);
    assert.equal(r2?.revokedAt, 1_700_000_000_000);
    assert.deepEqual(await store.keys.get(k.id), r1);
    assert.equal(await store.keys.revoke('missing', 1), null);
  });
}
