/**
 * The one storage interface of the control plane. SQLite (embedded default)
 * and PostgreSQL implement it and pass the same contract suite
 * (src/store/contract.ts). Every mutation of identities bumps `revision()`, which
 * gateways poll to rebuild their in-memory snapshot.
 *
 * Timestamps are epoch milliseconds (numbers); ids are opaque strings.
 */
export type Role = 'admin' | 'member';
export type UserStatus = 'active' | 'suspended';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  teamId: string | null;
  status: UserStatus;
  /** scrypt hash (see src/control/password.ts); null when the user has no password login. */
  passwordHash: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface Team {
  id: string;
  name: string;
  /** Models the team may use; null means every model. */
  models: string[] | null;
  createdAt: number;
  updatedAt: number;
}

export interface ApiKeyRecord {
  id: string;
  name: string;
  /** Non-secret lookup prefix, unique. */
  prefix: string;
  /** SHA-256 of the full key, hex. The key itself is never stored. */
  hash: string;
  userId: string;
  teamId: string | null;
  /** Models this key may use; null means whatever its owner may use. */
  models: string[] | null;
  expiresAt: number | null;
  revokedAt: number | null;
  createdAt: number;
  lastUsedAt: number | null;
}

export interface NewUser { email: string; name: string; role: Role; teamId?: string | null; passwordHash?: string | null }
export interface UserPatch { name?: string; role?: Role; teamId?: string | null; status?: UserStatus; passwordHash?: string | null }
export interface NewTeam { name: string; models?: string[] | null }
export interface TeamPatch { name?: string; models?: string[] | null }
export interface NewApiKey { name: string; prefix: string; hash: string; userId: string; teamId?: string | null; models?: string[] | null; expiresAt?: number | null }

export interface UserRepo {
  create(input: NewUser): Promise<User>;
  get(id: string): Promise<User | null>;
  getByEmail(email: string): Promise<User | null>;
  list(): Promise<User[]>;
  update(id: string, patch: UserPatch): Promise<User | null>;
  count(): Promise<number>;
}

export interface TeamRepo {
  create(input: NewTeam): Promise<Team>;
  get(id: string): Promise<Team | null>;
  getByName(name: string): Promise<Team | null>;
  list(): Promise<Team[]>;
  update(id: string, patch: TeamPatch): Promise<Team | null>;
  /** Refuses (returns false) while users or keys still belong to the team. */
  delete(id: string): Promise<boolean>;
}

export interface KeyRepo {
  create(input: NewApiKey): Promise<ApiKeyRecord>;
  get(id: string): Promise<ApiKeyRecord | null>;
  getByPrefix(prefix: string): Promise<ApiKeyRecord | null>;
  list(filter?: { userId?: string; teamId?: string }): Promise<ApiKeyRecord[]>;
  /** Sets revokedAt if not yet revoked; returns the record or null if absent. */
  revoke(id: string, at: number): Promise<ApiKeyRecord | null>;
}

/** Small key/value table for settings such as the one-time setup token hash. */
export interface SettingsRepo {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly users: UserRepo;
  readonly teams: TeamRepo;
  readonly keys: KeyRepo;
  readonly settings: SettingsRepo;
  /** Monotonic counter bumped by every identity mutation (users, teams, keys). */
  revision(): Promise<number>;
  /** Applies pending migrations; idempotent; safe to call from several processes. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** Thrown by repos on a unique-constraint violation (e.g. duplicate email or team name). */
export class StoreConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreConflictError';
  }
}

/**
 * The raw database behind a Store, for modules that keep their own tables
 * (audit log, usage, conversations). They create their tables through
 * `runMigrations` (src/store/migrate.ts) with their own namespace.
 */
export type StoreHandle =
  | { kind: 'sqlite'; db: import('better-sqlite3').Database }
  | { kind: 'postgres'; pool: import('pg').Pool; schema: string };

/** Thrown by repos when a referenced row is absent (e.g. a user's teamId or a key's userId names no row). */
export class StoreReferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreReferenceError';
  }
}
