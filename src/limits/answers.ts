/**
 * What a client is told: success headers and refusal errors. A refusal names
 * the limit and when to retry; only limits on the caller's own identity show
 * their quota and remaining units (see headers.ts).
 */
import { BastionError, type ErrorCode } from '../errors/registry.js';
import type { LimitKind } from './config.js';
import { type HeaderLimit, rateLimitHeaders } from './headers.js';
import type { PlannedLimit } from './plan.js';
import type { AdmitOutcome } from './store-types.js';

/** Concurrency slots free up when a request ends, usually within seconds; the lease expiry would overstate the wait. */
const CONCURRENCY_RETRY_SEC = 1;

function codeFor(kind: LimitKind): ErrorCode {
  if (kind === 'concurrency') return 'concurrency_limited';
  if (kind === 'daily_tokens' || kind === 'monthly_tokens') return 'budget_exhausted';
  return 'rate_limited';
}

/** RateLimit headers for an admitted request: the caller's own enforced limits, concurrency excluded. */
export function successHeaders(limits: readonly PlannedLimit[], outcome: AdmitOutcome): Record<string, string> {
  const items: HeaderLimit[] = [];
  limits.forEach((l, i) => {
    if (!l.own || l.rule.shadow || l.rule.kind === 'concurrency') return;
    const o = outcome.outcomes[i]!;
    items.push({ name: l.rule.name, quota: l.amount, windowSec: l.windowSec, remaining: o.remaining, resetSec: o.resetMs / 1000 });
  });
  return rateLimitHeaders(items);
}

/** Enforced limits that refused, with their retry time in seconds. */
export function refusedLimits(limits: readonly PlannedLimit[], outcome: AdmitOutcome): { limit: PlannedLimit; retrySec: number; remaining: number }[] {
  const out: { limit: PlannedLimit; retrySec: number; remaining: number }[] = [];
  limits.forEach((l, i) => {
    const o = outcome.outcomes[i]!;
    if (l.rule.shadow || o.allowed) return;
    const retrySec = l.rule.kind === 'concurrency' ? CONCURRENCY_RETRY_SEC : Math.max(1, Math.ceil(o.retryAfterMs / 1000));
    out.push({ limit: l, retrySec, remaining: o.remaining });
  });
  return out;
}

/** The error for a refused request: the code and name of the limit that keeps it waiting longest. */
export function refusal(limits: readonly PlannedLimit[], outcome: AdmitOutcome): BastionError {
  const refused = refusedLimits(limits, outcome);
  const decisive = refused.reduce((a, b) => (b.retrySec > a.retrySec ? b : a), refused[0]!);
  const { rule } = decisive.limit;
  const items: HeaderLimit[] = refused.map(({ limit, retrySec, remaining }) =>
    limit.own
      ? { name: limit.rule.name, quota: limit.amount, windowSec: limit.windowSec, remaining, resetSec: retrySec }
      : { name: limit.rule.name, remaining: 0, resetSec: retrySec },
  );
  const code = codeFor(rule.kind);
  const message =
    code === 'budget_exhausted' ? `Token budget "${rule.name}" is exhausted; retry after ${decisive.retrySec} s.`
    : code === 'concurrency_limited' ? `Too many concurrent requests under limit "${rule.name}"; retry after ${decisive.retrySec} s.`
    : `Rate limit "${rule.name}" exceeded; retry after ${decisive.retrySec} s.`;
  return new BastionError(code, message, {
    details: { limit: rule.name },
    headers: { 'Retry-After': String(decisive.retrySec), ...rateLimitHeaders(items) },
  });
}
