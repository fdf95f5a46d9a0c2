/**
 * The core store's tables, as migrations of namespace `store`
 * (see src/store/migrate.ts). Append new migrations; never edit a released one.
 *
 * Emails are stored lower-cased so the unique index is case-insensitive.
 * `bastion_revision` is a one-row counter bumped in the same transaction as
 * every users/teams/api_keys mutation.
 */
import type { Migration } from './migrate.js';

export const STORE_NAMESPACE = 'store';

export const STORE_MIGRATIONS: readonly Migration[] = [
  {
    id: '001-identities',
    sqlite: `
CREATE TABLE teams (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  models TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'member')),
  team_id TEXT REFERENCES teams(id),
  status TEXT NOT NULL CHECK (status IN ('active', 'suspended')),
  password_hash TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX users_team_id ON users(team_id);
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  prefix TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users(id),
  team_id TEXT REFERENCES teams(id),
  models TEXT,
  expires_at INTEGER,
  revoked_at INTEGER,
  created_at INTEGER NOT NULL,
  last_used_at INTEGER
);
CREATE INDEX api_keys_user_id ON api_keys(user_id);
CREATE INDEX api_keys_team_id ON api_keys(team_id);
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE bastion_revision (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  value INTEGER NOT NULL
);
INSERT INTO bastion_revision (id, value) VALUES (1, 0);
`,
    postgres: `
CREATE TABLE teams (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  models JSONB,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'member')),
  team_id TEXT REFERENCES teams(id),
  status TEXT NOT NULL CHECK (status IN ('active', 'suspended')),
  password_hash TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX users_team_id ON users(team_id);
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  prefix TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users(id),
  team_id TEXT REFERENCES teams(id),
  models JSONB,
  expires_at BIGINT,
  revoked_at BIGINT,
  created_at BIGINT NOT NULL,
  last_used_at BIGINT
);
CREATE INDEX api_keys_user_id ON api_keys(user_id);
CREATE INDEX api_keys_team_id ON api_keys(team_id);
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE bastion_revision (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  value BIGINT NOT NULL
);
INSERT INTO bastion_revision (id, value) VALUES (1, 0);
`,
  },
];
