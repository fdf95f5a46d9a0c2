/**
 * authenticate: one credential path for every route (/v1 and /api alike).
 * `Authorization: Bearer <key>` or `x-api-key: <key>`; never the query string.
 * The key's prefix finds the record in the in-memory identity snapshot; the
 * full key is compared by hash in constant time. Expired, revoked and
 * suspended-owner keys are refused with the same answer as unknown keys.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { BastionError } from '../../errors/registry.js';
import { apiKeyMatches, parseApiKey } from '../../control/api-keys.js';
import type { ApiKeyRecord, Team, User } from '../../store/types.js';
import type { Identity, RequestContext } from '../context.js';
import type { Stage } from '../pipeline.js';

/** What authentication needs from the identity snapshot (src/control/snapshot.ts). */
export interface IdentityLookup {
  /** `identity`, when the snapshot prebuilds it, is returned as is (no per-request allocation). */
  lookup(prefix: string): { key: ApiKeyRecord; user: User; team: Team | null; identity?: Identity } | undefined;
}

/** Optional brake on repeated failures (src/limits/auth-failures.ts). */
export interface AuthFailureGuard {
  check(address: string, keyPrefix?: string): { allowed: boolean; retryAfterSec: number };
  fail(address: string, keyPrefix?: string): void;
  succeed(address: string, keyPrefix?: string): void;
}

const QUERY_CREDENTIAL = /(?:^|&)(?:api[_-]?key|key|token|access[_-]?token|auth|authorization|bearer)=/i;

export function credentialFrom(headers: IncomingHttpHeaders): string | undefined {
  const auth = headers.authorization;
  const xkey = headers['x-api-key'];
  let fromAuth: string | undefined;
  if (auth !== undefined) {
    if (auth.length < 8 || auth.slice(0, 7).toLowerCase() !== 'bearer ') throw new BastionError('invalid_credentials');
    fromAuth = auth.slice(7).trim();
  }
  const fromX = typeof xkey === 'string' ? xkey.trim() : undefined;
  if (fromAuth !== undefined && fromX !== undefined && fromAuth !== fromX) throw new BastionError('invalid_credentials');
  return fromAuth ?? fromX;
}

/** True when `Authorization` or `x-api-key` appears more than once (Node would keep one line silently). */
export function repeatsCredential(raw: readonly string[]): boolean {
  let auth = 0;
  let xkey = 0;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] as string;
    if (name.length === 13 && name.toLowerCase() === 'authorization') auth++;
    else if (name.length === 9 && name.toLowerCase() === 'x-api-key') xkey++;
  }
  return auth > 1 || xkey > 1;
}

function intersect(a: readonly string[] | null, b: readonly string[] | null): ReadonlySet<string> | null {
  if (a === null && b === null) return null;
  if (a === null) return new Set(b);
  if (b === null) return new Set(a);
  const sb = new Set(b);
  return new Set(a.filter((m) => sb.has(m)));
}

function tooManyFailures(retryAfterSec: number): BastionError {
  return new BastionError('too_many_auth_failures', undefined, { headers: { 'Retry-After': String(retryAfterSec) } });
}

export function createAuthenticator(deps: { identities: IdentityLookup; failures?: AuthFailureGuard; now?: () => number }) {
  const now = deps.now ?? Date.now;
  // Effective model sets are cached per key record object (the snapshot replaces records on change).
  const modelCache = new WeakMap<ApiKeyRecord, { team: Team | null; models: ReadonlySet<string> | null }>();

  /** `rawHeaders` (req.rawHeaders) lets a repeated credential header be refused instead of one line winning. */
  return function authenticate(headers: IncomingHttpHeaders, query: string, clientAddress: string, rawHeaders?: readonly string[]): Identity {
    if (query && QUERY_CREDENTIAL.test(query)) throw new BastionError('credentials_in_query');
    if (rawHeaders && repeatsCredential(rawHeaders)) throw new BastionError('invalid_credentials');
    const presented = credentialFrom(headers);
    if (presented === undefined || presented === '') throw new BastionError('missing_credentials');
    const parsed = parseApiKey(presented);
    const prefix = parsed?.prefix;
    // A braked address is refused before any key is looked at. A braked key prefix only refuses
    // wrong secrets (below): prefixes are not secret, so the brake must not lock the key's holder out.
    if (deps.failures) {
      const c = deps.failures.check(clientAddress);
      if (!c.allowed) throw tooManyFailures(c.retryAfterSec);
    }
    const found = prefix === undefined ? undefined : deps.identities.lookup(prefix);
    const t = now();
    const ok = found !== undefined
      && apiKeyMatches(presented, found.key.hash)
      && found.key.revokedAt === null
      && (found.key.expiresAt === null || found.key.expiresAt > t)
      && found.user.status === 'active';
    if (!ok || !found) {
      if (deps.failures) {
        const c = deps.failures.check(clientAddress, prefix);
        if (!c.allowed) throw tooManyFailures(c.retryAfterSec);
      }
      deps.failures?.fail(clientAddress, prefix);
      throw new BastionError('invalid_credentials');
    }
    deps.failures?.succeed(clientAddress, prefix);
    if (found.identity) return found.identity;
    let cached = modelCache.get(found.key);
    if (!cached || cached.team !== found.team) {
      cached = { team: found.team, models: intersect(found.key.models, found.team?.models ?? null) };
      modelCache.set(found.key, cached);
    }
    return {
      keyId: found.key.id,
      keyName: found.key.name,
      keyPrefix: found.key.prefix,
      userId: found.user.id,
      teamId: found.team?.id ?? null,
      role: found.user.role,
      models: cached.models,
    };
  };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;

export function createAuthenticateStage(authenticate: Authenticator): Stage {
  return {
    name: 'authenticate',
    run(ctx: RequestContext, io) {
      ctx.identity = authenticate(io.req.headers, ctx.query, ctx.clientAddress, io.req.rawHeaders);
    },
  };
}
