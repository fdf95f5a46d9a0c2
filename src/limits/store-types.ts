/**
 * The limiter store seam: one small interface, an in-process implementation
 * (memory-store.ts, the embedded default) and a distributed one (redis-store.ts).
 * Both pass the contract suite in store-contract.ts.
 *
 * A store knows nothing about scopes, names or models: the stage compiles each
 * request into a list of bucket checks and the store evaluates them all at once,
 * atomically, consuming from every bucket only when every enforced check passes.
 */

/**
 * - `rate`: GCRA (generic cell rate algorithm). Holds `amount` units, refills
 *   continuously at amount / windowMs. Exact: no more than `amount` units can be
 *   taken at once and no more than amount × (t / window) extra over any span t.
 * - `counter`: a calendar budget. `amount` units per period; `windowMs` is the
 *   time left until the period ends (the key expires after it).
 * - `lease`: concurrent in-flight slots. Each admitted request holds a lease
 *   that expires after `windowMs` unless renewed, so a crashed replica's slots
 *   come back on their own.
 */
export type BucketKind = 'rate' | 'counter' | 'lease';

export interface BucketCheck {
  /** Store key, unique per limit and scope value (the store adds its own prefix). */
  readonly key: string;
  readonly kind: BucketKind;
  /** Capacity: units per window, per period, or concurrent slots. Positive integer. */
  readonly amount: number;
  /** rate: window length; counter: time until the period ends; lease: lease time-to-live. Milliseconds, > 0. */
  readonly windowMs: number;
  /** Units this request takes (1 for requests and leases, estimated tokens for token limits). ≥ 0. */
  readonly cost: number;
  /** A shadow check is evaluated and reported but never refuses. */
  readonly shadow: boolean;
}

export interface CheckOutcome {
  readonly allowed: boolean;
  /** Units left after this request (or now, when refused). Never negative. */
  readonly remaining: number;
  /** Milliseconds until the bucket is full again (rate), the period ends (counter), or 0 (lease). */
  readonly resetMs: number;
  /** When refused: milliseconds until this request could pass. 0 when allowed. */
  readonly retryAfterMs: number;
}

export interface AdmitOutcome {
  /** True when every non-shadow check passed; only then was anything consumed. */
  readonly admitted: boolean;
  /** One outcome per check, in order. */
  readonly outcomes: readonly CheckOutcome[];
}

/**
 * A correction applied when a request ends. rate/counter: `delta` units are
 * charged (positive) or refunded (negative); a refund never leaves a bucket
 * fuller than its capacity. lease: the request's lease is released (delta ignored).
 */
export interface Adjustment {
  readonly key: string;
  readonly kind: BucketKind;
  readonly amount: number;
  readonly windowMs: number;
  readonly delta: number;
}

export interface LimiterStore {
  readonly name: 'memory' | 'redis';
  /** Evaluates every check and consumes from all of them only if all enforced ones pass. One round trip for Redis. */
  admit(checks: readonly BucketCheck[], leaseId: string): Promise<AdmitOutcome>;
  /** Applies corrections and releases leases. One round trip for Redis. */
  settle(adjustments: readonly Adjustment[], leaseId: string): Promise<void>;
  /** Extends the leases `leaseId` holds on these keys (long streams). Leases already expired are not revived. */
  renew(leases: readonly { key: string; windowMs: number }[], leaseId: string): Promise<void>;
  close(): Promise<void>;
}
