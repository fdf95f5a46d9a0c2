/**
 * Brake on failed authentication, per client address and per key prefix, with
 * exponential back-off: after `freeAttempts` failures within `windowSec`, each
 * further failure blocks the subject for baseDelaySec × 2^(n-1), capped at
 * maxDelaySec. In-memory and per process (each gateway brakes on its own).
 *
 * A success clears the key prefix's record but not the address's: an attacker
 * holding one valid key must not be able to reset its address counter between
 * guesses. Key prefixes are not secret: the authenticator consults a braked
 * prefix only for wrong secrets, so the key's holder is never locked out.
 */
export interface AuthFailurePolicy {
  /** Failures allowed before back-off starts. */
  freeAttempts: number;
  baseDelaySec: number;
  maxDelaySec: number;
  /** A subject without failures for this long starts over. */
  windowSec: number;
}

export interface AuthFailureOptions {
  address?: Partial<AuthFailurePolicy>;
  keyPrefix?: Partial<AuthFailurePolicy>;
  /** Bound on tracked subjects; the least recently failed are forgotten first. */
  maxEntries?: number;
  now?: () => number;
}

export interface AuthFailureLimiter {
  check(address: string, keyPrefix?: string): { allowed: boolean; retryAfterSec: number };
  fail(address: string, keyPrefix?: string): void;
  succeed(address: string, keyPrefix?: string): void;
}

export const AUTH_FAILURE_DEFAULTS = {
  address: { freeAttempts: 10, baseDelaySec: 1, maxDelaySec: 900, windowSec: 900 },
  keyPrefix: { freeAttempts: 10, baseDelaySec: 1, maxDelaySec: 60, windowSec: 900 },
  maxEntries: 100_000,
} as const;

interface Entry { failures: number; lastFailure: number; blockedUntil: number }

export function createAuthFailureLimiter(opts: AuthFailureOptions = {}): AuthFailureLimiter {
  const now = opts.now ?? Date.now;
  const byAddress: AuthFailurePolicy = { ...AUTH_FAILURE_DEFAULTS.address, ...opts.address };
  const byPrefix: AuthFailurePolicy = { ...AUTH_FAILURE_DEFAULTS.keyPrefix, ...opts.keyPrefix };
  const maxEntries = opts.maxEntries ?? AUTH_FAILURE_DEFAULTS.maxEntries;
  const entries = new Map<string, Entry>();

  const subjects = (address: string, keyPrefix: string | undefined): [string, AuthFailurePolicy][] =>
    keyPrefix ? [[`a:${address}`, byAddress], [`p:${keyPrefix}`, byPrefix]] : [[`a:${address}`, byAddress]];

  function live(key: string, policy: AuthFailurePolicy, t: number): Entry | undefined {
    const e = entries.get(key);
    if (e && t - e.lastFailure > policy.windowSec * 1000 && e.blockedUntil <= t) {
      entries.delete(key);
      return undefined;
    }
    return e;
  }

  return {
    check(address, keyPrefix) {
      const t = now();
      let until = 0;
      for (const [key, policy] of subjects(address, keyPrefix)) {
        const e = live(key, policy, t);
        if (e && e.blockedUntil > until) until = e.blockedUntil;
      }
      return until > t ? { allowed: false, retryAfterSec: Math.ceil((until - t) / 1000) } : { allowed: true, retryAfterSec: 0 };
    },
    fail(address, keyPrefix) {
      const t = now();
      for (const [key, policy] of subjects(address, keyPrefix)) {
        const e = live(key, policy, t) ?? { failures: 0, lastFailure: t, blockedUntil: 0 };
        e.failures++;
        e.lastFailure = t;
        const over = e.failures - policy.freeAttempts;
        if (over > 0) {
          const delay = Math.min(policy.maxDelaySec, policy.baseDelaySec * 2 ** Math.min(over - 1, 30));
          e.blockedUntil = Math.max(e.blockedUntil, t + delay * 1000);
        }
        entries.delete(key); // re-insert: the map stays ordered by last failure
        entries.set(key, e);
        while (entries.size > maxEntries) {
          const oldest = entries.keys().next().value;
          if (oldest === undefined) break;
          entries.delete(oldest);
        }
      }
    },
    succeed(_address, keyPrefix) {
      if (keyPrefix) entries.delete(`p:${keyPrefix}`);
    },
  };
}
