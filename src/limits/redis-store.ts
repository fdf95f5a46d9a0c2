/**
 * Redis limiter store. Every admit is one EVALSHA: all the buckets a request
 * touches are evaluated and updated in one atomic script, so N gateway
 * replicas sharing one Redis admit exactly what one would. Settles and lease
 * renewals are off the latency path: those queued in one event-loop turn are
 * coalesced into one script call (coalescer.ts), which cuts Redis' and the
 * gateway's CPU per request.
 *
 * The ioredis client is passed in and owned by the caller (close() does not quit it).
 * Keys carry a configurable prefix. Redis Cluster is not supported: one request's
 * keys span identities and would not share a hash slot.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { createCoalescer, type Arg, type Coalescer } from './coalescer.js';
import { ADMIT_SCRIPT, RENEW_SCRIPT, SETTLE_SCRIPT } from './redis-scripts.js';
import type { AdmitOutcome, Adjustment, BucketCheck, BucketKind, CheckOutcome, LimiterStore } from './store-types.js';

export interface RedisStoreOptions {
  redis: Redis;
  /** Prepended to every key, e.g. `bastion:limits:`. */
  prefix: string;
  /** Use this clock instead of Redis TIME (tests only). */
  now?: () => number;
  /** A coalesced settle/renew call slower than this fails (default 250 ms). */
  timeoutMs?: number;
  /** How long settles wait for a disconnected client before they are given up (default 30 s). */
  holdMs?: number;
}

export interface RedisLimiterStore extends LimiterStore {
  /** Commands sent to Redis so far (each is one round trip). */
  roundTrips(): number;
  /** Coalesced settle calls and the request settlements they carried. */
  settleStats(): { calls: number; entries: number; queued: number };
  /** Sends queued settles and renewals now and waits for them (shutdown, tests). */
  flush(): Promise<void>;
}

interface Script { body: string; sha: string }

function script(body: string): Script {
  return { body, sha: createHash('sha1').update(body).digest('hex') };
}

const ADMIT = script(ADMIT_SCRIPT);
const SETTLE = script(SETTLE_SCRIPT);
const RENEW = script(RENEW_SCRIPT);

const KIND_CODE: Record<BucketKind, string> = { rate: 'r', counter: 'c', lease: 'l' };

export function createRedisLimiterStore(opts: RedisStoreOptions): RedisLimiterStore {
  const { redis, prefix } = opts;
  let trips = 0;

  async function run(s: Script, keys: string[], args: Arg[]): Promise<unknown> {
    const clock = opts.now ? String(opts.now()) : '';
    const argv = [clock, ...args];
    trips++;
    try {
      return await redis.evalsha(s.sha, keys.length, ...keys, ...argv);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      trips++;
      return await redis.eval(s.body, keys.length, ...keys, ...argv);
    }
  }

  const ready = (): boolean => redis.status === 'ready';
  const batchOpts = { ready, timeoutMs: opts.timeoutMs ?? 250, ...(opts.holdMs !== undefined ? { holdMs: opts.holdMs } : {}) };
  const settles: Coalescer = createCoalescer({ ...batchOpts, send: (keys, args) => run(SETTLE, keys, args) });
  const renewals: Coalescer = createCoalescer({ ...batchOpts, send: (keys, args) => run(RENEW, keys, args) });

  return {
    name: 'redis',
    async admit(checks: readonly BucketCheck[], leaseId: string): Promise<AdmitOutcome> {
      if (checks.length === 0) return { admitted: true, outcomes: [] };
      const keys: string[] = [];
      let spec = '';
      for (const c of checks) {
        keys.push(prefix + c.key);
        spec += `${spec === '' ? '' : ' '}${KIND_CODE[c.kind]} ${c.amount} ${c.windowMs} ${c.cost} ${c.shadow ? '1' : '0'}`;
      }
      const reply = await run(ADMIT, keys, [leaseId, spec]);
      if (!Array.isArray(reply) || reply.length !== 1 + checks.length * 4) throw new Error('limiter script returned an unexpected reply');
      const n = reply.map((v) => Number(v));
      const outcomes: CheckOutcome[] = checks.map((_, i) => ({
        allowed: n[1 + i * 4] === 1,
        remaining: n[2 + i * 4]!,
        resetMs: n[3 + i * 4]!,
        retryAfterMs: n[4 + i * 4]!,
      }));
      return { admitted: n[0] === 1, outcomes };
    },
    settle(adjustments: readonly Adjustment[], leaseId: string): Promise<void> {
      const keys: string[] = [];
      const args: Arg[] = [];
      for (const a of adjustments) {
        keys.push(prefix + a.key);
        args.push(leaseId, KIND_CODE[a.kind], a.amount, a.windowMs, a.delta);
      }
      return settles.add(keys, args);
    },
    renew(leases: readonly { key: string; windowMs: number }[], leaseId: string): Promise<void> {
      const args: Arg[] = [];
      for (const l of leases) args.push(leaseId, l.windowMs);
      return renewals.add(leases.map((l) => prefix + l.key), args);
    },
    async close(): Promise<void> {
      // Queued settles are sent if the client is connected; the client belongs to the caller.
      await Promise.all([settles.flush(), renewals.flush()]);
    },
    async flush(): Promise<void> {
      await Promise.all([settles.flush(), renewals.flush()]);
    },
    settleStats: () => settles.stats(),
    roundTrips: () => trips,
  };
}

/**
 * Resolves once the client is connected or after `ms`, whichever comes first; never rejects. The client does not
 * queue commands while it connects, so a gateway that starts serving before the connection is up would refuse (fail
 * closed) or fall back (fail open) on its first requests; a Redis that stays away is the limit stage's to report.
 */
export function untilReady(redis: Pick<Redis, 'status' | 'once' | 'off'>, ms: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => { clearTimeout(timer); redis.off('ready', done); resolve(); };
    const timer = setTimeout(done, ms);
    redis.once('ready', done);
  });
}
