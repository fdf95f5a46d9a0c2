/**
 * Tables of the data module (prefix `data_`). Content columns hold sealed
 * blobs (see crypto.ts); ids, owners, models and timestamps stay in clear so
 * ownership checks and retention run without decrypting anything. Created
 * through the store's migration ledger (src/store/migrate.ts), namespace `data`.
 */
import { checkSchemaName, runMigrations, type Migration } from '../store/migrate.js';
import type { StoreHandle } from '../store/types.js';

const DDL: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS {data_keys} (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL UNIQUE,
    master_id TEXT NOT NULL,
    wrapped {blob} NOT NULL,
    created_at BIGINT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS {data_conversations} (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL,
    team_id TEXT,
    model TEXT NOT NULL,
    key_id TEXT NOT NULL,
    title {blob} NOT NULL,
    message_count INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS data_conversations_owner ON {data_conversations} (owner_id, updated_at)',
  'CREATE INDEX IF NOT EXISTS data_conversations_updated ON {data_conversations} (updated_at)',
  `CREATE TABLE IF NOT EXISTS {data_messages} (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    role TEXT NOT NULL,
    key_id TEXT NOT NULL,
    content {blob} NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (conversation_id, seq)
  )`,
  `CREATE TABLE IF NOT EXISTS {data_content} (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    team_id TEXT,
    model TEXT,
    policy TEXT NOT NULL,
    key_id TEXT,
    prompt {blob},
    response {blob},
    prompt_chars INTEGER,
    response_chars INTEGER,
    created_at BIGINT NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS data_content_user ON {data_content} (user_id, created_at)',
  'CREATE INDEX IF NOT EXISTS data_content_created ON {data_content} (created_at)',
  `CREATE TABLE IF NOT EXISTS {data_legal_holds} (
    subject_type TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (subject_type, subject_id)
  )`,
  `CREATE TABLE IF NOT EXISTS {data_retention_runs} (
    id TEXT PRIMARY KEY,
    started_at BIGINT NOT NULL,
    finished_at BIGINT NOT NULL,
    dry_run INTEGER NOT NULL,
    report TEXT NOT NULL
  )`,
];

function dialect(sql: string, blob: string): string {
  return sql.replace(/\{blob\}/g, blob).replace(/\{([a-z_]+)\}/g, '"$1"');
}

/** Migrations of namespace `data`; an id, once released, never changes meaning. */
export const DATA_MIGRATIONS: readonly Migration[] = [
  {
    id: '001-tables',
    sqlite: DDL.map((s) => dialect(s, 'BLOB')).join(';\n'),
    postgres: DDL.map((s) => dialect(s, 'BYTEA')).join(';\n'),
  },
];

const ready = new WeakSet<StoreHandle>();

/** Creates the data tables through the store's migration ledger; idempotent and safe from several processes. */
export async function ensureDataSchema(handle: StoreHandle): Promise<void> {
  if (ready.has(handle)) return;
  if (handle.kind === 'postgres') await handle.pool.query(`CREATE SCHEMA IF NOT EXISTS "${checkSchemaName(handle.schema)}"`);
  await runMigrations(handle, 'data', DATA_MIGRATIONS);
  ready.add(handle);
}
