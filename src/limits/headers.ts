/**
 * RateLimit-Policy / RateLimit response headers in the IETF httpapi draft
 * syntax (structured-field lists):
 *   RateLimit-Policy: "per-key-rpm";q=100;w=60
 *   RateLimit: "per-key-rpm";r=42;t=12
 * Only limits scoped to the caller (key, user, team) are described in full:
 * model and global limits are shared by every tenant, so their quota and
 * remaining units would reveal capacity and other tenants' usage.
 */
export interface HeaderLimit {
  readonly name: string;
  /** Quota for the policy; undefined to omit the policy item (shared scopes). */
  readonly quota?: number;
  /** Policy window in seconds (absent for concurrency). */
  readonly windowSec?: number;
  readonly remaining: number;
  /** Seconds until the quota is restored (or, when refused, until a retry can pass). */
  readonly resetSec: number;
}

export function policyItem(l: HeaderLimit): string | undefined {
  if (l.quota === undefined) return undefined;
  return `"${l.name}";q=${l.quota}${l.windowSec !== undefined ? `;w=${l.windowSec}` : ''}`;
}

export function rateLimitItem(l: HeaderLimit): string {
  return `"${l.name}";r=${Math.max(0, Math.floor(l.remaining))};t=${Math.max(0, Math.ceil(l.resetSec))}`;
}

/** Both headers for a list of limits; empty when there is nothing to describe. */
export function rateLimitHeaders(limits: readonly HeaderLimit[]): Record<string, string> {
  if (limits.length === 0) return {};
  const out: Record<string, string> = {};
  const policies = limits.map(policyItem).filter((x): x is string => x !== undefined);
  if (policies.length > 0) out['RateLimit-Policy'] = policies.join(', ');
  out.RateLimit = limits.map(rateLimitItem).join(', ');
  return out;
}
