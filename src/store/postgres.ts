/**
 * The Store on PostgreSQL through a `pg` Pool, for split deployments and
 * several control-plane replicas. Every connection of the pool uses one schema
 * (`search_path`, default `public`); the schema is created when absent, which
 * lets tests isolate themselves in random schemas of one database.
 * Identity mutations run in a transaction that also bumps `bastion_revision`.
 */
import pg from 'pg';
import { translate } from './conflicts.js';
import { checkSchemaName, runMigrations } from './migrate.js';
import { describeConnectError, redactUrl } from './pg-errors.js';
import {
  KEY_COLUMNS, TEAM_COLUMNS, USER_COLUMNS, modelsJson, newId, normalizeEmail, patchColumns, toKey, toTeam, toUser,
  type KeyRow, type TeamRow, type UserRow,
} from './rows.js';
import { STORE_MIGRATIONS, STORE_NAMESPACE } from './schema.js';
import type {
  ApiKeyRecord, KeyRepo, NewApiKey, NewTeam, NewUser, SettingsRepo, Store, StoreHandle, Team, TeamPatch, TeamRepo,
  User, UserPatch, UserRepo,
} from './types.js';

export interface PostgresStoreOptions {
  /** postgres:// or postgresql:// URL. Never logged with its password. */
  databaseUrl: string;
  /** Schema for every table; created when absent. @default 'public' */
  schema?: string;
  /** Pool size. @default 10 */
  maxConnections?: number;
  /** How long to wait for a connection. @default 10000 */
  connectTimeoutMs?: number;
}

const p = (i: number): string => `$${i}`;

async function tx<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    try {
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

async function bump(c: pg.PoolClient): Promise<void> {
  await c.query('UPDATE bastion_revision SET value = value + 1 WHERE id = 1');
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly handle: StoreHandle;
  readonly users: UserRepo;
  readonly teams: TeamRepo;
  readonly keys: KeyRepo;
  readonly settings: SettingsRepo;
  readonly schema: string;
  private readonly pool: pg.Pool;
  private closed = false;

  private constructor(pool: pg.Pool, schema: string) {
    this.pool = pool;
    this.schema = schema;
    this.handle = { kind: 'postgres', pool, schema };
    this.users = new PgUsers(pool);
    this.teams = new PgTeams(pool);
    this.keys = new PgKeys(pool);
    this.settings = new PgSettings(pool);
  }

  /** Connects (failing with a clear, password-free message) and creates the schema if needed; does not migrate. */
  static async open(opts: PostgresStoreOptions): Promise<PostgresStore> {
    const schema = checkSchemaName(opts.schema ?? 'public');
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      options: `-c search_path=${schema}`,
      max: opts.maxConnections ?? 10,
      connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
    });
    // An idle client losing its connection must not crash the process; the next query reports it.
    pool.on('error', () => {});
    try {
      await pool.query('SELECT 1');
    } catch (err) {
      await pool.end().catch(() => {});
      throw new Error(`cannot connect to PostgreSQL at ${redactUrl(opts.databaseUrl)}: ${describeConnectError(err, opts.databaseUrl)}`);
    }
    if (schema !== 'public') {
      try {
        await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      } catch (err) {
        const code = (err as { code?: string }).code;
        // Two processes creating the schema at once: the loser sees a duplicate; the schema exists.
        if (code !== '23505' && code !== '42P06') {
          await pool.end().catch(() => {});
          throw new Error(`cannot create PostgreSQL schema "${schema}": ${describeConnectError(err, opts.databaseUrl)}`);
        }
      }
    }
    return new PostgresStore(pool, schema);
  }

  async revision(): Promise<number> {
    const { rows } = await this.pool.query<{ value: string }>('SELECT value FROM bastion_revision WHERE id = 1');
    return rows[0] ? Number(rows[0].value) : 0;
  }

  async migrate(): Promise<void> {
    await runMigrations(this.handle, STORE_NAMESPACE, STORE_MIGRATIONS);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

class PgUsers implements UserRepo {
  constructor(private readonly pool: pg.Pool) {}

  async create(input: NewUser): Promise<User> {
    const now = Date.now();
    const email = normalizeEmail(input.email);
    const row: UserRow = {
      id: newId(), email, name: input.name, role: input.role, team_id: input.teamId ?? null, status: 'active',
      password_hash: input.passwordHash ?? null, created_at: now, updated_at: now,
    };
    try {
      await tx(this.pool, async (c) => {
        await c.query(`INSERT INTO users (${USER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [row.id, row.email, row.name, row.role, row.team_id, row.status, row.password_hash, now, now]);
        await bump(c);
      });
    } catch (err) {
      translate(err, { unique: `a user with email "${email}" already exists`, foreign: `team "${row.team_id}" does not exist` });
    }
    return toUser(row);
  }

  async get(id: string): Promise<User | null> {
    const { rows } = await this.pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  async getByEmail(email: string): Promise<User | null> {
    const { rows } = await this.pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE email = $1`, [normalizeEmail(email)]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  async list(): Promise<User[]> {
    const { rows } = await this.pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY created_at, id`);
    return rows.map(toUser);
  }

  async update(id: string, patch: UserPatch): Promise<User | null> {
    const { sets, values } = patchColumns([
      ['name', patch.name, patch.name !== undefined],
      ['role', patch.role, patch.role !== undefined],
      ['team_id', patch.teamId, patch.teamId !== undefined],
      ['status', patch.status, patch.status !== undefined],
      ['password_hash', patch.passwordHash, patch.passwordHash !== undefined],
      ['updated_at', Date.now(), true],
    ], p);
    try {
      return await tx(this.pool, async (c) => {
        const { rows } = await c.query<UserRow>(
          `UPDATE users SET ${sets.join(', ')} WHERE id = $${values.length + 1} RETURNING ${USER_COLUMNS}`, [...values, id]);
        if (!rows[0]) return null;
        await bump(c);
        return toUser(rows[0]);
      });
    } catch (err) {
      translate(err, { unique: 'user update conflicts with an existing user', foreign: `team "${String(patch.teamId)}" does not exist` });
    }
  }

  async count(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>('SELECT COUNT(*) AS n FROM users');
    return Number(rows[0]?.n ?? 0);
  }
}

class PgTeams implements TeamRepo {
  constructor(private readonly pool: pg.Pool) {}

  async create(input: NewTeam): Promise<Team> {
    const now = Date.now();
    const row: TeamRow = { id: newId(), name: input.name, models: modelsJson(input.models), created_at: now, updated_at: now };
    try {
      await tx(this.pool, async (c) => {
        await c.query(`INSERT INTO teams (${TEAM_COLUMNS}) VALUES ($1, $2, $3::jsonb, $4, $5)`, [row.id, row.name, row.models, now, now]);
        await bump(c);
      });
    } catch (err) {
      translate(err, { unique: `a team named "${input.name}" already exists`, foreign: 'team references a missing row' });
    }
    return toTeam(row);
  }

  async get(id: string): Promise<Team | null> {
    const { rows } = await this.pool.query<TeamRow>(`SELECT ${TEAM_COLUMNS} FROM teams WHERE id = $1`, [id]);
    return rows[0] ? toTeam(rows[0]) : null;
  }

  async getByName(name: string): Promise<Team | null> {
    const { rows } = await this.pool.query<TeamRow>(`SELECT ${TEAM_COLUMNS} FROM teams WHERE name = $1`, [name]);
    return rows[0] ? toTeam(rows[0]) : null;
  }

  async list(): Promise<Team[]> {
    const { rows } = await this.pool.query<TeamRow>(`SELECT ${TEAM_COLUMNS} FROM teams ORDER BY created_at, id`);
    return rows.map(toTeam);
  }

  async update(id: string, patch: TeamPatch): Promise<Team | null> {
    const { sets, values } = patchColumns([
      ['name', patch.name, patch.name !== undefined],
      ['models', modelsJson(patch.models), patch.models !== undefined],
      ['updated_at', Date.now(), true],
    ], p);
    try {
      return await tx(this.pool, async (c) => {
        const { rows } = await c.query<TeamRow>(
          `UPDATE teams SET ${sets.join(', ')} WHERE id = $${values.length + 1} RETURNING ${TEAM_COLUMNS}`, [...values, id]);
        if (!rows[0]) return null;
        await bump(c);
        return toTeam(rows[0]);
      });
    } catch (err) {
      translate(err, { unique: `a team named "${String(patch.name)}" already exists`, foreign: 'team references a missing row' });
    }
  }

  async delete(id: string): Promise<boolean> {
    try {
      return await tx(this.pool, async (c) => {
        const res = await c.query(`DELETE FROM teams WHERE id = $1
          AND NOT EXISTS (SELECT 1 FROM users WHERE team_id = $1)
          AND NOT EXISTS (SELECT 1 FROM api_keys WHERE team_id = $1)`, [id]);
        if (!res.rowCount) return false;
        await bump(c);
        return true;
      });
    } catch (err) {
      // A user or key added to the team concurrently: the foreign key refuses the delete.
      if ((err as { code?: string }).code === '23503') return false;
      throw err;
    }
  }
}

class PgKeys implements KeyRepo {
  constructor(private readonly pool: pg.Pool) {}

  async create(input: NewApiKey): Promise<ApiKeyRecord> {
    const row: KeyRow = {
      id: newId(), name: input.name, prefix: input.prefix, hash: input.hash, user_id: input.userId, team_id: input.teamId ?? null,
      models: modelsJson(input.models), expires_at: input.expiresAt ?? null, revoked_at: null, created_at: Date.now(), last_used_at: null,
    };
    try {
      await tx(this.pool, async (c) => {
        await c.query(`INSERT INTO api_keys (${KEY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11)`, [
          row.id, row.name, row.prefix, row.hash, row.user_id, row.team_id, row.models, row.expires_at, row.revoked_at, row.created_at, row.last_used_at,
        ]);
        await bump(c);
      });
    } catch (err) {
      translate(err, {
        unique: `an API key with prefix "${input.prefix}" already exists`,
        foreign: `user "${input.userId}" or team "${String(row.team_id)}" does not exist`,
      });
    }
    return toKey(row);
  }

  async get(id: string): Promise<ApiKeyRecord | null> {
    const { rows } = await this.pool.query<KeyRow>(`SELECT ${KEY_COLUMNS} FROM api_keys WHERE id = $1`, [id]);
    return rows[0] ? toKey(rows[0]) : null;
  }

  async getByPrefix(prefix: string): Promise<ApiKeyRecord | null> {
    const { rows } = await this.pool.query<KeyRow>(`SELECT ${KEY_COLUMNS} FROM api_keys WHERE prefix = $1`, [prefix]);
    return rows[0] ? toKey(rows[0]) : null;
  }

  async list(filter: { userId?: string; teamId?: string } = {}): Promise<ApiKeyRecord[]> {
    const where: string[] = [];
    const values: string[] = [];
    if (filter.userId !== undefined) { values.push(filter.userId); where.push(`user_id = $${values.length}`); }
    if (filter.teamId !== undefined) { values.push(filter.teamId); where.push(`team_id = $${values.length}`); }
    const sql = `SELECT ${KEY_COLUMNS} FROM api_keys${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id`;
    const { rows } = await this.pool.query<KeyRow>(sql, values);
    return rows.map(toKey);
  }

  async revoke(id: string, at: number): Promise<ApiKeyRecord | null> {
    return tx(this.pool, async (c) => {
      const res = await c.query('UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id]);
      if (res.rowCount) await bump(c);
      const { rows } = await c.query<KeyRow>(`SELECT ${KEY_COLUMNS} FROM api_keys WHERE id = $1`, [id]);
      return rows[0] ? toKey(rows[0]) : null;
    });
  }
}

class PgSettings implements SettingsRepo {
  constructor(private readonly pool: pg.Pool) {}

  async get(key: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
    return rows[0] ? rows[0].value : null;
  }

  async set(key: string, value: string): Promise<void> {
    await this.pool.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [key, value]);
  }

  async delete(key: string): Promise<void> {
    await this.pool.query('DELETE FROM settings WHERE key = $1', [key]);
  }
}
