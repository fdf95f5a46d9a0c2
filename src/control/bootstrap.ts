/**
 * First-start bootstrap. Bastion never ships a default password: with no
 * admin in the store, either
 *   - BASTION_ADMIN_PASSWORD (and optionally BASTION_ADMIN_EMAIL, default
 *     admin@localhost) creates the first admin, or
 *   - a one-time setup token is minted: only its SHA-256 is stored (settings
 *     `control.setup_token`, with a 24 h expiry); the server prints the token
 *     once, and `POST /api/setup { token, email, password }` consumes it.
 * Each start without an admin replaces any earlier token with a fresh one.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { BastionError } from '../errors/registry.js';
import { noSecurityEvents, type SecurityEventSink } from './events.js';
import type { IdentityService, Actor } from './identities.js';
import { Secret } from './secret.js';
import { SETTING_SETUP_TOKEN } from './settings-keys.js';
import type { KeyView, UserView } from './views.js';

export const SETUP_TOKEN_TTL_MS = 24 * 3_600_000;
export const DEFAULT_ADMIN_EMAIL = 'admin@localhost';
const TOKEN_PREFIX = 'bst_setup_';

export type BootstrapResult =
  | { kind: 'ready' }
  | { kind: 'admin_created'; user: UserView }
  | { kind: 'setup_token'; token: Secret; expiresAt: number };

export interface BootstrapEnv {
  BASTION_ADMIN_PASSWORD?: string | undefined;
  BASTION_ADMIN_EMAIL?: string | undefined;
}

interface StoredToken { hash: string; expiresAt: number }

const SYSTEM: Actor = { via: 'system' };

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

async function hasAdmin(identities: IdentityService): Promise<boolean> {
  return (await identities.store.users.list()).some((u) => u.role === 'admin');
}

/** Runs once at server start. Idempotent when an admin exists. */
export async function bootstrap(identities: IdentityService, env: BootstrapEnv, opts: { now?: () => number } = {}): Promise<BootstrapResult> {
  const now = opts.now ?? Date.now;
  if (await hasAdmin(identities)) return { kind: 'ready' };
  const password = env.BASTION_ADMIN_PASSWORD;
  if (password !== undefined && password !== '') {
    const user = await identities.createUser(
      { email: env.BASTION_ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL, name: 'Administrator', role: 'admin', password: new Secret(password) },
      SYSTEM,
    );
    return { kind: 'admin_created', user };
  }
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const expiresAt = now() + SETUP_TOKEN_TTL_MS;
  const stored: StoredToken = { hash: sha256(token).toString('hex'), expiresAt };
  await identities.store.settings.set(SETTING_SETUP_TOKEN, JSON.stringify(stored));
  return { kind: 'setup_token', token: new Secret(token), expiresAt };
}

/** The text the server prints once for a fresh setup token. */
export function setupTokenBanner(result: Extract<BootstrapResult, { kind: 'setup_token' }>, baseUrl: string): string {
  return [
    'Bastion has no admin yet. Create one within 24 hours with this one-time setup token:',
    `  ${result.token.reveal()}`,
    `  curl -X POST ${baseUrl}/api/setup -H 'content-type: application/json' \\`,
    `    -d '{"token":"<token>","email":"you@example.com","password":"<at least 12 characters>"}'`,
    'or offline: bastion users create --email you@example.com --admin --password-stdin',
  ].join('\n');
}

export interface SetupInput { token: Secret; email: string; password: Secret; name?: string }
export interface SetupResult { user: UserView; key: Secret; keyRecord: KeyView }

/** Completes first-run setup: checks the token, creates the admin and an admin API key, invalidates the token. */
export class SetupService {
  readonly #identities: IdentityService;
  readonly #now: () => number;
  readonly #events: SecurityEventSink;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(identities: IdentityService, opts: { now?: () => number; events?: SecurityEventSink } = {}) {
    this.#identities = identities;
    this.#now = opts.now ?? Date.now;
    this.#events = opts.events ?? noSecurityEvents;
  }

  #emit(outcome: 'success' | 'failure', actor: Actor, details: Record<string, string>, target?: { type: string; id: string }): void {
    try {
      this.#events.emit({ action: 'setup.completed', outcome, actor, details, ...(target ? { target } : {}) });
    } catch {
      // the sink reports its own failures
    }
  }

  /** Whether setup is still open (no admin yet and an unexpired token exists). */
  async pending(): Promise<boolean> {
    if (await hasAdmin(this.#identities)) return false;
    const stored = await this.#stored();
    return stored !== null && stored.expiresAt > this.#now();
  }

  complete(input: SetupInput, actor: Actor): Promise<SetupResult> {
    // Serialise within this process so two requests cannot both consume one token.
    const run = this.#queue.then(() => this.#complete(input, actor));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #complete(input: SetupInput, actor: Actor): Promise<SetupResult> {
    const stored = await this.#stored();
    // Compare before anything else so the answer does not depend on other state.
    const presented = sha256(input.token.reveal());
    const expected = stored ? Buffer.from(stored.hash, 'hex') : Buffer.alloc(32);
    const matches = expected.length === presented.length && timingSafeEqual(presented, expected) && stored !== null;
    if (await hasAdmin(this.#identities)) {
      this.#emit('failure', actor, { reason: 'already_complete' });
      throw new BastionError('forbidden', 'setup is already complete');
    }
    if (!matches || stored === null || stored.expiresAt <= this.#now()) {
      this.#emit('failure', actor, { reason: matches ? 'token_expired' : 'token_invalid' });
      throw new BastionError('invalid_credentials', 'the setup token is invalid or expired; restart Bastion for a new one');
    }
    const store = this.#identities.store;
    await store.settings.delete(SETTING_SETUP_TOKEN);
    try {
      const user = await this.#identities.createUser(
        { email: input.email, name: input.name ?? 'Administrator', role: 'admin', password: input.password },
        actor,
      );
      const created = await this.#identities.createKey({ userId: user.id, name: 'setup' }, { ...actor, userId: user.id });
      this.#emit('success', actor, { email: user.email }, { type: 'user', id: user.id });
      return { user, key: created.key, keyRecord: created.record };
    } catch (err) {
      // Bad input (weak password, invalid email) must not burn the token.
      if (!(await hasAdmin(this.#identities))) await store.settings.set(SETTING_SETUP_TOKEN, JSON.stringify(stored));
      throw err;
    }
  }

  async #stored(): Promise<StoredToken | null> {
    const raw = await this.#identities.store.settings.get(SETTING_SETUP_TOKEN);
    if (raw === null) return null;
    try {
      const v = JSON.parse(raw) as Partial<StoredToken>;
      return typeof v.hash === 'string' && typeof v.expiresAt === 'number' ? { hash: v.hash, expiresAt: v.expiresAt } : null;
    } catch {
      return null;
    }
  }
}
