/**
 * Limiter cost per request with several applicable limits (per key, user, team,
 * model, global; requests, tokens, concurrency, daily budget), in memory and on
 * Redis, against baselines measured in the same run.
 *
 *   node --import tsx bench/limits.ts            (Redis at 127.0.0.1:6379, or BENCH_REDIS_URL)
 *   BENCH_N=100000 node --import tsx bench/limits.ts
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { noLimits, type LimitStage } from '../src/gateway/stages/types.js';
import { createLimitStage } from '../src/limits/stage.js';
import { testConfig, testContext } from '../src/limits/test-support.js';
import type { RequestContext } from '../src/gateway/context.js';

const N = Number(process.env.BENCH_N ?? '50000');
const REDIS_N = Number(process.env.BENCH_REDIS_N ?? '10000');
const PARALLEL = 32;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? '5');
const url = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const rules = {
  'key-rpm': { scope: 'key', kind: 'requests', amount: 1_000_000_000, window: '1m' },
  'user-tpm': { scope: 'user', kind: 'tokens', amount: 1_000_000_000, window: '1m' },
  'team-day': { scope: 'team', kind: 'daily_tokens', amount: 1_000_000_000_000 },
  'key-inflight': { scope: 'key', kind: 'concurrency', amount: 1_000_000 },
  'global-rps': { scope: 'global', kind: 'requests', amount: 1_000_000_000, window: '1s' },
};
const modelDefaults = { requests: { amount: 1_000_000_000, window: '1m' }, concurrency: 1_000_000 };

// A pool of contexts over 1,000 keys, 100 users and 10 teams, built before timing.
const contexts: RequestContext[] = Array.from({ length: 1000 }, (_, i) => testContext({
  keyId: `k${i}`, userId: `u${i % 100}`, teamId: `t${i % 10}`, model: 'm1',
  body: { model: 'm1', messages: [{ role: 'system', content: 'You are helpful.' }, { role: 'user', content: 'Summarise the report in three bullet points.' }], max_tokens: 256 },
}));
const usage = { promptTokens: 30, completionTokens: 120 };

/** Sequential admit + settle; returns mean µs per request. */
async function sequential(stage: LimitStage, n: number): Promise<number> {
  for (let i = 0; i < Math.min(n, 2000); i++) (await stage.admit(contexts[i % contexts.length]!)).settle(usage); // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) (await stage.admit(contexts[i % contexts.length]!)).settle(usage);
  return Number(process.hrtime.bigint() - t0) / 1000 / n;
}

/** `parallel` loops of admit + settle; returns requests per second. */
async function throughput(stage: LimitStage, n: number, parallel: number): Promise<number> {
  let next = 0;
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (next < n) { const i = next++; (await stage.admit(contexts[i % contexts.length]!)).settle(usage); }
  }));
  return n / (Number(process.hrtime.bigint() - t0) / 1e9);
}

const fmt = (x: number, d = 2): string => x.toFixed(d);

async function main(): Promise<void> {
  console.log(`limits benchmark: node ${process.version}, ${contexts.length} keys, 7 limits apply to each request`);
  // Interleaved rounds; the best round of each is reported (the machine is shared and noisy).
  const memStage = createLimitStage(testConfig({ rules, modelDefaults }));
  const oneLimit = createLimitStage(testConfig({ rules: { 'key-rpm': rules['key-rpm'] }, modelDefaults: false }));
  const rounds: { base: number; one: number; mem: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) rounds.push({ base: await sequential(noLimits, N), one: await sequential(oneLimit, N), mem: await sequential(memStage, N) });
  const best = (k: 'base' | 'one' | 'mem'): number => Math.min(...rounds.map((x) => x[k]));
  const median = (k: 'base' | 'one' | 'mem'): number => rounds.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(rounds.length / 2)]!;
  console.log(`memory   admit+settle, 7 limits: best ${fmt(best('mem'))} µs/request, median ${fmt(median('mem'))} (target ≤ 20 µs)`);
  console.log(`memory   baselines in the same run: no-op stage ${fmt(best('base'))} µs; 1 limit ${fmt(best('one'))} µs; 7 limits / 1 limit = ${fmt(best('mem') / best('one'))}×`);
  await oneLimit.close();
  await memStage.close();

  const redis = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on('error', () => undefined);
  try { await redis.connect(); } catch { console.log(`redis: not reachable at ${url}; skipped`); redis.disconnect(); return; }
  let commands = 0;
  const send = redis.sendCommand.bind(redis);
  redis.sendCommand = ((...args: Parameters<typeof send>) => { commands++; return send(...args); }) as typeof redis.sendCommand;

  const prefix = `bastion-bench:limits:${randomBytes(4).toString('hex')}:`;
  const redisStage = createLimitStage(testConfig({ store: 'redis', redis: { url, prefix, timeout: '5s' }, rules, modelDefaults }), { redis });
  // PING round trip in the same run: the floor any Redis limiter pays.
  for (let i = 0; i < 1000; i++) await redis.ping();
  let t0 = process.hrtime.bigint();
  for (let i = 0; i < REDIS_N; i++) await redis.ping();
  const ping = Number(process.hrtime.bigint() - t0) / 1000 / REDIS_N;

  // admit alone: the cost on the request path before the backend is called
  const tickets = [];
  commands = 0;
  t0 = process.hrtime.bigint();
  for (let i = 0; i < REDIS_N; i++) tickets.push(await redisStage.admit(contexts[i % contexts.length]!));
  const admitUs = Number(process.hrtime.bigint() - t0) / 1000 / REDIS_N;
  const admitTrips = commands / REDIS_N;
  commands = 0;
  for (const t of tickets) t.settle(usage);
  await new Promise((r) => setTimeout(r, 200));
  const settleTrips = commands / REDIS_N;
  const both = await sequential(redisStage, REDIS_N);
  const rps = await throughput(redisStage, REDIS_N * 2, PARALLEL);
  const pingRps = await (async () => {
    let next = 0;
    const n = REDIS_N * 2;
    const s = process.hrtime.bigint();
    await Promise.all(Array.from({ length: PARALLEL }, async () => { while (next++ < n) await redis.ping(); }));
    return n / (Number(process.hrtime.bigint() - s) / 1e9);
  })();
  console.log(`redis    round trips per request: admit ${fmt(admitTrips)}, settle ${fmt(settleTrips)} (settle runs after the answer, off the latency path)`);
  console.log(`redis    admit: ${fmt(admitUs)} µs/request; admit+settle: ${fmt(both)} µs/request; PING round trip ${fmt(ping)} µs (admit/PING = ${fmt(admitUs / ping)}×)`);
  console.log(`redis    ${PARALLEL} in flight: ${fmt(rps, 0)} requests/s admitted+settled; PING ${fmt(pingRps, 0)}/s (ratio ${fmt(rps / pingRps)})`);
  await redisStage.close();
  let cursor = '0';
  do {
    const [nextCursor, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = nextCursor;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
}

await main();
