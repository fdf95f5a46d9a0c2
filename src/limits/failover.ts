/**
 * Explicit failure policy around the distributed store. When the primary
 * (Redis) errors, times out or is disconnected:
 *  - failMode 'open' (default): admit against a per-process in-memory store;
 *    logged once through onEvent and reported by health() until Redis answers again;
 *  - failMode 'closed': refuse with BastionError('limiter_unavailable').
 * While degraded, the primary is tried again at most once per probe interval.
 */
import { BastionError } from '../errors/registry.js';
import type { AdmitOutcome, BucketCheck, LimiterStore } from './store-types.js';

export type LimitEvent = { type: string; [k: string]: unknown };

export interface FailoverOptions {
  primary: LimiterStore;
  /** The per-process store used while degraded in fail-open mode. */
  fallback: LimiterStore;
  failMode: 'open' | 'closed';
  timeoutMs: number;
  /** Cheap synchronous readiness check (e.g. ioredis status); false skips the primary at once. */
  isUsable?: () => boolean;
  probeIntervalMs?: number;
  onEvent?: (e: LimitEvent) => void;
  now?: () => number;
}

export interface Failover {
  /** Admits against the primary or, when degraded and fail-open, the fallback; returns the store to settle with. */
  admit(checks: readonly BucketCheck[], leaseId: string): Promise<{ outcome: AdmitOutcome; store: LimiterStore }>;
  health(): { store: string; degraded: boolean };
}

export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`limiter store did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export function createFailover(opts: FailoverOptions): Failover {
  const now = opts.now ?? Date.now;
  const probeMs = opts.probeIntervalMs ?? 1000;
  let degraded = false;
  let nextProbe = 0;

  function unavailable(cause: unknown): never {
    throw new BastionError('limiter_unavailable', undefined, { cause });
  }

  return {
    async admit(checks, leaseId) {
      const usable = opts.isUsable ? opts.isUsable() : true;
      if (usable && (!degraded || now() >= nextProbe)) {
        try {
          const outcome = await withTimeout(opts.primary.admit(checks, leaseId), opts.timeoutMs);
          if (degraded) {
            degraded = false;
            opts.onEvent?.({ type: 'limits.recovered', store: opts.primary.name });
          }
          return { outcome, store: opts.primary };
        } catch (err) {
          nextProbe = now() + probeMs;
          if (!degraded) {
            degraded = true;
            opts.onEvent?.({ type: 'limits.degraded', store: opts.primary.name, failMode: opts.failMode, error: err instanceof Error ? err.message : String(err) });
          }
          if (opts.failMode === 'closed') unavailable(err);
        }
      } else if (!degraded) {
        degraded = true;
        nextProbe = now() + probeMs;
        opts.onEvent?.({ type: 'limits.degraded', store: opts.primary.name, failMode: opts.failMode, error: 'store not connected' });
      }
      if (opts.failMode === 'closed') unavailable(undefined);
      return { outcome: await opts.fallback.admit(checks, leaseId), store: opts.fallback };
    },
    health: () => ({ store: opts.primary.name, degraded }),
  };
}
