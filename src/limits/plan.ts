/**
 * Turns the compiled limits and one request into the bucket checks the store
 * evaluates: which rules apply (scope value present, model filter), the bucket
 * key per scope value, the amount (with per-value overrides) and the cost.
 */
import type { LimitKind, LimitRule, LimitsConfig } from './config.js';
import { estimatePromptTokens, requestedCompletionTokens } from './estimate.js';
import type { BucketCheck } from './store-types.js';

export interface PlanInput {
  readonly identity?: { readonly keyId: string; readonly userId: string; readonly teamId: string | null } | undefined;
  readonly model?: string | undefined;
  readonly body?: Readonly<Record<string, unknown>> | undefined;
  readonly endpoint?: string | undefined;
}

export interface PlannedLimit {
  readonly rule: LimitRule;
  readonly check: BucketCheck;
  /** Effective amount (after overrides). */
  readonly amount: number;
  /** Policy window in seconds: the rule window, or the length of the budget period. */
  readonly windowSec: number | undefined;
  /** True for limits on the caller's own identity (key, user, team): safe to describe in headers. */
  readonly own: boolean;
}

export interface RequestPlan {
  readonly limits: readonly PlannedLimit[];
  readonly checks: readonly BucketCheck[];
  /** Tokens reserved: estimated prompt tokens plus requested completion tokens. */
  readonly reservedTokens: number;
  /** The prompt part of the reservation (0 when no token rule applies and nothing was estimated). */
  readonly promptTokens: number;
}

const KIND_TAG: Record<LimitKind, string> = { requests: 'rq', tokens: 'tk', concurrency: 'cc', daily_tokens: 'bd', monthly_tokens: 'bm' };

export const isTokenKind = (k: LimitKind): boolean => k === 'tokens' || k === 'daily_tokens' || k === 'monthly_tokens';

interface Period { id: string; startMs: number; endMs: number; lengthSec: number }
const periodCache: Record<'daily_tokens' | 'monthly_tokens', Period | undefined> = { daily_tokens: undefined, monthly_tokens: undefined };

/** The UTC calendar period a budget counts in: its id, when it ends, and its length (cached while current). */
export function utcPeriod(kind: 'daily_tokens' | 'monthly_tokens', nowMs: number): Period {
  const cached = periodCache[kind];
  if (cached && nowMs >= cached.startMs && nowMs < cached.endMs) return cached;
  const p = computePeriod(kind, nowMs);
  periodCache[kind] = p;
  return p;
}

function computePeriod(kind: 'daily_tokens' | 'monthly_tokens', nowMs: number): Period {
  const d = new Date(nowMs);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (kind === 'daily_tokens') {
    const start = Date.UTC(y, m, d.getUTCDate());
    return { id: new Date(start).toISOString().slice(0, 10), startMs: start, endMs: start + 86_400_000, lengthSec: 86_400 };
  }
  const start = Date.UTC(y, m, 1);
  const end = Date.UTC(y, m + 1, 1);
  return { id: new Date(start).toISOString().slice(0, 7), startMs: start, endMs: end, lengthSec: (end - start) / 1000 };
}

function scopeValue(rule: LimitRule, input: PlanInput): string | undefined {
  switch (rule.scope) {
    case 'key': return input.identity?.keyId;
    case 'user': return input.identity?.userId;
    case 'team': return input.identity?.teamId ?? undefined;
    case 'model': return input.model;
    case 'global': return '*';
  }
}

export function planRequest(cfg: LimitsConfig, input: PlanInput, nowMs: number): RequestPlan {
  const needTokens = cfg.rules.some((r) => isTokenKind(r.kind));
  const promptTokens = needTokens ? estimatePromptTokens(input.body, cfg.estimate.charsPerToken) : 0;
  const reservedTokens = needTokens ? promptTokens + requestedCompletionTokens(input.body, cfg.estimate.defaultMaxTokens, input.endpoint) : 0;
  const limits: PlannedLimit[] = [];
  for (const rule of cfg.rules) {
    if (rule.models !== null && (input.model === undefined || !rule.models.includes(input.model))) continue;
    if (input.model !== undefined && rule.exceptModels.includes(input.model)) continue;
    const value = scopeValue(rule, input);
    if (value === undefined) continue;
    const amount = rule.overrides[value] ?? rule.amount;
    const base = `${KIND_TAG[rule.kind]}:${rule.name}`;
    const shadow = rule.shadow;
    const own = rule.scope === 'key' || rule.scope === 'user' || rule.scope === 'team';
    let check: BucketCheck;
    let windowSec: number | undefined;
    switch (rule.kind) {
      case 'requests':
        check = { key: `${base}:${value}`, kind: 'rate', amount, windowMs: rule.windowMs, cost: 1, shadow };
        windowSec = rule.windowMs / 1000;
        break;
      case 'tokens':
        check = { key: `${base}:${value}`, kind: 'rate', amount, windowMs: rule.windowMs, cost: Math.min(reservedTokens, amount), shadow };
        windowSec = rule.windowMs / 1000;
        break;
      case 'concurrency':
        check = { key: `${base}:${value}`, kind: 'lease', amount, windowMs: cfg.leaseTtlMs, cost: 1, shadow };
        break;
      case 'daily_tokens':
      case 'monthly_tokens': {
        const period = utcPeriod(rule.kind, nowMs);
        check = { key: `${base}:${period.id}:${value}`, kind: 'counter', amount, windowMs: period.endMs - nowMs, cost: Math.min(reservedTokens, amount), shadow };
        windowSec = period.lengthSec;
        break;
      }
    }
    limits.push({ rule, check, amount, windowSec, own });
  }
  return { limits, checks: limits.map((l) => l.check), reservedTokens, promptTokens };
}
