/**
 * A thin SQL adapter over the store's raw handle (SQLite or PostgreSQL) for the
 * data module's own tables. Statements are written once with `?` placeholders
 * and `{name}` table references; the adapter qualifies tables with the
 * PostgreSQL schema and numbers the placeholders.
 *
 * Atomic work is expressed as a batch of statements (no open transactions
 * across awaits), so a shared SQLite connection is never left mid-transaction
 * while other code runs.
 */
import type { StoreHandle } from '../store/types.js';

export type SqlValue = string | number | bigint | Buffer | null;
export interface Statement { sql: string; params?: readonly SqlValue[] }

export interface DataDb {
  readonly kind: 'sqlite' | 'postgres';
  /** Rows affected. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs every statement in one transaction; returns rows affected per statement. */
  batch(statements: readonly Statement[]): Promise<number[]>;
}

const TABLE_RE = /\{([a-z_]+)\}/g;

function pgText(sql: string, schema: string): string {
  let n = 0;
  const quoted = `"${schema.replace(/"/g, '""')}"`;
  return sql
    .replace(/\{blob\}/g, 'BYTEA')
    .replace(TABLE_RE, (_m, t: string) => `${quoted}."${t}"`)
    .replace(/\?/g, () => `$${++n}`);
}

function sqliteText(sql: string): string {
  return sql.replace(/\{blob\}/g, 'BLOB').replace(TABLE_RE, (_m, t: string) => `"${t}"`);
}

function sqliteParams(params: readonly SqlValue[] | undefined): SqlValue[] {
  return (params ?? []).map((p) => (typeof p === 'boolean' ? Number(p) : p));
}

export function dataDb(handle: StoreHandle): DataDb {
  if (handle.kind === 'sqlite') {
    const db = handle.db;
    const cache = new Map<string, import('better-sqlite3').Statement>();
    const prep = (sql: string): import('better-sqlite3').Statement => {
      let s = cache.get(sql);
      if (!s) {
        s = db.prepare(sqliteText(sql));
        if (cache.size >= 256) cache.clear();
        cache.set(sql, s);
      }
      return s;
    };
    return {
      kind: 'sqlite',
      run: async (sql, params) => prep(sql).run(...sqliteParams(params)).changes,
      all: async <T>(sql: string, params?: readonly SqlValue[]) => prep(sql).all(...sqliteParams(params)) as T[],
      get: async <T>(sql: string, params?: readonly SqlValue[]) => prep(sql).get(...sqliteParams(params)) as T | undefined,
      batch: async (statements) => db.transaction(() => statements.map((s) => prep(s.sql).run(...sqliteParams(s.params)).changes))(),
    };
  }
  const { pool, schema } = handle;
  const q = async (sql: string, params?: readonly SqlValue[]) => pool.query(pgText(sql, schema), params ? [...params] : []);
  return {
    kind: 'postgres',
    run: async (sql, params) => (await q(sql, params)).rowCount ?? 0,
    all: async <T>(sql: string, params?: readonly SqlValue[]) => (await q(sql, params)).rows as T[],
    get: async <T>(sql: string, params?: readonly SqlValue[]) => (await q(sql, params)).rows[0] as T | undefined,
    batch: async (statements) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out: number[] = [];
        for (const s of statements) out.push((await client.query(pgText(s.sql, schema), s.params ? [...s.params] : [])).rowCount ?? 0);
        await client.query('COMMIT');
        return out;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
  };
}

/** BIGINT columns come back from PostgreSQL as strings; timestamps here fit in a double. */
export function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

/** `?, ?, ?` for an IN list; callers guarantee `n > 0`. */
export function placeholders(n: number): string {
  return new Array(n).fill('?').join(', ');
}

/** True for a unique or primary-key violation on either engine. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
