/**
 * Row shapes shared by the SQLite and PostgreSQL stores and their mapping to
 * the public records. Both dialects select the same snake_case columns; the
 * mappers absorb the differences (PostgreSQL BIGINT arrives as a string,
 * JSONB as a parsed value, SQLite JSON as text).
 */
import { randomUUID } from 'node:crypto';
import type { ApiKeyRecord, Role, Team, User, UserStatus } from './types.js';

export interface UserRow {
  id: string; email: string; name: string; role: string; team_id: string | null; status: string;
  password_hash: string | null; created_at: number | string; updated_at: number | string;
}
export interface TeamRow { id: string; name: string; models: unknown; created_at: number | string; updated_at: number | string }
export interface KeyRow {
  id: string; name: string; prefix: string; hash: string; user_id: string; team_id: string | null; models: unknown;
  expires_at: number | string | null; revoked_at: number | string | null; created_at: number | string; last_used_at: number | string | null;
}

export const USER_COLUMNS = 'id, email, name, role, team_id, status, password_hash, created_at, updated_at';
export const TEAM_COLUMNS = 'id, name, models, created_at, updated_at';
export const KEY_COLUMNS = 'id, name, prefix, hash, user_id, team_id, models, expires_at, revoked_at, created_at, last_used_at';

export function newId(): string {
  return randomUUID();
}

/** Emails are compared case-insensitively by storing them lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function num(v: number | string): number {
  return typeof v === 'number' ? v : Number(v);
}
function numOrNull(v: number | string | null): number | null {
  return v === null ? null : num(v);
}

/** null = every model; otherwise a list of model names. */
export function parseModels(v: unknown): string[] | null {
  if (v === null || v === undefined) return null;
  const parsed: unknown = typeof v === 'string' ? JSON.parse(v) : v;
  if (!Array.isArray(parsed)) return null;
  return parsed.filter((m): m is string => typeof m === 'string');
}

/** Serialises a model list for storage (JSON text in SQLite; a JSONB parameter in PostgreSQL). */
export function modelsJson(models: readonly string[] | null | undefined): string | null {
  return models === null || models === undefined ? null : JSON.stringify([...models]);
}

export function toUser(r: UserRow): User {
  return {
    id: r.id, email: r.email, name: r.name, role: r.role as Role, teamId: r.team_id, status: r.status as UserStatus,
    passwordHash: r.password_hash, createdAt: num(r.created_at), updatedAt: num(r.updated_at),
  };
}

export function toTeam(r: TeamRow): Team {
  return { id: r.id, name: r.name, models: parseModels(r.models), createdAt: num(r.created_at), updatedAt: num(r.updated_at) };
}

export function toKey(r: KeyRow): ApiKeyRecord {
  return {
    id: r.id, name: r.name, prefix: r.prefix, hash: r.hash, userId: r.user_id, teamId: r.team_id, models: parseModels(r.models),
    expiresAt: numOrNull(r.expires_at), revokedAt: numOrNull(r.revoked_at), createdAt: num(r.created_at), lastUsedAt: numOrNull(r.last_used_at),
  };
}

/** Builds `SET a = ?, b = ?` parts for a patch; `placeholder(i)` renders the i-th (1-based) parameter. */
export function patchColumns(
  fields: ReadonlyArray<readonly [column: string, value: unknown, present: boolean]>,
  placeholder: (i: number) => string,
): { sets: string[]; values: unknown[] } {
  const sets: string[] = [];
  const values: unknown[] = [];
  for (const [column, value, present] of fields) {
    if (!present) continue;
    values.push(value);
    sets.push(`${column} = ${placeholder(values.length)}`);
  }
  return { sets, values };
}
