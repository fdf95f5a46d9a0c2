import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { IdentityService } from '../../src/control/identities.js';
import { createIdentitySnapshot } from '../../src/control/snapshot.js';
import { openKind, openSqlite, STORE_KINDS, type TestStore } from './stores.js';

const CLI = { via: 'cli' as const };

for (const kind of STORE_KINDS) {
  describe(`identity snapshot on ${kind}`, () => {
    let ts: TestStore | undefined;
    let ids: IdentityService;
    before(async () => {
      ts = await openKind(kind);
      if (ts) ids = new IdentityService(ts.store);
    });
    after(async () => {
      await ts?.cleanup();
    });

    test('lookup and authenticate: effective models, expiry, suspension, revocation', async (t) => {
      if (!ts) return t.skip('PostgreSQL not available');
      await ids.createUser({ email: 'admin@example.com', role: 'admin' }, CLI);
      await ids.createTeam({ name: 'ml', models: ['llama3', 'qwen'] }, CLI);
      const user = await ids.createUser({ email: 'dev@example.com', team: 'ml' }, CLI);
      const narrow = await ids.createKey({ userId: user.id, name: 'narrow', models: ['qwen'] }, CLI);
      const wide = await ids.createKey({ userId: user.id, name: 'wide' }, CLI);
      const snap = await createIdentitySnapshot(ts.store, { pollMs: 0 });
      try {
        const e = snap.lookup(narrow.record.prefix);
        assert.ok(e);
        assert.equal(e.user.id, user.id);
        assert.equal(e.team?.name, 'ml');
        assert.deepEqual([...(e.models ?? [])], ['qwen']);
        assert.equal(e.identity.keyId, narrow.record.id);
        assert.equal(e.identity.role, 'member');
        assert.equal(e.identity.teamId, e.team?.id);
        assert.deepEqual([...(snap.lookup(wide.record.prefix)?.models ?? [])].sort(), ['llama3', 'qwen']);
        assert.equal(snap.lookup('000000000000'), undefined);
        assert.equal(snap.lookup(narrow.record.prefix), e, 'lookup returns the prebuilt entry, no copy');

        assert.equal(snap.authenticate(narrow.key.reveal()), e);
        assert.equal(snap.authenticate('nonsense'), 'malformed');
        const forged = narrow.key.reveal().slice(0, -1) + (narrow.key.reveal().endsWith('A') ? 'B' : 'A');
        assert.equal(snap.authenticate(forged), 'hash_mismatch');
        assert.equal(snap.authenticate(`bst_000000000000_${'A'.repeat(43)}`), 'unknown_key');

        const short = await ids.createKey({ userId: user.id, name: 'short', expiresIn: '90m' }, CLI);
        await snap.refresh();
        const se = snap.lookup(short.record.prefix);
        assert.ok(se && se.key.expiresAt !== null);
        assert.equal(snap.authenticate(short.key.reveal(), se.key.expiresAt - 1), se);
        assert.equal(snap.authenticate(short.key.reveal(), se.key.expiresAt), 'expired');

        await ids.suspendUser(user.id, CLI);
        await snap.refresh();
        assert.equal(snap.authenticate(wide.key.reveal()), 'suspended');
        await ids.activateUser(user.id, CLI);

        await ids.revokeKey(wide.record.id, CLI);
        await snap.refresh();
        assert.equal(snap.lookup(wide.record.prefix), undefined);
        assert.equal(snap.authenticate(wide.key.reveal()), 'unknown_key');

        // Team allowlist changes reach keys that follow their owner's team.
        await ids.updateTeam('ml', { models: ['llama3'] }, CLI);
        await snap.refresh();
        assert.deepEqual([...(snap.lookup(narrow.record.prefix)?.models ?? ['x'])], []);
        // A member moved to another team keeps, on a key scoped to the old team, only what both allow.
        await ids.createTeam({ name: 'ops', models: ['llama3', 'mistral'] }, CLI);
        await ids.updateTeam('ml', { models: ['llama3', 'qwen'] }, CLI);
        const scoped = await ids.createKey({ userId: user.id, name: 'scoped', teamName: 'ml' }, CLI);
        await assert.rejects(ids.updateUser(user.id, { team: 'ops' }, CLI), /scoped to another team/);
        // Written behind the service's back, the snapshot still narrows the key.
        const ops = await ids.findTeam('ops');
        await ts.store.users.update(user.id, { teamId: ops.id });
        await snap.refresh();
        assert.deepEqual([...(snap.lookup(scoped.record.prefix)?.models ?? ['x'])], ['llama3']);
        assert.deepEqual(snap.models({ key: { models: null }, team: null }), null);
        assert.deepEqual([...(snap.models({ key: { models: ['a', 'b'] }, team: { models: ['b'] } }) ?? [])], ['b']);
      } finally {
        snap.close();
      }
    });

    test('refresh rebuilds only when the revision moved', async (t) => {
      if (!ts) return t.skip('PostgreSQL not available');
      const snap = await createIdentitySnapshot(ts.store, { pollMs: 0 });
      try {
        const rev = snap.revision;
        const before = snap.lookup([...(await ids.listKeys())].find((k) => k.status === 'active')?.prefix ?? '');
        await snap.refresh();
        assert.equal(snap.revision, rev);
        assert.equal(snap.lookup(before?.key.prefix ?? ''), before, 'unchanged revision keeps the same entries');
        await ids.createTeam({ name: `t-${kind}` }, CLI);
        await snap.refresh();
        assert.ok(snap.revision > rev);
      } finally {
        snap.close();
      }
    });

    test('polling picks up a new key without an explicit refresh', async (t) => {
      if (!ts) return t.skip('PostgreSQL not available');
      const snap = await createIdentitySnapshot(ts.store, { pollMs: 20 });
      try {
        const owner = (await ids.listUsers())[0];
        assert.ok(owner);
        const k = await ids.createKey({ userId: owner.id, name: 'polled' }, CLI);
        for (let i = 0; i < 500 && snap.lookup(k.record.prefix) === undefined; i++) await sleep(20);
        assert.ok(snap.lookup(k.record.prefix));
      } finally {
        snap.close();
      }
    });
  });
}

test('with the store down the last good snapshot keeps serving, logged once', async () => {
  const ts = await openSqlite();
  const ids = new IdentityService(ts.store);
  const user = await ids.createUser({ email: 'u@example.com' }, CLI);
  const k = await ids.createKey({ userId: user.id, name: 'k' }, CLI);
  const logs: string[] = [];
  const snap = await createIdentitySnapshot(ts.store, { pollMs: 0, log: (level, msg) => logs.push(`${level}:${msg}`) });
  try {
    await ts.store.close();
    for (let i = 0; i < 3; i++) await assert.rejects(snap.refresh());
    const e = snap.authenticate(k.key.reveal());
    assert.ok(typeof e === 'object' && e.user.id === user.id);
    assert.equal(logs.length, 1);
    assert.match(logs[0] ?? '', /^warn:.*last good snapshot/);
    assert.ok(!logs.join('').includes(k.key.reveal()));
  } finally {
    snap.close();
    await ts.cleanup();
  }
});
