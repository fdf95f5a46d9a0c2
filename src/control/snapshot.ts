/**
 * The gateway's in-memory view of identities: every unrevoked key, its owner
 * and its governing team, indexed by the key's non-secret prefix. Built from
 * the store, rebuilt only when `store.revision()` moves, and kept as-is when
 * the store is unreachable (the last good snapshot keeps serving).
 *
 * `lookup` and `authenticate` are the authentication hot path: a Map lookup
 * returning a prebuilt entry (including the gateway Identity), no allocation.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { ApiKeyRecord, Store, Team, User } from '../store/types.js';
import type { Identity } from '../gateway/context.js';
import { KEY_PREFIX_TAG } from './api-keys.js';
import { intersectModels } from './validate.js';

export interface SnapshotEntry {
  readonly key: ApiKeyRecord;
  readonly user: User;
  /** The key's own team, else its owner's current team, else null. */
  readonly team: Team | null;
  /**
   * Effective allowlist: key ∩ team (null = every model); for a member whose
   * current team differs from the key's team, also ∩ the member's team.
   * Authorization should use this (or `identity.models`), not recompute it.
   */
  readonly models: ReadonlySet<string> | null;
  /** Ready-made identity for the request context. */
  readonly identity: Identity;
  /** SHA-256 of the key, decoded once. */
  readonly hash: Buffer;
}

/** Why a presented key was refused (stable strings, safe for audit). */
export type AuthFailure = 'malformed' | 'unknown_key' | 'hash_mismatch' | 'expired' | 'suspended';

export interface IdentitySnapshot {
  /** Store revision the snapshot reflects (-1 before the first successful build). */
  readonly revision: number;
  /** Number of unrevoked keys held. */
  readonly size: number;
  lookup(prefix: string): SnapshotEntry | undefined;
  /** Full check of a presented key: format, prefix, constant-time hash, expiry, owner status. */
  authenticate(presentedKey: string, now?: number): SnapshotEntry | AuthFailure;
  /** Effective allowlist for a key and team (null = every model). */
  models(parts: { key: Pick<ApiKeyRecord, 'models'>; team: Pick<Team, 'models'> | null }): ReadonlySet<string> | null;
  /** Rebuilds now if the revision changed (or always, with force). Throws when the store fails. */
  refresh(opts?: { force?: boolean }): Promise<void>;
  close(): void;
}

export interface SnapshotOptions {
  /** Revision poll interval, default 1000 ms; 0 disables polling. */
  pollMs?: number;
  /** Called once when the store becomes unreachable and once when it recovers. Never receives secrets. */
  log?: (level: 'warn' | 'info', message: string, fields?: Record<string, string | number>) => void;
}

const KEY_LENGTH = KEY_PREFIX_TAG.length + 12 + 1 + 43;

function effectiveModels(key: Pick<ApiKeyRecord, 'models'>, team: Pick<Team, 'models'> | null): ReadonlySet<string> | null {
  const list = intersectModels(key.models, team?.models ?? null);
  return list === null ? null : new Set(list);
}

function defaultLog(level: 'warn' | 'info', message: string, fields: Record<string, string | number> = {}): void {
  process.stderr.write(`${JSON.stringify({ level, time: new Date().toISOString(), component: 'identity-snapshot', msg: message, ...fields })}\n`);
}

async function build(store: Store): Promise<{ revision: number; entries: Map<string, SnapshotEntry> }> {
  const revision = await store.revision();
  const [users, teams, keys] = await Promise.all([store.users.list(), store.teams.list(), store.keys.list()]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const teamById = new Map(teams.map((t) => [t.id, t]));
  const entries = new Map<string, SnapshotEntry>();
  for (const key of keys) {
    if (key.revokedAt !== null) continue;
    const user = userById.get(key.userId);
    if (!user) continue;
    const teamId = key.teamId ?? user.teamId;
    const team = teamId === null ? null : teamById.get(teamId) ?? null;
    let models = effectiveModels(key, team);
    // A member moved out of the team a key was scoped to keeps only what both teams allow.
    if (user.role !== 'admin' && user.teamId !== null && key.teamId !== null && key.teamId !== user.teamId) {
      const ownerTeam = teamById.get(user.teamId);
      if (ownerTeam && ownerTeam.models !== null) models = new Set(intersectModels(models === null ? null : [...models], ownerTeam.models));
    }
    const identity: Identity = {
      keyId: key.id, keyName: key.name, keyPrefix: key.prefix, userId: user.id,
      teamId: team?.id ?? null, teamName: team?.name ?? null, role: user.role, models,
    };
    entries.set(key.prefix, Object.freeze({ key, user, team, models, identity: Object.freeze(identity), hash: Buffer.from(key.hash, 'hex') }));
  }
  return { revision, entries };
}

class PollingSnapshot implements IdentitySnapshot {
  revision = -1;
  #entries = new Map<string, SnapshotEntry>();
  #timer: NodeJS.Timeout | undefined;
  #inflight: Promise<void> | undefined;
  #failing = false;
  readonly #store: Store;
  readonly #log: NonNullable<SnapshotOptions['log']>;

  constructor(store: Store, opts: SnapshotOptions) {
    this.#store = store;
    this.#log = opts.log ?? defaultLog;
  }

  get size(): number {
    return this.#entries.size;
  }

  start(pollMs: number): void {
    if (pollMs <= 0) return;
    this.#timer = setInterval(() => {
      this.refresh().catch(() => undefined);
    }, pollMs);
    this.#timer.unref();
  }

  lookup(prefix: string): SnapshotEntry | undefined {
    return this.#entries.get(prefix);
  }

  authenticate(presented: string, now: number = Date.now()): SnapshotEntry | AuthFailure {
    if (presented.length !== KEY_LENGTH || !presented.startsWith(KEY_PREFIX_TAG) || presented.charCodeAt(16) !== 95 /* _ */) return 'malformed';
    const entry = this.#entries.get(presented.slice(4, 16));
    if (entry === undefined) return 'unknown_key';
    const digest = createHash('sha256').update(presented).digest();
    if (digest.length !== entry.hash.length || !timingSafeEqual(digest, entry.hash)) return 'hash_mismatch';
    if (entry.key.expiresAt !== null && entry.key.expiresAt <= now) return 'expired';
    if (entry.user.status !== 'active') return 'suspended';
    return entry;
  }

  models(parts: { key: Pick<ApiKeyRecord, 'models'>; team: Pick<Team, 'models'> | null }): ReadonlySet<string> | null {
    return effectiveModels(parts.key, parts.team);
  }

  refresh(opts: { force?: boolean } = {}): Promise<void> {
    // One refresh at a time; callers arriving meanwhile share it.
    this.#inflight ??= this.#refresh(opts.force === true).finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  async #refresh(force: boolean): Promise<void> {
    try {
      if (!force && this.revision >= 0 && (await this.#store.revision()) === this.revision) {
        this.#recovered();
        return;
      }
      const next = await build(this.#store);
      this.#entries = next.entries;
      this.revision = next.revision;
      this.#recovered();
    } catch (err) {
      if (!this.#failing) {
        this.#failing = true;
        this.#log('warn', 'identity store unreachable; serving the last good snapshot', {
          revision: this.revision, keys: this.#entries.size, error: err instanceof Error ? err.name : 'unknown',
        });
      }
      throw err;
    }
  }

  #recovered(): void {
    if (this.#failing) {
      this.#failing = false;
      this.#log('info', 'identity store reachable again', { revision: this.revision });
    }
  }

  close(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}

/**
 * Builds the first snapshot (throws if the store cannot be read at start) and
 * starts polling `store.revision()`.
 */
export async function createIdentitySnapshot(store: Store, opts: SnapshotOptions = {}): Promise<IdentitySnapshot> {
  const snap = new PollingSnapshot(store, opts);
  await snap.refresh({ force: true });
  snap.start(opts.pollMs ?? 1000);
  return snap;
}
