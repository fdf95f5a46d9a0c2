/**
 * Schema migrations for every module that keeps tables in the store's database.
 *
 * Each module owns a *namespace* (the core store uses `store`; the audit log,
 * usage and conversations use their own, e.g. `audit`, `usage`, `conversations`)
 * and an ordered list of migrations with SQL for each dialect:
 *
 *   await runMigrations(handle, 'audit', [
 *     { id: '001-events', sqlite: 'CREATE TABLE audit_events (...)', postgres: 'CREATE TABLE audit_events (...)' },
 *   ]);
 *
 * Applied ids are recorded in `bastion_migrations(namespace, id, applied_at)`.
 * A migration id, once released, must never change meaning: add a new one
 * instead. Migrations run in array order; ids already applied are skipped;
 * recorded ids missing from the list (written by a newer release) are left alone.
 *
 * Safe when several processes start at once: all pending migrations of one
 * call run in one transaction that first takes a lock — `BEGIN IMMEDIATE` on
 * SQLite (the write lock; others wait up to busy_timeout) and
 * `pg_advisory_xact_lock` on PostgreSQL (keyed by schema, released at commit).
 * A failing migration rolls the whole call back and throws `MigrationError`.
 */
import { createHash } from 'node:crypto';
import type { StoreHandle } from './types.js';

export interface Migration {
  /** Stable, unique within its namespace; applied in array order. */
  readonly id: string;
  /** SQL for SQLite; may hold several statements. */
  readonly sqlite: string;
  /** SQL for PostgreSQL; may hold several statements (no bind parameters). */
  readonly postgres: string;
}

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

const LEDGER_SQLITE = `CREATE TABLE IF NOT EXISTS bastion_migrations (
  namespace TEXT NOT NULL,
  id TEXT NOT NULL,
  applied_at INTEGER NOT NULL,
  PRIMARY KEY (namespace, id)
)`;

const LEDGER_POSTGRES = `CREATE TABLE IF NOT EXISTS bastion_migrations (
  namespace TEXT NOT NULL,
  id TEXT NOT NULL,
  applied_at BIGINT NOT NULL,
  PRIMARY KEY (namespace, id)
)`;

/** PostgreSQL identifiers Bastion accepts for a schema name: no quoting surprises. */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`invalid PostgreSQL schema name ${JSON.stringify(schema)}: use lower-case letters, digits and _ (max 63, not starting with a digit)`);
  }
  return schema;
}

function validate(namespace: string, migrations: readonly Migration[]): void {
  if (typeof namespace !== 'string' || namespace.length === 0) throw new MigrationError('migration namespace must be a non-empty string');
  const seen = new Set<string>();
  for (const m of migrations) {
    if (typeof m.id !== 'string' || m.id.length === 0) throw new MigrationError(`migration in namespace "${namespace}" has an empty id`);
    if (seen.has(m.id)) throw new MigrationError(`migration id "${m.id}" appears twice in namespace "${namespace}"`);
    seen.add(m.id);
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Applies the pending migrations of `namespace`; idempotent; safe under concurrency. */
export async function runMigrations(handle: StoreHandle, namespace: string, migrations: readonly Migration[]): Promise<void> {
  validate(namespace, migrations);
  if (handle.kind === 'sqlite') migrateSqlite(handle.db, namespace, migrations);
  else await migratePostgres(handle.pool, handle.schema, namespace, migrations);
}

function migrateSqlite(db: import('better-sqlite3').Database, namespace: string, migrations: readonly Migration[]): void {
  db.exec('BEGIN IMMEDIATE');
  let current = '';
  try {
    db.exec(LEDGER_SQLITE);
    const rows = db.prepare('SELECT id FROM bastion_migrations WHERE namespace = ?').all(namespace) as { id: string }[];
    const applied = new Set(rows.map((r) => r.id));
    const insert = db.prepare('INSERT INTO bastion_migrations (namespace, id, applied_at) VALUES (?, ?, ?)');
    for (const m of migrations) {
      if (applied.has(m.id)) continue;
      current = m.id;
      db.exec(m.sqlite);
      insert.run(namespace, m.id, Date.now());
    }
    db.exec('COMMIT');
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    const where = current ? `migration ${namespace}/${current}` : `migrations of namespace "${namespace}"`;
    throw new MigrationError(`${where} failed (SQLite): ${messageOf(err)}`, { cause: err });
  }
}

/** A stable signed 64-bit advisory-lock key per schema (as a decimal string for a ::bigint parameter). */
function lockKey(schema: string): string {
  return createHash('sha256').update(`bastion_migrations:${schema}`).digest().readBigInt64BE(0).toString();
}

async function migratePostgres(pool: import('pg').Pool, schema: string, namespace: string, migrations: readonly Migration[]): Promise<void> {
  checkSchemaName(schema);
  const client = await pool.connect();
  let current = '';
  let broken = false;
  try {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [lockKey(schema)]);
      await client.query(`SET LOCAL search_path TO "${schema}"`);
      await client.query(LEDGER_POSTGRES);
      const { rows } = await client.query<{ id: string }>('SELECT id FROM bastion_migrations WHERE namespace = $1', [namespace]);
      const applied = new Set(rows.map((r) => r.id));
      for (const m of migrations) {
        if (applied.has(m.id)) continue;
        current = m.id;
        await client.query(m.postgres);
        await client.query('INSERT INTO bastion_migrations (namespace, id, applied_at) VALUES ($1, $2, $3)', [namespace, m.id, Date.now()]);
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => { broken = true; });
      const where = current ? `migration ${namespace}/${current}` : `migrations of namespace "${namespace}"`;
      throw new MigrationError(`${where} failed (PostgreSQL): ${messageOf(err)}`, { cause: err });
    }
  } finally {
    client.release(broken);
  }
}
