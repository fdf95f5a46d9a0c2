// Real databases for the audit tests: a temp SQLite file and a random
// PostgreSQL schema per test. In CI (CI=true) a missing PostgreSQL fails.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import Database from 'better-sqlite3';
import { SQLITE_FILE, openSqliteDatabase } from '../../src/store/sqlite.js';
import type { StoreHandle } from '../../src/store/types.js';
import { AuditSigner } from '../../src/audit/signing.js';
import { generateKeyPairSync } from 'node:crypto';

export const PG_URL = process.env.BASTION_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDb {
  kind: 'sqlite' | 'postgres';
  handle: StoreHandle;
  dataDir: string;
  /** Direct SQL on the same database, as an attacker with file or table access would run it. */
  exec(sql: string): Promise<void>;
  cleanup(): Promise<void>;
}

export function tempDir(prefix = 'bastion-audit-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function sqliteDb(): Promise<TestDb> {
  const dataDir = tempDir();
  const db = openSqliteDatabase(dataDir);
  return {
    kind: 'sqlite',
    handle: { kind: 'sqlite', db },
    dataDir,
    // A second connection to the file, as an attacker with the sqlite3 shell would have.
    exec: async (sql) => {
      const other = new Database(join(dataDir, SQLITE_FILE));
      try {
        other.exec(sql);
      } finally {
        other.close();
      }
    },
    cleanup: async () => {
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function postgresDb(): Promise<TestDb> {
  const schema = `bst_audit_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA "${schema}"`);
  } finally {
    await admin.end();
  }
  const pool = new pg.Pool({ connectionString: PG_URL, max: 4, options: `-c search_path=${schema}` });
  const dataDir = tempDir();
  return {
    kind: 'postgres',
    handle: { kind: 'postgres', pool, schema },
    dataDir,
    exec: async (sql) => { await pool.query(sql); },
    cleanup: async () => {
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => {});
      await pool.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Both real databases; PostgreSQL is required (its absence fails the suite rather than skipping it). */
export const DATABASES: ReadonlyArray<{ name: 'sqlite' | 'postgres'; open: () => Promise<TestDb> }> = [
  { name: 'sqlite', open: sqliteDb },
  { name: 'postgres', open: postgresDb },
];

export function testSigner(): AuditSigner {
  return new AuditSigner(generateKeyPairSync('ed25519').privateKey, 'test');
}

/** SQL that switches off the append-only triggers, as someone with direct database access could. */
export function dropGuards(kind: 'sqlite' | 'postgres'): string {
  return kind === 'sqlite'
    ? 'DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete; DROP TRIGGER audit_checkpoints_no_update; DROP TRIGGER audit_checkpoints_no_delete;'
    : 'ALTER TABLE audit_events DISABLE TRIGGER USER; ALTER TABLE audit_checkpoints DISABLE TRIGGER USER;';
}
