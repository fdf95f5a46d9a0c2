/**
 * The gateway's limit stage. For each request it plans the applicable limits
 * (scopes key, user, team, model, global), evaluates them all in one atomic
 * store call, and either refuses (429 with Retry-After and RateLimit headers)
 * or hands back a ticket whose settle() reconciles reserved tokens with actual
 * usage and releases concurrency slots, exactly once.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RequestContext, Usage } from '../gateway/context.js';
import type { LimitStage, LimitTicket } from '../gateway/stages/types.js';
import { refusal, refusedLimits, successHeaders } from './answers.js';
import { LIMIT_DEFAULTS, type LimitsConfig } from './config.js';
import { createFailover, type Failover, type LimitEvent } from './failover.js';
import { createMemoryLimiterStore } from './memory-store.js';
import { estimatePromptTokens } from './estimate.js';
import { isTokenKind, planRequest, type RequestPlan } from './plan.js';
import { createRedisLimiterStore } from './redis-store.js';
import type { AdmitOutcome, Adjustment, LimiterStore } from './store-types.js';
import { createMemoryUsageRecorder, type UsageRecorder } from './usage.js';
import { createWaitQueue } from './wait-queue.js';

export interface LimitStageDeps {
  /** Required when config.store is 'redis'; owned by the caller. */
  redis?: Redis;
  /** Degraded/recovered, shadow refusals, queueing, settle failures. Never carries secrets. */
  onEvent?: (e: LimitEvent) => void;
  /** Where finished requests are recorded; defaults to an in-memory recorder. */
  usage?: UsageRecorder;
  /** Clock for the in-memory store and budget periods (tests). */
  now?: () => number;
}

export type BastionLimitStage = LimitStage & {
  health(): { store: string; degraded: boolean };
  /**
   * Applies new rules, estimates, lease time and queue settings (e.g. from a new
   * config snapshot) without losing counts. Store, Redis settings and failMode
   * need a restart: a change to them throws.
   */
  reconfigure(next: LimitsConfig): void;
  close(): Promise<void>;
  readonly usage: UsageRecorder;
};

interface Active { store: LimiterStore; leases: { key: string; windowMs: number }[] }

type Admitted = { outcome: AdmitOutcome; store: LimiterStore };

const NOTHING_CHECKED: AdmitOutcome = { admitted: true, outcomes: [] };

const DISCONNECTED = new Set(['end', 'close', 'reconnecting']);

export function createLimitStage(config: LimitsConfig, deps: LimitStageDeps = {}): BastionLimitStage {
  const now = deps.now ?? Date.now;
  const emit = (e: LimitEvent): void => { try { deps.onEvent?.(e); } catch { /* an observer must not break the request path */ } };
  const usage = deps.usage ?? createMemoryUsageRecorder();
  const local = createMemoryLimiterStore({ now });
  const timeoutMs = config.redis?.timeoutMs ?? LIMIT_DEFAULTS.redisTimeoutMs;
  let failover: Failover | undefined;
  let primary: LimiterStore | undefined;
  if (config.store === 'redis') {
    const redis = deps.redis;
    if (!redis) throw new Error('limits.store is redis but no Redis client was given to the limit stage');
    // Settles wait for a reconnect at most one lease lifetime: after that the slot has expired anyway.
    primary = createRedisLimiterStore({ redis, prefix: config.redis?.prefix ?? LIMIT_DEFAULTS.redisPrefix, timeoutMs, holdMs: config.leaseTtlMs });
    failover = createFailover({ primary, fallback: local, failMode: config.failMode, timeoutMs, isUsable: () => !DISCONNECTED.has(redis.status), onEvent: emit });
  }
  const admitIn = async (plan: RequestPlan, leaseId: string): Promise<Admitted> =>
    failover ? failover.admit(plan.checks, leaseId) : { outcome: await local.admit(plan.checks, leaseId), store: local };
  let cfg = config;
  let queue = cfg.queue ? createWaitQueue(cfg.queue.maxWaiting) : undefined;

  // Lease ids: unique per replica (random base) and per request (counter); cheaper than a UUID per request.
  const leaseBase = `${randomUUID()}:`;
  let leaseSeq = 0;
  const active = new Map<string, Active>();
  let renewTimer: NodeJS.Timeout | undefined;
  function startRenewal(): void {
    if (renewTimer) clearInterval(renewTimer);
    renewTimer = undefined;
    if (!cfg.rules.some((r) => r.kind === 'concurrency')) return;
    renewTimer = setInterval(() => {
      for (const [leaseId, a] of active) a.store.renew(a.leases, leaseId).catch(() => undefined);
    }, Math.floor(cfg.leaseTtlMs / 3));
    renewTimer.unref();
  }
  startRenewal();

  const onlyConcurrencyRefused = (plan: RequestPlan, outcome: AdmitOutcome): boolean =>
    refusedLimits(plan.limits, outcome).every((r) => r.limit.rule.kind === 'concurrency');

  async function waitForSlot(ctx: RequestContext, plan: RequestPlan, leaseId: string, first: Admitted): Promise<Admitted> {
    const q = queue;
    const settings = cfg.queue;
    if (!q || !settings) return first;
    const who = ctx.identity?.keyId ?? ctx.clientAddress;
    if (!q.enter(who)) return first;
    emit({ type: 'limits.queued', requestId: ctx.id });
    let last = first;
    try {
      const deadline = Date.now() + settings.maxWaitMs;
      while (Date.now() < deadline && !ctx.signal.aborted) {
        await q.wake(deadline, ctx.signal);
        last = await admitIn(plan, leaseId);
        if (last.outcome.admitted || !onlyConcurrencyRefused(plan, last.outcome)) break;
      }
      return last;
    } finally {
      q.leave(who);
    }
  }

  function reportShadow(ctx: RequestContext, plan: RequestPlan, outcome: AdmitOutcome): void {
    plan.limits.forEach((l, i) => {
      if (!l.rule.shadow || outcome.outcomes[i]!.allowed) return;
      const reason = `limit.shadow.${l.rule.name}`;
      if (!ctx.reasons.includes(reason)) ctx.reasons.push(reason);
      emit({ type: 'limits.shadow_refusal', limit: l.rule.name, scope: l.rule.scope, kind: l.rule.kind, requestId: ctx.id });
    });
  }

  function ticket(ctx: RequestContext, plan: RequestPlan, adm: Admitted, leaseId: string): LimitTicket {
    const leases = plan.limits.filter((l, i) => l.check.kind === 'lease' && adm.outcome.outcomes[i]!.allowed).map((l) => ({ key: l.check.key, windowMs: l.check.windowMs }));
    if (leases.length > 0) active.set(leaseId, { store: adm.store, leases });
    let settled = false;
    const identity = ctx.identity;
    const model = ctx.model;
    const body = ctx.body;
    return {
      headers: successHeaders(plan.limits, adm.outcome),
      settle(reported: Usage | undefined, streamedTokens?: number): void {
        if (settled) return;
        settled = true;
        active.delete(leaseId);
        // A stream without usage: the estimated prompt plus one token per streamed content event.
        const u = reported ?? (streamedTokens === undefined ? undefined : {
          promptTokens: plan.reservedTokens > 0 ? plan.promptTokens : estimatePromptTokens(body, cfg.estimate.charsPerToken),
          completionTokens: streamedTokens,
        });
        const actual = u ? Math.max(0, u.promptTokens) + Math.max(0, u.completionTokens) : undefined;
        const adjustments: Adjustment[] = [];
        plan.limits.forEach((l, i) => {
          if (!adm.outcome.outcomes[i]!.allowed) return;
          const c = l.check;
          if (c.kind === 'lease') adjustments.push({ key: c.key, kind: 'lease', amount: c.amount, windowMs: c.windowMs, delta: 0 });
          else if (isTokenKind(l.rule.kind) && actual !== undefined && actual !== c.cost) {
            adjustments.push({ key: c.key, kind: c.kind, amount: c.amount, windowMs: c.windowMs, delta: actual - c.cost });
          }
        });
        usage.record({ atMs: now(), keyId: identity?.keyId, userId: identity?.userId, teamId: identity?.teamId, model, promptTokens: u?.promptTokens ?? 0, completionTokens: u?.completionTokens ?? 0 });
        if (adjustments.length === 0) return;
        const store = adm.store;
        // The Redis store coalesces settles and applies its own timeout to each coalesced call.
        store.settle(adjustments, leaseId).then(
          () => { if (leases.length > 0) queue?.notify(); },
          (err: unknown) => emit({ type: 'limits.settle_failed', store: store.name, error: err instanceof Error ? err.message : String(err) }),
        );
      },
    };
  }

  async function admitPlanned(ctx: RequestContext, plan: RequestPlan): Promise<LimitTicket> {
      const leaseId = `${leaseBase}${++leaseSeq}`;
      let adm = await admitIn(plan, leaseId);
      if (!adm.outcome.admitted && queue && onlyConcurrencyRefused(plan, adm.outcome)) adm = await waitForSlot(ctx, plan, leaseId, adm);
      reportShadow(ctx, plan, adm.outcome);
      if (!adm.outcome.admitted) {
        const err = refusal(plan.limits, adm.outcome);
        ctx.reasons.push(`limit.refused.${String(err.details?.limit)}`);
        throw err;
      }
      return ticket(ctx, plan, adm, leaseId);
  }

  return {
    admit(ctx: RequestContext): LimitTicket | Promise<LimitTicket> {
      const plan = planRequest(cfg, { identity: ctx.identity, model: ctx.model, body: ctx.body, endpoint: ctx.endpoint }, now());
      // No limit applies: admitted at once, without a store round trip; usage is still recorded on settle.
      if (plan.checks.length === 0) return ticket(ctx, plan, { outcome: NOTHING_CHECKED, store: local }, '');
      return admitPlanned(ctx, plan);
    },
    health: () => failover?.health() ?? { store: 'memory', degraded: false },
    reconfigure(next: LimitsConfig): void {
      if (next.store !== cfg.store || next.failMode !== cfg.failMode || JSON.stringify(next.redis) !== JSON.stringify(cfg.redis) || next.redis?.url !== cfg.redis?.url) {
        throw new Error('limits.store, limits.redis and limits.failMode take effect after a restart');
      }
      const queueChanged = JSON.stringify(next.queue) !== JSON.stringify(cfg.queue);
      const renewalChanged = next.leaseTtlMs !== cfg.leaseTtlMs || next.rules.some((r) => r.kind === 'concurrency') !== cfg.rules.some((r) => r.kind === 'concurrency');
      cfg = next;
      if (queueChanged) {
        queue?.notify(); // waiters on the old queue retry now and finish on their own
        queue = cfg.queue ? createWaitQueue(cfg.queue.maxWaiting) : undefined;
      }
      if (renewalChanged) startRenewal();
    },
    async close(): Promise<void> {
      if (renewTimer) clearInterval(renewTimer);
      active.clear();
      await primary?.close(); // sends the settles still queued
      await local.close();
    },
    usage,
  };
}
