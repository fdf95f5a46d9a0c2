/**
 * Real databases for the data module's tests: a temp-file SQLite database and
 * a random schema in the PostgreSQL database `test` (127.0.0.1:5432). Outside
 * CI a missing PostgreSQL skips its suite; with CI=true it fails.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { StoreHandle } from '../../src/store/types.js';

export interface Engine { name: 'sqlite' | 'postgres'; handle: StoreHandle; close(): Promise<void> }
export type EngineFactory = { name: 'sqlite' | 'postgres'; open(): Promise<Engine>; available(): Promise<boolean> };

export const PG_URL = process.env.BASTION_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export const sqliteEngine: EngineFactory = {
  name: 'sqlite',
  available: async () => true,
  open: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bastion-data-'));
    const db = new Database(join(dir, 'bastion.db'));
    db.pragma('journal_mode = WAL');
    return { name: 'sqlite', handle: { kind: 'sqlite', db }, close: async () => { db.close(); rmSync(dir, { recursive: true, force: true }); } };
  },
};

let pgUp: Promise<boolean> | undefined;
export const postgresEngine: EngineFactory = {
  name: 'postgres',
  available: () => {
    pgUp ??= (async () => {
      const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
      try { await c.connect(); await c.end(); return true; } catch { return false; }
    })();
    return pgUp;
  },
  open: async () => {
    const pool = new pg.Pool({ connectionString: PG_URL, max: 4 });
    const schema = `data_test_${randomBytes(6).toString('hex')}`;
    await pool.query(`CREATE SCHEMA "${schema}"`);
    return {
      name: 'postgres',
      handle: { kind: 'postgres', pool, schema },
      close: async () => { await pool.query(`DROP SCHEMA "${schema}" CASCADE`); await pool.end(); },
    };
  },
};

export const ENGINES: readonly EngineFactory[] = [sqliteEngine, postgresEngine];

/** `skip` option for node:test: skip a PostgreSQL suite only when it is absent and not in CI. */
export async function skipUnless(e: EngineFactory): Promise<string | false> {
  if (await e.available()) return false;
  if (process.env.CI === 'true') return false;
  return `${e.name} not reachable (set CI=true to fail instead)`;
}
