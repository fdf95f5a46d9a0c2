/**
 * What the control plane shows of its records, to the admin API and the CLI.
 * Password hashes and key hashes never leave the store through these views.
 */
import type { ApiKeyRecord, Role, Team, User, UserStatus } from '../store/types.js';

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  teamId: string | null;
  status: UserStatus;
  /** Whether the user can log in with a password (the hash itself is never shown). */
  hasPassword: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface TeamView {
  id: string;
  name: string;
  models: string[] | null;
  createdAt: number;
  updatedAt: number;
}

export type KeyStatus = 'active' | 'expired' | 'revoked';

export interface KeyView {
  id: string;
  name: string;
  /** Non-secret lookup prefix, shown so people can tell keys apart (`bst_<prefix>_…`). */
  prefix: string;
  userId: string;
  teamId: string | null;
  models: string[] | null;
  expiresAt: number | null;
  revokedAt: number | null;
  createdAt: number;
  lastUsedAt: number | null;
  status: KeyStatus;
}

export function userView(u: User): UserView {
  return {
    id: u.id, email: u.email, name: u.name, role: u.role, teamId: u.teamId, status: u.status,
    hasPassword: u.passwordHash !== null, createdAt: u.createdAt, updatedAt: u.updatedAt,
  };
}

export function teamView(t: Team): TeamView {
  return { id: t.id, name: t.name, models: t.models === null ? null : [...t.models], createdAt: t.createdAt, updatedAt: t.updatedAt };
}

export function keyStatus(k: ApiKeyRecord, now: number): KeyStatus {
  if (k.revokedAt !== null) return 'revoked';
  if (k.expiresAt !== null && k.expiresAt <= now) return 'expired';
  return 'active';
}

export function keyView(k: ApiKeyRecord, now: number): KeyView {
  return {
    id: k.id, name: k.name, prefix: k.prefix, userId: k.userId, teamId: k.teamId,
    models: k.models === null ? null : [...k.models], expiresAt: k.expiresAt, revokedAt: k.revokedAt,
    createdAt: k.createdAt, lastUsedAt: k.lastUsedAt, status: keyStatus(k, now),
  };
}
