/**
 * IdentityService: users, teams and API keys over a Store. The CLI and the
 * admin API both go through it, so the rules live in one place:
 *   - inputs are validated (BastionError 'invalid_request'), duplicates are
 *     'conflict', unknown ids 'resource_not_found';
 *   - a key's models must be within what its team allows, and a member's
 *     keys may only be scoped to the member's own team;
 *   - the last active admin cannot be suspended or demoted;
 *   - every mutation emits a SecurityEvent;
 *   - nothing returned carries a password hash or key hash; a new key's full
 *     value is returned once, wrapped in a Secret.
 */
import { BastionError } from '../errors/registry.js';
import { StoreConflictError, type Role, type Store, type Team, type User, type UserPatch, type UserStatus } from '../store/types.js';
import { generateApiKey } from './api-keys.js';
import { noSecurityEvents, type SecurityEvent, type SecurityEventSink } from './events.js';
import { assertPasswordStrength, hashPassword, verifyPassword } from './password.js';
import { Secret } from './secret.js';
import { SETTING_SETUP_TOKEN } from './settings-keys.js';
import { isSubset, normalizeEmail, normalizeModels, normalizeName, normalizeRole, normalizeTeamName, parseDuration } from './validate.js';
import { keyView, teamView, userView, type KeyView, type TeamView, type UserView } from './views.js';

export type Actor = SecurityEvent['actor'];

export interface CreateUserInput {
  email: string;
  /** Defaults to the part of the email before '@'. */
  name?: string;
  role?: Role;
  /** Team name or id; null/absent for no team. */
  team?: string | null;
  /** Optional password login; checked for strength. */
  password?: Secret | null;
}

export interface UpdateUserInput {
  name?: string;
  role?: Role;
  team?: string | null;
  status?: UserStatus;
  /** A new password, or null to remove password login. */
  password?: Secret | null;
}

export interface CreateTeamInput { name: string; models?: string[] | string | null }
export interface UpdateTeamInput { name?: string; models?: string[] | string | null }

export interface CreateKeyInput {
  userId: string;
  name: string;
  /** Subset of what the owner's team allows; absent/null = whatever the owner may use. */
  models?: string[] | string | null;
  /** '90m' | '12h' | '30d' | '2w'; absent/null = no expiry. */
  expiresIn?: string | null;
  /** Team the key is scoped to (name or id); absent = it follows its owner's current team. */
  teamName?: string | null;
}

export interface CreatedKey {
  /** The full key. Shown once: it is not stored and cannot be recovered. */
  key: Secret;
  record: KeyView;
}

export interface IdentityServiceOptions {
  events?: SecurityEventSink;
  now?: () => number;
}

function notFound(what: string): never {
  throw new BastionError('resource_not_found', `${what} does not exist`);
}

export class IdentityService {
  readonly store: Store;
  readonly #events: SecurityEventSink;
  readonly #now: () => number;

  constructor(store: Store, opts: IdentityServiceOptions = {}) {
    this.store = store;
    this.#events = opts.events ?? noSecurityEvents;
    this.#now = opts.now ?? Date.now;
  }

  #emit(action: string, actor: Actor, target: { type: string; id: string }, details?: SecurityEvent['details']): void {
    try {
      this.#events.emit({ action, outcome: 'success', actor, target, ...(details ? { details } : {}) });
    } catch {
      // A failing sink must not undo a committed change; the sink reports its own failures.
    }
  }

  async #conflictAware<T>(fn: () => Promise<T>, message: string): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof StoreConflictError) throw new BastionError('conflict', message);
      throw err;
    }
  }

  // ── users ────────────────────────────────────────────────────────────

  async createUser(input: CreateUserInput, actor: Actor): Promise<UserView> {
    const email = normalizeEmail(input.email);
    const name = normalizeName(input.name ?? email.split('@')[0], 'name');
    const role = normalizeRole(input.role ?? 'member');
    const team = input.team === undefined || input.team === null ? null : await this.#requireTeam(input.team);
    let passwordHash: string | null = null;
    if (input.password) {
      assertPasswordStrength(input.password, { email });
      passwordHash = await hashPassword(input.password);
    }
    if (await this.store.users.getByEmail(email)) throw new BastionError('conflict', `a user with email ${email} already exists`);
    const user = await this.#conflictAware(
      () => this.store.users.create({ email, name, role, teamId: team?.id ?? null, passwordHash }),
      `a user with email ${email} already exists`,
    );
    if (role === 'admin') await this.store.settings.delete(SETTING_SETUP_TOKEN);
    this.#emit('user.created', actor, { type: 'user', id: user.id }, { role, teamId: user.teamId, password: passwordHash !== null });
    return userView(user);
  }

  async listUsers(): Promise<UserView[]> {
    return (await this.store.users.list()).map(userView);
  }

  async getUser(id: string): Promise<UserView> {
    return userView(await this.#requireUser(id));
  }

  /** Finds a user by id or (when it contains '@') by email. */
  async findUser(idOrEmail: string): Promise<UserView> {
    return userView(await this.#requireUserRef(idOrEmail));
  }

  async updateUser(id: string, input: UpdateUserInput, actor: Actor): Promise<UserView> {
    const user = await this.#requireUser(id);
    const patch: UserPatch = {};
    if (input.name !== undefined) patch.name = normalizeName(input.name, 'name');
    if (input.role !== undefined) patch.role = normalizeRole(input.role);
    if (input.status !== undefined) {
      if (input.status !== 'active' && input.status !== 'suspended') throw new BastionError('invalid_request', 'status must be "active" or "suspended"');
      patch.status = input.status;
    }
    if (input.team !== undefined) patch.teamId = input.team === null ? null : (await this.#requireTeam(input.team)).id;
    if (input.password !== undefined) {
      if (input.password === null) patch.passwordHash = null;
      else {
        assertPasswordStrength(input.password, { email: user.email });
        patch.passwordHash = await hashPassword(input.password);
      }
    }
    const losesAdmin = user.role === 'admin' && user.status === 'active' && (patch.role === 'member' || patch.status === 'suspended');
    if (losesAdmin && (await this.#activeAdminCount()) <= 1) {
      throw new BastionError('invalid_request', 'this is the last active admin: promote another admin first');
    }
    await this.#assertKeysStayInTeam(user, patch);
    const updated = (await this.store.users.update(user.id, patch)) ?? notFound(`user ${id}`);
    const details: Record<string, string | number | boolean | null> = {};
    if (patch.name !== undefined) details.name = true;
    if (patch.role !== undefined) details.role = patch.role;
    if (patch.status !== undefined) details.status = patch.status;
    if (patch.teamId !== undefined) details.teamId = patch.teamId;
    if (patch.passwordHash !== undefined) details.password = patch.passwordHash === null ? 'removed' : 'changed';
    const action = patch.status === 'suspended' && user.status !== 'suspended' ? 'user.suspended'
      : patch.status === 'active' && user.status !== 'active' ? 'user.activated'
      : patch.role !== undefined && patch.role !== user.role ? 'user.role_changed'
      : 'user.updated';
    this.#emit(action, actor, { type: 'user', id: user.id }, details);
    return userView(updated);
  }

  suspendUser(id: string, actor: Actor): Promise<UserView> {
    return this.updateUser(id, { status: 'suspended' }, actor);
  }

  activateUser(id: string, actor: Actor): Promise<UserView> {
    return this.updateUser(id, { status: 'active' }, actor);
  }

  setRole(id: string, role: Role, actor: Actor): Promise<UserView> {
    return this.updateUser(id, { role }, actor);
  }

  /**
   * Checks an email and password. Returns the user when both match and the
   * user is active; null otherwise (same answer for every failure).
   */
  async verifyLogin(email: string, password: Secret): Promise<UserView | null> {
    let normalized: string;
    try {
      normalized = normalizeEmail(email);
    } catch {
      return null;
    }
    const user = await this.store.users.getByEmail(normalized);
    // Hash something even for an unknown user so timing does not reveal which emails exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    return ok && user && user.status === 'active' && user.passwordHash !== null ? userView(user) : null;
  }

  /** A member may only hold keys scoped to their own team: refuse moves or demotions that would break that. */
  async #assertKeysStayInTeam(user: User, patch: UserPatch): Promise<void> {
    const role = patch.role ?? user.role;
    const teamId = patch.teamId !== undefined ? patch.teamId : user.teamId;
    if (role === 'admin' || teamId === null || (teamId === user.teamId && role === user.role)) return;
    const stray = (await this.store.keys.list({ userId: user.id })).filter((k) => k.revokedAt === null && k.teamId !== null && k.teamId !== teamId);
    if (stray.length > 0) {
      throw new BastionError('conflict', `${user.email} holds keys scoped to another team (${stray.map((k) => k.prefix).join(', ')}): revoke them first`);
    }
  }

  async #activeAdminCount(): Promise<number> {
    return (await this.store.users.list()).filter((u) => u.role === 'admin' && u.status === 'active').length;
  }

  async #requireUser(id: string): Promise<User> {
    return (await this.store.users.get(id)) ?? notFound(`user ${id}`);
  }

  async #requireUserRef(ref: string): Promise<User> {
    if (ref.includes('@')) {
      let email: string;
      try {
        email = normalizeEmail(ref);
      } catch {
        return notFound(`user ${ref}`);
      }
      return (await this.store.users.getByEmail(email)) ?? notFound(`user ${email}`);
    }
    return this.#requireUser(ref);
  }

  // ── teams ────────────────────────────────────────────────────────────

  async createTeam(input: CreateTeamInput, actor: Actor): Promise<TeamView> {
    const name = normalizeTeamName(input.name);
    const models = input.models === undefined ? null : normalizeModels(input.models);
    if (await this.store.teams.getByName(name)) throw new BastionError('conflict', `a team named ${name} already exists`);
    const team = await this.#conflictAware(() => this.store.teams.create({ name, models }), `a team named ${name} already exists`);
    this.#emit('team.created', actor, { type: 'team', id: team.id }, { name, models: models === null ? 'all' : models.join(',') });
    return teamView(team);
  }

  async listTeams(): Promise<TeamView[]> {
    return (await this.store.teams.list()).map(teamView);
  }

  /** Finds a team by id or by name. */
  async findTeam(idOrName: string): Promise<TeamView> {
    return teamView(await this.#requireTeam(idOrName));
  }

  async updateTeam(idOrName: string, input: UpdateTeamInput, actor: Actor): Promise<TeamView> {
    const team = await this.#requireTeam(idOrName);
    const patch: { name?: string; models?: string[] | null } = {};
    if (input.name !== undefined) patch.name = normalizeTeamName(input.name);
    if (input.models !== undefined) patch.models = normalizeModels(input.models);
    if (patch.name !== undefined && patch.name !== team.name && (await this.store.teams.getByName(patch.name))) {
      throw new BastionError('conflict', `a team named ${patch.name} already exists`);
    }
    const updated = (await this.#conflictAware(() => this.store.teams.update(team.id, patch), `a team named ${patch.name ?? ''} already exists`))
      ?? notFound(`team ${idOrName}`);
    const details: Record<string, string> = {};
    if (patch.name !== undefined) details.name = patch.name;
    if (patch.models !== undefined) details.models = patch.models === null ? 'all' : patch.models.join(',');
    this.#emit('team.updated', actor, { type: 'team', id: team.id }, details);
    return teamView(updated);
  }

  async deleteTeam(idOrName: string, actor: Actor): Promise<void> {
    const team = await this.#requireTeam(idOrName);
    const deleted = await this.store.teams.delete(team.id);
    if (!deleted) {
      if (!(await this.store.teams.get(team.id))) notFound(`team ${idOrName}`);
      throw new BastionError('conflict', `team ${team.name} still has users or keys: move or revoke them first`);
    }
    this.#emit('team.deleted', actor, { type: 'team', id: team.id }, { name: team.name });
  }

  async #requireTeam(idOrName: string): Promise<Team> {
    if (typeof idOrName !== 'string' || idOrName.length === 0) throw new BastionError('invalid_request', 'team must be a team name or id');
    const byName = await this.store.teams.getByName(idOrName.trim());
    if (byName) return byName;
    return (await this.store.teams.get(idOrName)) ?? notFound(`team ${idOrName}`);
  }

  // ── keys ─────────────────────────────────────────────────────────────

  async createKey(input: CreateKeyInput, actor: Actor): Promise<CreatedKey> {
    const name = normalizeName(input.name, 'key name');
    const models = input.models === undefined ? null : normalizeModels(input.models);
    const lifetime = parseDuration(input.expiresIn ?? null, 'expires');
    const owner = await this.#requireUser(input.userId);
    if (owner.status !== 'active') throw new BastionError('invalid_request', `user ${owner.email} is suspended; activate them before creating keys`);

    let keyTeam: Team | null = null;
    if (input.teamName !== undefined && input.teamName !== null) {
      keyTeam = await this.#requireTeam(input.teamName);
      if (owner.teamId !== null && owner.teamId !== keyTeam.id && owner.role !== 'admin') {
        throw new BastionError('invalid_request', `user ${owner.email} is not a member of team ${keyTeam.name}`);
      }
    }
    const governing = keyTeam ?? (owner.teamId === null ? null : await this.store.teams.get(owner.teamId));
    const allowed = governing?.models ?? null;
    // No explicit list means "whatever the team allows", which is always within it.
    if (models !== null && !isSubset(models, allowed)) {
      const outside = models.filter((m) => !(allowed ?? []).includes(m)).join(', ');
      throw new BastionError('invalid_request', `the key may not use ${outside}: team ${governing?.name ?? ''} allows only ${(allowed ?? []).join(', ')}`);
    }

    const now = this.#now();
    for (let attempt = 0; ; attempt++) {
      const generated = generateApiKey();
      try {
        const record = await this.store.keys.create({
          name, prefix: generated.prefix, hash: generated.hash, userId: owner.id,
          teamId: keyTeam?.id ?? null, models, expiresAt: lifetime === null ? null : now + lifetime,
        });
        this.#emit('key.created', actor, { type: 'key', id: record.id }, {
          name, prefix: record.prefix, userId: owner.id, teamId: record.teamId,
          models: models === null ? 'inherit' : models.join(','), expiresAt: record.expiresAt,
        });
        return { key: new Secret(generated.key), record: keyView(record, now) };
      } catch (err) {
        // A 48-bit prefix collision is astronomically rare; retry with a fresh key a few times.
        if (!(err instanceof StoreConflictError) || attempt >= 3) throw err;
      }
    }
  }

  async listKeys(filter: { userId?: string; teamId?: string } = {}): Promise<KeyView[]> {
    const now = this.#now();
    return (await this.store.keys.list(filter)).map((k) => keyView(k, now));
  }

  /** Finds a key by id, or by its 12-hex-character prefix. */
  async getKey(idOrPrefix: string): Promise<KeyView> {
    const rec = (await this.store.keys.get(idOrPrefix))
      ?? (/^[0-9a-f]{12}$/.test(idOrPrefix) ? await this.store.keys.getByPrefix(idOrPrefix) : null)
      ?? notFound(`key ${idOrPrefix}`);
    return keyView(rec, this.#now());
  }

  async revokeKey(idOrPrefix: string, actor: Actor): Promise<KeyView> {
    const existing = await this.getKey(idOrPrefix);
    const now = this.#now();
    const rec = (await this.store.keys.revoke(existing.id, now)) ?? notFound(`key ${idOrPrefix}`);
    if (existing.revokedAt === null) this.#emit('key.revoked', actor, { type: 'key', id: rec.id }, { prefix: rec.prefix, userId: rec.userId });
    return keyView(rec, now);
  }
}

/** A valid hash of a random password, verified against for unknown users (equal work, never matches a real login). */
const DUMMY_HASH = 'scrypt$32768$8$1$c2FsdHNhbHRzYWx0c2FsdA$3q2-7w3q2-7w3q2-7w3q2-7w3q2-7w3q2-7w3q2-4';
