/**
 * One gateway replica's limit stage under a burst: many concurrent admits for
 * a fixed time (longer on a slow machine, until the replica alone has tried the
 * limit) against the shared Redis. Prints one JSON line with its counts.
 * Started by replicas.test.ts; settings come from the environment.
 */
import { Redis } from 'ioredis';
import { BastionError } from '../../src/errors/registry.js';
import { createLimitStage } from '../../src/limits/stage.js';
import { testConfig, testContext } from '../../src/limits/test-support.js';

const prefix = process.env.LIMITS_PREFIX ?? '';
const limit = Number(process.env.LIMITS_AMOUNT ?? '1000');
const durationMs = Number(process.env.LIMITS_DURATION_MS ?? '10000');
const parallel = Number(process.env.LIMITS_PARALLEL ?? '64');
/** On a slow or busy machine the burst goes on past the duration (up to 4×) until this replica alone has tried the limit. */
const minAttempts = limit;
const url = process.env.LIMITS_REDIS_URL ?? 'redis://127.0.0.1:6379';

const redis = new Redis(url, { maxRetriesPerRequest: 1 });
redis.on('error', () => undefined);
const events: string[] = [];
const stage = createLimitStage(testConfig({
  store: 'redis',
  redis: { url, prefix, timeout: '10s' },
  rules: {
    burst: { scope: 'key', kind: 'requests', amount: limit, window: '1d' },
    'user-tokens': { scope: 'user', kind: 'tokens', amount: 1_000_000_000, window: '1h' },
    inflight: { scope: 'team', kind: 'concurrency', amount: 10_000 },
  },
}), { redis, onEvent: (e) => events.push(e.type) });

const counts = { attempts: 0, admitted: 0, refused: 0, errors: 0 };
let end = 0;
let hardEnd = 0;
const body = { model: 'm1', messages: [{ role: 'user', content: 'hello' }], max_tokens: 16 };

async function loop(): Promise<void> {
  for (;;) {
    const now = Date.now();
    if (now >= end && (counts.attempts >= minAttempts || now >= hardEnd)) break;
    counts.attempts++;
    try {
      const t = await stage.admit(testContext({ keyId: 'shared-key', body }));
      counts.admitted++;
      t.settle({ promptTokens: 3, completionTokens: 5 });
    } catch (err) {
      if (err instanceof BastionError && err.code === 'rate_limited') counts.refused++;
      else counts.errors++;
    }
  }
}

await redis.ping();
// Start barrier: both replicas begin the burst together (process start-up times differ a lot on a loaded machine).
process.stdout.write('ready\n');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
process.stdin.pause();
end = Date.now() + durationMs;
hardEnd = Date.now() + 4 * durationMs;
await Promise.all(Array.from({ length: parallel }, loop));
await new Promise((r) => setTimeout(r, 100)); // let the last settles reach Redis
process.stdout.write(`${JSON.stringify({ ...counts, degraded: stage.health().degraded, events })}\n`);
await stage.close();
redis.disconnect();
