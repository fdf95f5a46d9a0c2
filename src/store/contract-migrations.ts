/** Store contract: migrations, for the core store and for other modules' namespaces (see src/store/contract.ts). */
import assert from 'node:assert/strict';
import type { ContractTest } from './contract.js';
import { MigrationError, runMigrations, type Migration } from './migrate.js';
import type { StoreHandle } from './types.js';

async function rows(handle: StoreHandle, sql: string): Promise<Record<string, unknown>[]> {
  if (handle.kind === 'sqlite') return handle.db.prepare(sql).all() as Record<string, unknown>[];
  return (await handle.pool.query<Record<string, unknown>>(sql)).rows;
}

async function exec(handle: StoreHandle, sql: string): Promise<void> {
  if (handle.kind === 'sqlite') handle.db.exec(sql);
  else await handle.pool.query(sql);
}

async function ledger(handle: StoreHandle, namespace: string): Promise<string[]> {
  const r = await rows(handle, `SELECT id FROM bastion_migrations WHERE namespace = '${namespace}' ORDER BY id`);
  return r.map((x) => String(x.id));
}

const same = (id: string, sql: string): Migration => ({ id, sqlite: sql, postgres: sql });

const NOTES_V1: readonly Migration[] = [
  same('001-notes', 'CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL)'),
];
const NOTES_V2: readonly Migration[] = [
  ...NOTES_V1,
  {
    id: '002-notes-created',
    sqlite: 'ALTER TABLE notes ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0',
    postgres: 'ALTER TABLE notes ADD COLUMN created_at BIGINT NOT NULL DEFAULT 0',
  },
];

export function migrationContract(it: ContractTest): void {
  it('migrates twice without error or data loss', async ({ store }) => {
    const t = await store.teams.create({ name: 'kept' });
    await store.settings.set('k', 'v');
    const revision = await store.revision();
    await store.migrate();
    await store.migrate();
    assert.deepEqual(await store.teams.get(t.id), t);
    assert.equal(await store.settings.get('k'), 'v');
    assert.equal(await store.revision(), revision);
  });

  it('migrates concurrently from two store instances', async ({ store, reopen }, ctx) => {
    if (!reopen) { ctx.skip('target cannot open a second instance'); return; }
    const other = await reopen();
    try {
      await Promise.all([other.store.migrate(), store.migrate(), other.store.migrate()]);
      await Promise.all([
        runMigrations(other.handle, 'contract_concurrent', NOTES_V2),
        runMigrations(other.handle, 'contract_concurrent', NOTES_V2),
        other.store.migrate(),
      ]);
      assert.deepEqual(await ledger(other.handle, 'contract_concurrent'), ['001-notes', '002-notes-created']);
      const u = await other.store.users.create({ email: 'c@example.com', name: 'C', role: 'member' });
      assert.equal((await store.users.get(u.id))?.email, 'c@example.com');
    } finally {
      await other.store.close();
    }
  });

  it('applies another module\'s namespace once and only new migrations later', async ({ handle }, ctx) => {
    if (!handle) { ctx.skip('target exposes no handle'); return; }
    await runMigrations(handle, 'contract_notes', NOTES_V1);
    await runMigrations(handle, 'contract_notes', NOTES_V1);
    assert.deepEqual(await ledger(handle, 'contract_notes'), ['001-notes']);
    await exec(handle, "INSERT INTO notes (id, body) VALUES ('n1', 'hello')");
    await runMigrations(handle, 'contract_notes', NOTES_V2);
    assert.deepEqual(await ledger(handle, 'contract_notes'), ['001-notes', '002-notes-created']);
    const r = await rows(handle, 'SELECT id, body, created_at FROM notes');
    assert.deepEqual(r.map((x) => [x.id, x.body, Number(x.created_at)]), [['n1', 'hello', 0]]);
    // The same id in another namespace is a different migration.
    await runMigrations(handle, 'contract_other', [same('001-notes', 'CREATE TABLE other_notes (id TEXT PRIMARY KEY)')]);
    assert.deepEqual(await ledger(handle, 'contract_other'), ['001-notes']);
    assert.deepEqual(await ledger(handle, 'store'), ['001-identities']);
  });

  it('rolls back every pending migration of a call when one fails', async ({ handle }, ctx) => {
    if (!handle) { ctx.skip('target exposes no handle'); return; }
    const broken: Migration[] = [
      same('001-first', 'CREATE TABLE first_table (id TEXT PRIMARY KEY)'),
      same('002-broken', 'CREATE TABLE broken_table (id TEXT PRIMARY KEY, oops NOT_A_TYPE ('),
    ];
    await assert.rejects(runMigrations(handle, 'contract_broken', broken), (err: unknown) => {
      assert.ok(err instanceof MigrationError);
      assert.match(err.message, /contract_broken\/002-broken/);
      return true;
    });
    assert.deepEqual(await ledger(handle, 'contract_broken'), []);
    await assert.rejects(rows(handle, 'SELECT id FROM first_table'), 'first_table was rolled back');
    await runMigrations(handle, 'contract_broken', broken.slice(0, 1));
    assert.deepEqual(await rows(handle, 'SELECT id FROM first_table'), []);
  });

  it('refuses an empty namespace and duplicate ids', async ({ handle }, ctx) => {
    if (!handle) { ctx.skip('target exposes no handle'); return; }
    await assert.rejects(runMigrations(handle, '', NOTES_V1), MigrationError);
    await assert.rejects(runMigrations(handle, 'contract_dup', [...NOTES_V1, ...NOTES_V1]), /appears twice/);
    assert.deepEqual(await ledger(handle, 'contract_dup'), []);
  });
}
