/**
 * In-process limiter store: the embedded default, and the per-process fallback
 * when Redis is unreachable and policy is fail-open. Same semantics as the Redis
 * scripts (see store-types.ts); single-threaded, so every admit is atomic.
 */
import type { AdmitOutcome, Adjustment, BucketCheck, CheckOutcome, LimiterStore } from './store-types.js';

/** Floating-point slack for GCRA comparisons (milliseconds). */
const EPS = 1e-6;
/** Expired buckets are swept at most this often (amortised: a sweep is linear in the buckets held). */
const SWEEP_INTERVAL_MS = 10_000;

interface Counter { value: number; expiresAt: number }

export interface MemoryStoreOptions {
  /** Clock in epoch milliseconds; tests pass a fake one. */
  now?: () => number;
}

export interface MemoryLimiterStore extends LimiterStore {
  /** Number of live buckets (for tests and health). */
  size(): number;
}

export function createMemoryLimiterStore(opts: MemoryStoreOptions = {}): MemoryLimiterStore {
  const now = opts.now ?? Date.now;
  const rates = new Map<string, number>(); // key → theoretical arrival time (ms)
  const counters = new Map<string, Counter>();
  const leases = new Map<string, Map<string, number>>(); // key → leaseId → expiresAt
  let nextSweep = 0;

  function liveLeases(key: string, t: number): Map<string, number> | undefined {
    const m = leases.get(key);
    if (!m) return undefined;
    for (const [id, exp] of m) if (exp <= t) m.delete(id);
    if (m.size === 0) { leases.delete(key); return undefined; }
    return m;
  }

  function counterValue(key: string, t: number): number {
    const c = counters.get(key);
    if (!c) return 0;
    if (c.expiresAt <= t) { counters.delete(key); return 0; }
    return c.value;
  }

  function evaluate(c: BucketCheck, t: number, leaseId: string): CheckOutcome {
    if (c.kind === 'rate') {
      const T = c.windowMs / c.amount;
      const tat = Math.max(rates.get(c.key) ?? t, t);
      const diff = tat + c.cost * T - t;
      if (diff <= c.windowMs + EPS) {
        return { allowed: true, remaining: Math.max(0, Math.floor((c.windowMs - diff) / T + EPS)), resetMs: Math.ceil(diff - EPS), retryAfterMs: 0 };
      }
      const held = tat - t;
      return { allowed: false, remaining: Math.max(0, Math.floor((c.windowMs - held) / T + EPS)), resetMs: Math.ceil(held - EPS), retryAfterMs: Math.max(1, Math.ceil(diff - c.windowMs - EPS)) };
    }
    if (c.kind === 'counter') {
      const used = counterValue(c.key, t);
      if (used + c.cost <= c.amount) return { allowed: true, remaining: c.amount - used - c.cost, resetMs: c.windowMs, retryAfterMs: 0 };
      return { allowed: false, remaining: Math.max(0, c.amount - used), resetMs: c.windowMs, retryAfterMs: c.windowMs };
    }
    const m = liveLeases(c.key, t);
    const held = m ? m.size - (m.has(leaseId) ? 1 : 0) : 0;
    if (held + 1 <= c.amount) return { allowed: true, remaining: c.amount - held - 1, resetMs: 0, retryAfterMs: 0 };
    let first = Infinity;
    if (m) for (const exp of m.values()) first = Math.min(first, exp);
    return { allowed: false, remaining: 0, resetMs: 0, retryAfterMs: Math.max(1, Math.ceil(first - t)) };
  }

  function apply(c: BucketCheck, t: number, leaseId: string): void {
    if (c.kind === 'rate') {
      const tat = Math.max(rates.get(c.key) ?? t, t);
      rates.set(c.key, tat + c.cost * (c.windowMs / c.amount));
    } else if (c.kind === 'counter') {
      const existing = counters.get(c.key);
      if (existing && existing.expiresAt > t) existing.value += c.cost;
      else counters.set(c.key, { value: c.cost, expiresAt: t + c.windowMs });
    } else {
      let m = leases.get(c.key);
      if (!m) { m = new Map(); leases.set(c.key, m); }
      m.set(leaseId, t + c.windowMs);
    }
  }

  function sweep(t: number): void {
    for (const [k, tat] of rates) if (tat <= t) rates.delete(k);
    for (const [k, c] of counters) if (c.expiresAt <= t) counters.delete(k);
    for (const k of [...leases.keys()]) liveLeases(k, t);
  }

  return {
    name: 'memory',
    async admit(checks: readonly BucketCheck[], leaseId: string): Promise<AdmitOutcome> {
      const t = now();
      if (t >= nextSweep) { nextSweep = t + SWEEP_INTERVAL_MS; sweep(t); }
      const outcomes = checks.map((c) => evaluate(c, t, leaseId));
      const admitted = outcomes.every((o, i) => o.allowed || checks[i]!.shadow);
      if (admitted) for (let i = 0; i < checks.length; i++) if (outcomes[i]!.allowed) apply(checks[i]!, t, leaseId);
      return { admitted, outcomes };
    },
    async settle(adjustments: readonly Adjustment[], leaseId: string): Promise<void> {
      const t = now();
      for (const a of adjustments) {
        if (a.kind === 'lease') {
          const m = leases.get(a.key);
          if (m) { m.delete(leaseId); if (m.size === 0) leases.delete(a.key); }
        } else if (a.kind === 'rate') {
          const stored = rates.get(a.key);
          if (stored === undefined && a.delta <= 0) continue;
          const tat = Math.max(stored ?? t, t) + a.delta * (a.windowMs / a.amount);
          if (tat <= t) rates.delete(a.key); else rates.set(a.key, tat);
        } else {
          const c = counters.get(a.key);
          if (!c || c.expiresAt <= t) {
            if (a.delta > 0) counters.set(a.key, { value: a.delta, expiresAt: t + a.windowMs });
            continue;
          }
          c.value = Math.max(0, c.value + a.delta);
        }
      }
    },
    async renew(list: readonly { key: string; windowMs: number }[], leaseId: string): Promise<void> {
      const t = now();
      for (const l of list) {
        const m = leases.get(l.key);
        const exp = m?.get(leaseId);
        if (m && exp !== undefined && exp > t) m.set(leaseId, t + l.windowMs);
      }
    },
    async close(): Promise<void> {
      rates.clear();
      counters.clear();
      leases.clear();
    },
    size(): number {
      return rates.size + counters.size + leases.size;
    },
  };
}
