/** Store contract: the revision counter and settings (see src/store/contract.ts). */
import assert from 'node:assert/strict';
import type { ContractTest } from './contract.js';
import { StoreConflictError, type Store } from './types.js';

/** Runs `fn` and asserts the revision moved by exactly `by`. */
async function expectBump(store: Store, by: number, what: string, fn: () => Promise<unknown>): Promise<void> {
  const before = await store.revision();
  await fn();
  const after = await store.revision();
  assert.equal(after - before, by, `${what}: revision ${before} -> ${after}`);
}

export function revisionContract(it: ContractTest): void {
  it('starts at a number and bumps once per identity mutation', async ({ store }) => {
    assert.equal(typeof (await store.revision()), 'number');
    let teamId = '';
    let userId = '';
    let keyId = '';
    await expectBump(store, 1, 'teams.create', async () => { teamId = (await store.teams.create({ name: 'a' })).id; });
    await expectBump(store, 1, 'teams.update', () => store.teams.update(teamId, { models: ['m'] }));
    await expectBump(store, 1, 'users.create', async () => {
      userId = (await store.users.create({ email: 'r@example.com', name: 'R', role: 'member', teamId })).id;
    });
    await expectBump(store, 1, 'users.update', () => store.users.update(userId, { status: 'suspended' }));
    await expectBump(store, 1, 'keys.create', async () => {
      keyId = (await store.keys.create({ name: 'k', prefix: 'bst_rev1', hash: 'cd'.repeat(32), userId })).id;
    });
    await expectBump(store, 1, 'keys.revoke', () => store.keys.revoke(keyId, Date.now()));
    await expectBump(store, 1, 'users.update (leave team)', () => store.users.update(userId, { teamId: null }));
    await expectBump(store, 1, 'teams.delete', () => store.teams.delete(teamId));
  });

  it('does not bump on reads, settings, no-ops or refused mutations', async ({ store }) => {
    const t = await store.teams.create({ name: 'a' });
    const u = await store.users.create({ email: 'r@example.com', name: 'R', role: 'member', teamId: t.id });
    const k = await store.keys.create({ name: 'k', prefix: 'bst_rev2', hash: 'cd'.repeat(32), userId: u.id });
    await store.keys.revoke(k.id, 1);
    await expectBump(store, 0, 'reads', async () => {
      await store.users.get(u.id);
      await store.users.getByEmail('r@example.com');
      await store.users.list();
      await store.users.count();
      await store.teams.get(t.id);
      await store.teams.getByName('a');
      await store.teams.list();
      await store.keys.get(k.id);
      await store.keys.getByPrefix('bst_rev2');
      await store.keys.list({ userId: u.id });
    });
    await expectBump(store, 0, 'settings', async () => {
      await store.settings.set('x', '1');
      await store.settings.get('x');
      await store.settings.delete('x');
    });
    await expectBump(store, 0, 'second revoke', () => store.keys.revoke(k.id, 2));
    await expectBump(store, 0, 'refused team delete', () => store.teams.delete(t.id));
    await expectBump(store, 0, 'updates of missing rows', async () => {
      await store.users.update('missing', { name: 'x' });
      await store.teams.update('missing', { name: 'x' });
      await store.keys.revoke('missing', 1);
      await store.teams.delete('missing');
    });
    await expectBump(store, 0, 'conflicts', async () => {
      await assert.rejects(store.teams.create({ name: 'a' }));
      await assert.rejects(store.users.create({ email: 'R@example.com', name: 'R', role: 'member' }));
      await assert.rejects(store.keys.create({ name: 'k', prefix: 'bst_rev2', hash: 'cd'.repeat(32), userId: u.id }));
    });
  });

  it('counts concurrent mutations without losing any, and lets one of racing duplicates win', async ({ store }) => {
    const start = await store.revision();
    await Promise.all(Array.from({ length: 8 }, (_, i) => store.teams.create({ name: `parallel-${i}` })));
    assert.equal(await store.revision(), start + 8);
    const raced = await Promise.allSettled(Array.from({ length: 5 }, () => store.teams.create({ name: 'contested' })));
    assert.equal(raced.filter((r) => r.status === 'fulfilled').length, 1);
    for (const r of raced) if (r.status === 'rejected') assert.ok(r.reason instanceof StoreConflictError, String(r.reason));
    assert.equal(await store.revision(), start + 9);
    assert.equal((await store.teams.list()).length, 9);
  });

  it('shares the revision across instances on the same database', async ({ store, reopen }, ctx) => {
    if (!reopen) { ctx.skip('target cannot open a second instance'); return; }
    const { store: other } = await reopen();
    try {
      await store.teams.create({ name: 'seen-by-other' });
      assert.equal(await other.revision(), await store.revision());
      assert.equal((await other.teams.getByName('seen-by-other'))?.name, 'seen-by-other');
    } finally {
      await other.close();
    }
  });

  it('gets, sets, overwrites and deletes settings', async ({ store }) => {
    assert.equal(await store.settings.get('setup_token_hash'), null);
    await store.settings.set('setup_token_hash', 'abc');
    assert.equal(await store.settings.get('setup_token_hash'), 'abc');
    await store.settings.set('setup_token_hash', 'def');
    assert.equal(await store.settings.get('setup_token_hash'), 'def');
    await store.settings.set('ünïcode 🔑', 'välue — 值');
    assert.equal(await store.settings.get('ünïcode 🔑'), 'välue — 值');
    await store.settings.set('empty', '');
    assert.equal(await store.settings.get('empty'), '');
    await store.settings.delete('setup_token_hash');
    assert.equal(await store.settings.get('setup_token_hash'), null);
    await store.settings.delete('never-set');
    assert.equal(await store.settings.get('ünïcode 🔑'), 'välue — 值');
  });
}
