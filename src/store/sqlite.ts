/**
 * The embedded Store: one SQLite file `<dataDir>/bastion.db` through
 * better-sqlite3 (WAL, busy_timeout 5000 ms, foreign keys on). The driver is
 * synchronous; methods are async to match the Store interface. Several
 * processes may open the same file (WAL + busy_timeout serialise writers).
 */
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { translate } from './conflicts.js';
import { runMigrations } from './migrate.js';
import {
  KEY_COLUMNS, TEAM_COLUMNS, USER_COLUMNS, modelsJson, newId, normalizeEmail, patchColumns, toKey, toTeam, toUser,
  type KeyRow, type TeamRow, type UserRow,
} from './rows.js';
import { STORE_MIGRATIONS, STORE_NAMESPACE } from './schema.js';
import type {
  ApiKeyRecord, KeyRepo, NewApiKey, NewTeam, NewUser, SettingsRepo, Store, StoreHandle, Team, TeamPatch, TeamRepo,
  User, UserPatch, UserRepo,
} from './types.js';

export const SQLITE_FILE = 'bastion.db';

export interface SqliteStoreOptions {
  /** Directory holding bastion.db; created with mode 0700 when absent. */
  dataDir: string;
}

type Db = Database.Database;
const q = (): string => '?';

/** Prepared statements are cached per connection, keyed by SQL text (a bounded set). */
const cache = new WeakMap<Db, Map<string, Database.Statement>>();
function stmt(db: Db, sql: string): Database.Statement {
  let m = cache.get(db);
  if (!m) { m = new Map(); cache.set(db, m); }
  let s = m.get(sql);
  if (!s) { s = db.prepare(sql); m.set(sql, s); }
  return s;
}

/** Opens `<dataDir>/bastion.db` with Bastion's pragmas (no migrations; see SqliteStore.migrate). */
export function openSqliteDatabase(dataDir: string): Db {
  const file = join(dataDir, SQLITE_FILE);
  let db: Db | undefined;
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    // Create the file owner-only before SQLite does (its WAL/SHM files inherit the mode).
    closeSync(openSync(file, 'a', 0o600));
    db = new Database(file);
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // better-sqlite3 builds SQLite with a 16 MiB page cache per connection, which the
    // append-only audit log fills page by page and never needs again (an insert touches
    // only the rightmost pages; queries read through the OS page cache). 4 MiB holds the
    // small identity tables and the hot end of the log.
    db.pragma('cache_size = -4096');
    return db;
  } catch (err) {
    db?.close();
    throw new Error(`cannot open the SQLite store at ${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly handle: StoreHandle;
  readonly users: UserRepo;
  readonly teams: TeamRepo;
  readonly keys: KeyRepo;
  readonly settings: SettingsRepo;
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
    this.handle = { kind: 'sqlite', db };
    this.users = new SqliteUsers(db);
    this.teams = new SqliteTeams(db);
    this.keys = new SqliteKeys(db);
    this.settings = new SqliteSettings(db);
  }

  static open(opts: SqliteStoreOptions): SqliteStore {
    return new SqliteStore(openSqliteDatabase(opts.dataDir));
  }

  async revision(): Promise<number> {
    const row = stmt(this.db, 'SELECT value FROM bastion_revision WHERE id = 1').get() as { value: number } | undefined;
    return row ? Number(row.value) : 0;
  }

  async migrate(): Promise<void> {
    await runMigrations(this.handle, STORE_NAMESPACE, STORE_MIGRATIONS);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function bump(db: Db): void {
  stmt(db, 'UPDATE bastion_revision SET value = value + 1 WHERE id = 1').run();
}

class SqliteUsers implements UserRepo {
  constructor(private readonly db: Db) {}

  async create(input: NewUser): Promise<User> {
    const now = Date.now();
    const email = normalizeEmail(input.email);
    const row: UserRow = {
      id: newId(), email, name: input.name, role: input.role, team_id: input.teamId ?? null, status: 'active',
      password_hash: input.passwordHash ?? null, created_at: now, updated_at: now,
    };
    try {
      this.db.transaction(() => {
        stmt(this.db, `INSERT INTO users (${USER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
          .run(row.id, row.email, row.name, row.role, row.team_id, row.status, row.password_hash, row.created_at, row.updated_at);
        bump(this.db);
      })();
    } catch (err) {
      translate(err, { unique: `a user with email "${email}" already exists`, foreign: `team "${row.team_id}" does not exist` });
    }
    return toUser(row);
  }

  async get(id: string): Promise<User | null> {
    const r = stmt(this.db, `SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(id) as UserRow | undefined;
    return r ? toUser(r) : null;
  }

  async getByEmail(email: string): Promise<User | null> {
    const r = stmt(this.db, `SELECT ${USER_COLUMNS} FROM users WHERE email = ?`).get(normalizeEmail(email)) as UserRow | undefined;
    return r ? toUser(r) : null;
  }

  async list(): Promise<User[]> {
    return (stmt(this.db, `SELECT ${USER_COLUMNS} FROM users ORDER BY created_at, id`).all() as UserRow[]).map(toUser);
  }

  async update(id: string, patch: UserPatch): Promise<User | null> {
    const { sets, values } = patchColumns([
      ['name', patch.name, patch.name !== undefined],
      ['role', patch.role, patch.role !== undefined],
      ['team_id', patch.teamId, patch.teamId !== undefined],
      ['status', patch.status, patch.status !== undefined],
      ['password_hash', patch.passwordHash, patch.passwordHash !== undefined],
      ['updated_at', Date.now(), true],
    ], q);
    try {
      return this.db.transaction(() => {
        const res = stmt(this.db, `UPDATE users SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
        if (res.changes === 0) return null;
        bump(this.db);
        return toUser(stmt(this.db, `SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(id) as UserRow);
      })();
    } catch (err) {
      translate(err, { unique: 'user update conflicts with an existing user', foreign: `team "${String(patch.teamId)}" does not exist` });
    }
  }

  async count(): Promise<number> {
    return Number((stmt(this.db, 'SELECT COUNT(*) AS n FROM users').get() as { n: number }).n);
  }
}

class SqliteTeams implements TeamRepo {
  constructor(private readonly db: Db) {}

  async create(input: NewTeam): Promise<Team> {
    const now = Date.now();
    const row: TeamRow = { id: newId(), name: input.name, models: modelsJson(input.models), created_at: now, updated_at: now };
    try {
      this.db.transaction(() => {
        stmt(this.db, `INSERT INTO teams (${TEAM_COLUMNS}) VALUES (?, ?, ?, ?, ?)`).run(row.id, row.name, row.models, now, now);
        bump(this.db);
      })();
    } catch (err) {
      translate(err, { unique: `a team named "${input.name}" already exists`, foreign: 'team references a missing row' });
    }
    return toTeam(row);
  }

  async get(id: string): Promise<Team | null> {
    const r = stmt(this.db, `SELECT ${TEAM_COLUMNS} FROM teams WHERE id = ?`).get(id) as TeamRow | undefined;
    return r ? toTeam(r) : null;
  }

  async getByName(name: string): Promise<Team | null> {
    const r = stmt(this.db, `SELECT ${TEAM_COLUMNS} FROM teams WHERE name = ?`).get(name) as TeamRow | undefined;
    return r ? toTeam(r) : null;
  }

  async list(): Promise<Team[]> {
    return (stmt(this.db, `SELECT ${TEAM_COLUMNS} FROM teams ORDER BY created_at, id`).all() as TeamRow[]).map(toTeam);
  }

  async update(id: string, patch: TeamPatch): Promise<Team | null> {
    const { sets, values } = patchColumns([
      ['name', patch.name, patch.name !== undefined],
      ['models', modelsJson(patch.models), patch.models !== undefined],
      ['updated_at', Date.now(), true],
    ], q);
    try {
      return this.db.transaction(() => {
        const res = stmt(this.db, `UPDATE teams SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
        if (res.changes === 0) return null;
        bump(this.db);
        return toTeam(stmt(this.db, `SELECT ${TEAM_COLUMNS} FROM teams WHERE id = ?`).get(id) as TeamRow);
      })();
    } catch (err) {
      translate(err, { unique: `a team named "${String(patch.name)}" already exists`, foreign: 'team references a missing row' });
    }
  }

  async delete(id: string): Promise<boolean> {
    try {
      return this.db.transaction(() => {
        const res = stmt(this.db, `DELETE FROM teams WHERE id = ?
          AND NOT EXISTS (SELECT 1 FROM users WHERE team_id = ?)
          AND NOT EXISTS (SELECT 1 FROM api_keys WHERE team_id = ?)`).run(id, id, id);
        if (res.changes === 0) return false;
        bump(this.db);
        return true;
      })();
    } catch (err) {
      translate(err, { unique: 'team delete conflict', foreign: 'the team is still referenced' });
    }
  }
}

class SqliteKeys implements KeyRepo {
  constructor(private readonly db: Db) {}

  async create(input: NewApiKey): Promise<ApiKeyRecord> {
    const row: KeyRow = {
      id: newId(), name: input.name, prefix: input.prefix, hash: input.hash, user_id: input.userId, team_id: input.teamId ?? null,
      models: modelsJson(input.models), expires_at: input.expiresAt ?? null, revoked_at: null, created_at: Date.now(), last_used_at: null,
    };
    try {
      this.db.transaction(() => {
        stmt(this.db, `INSERT INTO api_keys (${KEY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
          row.id, row.name, row.prefix, row.hash, row.user_id, row.team_id, row.models, row.expires_at, row.revoked_at, row.created_at, row.last_used_at,
        );
        bump(this.db);
      })();
    } catch (err) {
      translate(err, {
        unique: `an API key with prefix "${input.prefix}" already exists`,
        foreign: `user "${input.userId}" or team "${String(row.team_id)}" does not exist`,
      });
    }
    return toKey(row);
  }

  async get(id: string): Promise<ApiKeyRecord | null> {
    const r = stmt(this.db, `SELECT ${KEY_COLUMNS} FROM api_keys WHERE id = ?`).get(id) as KeyRow | undefined;
    return r ? toKey(r) : null;
  }

  async getByPrefix(prefix: string): Promise<ApiKeyRecord | null> {
    const r = stmt(this.db, `SELECT ${KEY_COLUMNS} FROM api_keys WHERE prefix = ?`).get(prefix) as KeyRow | undefined;
    return r ? toKey(r) : null;
  }

  async list(filter: { userId?: string; teamId?: string } = {}): Promise<ApiKeyRecord[]> {
    const where: string[] = [];
    const values: string[] = [];
    if (filter.userId !== undefined) { where.push('user_id = ?'); values.push(filter.userId); }
    if (filter.teamId !== undefined) { where.push('team_id = ?'); values.push(filter.teamId); }
    const sql = `SELECT ${KEY_COLUMNS} FROM api_keys${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id`;
    return (stmt(this.db, sql).all(...values) as KeyRow[]).map(toKey);
  }

  async revoke(id: string, at: number): Promise<ApiKeyRecord | null> {
    return this.db.transaction(() => {
      const res = stmt(this.db, 'UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id);
      if (res.changes > 0) bump(this.db);
      const r = stmt(this.db, `SELECT ${KEY_COLUMNS} FROM api_keys WHERE id = ?`).get(id) as KeyRow | undefined;
      return r ? toKey(r) : null;
    })();
  }
}

class SqliteSettings implements SettingsRepo {
  constructor(private readonly db: Db) {}

  async get(key: string): Promise<string | null> {
    const r = stmt(this.db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return r ? r.value : null;
  }

  async set(key: string, value: string): Promise<void> {
    stmt(this.db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  async delete(key: string): Promise<void> {
    stmt(this.db, 'DELETE FROM settings WHERE key = ?').run(key);
  }
}
