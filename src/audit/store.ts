/**
 * Where the audit log lives: two tables in the control plane's database
 * (SQLite or PostgreSQL, through the StoreHandle). Both implementations pass
 * one contract suite (test/audit/store-contract.test.ts).
 *
 * There is deliberately no way to edit or delete an event. The only removal is
 * `purgeBefore(seq)`, which first writes a signed 'purge' checkpoint anchoring
 * the new start of the chain, then deletes the older events, in one
 * transaction. Database triggers refuse any other UPDATE or DELETE.
 */
import type { StoreHandle } from '../store/types.js';
import type { AuditRow } from './chain.js';
import type { Checkpoint } from './checkpoint.js';
import type { AuditSigner } from './signing.js';
import type { Migration } from '../store/migrate.js';

export const AUDIT_NAMESPACE = 'audit';

/** Filters of the admin query; all optional; results newest first, paged by `beforeSeq`. */
export interface AuditQuery {
  userId?: string;
  teamId?: string;
  model?: string;
  decision?: string;
  /** A reason code the event carries. */
  reason?: string;
  kind?: 'model_call' | 'security';
  action?: string;
  /** Epoch ms, inclusive. */
  since?: number;
  /** Epoch ms, exclusive. */
  until?: number;
  /** Only events with seq < beforeSeq (the cursor). */
  beforeSeq?: number;
  limit: number;
}

export interface ScanOptions {
  /** First seq to return (inclusive). */
  fromSeq?: number;
  since?: number;
  until?: number;
  /** Rows per yielded batch. */
  batch?: number;
}

export type ChainTail = { seq: number; hash: string } | null;

export interface AuditStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Creates the tables (idempotent). */
  init(): Promise<void>;
  /**
   * Chains `items` after the current tail and commits them in one transaction,
   * serialised against every other writer of the same database. Resolves with
   * the stored rows once committed (that is the acknowledgement).
   */
  append(items: ReadonlyArray<{ at: number; body: string }>): Promise<AuditRow[]>;
  /** Last event (or, after everything was purged, the anchor of the last purge). */
  tail(): Promise<ChainTail>;
  /**
   * Under the same lock as append: calls `make` with the tail and the last
   * checkpoint; stores and returns what it returns (null: nothing to write).
   */
  checkpoint(make: (tail: ChainTail, last: Checkpoint | null) => Checkpoint | null): Promise<Checkpoint | null>;
  checkpoints(): Promise<Checkpoint[]>;
  /** Removes events with seq < `seq` after writing a signed purge checkpoint; returns how many were removed. */
  purgeBefore(seq: number, signer: AuditSigner, at?: number): Promise<{ removed: number; checkpoint: Checkpoint | null }>;
  /** Events in seq order, in batches. */
  scan(opts?: ScanOptions): AsyncIterable<AuditRow[]>;
  query(q: AuditQuery): Promise<AuditRow[]>;
  count(): Promise<number>;
}

const TRIGGER_MSG_EVENTS = 'audit events are append-only';
const TRIGGER_MSG_PURGE = 'audit events are removed only after a purge checkpoint';
const TRIGGER_MSG_CP = 'audit checkpoints are append-only';

export const AUDIT_MIGRATIONS: readonly Migration[] = [
  {
    id: '001-events-and-checkpoints',
    sqlite: `
CREATE TABLE IF NOT EXISTS audit_events (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, prev_hash TEXT NOT NULL, body TEXT NOT NULL, hash TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS audit_events_at ON audit_events (at);
CREATE INDEX IF NOT EXISTS audit_events_user ON audit_events (json_extract(body, '$.userId'));
CREATE INDEX IF NOT EXISTS audit_events_team ON audit_events (json_extract(body, '$.teamId'));
CREATE INDEX IF NOT EXISTS audit_events_model ON audit_events (json_extract(body, '$.model'));
CREATE TABLE IF NOT EXISTS audit_checkpoints (n INTEGER PRIMARY KEY, kind TEXT NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL, at INTEGER NOT NULL, prev_checkpoint TEXT NOT NULL, public_key TEXT NOT NULL, signature TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS audit_events_no_update BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, '${TRIGGER_MSG_EVENTS}'); END;
CREATE TRIGGER IF NOT EXISTS audit_events_no_delete BEFORE DELETE ON audit_events
  WHEN OLD.seq > (SELECT COALESCE(MAX(seq), 0) FROM audit_checkpoints WHERE kind = 'purge')
  BEGIN SELECT RAISE(ABORT, '${TRIGGER_MSG_PURGE}'); END;
CREATE TRIGGER IF NOT EXISTS audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints BEGIN SELECT RAISE(ABORT, '${TRIGGER_MSG_CP}'); END;
CREATE TRIGGER IF NOT EXISTS audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints BEGIN SELECT RAISE(ABORT, '${TRIGGER_MSG_CP}'); END;
`,
    postgres: `
CREATE TABLE IF NOT EXISTS audit_events (seq BIGINT PRIMARY KEY, at BIGINT NOT NULL, prev_hash TEXT NOT NULL, body TEXT NOT NULL, hash TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS audit_events_at ON audit_events (at);
CREATE INDEX IF NOT EXISTS audit_events_user ON audit_events (((body::jsonb) ->> 'userId'));
CREATE INDEX IF NOT EXISTS audit_events_team ON audit_events (((body::jsonb) ->> 'teamId'));
CREATE INDEX IF NOT EXISTS audit_events_model ON audit_events (((body::jsonb) ->> 'model'));
CREATE TABLE IF NOT EXISTS audit_checkpoints (n BIGINT PRIMARY KEY, kind TEXT NOT NULL, seq BIGINT NOT NULL, hash TEXT NOT NULL, at BIGINT NOT NULL, prev_checkpoint TEXT NOT NULL, public_key TEXT NOT NULL, signature TEXT NOT NULL);
CREATE OR REPLACE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
BEGIN
  IF TG_TABLE_NAME = 'audit_events' AND TG_OP = 'DELETE' THEN
    IF OLD.seq <= (SELECT COALESCE(MAX(c.seq), 0) FROM audit_checkpoints c WHERE c.kind = 'purge') THEN RETURN OLD; END IF;
    RAISE EXCEPTION '${TRIGGER_MSG_PURGE}';
  END IF;
  RAISE EXCEPTION '%', CASE WHEN TG_TABLE_NAME = 'audit_events' THEN '${TRIGGER_MSG_EVENTS}' ELSE '${TRIGGER_MSG_CP}' END;
END $fn$;
CREATE TRIGGER audit_events_guard BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoints_guard BEFORE UPDATE OR DELETE ON audit_checkpoints FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
`,
  },
  {
    // The per-field expression indexes cost about a third of each insert on the
    // request-serving process; admin queries use the `at` index and seq paging instead.
    id: '002-drop-field-indexes',
    sqlite: 'DROP INDEX IF EXISTS audit_events_user; DROP INDEX IF EXISTS audit_events_team; DROP INDEX IF EXISTS audit_events_model;',
    postgres: 'DROP INDEX IF EXISTS audit_events_user; DROP INDEX IF EXISTS audit_events_team; DROP INDEX IF EXISTS audit_events_model;',
  },
];

export async function createAuditStore(handle: StoreHandle): Promise<AuditStore> {
  const store = handle.kind === 'sqlite'
    ? new (await import('./store-sqlite.js')).SqliteAuditStore(handle.db)
    : new (await import('./store-postgres.js')).PostgresAuditStore(handle.pool, handle.schema);
  await store.init();
  return store;
}
