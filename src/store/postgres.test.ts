import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { test } from 'node:test';
import pg from 'pg';
import { storeContract } from './contract.js';
import { openStore } from './open.js';
import { PostgresStore } from './postgres.js';
import type { Store } from './types.js';

/** The test database (trust auth); override with BASTION_TEST_DATABASE_URL. */
const URL = process.env.BASTION_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function randomSchema(): string {
  return `bst_store_${randomBytes(6).toString('hex')}`;
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

test('postgres: the test database is reachable (required locally and in CI)', async () => {
  const client = new pg.Client({ connectionString: URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (err) {
    assert.fail(`PostgreSQL at ${URL} is unreachable (${String(err)}); start it or set BASTION_TEST_DATABASE_URL`);
  } finally {
    await client.end().catch(() => {});
  }
});

storeContract('postgres', async () => {
  const schema = randomSchema();
  const { store, handle } = await openStore({ dataDir: tmpdir(), databaseUrl: URL, schema });
  const others: Store[] = [];
  return {
    store,
    handle,
    reopen: async () => {
      const other = await PostgresStore.open({ databaseUrl: URL, schema });
      others.push(other);
      return { store: other, handle: other.handle };
    },
    cleanup: async () => {
      for (const o of others) await o.close();
      await store.close();
      await dropSchema(schema);
    },
  };
});

test('postgres: tables live in the requested schema only', async () => {
  const schema = randomSchema();
  const { store, handle } = await openStore({ dataDir: tmpdir(), databaseUrl: URL, schema });
  try {
    assert.equal(store.kind, 'postgres');
    assert.deepEqual(handle.kind === 'postgres' ? handle.schema : null, schema);
    const client = new pg.Client({ connectionString: URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name', [schema]);
      assert.deepEqual(rows.map((r) => r.table_name), ['api_keys', 'bastion_migrations', 'bastion_revision', 'settings', 'teams', 'users']);
    } finally {
      await client.end();
    }
  } finally {
    await store.close();
    await dropSchema(schema);
  }
});

test('postgres: a connection failure is a clear error without the password', async () => {
  // Port 1 on loopback: nothing listens there, so the connection is refused at once.
  const url = 'postgresql://bastion:s3cret-Pa55word@127.0.0.1:1/bastion';
  await assert.rejects(openStore({ dataDir: tmpdir(), databaseUrl: url }), (err: unknown) => {
    assert.ok(err instanceof Error);
    assert.match(err.message, /^cannot connect to PostgreSQL at postgresql:\/\/bastion@127\.0\.0\.1:1\/bastion: /);
    assert.match(err.message, /bastion: \S/, 'the reason follows the redacted URL');
    assert.doesNotMatch(err.message, /s3cret-Pa55word/);
    return true;
  });
});

test('postgres: refuses a schema name that would need quoting', async () => {
  await assert.rejects(openStore({ dataDir: tmpdir(), databaseUrl: URL, schema: 'x"; DROP SCHEMA public; --' }), /invalid PostgreSQL schema name/);
  await assert.rejects(PostgresStore.open({ databaseUrl: URL, schema: 'Upper' }), /invalid PostgreSQL schema name/);
});
