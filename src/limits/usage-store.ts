/**
 * Persistent usage: one row per (dimension, UTC day, id) in `usage_daily`,
 * on SQLite or PostgreSQL (the store's database, migration namespace `usage`).
 * Writers add increments (upsert adding counts), so several gateway replicas
 * can write the same rows; readers query one dimension over a day range.
 */
import type { Database } from 'better-sqlite3';
import type { Pool } from 'pg';
import { checkSchemaName, runMigrations, type Migration } from '../store/migrate.js';
import type { StoreHandle } from '../store/types.js';
import type { UsageDimension, UsageRow } from './usage.js';

export const USAGE_NAMESPACE = 'usage';

export const USAGE_MIGRATIONS: readonly Migration[] = [
  {
    id: '001-usage-daily',
    sqlite: `CREATE TABLE usage_daily (
  dimension TEXT NOT NULL,
  day TEXT NOT NULL,
  id TEXT NOT NULL,
  requests INTEGER NOT NULL,
  tokens_in INTEGER NOT NULL,
  tokens_out INTEGER NOT NULL,
  PRIMARY KEY (dimension, day, id)
); CREATE INDEX usage_daily_day ON usage_daily (day)`,
    postgres: `CREATE TABLE usage_daily (
  dimension TEXT NOT NULL,
  day TEXT NOT NULL,
  id TEXT NOT NULL,
  requests BIGINT NOT NULL,
  tokens_in BIGINT NOT NULL,
  tokens_out BIGINT NOT NULL,
  PRIMARY KEY (dimension, day, id)
); CREATE INDEX usage_daily_day ON usage_daily (day)`,
  },
];

export interface UsageQuery {
  /** First UTC day, YYYY-MM-DD, inclusive. */
  readonly from: string;
  /** Last UTC day, YYYY-MM-DD, inclusive. */
  readonly to: string;
  readonly by: UsageDimension;
  /** Most rows returned (default 10,000). */
  readonly limit?: number;
}

export interface UsageStore {
  init(): Promise<void>;
  /** Adds the increments to the stored rows (creating them), in one transaction. */
  add(rows: readonly UsageRow[]): Promise<void>;
  /** Rows of one dimension in the day range, sorted by day then id. */
  query(q: UsageQuery): Promise<UsageRow[]>;
  /** Deletes the rows of days that ended at or before cutoffMs; returns how many. */
  purgeBefore(cutoffMs: number): Promise<number>;
}

/** The UTC day (YYYY-MM-DD) containing ms. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

interface DbRow { dimension: string; day: string; id: string; requests: number | string; tokens_in: number | string; tokens_out: number | string }
const toRow = (r: DbRow): UsageRow => ({
  day: r.day, dimension: r.dimension as UsageDimension, id: r.id,
  requests: Number(r.requests), tokensIn: Number(r.tokens_in), tokensOut: Number(r.tokens_out),
});

const UPSERT_SET = 'DO UPDATE SET requests = usage_daily.requests + excluded.requests, tokens_in = usage_daily.tokens_in + excluded.tokens_in, tokens_out = usage_daily.tokens_out + excluded.tokens_out';
const SELECT = 'SELECT dimension, day, id, requests, tokens_in, tokens_out FROM';

/**
 * Sums rows with the same (dimension, day, id) and sorts them. One statement
 * may not touch a row twice (PostgreSQL), and a fixed order keeps concurrent
 * writers from deadlocking.
 */
export function mergeUsageRows(rows: readonly UsageRow[]): UsageRow[] {
  const byKey = new Map<string, { day: string; dimension: UsageDimension; id: string; requests: number; tokensIn: number; tokensOut: number }>();
  for (const r of rows) {
    const k = `${r.dimension}\u0000${r.day}\u0000${r.id}`;
    const m = byKey.get(k);
    if (m) { m.requests += r.requests; m.tokensIn += r.tokensIn; m.tokensOut += r.tokensOut; } else byKey.set(k, { ...r });
  }
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...byKey.values()].sort((a, b) => cmp(a.dimension, b.dimension) || cmp(a.day, b.day) || cmp(a.id, b.id));
}

export function createUsageStore(handle: StoreHandle): UsageStore {
  return handle.kind === 'sqlite' ? sqliteUsageStore(handle.db, handle) : postgresUsageStore(handle.pool, handle.schema, handle);
}

function sqliteUsageStore(db: Database, handle: StoreHandle): UsageStore {
  let stmts: ReturnType<typeof prepare> | undefined;
  function prepare() {
    return {
      upsert: db.prepare(`INSERT INTO usage_daily (dimension, day, id, requests, tokens_in, tokens_out) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dimension, day, id) ${UPSERT_SET}`),
      query: db.prepare(`${SELECT} usage_daily WHERE dimension = ? AND day >= ? AND day <= ? ORDER BY day, id LIMIT ?`),
      purge: db.prepare('DELETE FROM usage_daily WHERE day < ?'),
    };
  }
  const s = (): ReturnType<typeof prepare> => (stmts ??= prepare());
  return {
    async init() { await runMigrations(handle, USAGE_NAMESPACE, USAGE_MIGRATIONS); },
    async add(input) {
      const rows = mergeUsageRows(input);
      if (rows.length === 0) return;
      const { upsert } = s();
      db.transaction(() => { for (const r of rows) upsert.run(r.dimension, r.day, r.id, r.requests, r.tokensIn, r.tokensOut); })();
    },
    async query(q) {
      return (s().query.all(q.by, q.from, q.to, q.limit ?? 10_000) as DbRow[]).map(toRow);
    },
    async purgeBefore(cutoffMs) {
      return s().purge.run(utcDay(cutoffMs)).changes;
    },
  };
}

const PG_CHUNK = 500;

function postgresUsageStore(pool: Pool, schema: string, handle: StoreHandle): UsageStore {
  const table = `"${checkSchemaName(schema)}".usage_daily`;
  return {
    async init() { await runMigrations(handle, USAGE_NAMESPACE, USAGE_MIGRATIONS); },
    async add(input) {
      const rows = mergeUsageRows(input);
      if (rows.length === 0) return;
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        try {
          for (let i = 0; i < rows.length; i += PG_CHUNK) {
            const chunk = rows.slice(i, i + PG_CHUNK);
            const values: (string | number)[] = [];
            const tuples = chunk.map((r, j) => {
              values.push(r.dimension, r.day, r.id, r.requests, r.tokensIn, r.tokensOut);
              const b = j * 6;
              return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6})`;
            });
            await client.query(`INSERT INTO ${table} AS usage_daily (dimension, day, id, requests, tokens_in, tokens_out) VALUES ${tuples.join(', ')} ON CONFLICT (dimension, day, id) ${UPSERT_SET}`, values);
          }
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => { broken = true; });
          throw err;
        }
      } finally {
        client.release(broken);
      }
    },
    async query(q) {
      const r = await pool.query<DbRow>(`${SELECT} ${table} WHERE dimension = $1 AND day >= $2 AND day <= $3 ORDER BY day, id LIMIT $4`, [q.by, q.from, q.to, q.limit ?? 10_000]);
      return r.rows.map(toRow);
    },
    async purgeBefore(cutoffMs) {
      return (await pool.query(`DELETE FROM ${table} WHERE day < $1`, [utcDay(cutoffMs)])).rowCount ?? 0;
    },
  };
}
