import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { storeContract } from './contract.js';
import { openStore } from './open.js';
import { SQLITE_FILE, SqliteStore } from './sqlite.js';
import type { Store } from './types.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bastion-store-'));
}

storeContract('sqlite', async () => {
  const root = tempDir();
  const dataDir = join(root, 'data');
  const { store, handle } = await openStore({ dataDir });
  const others: Store[] = [];
  return {
    store,
    handle,
    reopen: async () => {
      const other = SqliteStore.open({ dataDir });
      others.push(other);
      return { store: other, handle: other.handle };
    },
    cleanup: async () => {
      for (const o of others) await o.close();
      await store.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
});

test('sqlite: creates <dataDir>/bastion.db owner-only with WAL, foreign keys on and a 4 MiB page cache', async () => {
  const root = tempDir();
  try {
    const dataDir = join(root, 'nested', 'data');
    const { store, handle } = await openStore({ dataDir, databaseUrl: '' });
    try {
      assert.equal(store.kind, 'sqlite');
      assert.equal(handle.kind, 'sqlite');
      if (handle.kind !== 'sqlite') return;
      assert.equal(statSync(dataDir).mode & 0o777, 0o700);
      assert.equal(statSync(join(dataDir, SQLITE_FILE)).mode & 0o777, 0o600);
      assert.equal(handle.db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(handle.db.pragma('foreign_keys', { simple: true }), 1);
      assert.equal(handle.db.pragma('busy_timeout', { simple: true }), 5000);
      assert.equal(handle.db.pragma('cache_size', { simple: true }), -4096);
    } finally {
      await store.close();
      await store.close(); // closing twice is harmless
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('sqlite: data survives close and reopen', async () => {
  const root = tempDir();
  try {
    const first = await openStore({ dataDir: root });
    const team = await first.store.teams.create({ name: 'persisted', models: ['m'] });
    await first.store.close();
    const second = await openStore({ dataDir: root });
    try {
      assert.deepEqual(await second.store.teams.get(team.id), team);
      assert.equal(await second.store.revision(), 1);
    } finally {
      await second.store.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('openStore: refuses a database URL that is not PostgreSQL', async () => {
  await assert.rejects(openStore({ dataDir: tmpdir(), databaseUrl: 'mysql://root:hunter2@db/app' }), (err: unknown) => {
    assert.ok(err instanceof Error);
    assert.match(err.message, /postgres:\/\//);
    assert.doesNotMatch(err.message, /hunter2/);
    return true;
  });
});

test('sqlite: an unusable data directory or file is a clear error', async () => {
  const root = tempDir();
  try {
    const notADir = join(root, 'file');
    writeFileSync(notADir, 'x');
    await assert.rejects(openStore({ dataDir: notADir }), /^Error: cannot open the SQLite store at .*bastion\.db: /);
    const corrupt = join(root, 'corrupt');
    await openStore({ dataDir: corrupt }).then(({ store }) => store.close());
    writeFileSync(join(corrupt, SQLITE_FILE), 'this is not a database'.repeat(100));
    rmSync(join(corrupt, `${SQLITE_FILE}-wal`), { force: true });
    rmSync(join(corrupt, `${SQLITE_FILE}-shm`), { force: true });
    await assert.rejects(openStore({ dataDir: corrupt }), /cannot open the SQLite store at .*: file is not a database/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
