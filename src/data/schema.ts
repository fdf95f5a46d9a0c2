/**
 * Tables of the data module (prefix `data_`). Content columns hold sealed
 * blobs (see crypto.ts); ids, owners, models and timestamps stay in clear so
 * ownership checks and retention run without decrypting anything.
 */
import type { DataDb } from './sql.js';

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

const ready = new WeakSet<DataDb>();

/** Creates the data tables if absent; idempotent and safe from several processes. */
export async function ensureDataSchema(db: DataDb): Promise<void> {
  if (ready.has(db)) return;
  await db.ddl(DDL);
  ready.add(db);
}
