/**
 * Redis limiter store. Every admit, settle and renew is one EVALSHA: all the
 * buckets a request touches are evaluated and updated in one atomic script, so
 * N gateway replicas sharing one Redis admit exactly what one would.
 *
 * The ioredis client is passed in and owned by the caller (close() does not quit it).
 * Keys carry a configurable prefix. Redis Cluster is not supported: one request's
 * keys span identities and would not share a hash slot.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { ADMIT_SCRIPT, RENEW_SCRIPT, SETTLE_SCRIPT } from './redis-scripts.js';
import type { AdmitOutcome, Adjustment, BucketCheck, BucketKind, CheckOutcome, LimiterStore } from './store-types.js';

export interface RedisStoreOptions {
  redis: Redis;
  /** Prepended to every key, e.g. `bastion:limits:`. */
  prefix: string;
  /** Use this clock instead of Redis TIME (tests only). */
  now?: () => number;
}

export interface RedisLimiterStore extends LimiterStore {
  /** Commands sent to Redis so far (each is one round trip). */
  roundTrips(): number;
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

  async function run(s: Script, keys: string[], args: (string | number)[]): Promise<unknown> {
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

  return {
    name: 'redis',
    async admit(checks: readonly BucketCheck[], leaseId: string): Promise<AdmitOutcome> {
      if (checks.length === 0) return { admitted: true, outcomes: [] };
      const keys: string[] = [];
      const args: (string | number)[] = [leaseId];
      for (const c of checks) {
        keys.push(prefix + c.key);
        args.push(KIND_CODE[c.kind], c.amount, c.windowMs, c.cost, c.shadow ? '1' : '0');
      }
      const reply = await run(ADMIT, keys, args);
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
    async settle(adjustments: readonly Adjustment[], leaseId: string): Promise<void> {
      if (adjustments.length === 0) return;
      const keys: string[] = [];
      const args: (string | number)[] = [leaseId];
      for (const a of adjustments) {
        keys.push(prefix + a.key);
        args.push(KIND_CODE[a.kind], a.amount, a.windowMs, a.delta);
      }
      await run(SETTLE, keys, args);
    },
    async renew(leases: readonly { key: string; windowMs: number }[], leaseId: string): Promise<void> {
      if (leases.length === 0) return;
      await run(RENEW, leases.map((l) => prefix + l.key), [leaseId, ...leases.map((l) => l.windowMs)]);
    },
    async close(): Promise<void> {
      // The client belongs to the caller.
    },
    roundTrips: () => trips,
  };
}
