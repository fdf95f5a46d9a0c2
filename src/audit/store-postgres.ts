/**
 * The audit log in PostgreSQL (see store.ts for the contract). Every writer
 * takes a transaction-scoped advisory lock keyed by the schema before reading
 * the tail, so several control-plane replicas append to one gapless chain.
 */
import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { chainRows, type AuditRow } from './chain.js';
import { makeCheckpoint, type Checkpoint } from './checkpoint.js';
import type { AuditSigner } from './signing.js';
import { checkSchemaName, runMigrations } from '../store/migrate.js';
import { AUDIT_MIGRATIONS, AUDIT_NAMESPACE, type AuditQuery, type AuditStore, type ChainTail, type ScanOptions } from './store.js';
import { buildQuery } from './query-sql.js';
import { cpFromRow, cpParams } from './store-sqlite.js';

interface PgEventRow { seq: string; at: string; prev_hash: string; body: string; hash: string }
const toRow = (r: PgEventRow): AuditRow => ({ seq: Number(r.seq), at: Number(r.at), prevHash: r.prev_hash, body: r.body, hash: r.hash });

export class PostgresAuditStore implements AuditStore {
  readonly kind = 'postgres' as const;
  readonly #pool: Pool;
  readonly #schema: string;
  readonly #ev: string;
  readonly #cp: string;
  readonly #lock: string;

  constructor(pool: Pool, schema: string) {
    this.#pool = pool;
    this.#schema = checkSchemaName(schema);
    this.#ev = `"${schema}".audit_events`;
    this.#cp = `"${schema}".audit_checkpoints`;
    this.#lock = createHash('sha256').update(`bastion_audit:${schema}`).digest().readBigInt64BE(0).toString();
  }

  async init(): Promise<void> {
    await runMigrations({ kind: 'postgres', pool: this.#pool, schema: this.#schema }, AUDIT_NAMESPACE, AUDIT_MIGRATIONS);
  }

  /** Runs `fn` in a transaction holding the audit write lock. */
  async #locked<T>(fn: (c: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      try {
        await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [this.#lock]);
        const out = await fn(client);
        await client.query('COMMIT');
        return out;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => { broken = true; });
        throw err;
      }
    } finally {
      client.release(broken);
    }
  }

  async #tail(c: Pool | PoolClient): Promise<ChainTail> {
    const r = await c.query<{ seq: string; hash: string }>(`SELECT seq, hash FROM ${this.#ev} ORDER BY seq DESC LIMIT 1`);
    const row = r.rows[0] ?? (await c.query<{ seq: string; hash: string }>(`SELECT seq, hash FROM ${this.#cp} WHERE kind = 'purge' ORDER BY n DESC LIMIT 1`)).rows[0];
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
  }

  async #last(c: PoolClient): Promise<Checkpoint | null> {
    const r = await c.query(`SELECT * FROM ${this.#cp} ORDER BY n DESC LIMIT 1`);
    return r.rows[0] ? cpFromRow(r.rows[0]) : null;
  }

  async #insertCp(client: PoolClient, c: Checkpoint): Promise<void> {
    await client.query(`INSERT INTO ${this.#cp} (n, kind, seq, hash, at, prev_checkpoint, public_key, signature) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, cpParams(c));
  }

  async append(items: ReadonlyArray<{ at: number; body: string }>): Promise<AuditRow[]> {
    if (items.length === 0) return [];
    return this.#locked(async (c) => {
      const rows = chainRows(await this.#tail(c), items);
      await c.query(
        `INSERT INTO ${this.#ev} (seq, at, prev_hash, body, hash) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[])`,
        [rows.map((r) => r.seq), rows.map((r) => r.at), rows.map((r) => r.prevHash), rows.map((r) => r.body), rows.map((r) => r.hash)],
      );
      return rows;
    });
  }

  async tail(): Promise<ChainTail> {
    return this.#tail(this.#pool);
  }

  async checkpoint(make: (tail: ChainTail, last: Checkpoint | null) => Checkpoint | null): Promise<Checkpoint | null> {
    return this.#locked(async (c) => {
      const cp = make(await this.#tail(c), await this.#last(c));
      if (cp) await this.#insertCp(c, cp);
      return cp;
    });
  }

  async checkpoints(): Promise<Checkpoint[]> {
    return (await this.#pool.query(`SELECT * FROM ${this.#cp} ORDER BY n`)).rows.map(cpFromRow);
  }

  async purgeBefore(seq: number, signer: AuditSigner, at = Date.now()): Promise<{ removed: number; checkpoint: Checkpoint | null }> {
    return this.#locked(async (c) => {
      const a = (await c.query<{ seq: string; hash: string }>(`SELECT seq, hash FROM ${this.#ev} WHERE seq < $1 ORDER BY seq DESC LIMIT 1`, [seq])).rows[0];
      if (!a) return { removed: 0, checkpoint: null };
      const cp = makeCheckpoint(signer, await this.#last(c), 'purge', { seq: Number(a.seq), hash: a.hash }, at);
      await this.#insertCp(c, cp);
      const r = await c.query(`DELETE FROM ${this.#ev} WHERE seq <= $1`, [a.seq]);
      return { removed: r.rowCount ?? 0, checkpoint: cp };
    });
  }

  async *scan(opts: ScanOptions = {}): AsyncIterable<AuditRow[]> {
    const batch = opts.batch ?? 5000;
    let from = opts.fromSeq ?? 0;
    const cond: string[] = ['seq >= $1'];
    const extra: number[] = [];
    if (opts.since !== undefined) { extra.push(opts.since); cond.push(`at >= $${extra.length + 1}`); }
    if (opts.until !== undefined) { extra.push(opts.until); cond.push(`at < $${extra.length + 1}`); }
    const sql = `SELECT seq, at, prev_hash, body, hash FROM ${this.#ev} WHERE ${cond.join(' AND ')} ORDER BY seq LIMIT $${extra.length + 2}`;
    for (;;) {
      const r = await this.#pool.query<PgEventRow>(sql, [from, ...extra, batch]);
      if (r.rows.length === 0) return;
      const rows = r.rows.map(toRow);
      yield rows;
      from = (rows[rows.length - 1] as AuditRow).seq + 1;
      if (rows.length < batch) return;
    }
  }

  async query(q: AuditQuery): Promise<AuditRow[]> {
    const { sql, params } = buildQuery(q, 'postgres', this.#ev);
    return (await this.#pool.query<PgEventRow>(sql, params)).rows.map(toRow);
  }

  async count(): Promise<number> {
    return Number((await this.#pool.query<{ c: string }>(`SELECT COUNT(*) AS c FROM ${this.#ev}`)).rows[0]?.c ?? 0);
  }
}
