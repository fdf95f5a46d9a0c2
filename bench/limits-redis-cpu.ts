/**
 * CPU per request of the Redis limiter, in-process (no HTTP): 64 concurrent
 * admit + settle loops with the 7 limits of bench/limits-gateway.ts, against
 * the memory store in the same run. Prints this process's CPU µs per request,
 * the local redis-server's CPU µs per request (from /proc) and Redis calls per
 * request. Steadier than throughput on a shared machine.
 *
 *   node --import tsx bench/limits-redis-cpu.ts     (BENCH_SECONDS=3 BENCH_ROUNDS=3 BENCH_PARALLEL=64)
 *
 * BENCH_BASELINE_TREE=/path/to/an/older/checkout adds that tree's Redis stage,
 * interleaved in the same rounds, to compare a change with its predecessor.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { Redis } from 'ioredis';
import { createLimitStage, type BastionLimitStage } from '../src/limits/stage.js';
import { testConfig, testContext } from '../src/limits/test-support.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PARALLEL = Number(process.env.BENCH_PARALLEL ?? 64);
const url = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const rules = {
  'per-key': { scope: 'key', kind: 'requests', amount: 1_000_000_000, window: '1m' },
  'per-user-tokens': { scope: 'user', kind: 'tokens', amount: 1_000_000_000_000, window: '1m' },
  'team-day': { scope: 'team', kind: 'daily_tokens', amount: 1_000_000_000_000 },
  'key-streams': { scope: 'key', kind: 'concurrency', amount: 100_000 },
  everyone: { scope: 'global', kind: 'requests', amount: 1_000_000_000, window: '1s' },
};
const modelDefaults = { requests: { amount: 1_000_000_000, window: '1m' }, concurrency: 100_000 };
const contexts = Array.from({ length: 100 }, (_, i) => testContext({
  keyId: `k${i}`, userId: `u${i % 20}`, teamId: `t${i % 5}`, model: 'm1',
  body: { model: 'm1', messages: [{ role: 'user', content: 'The quick brown fox jumps over the lazy dog. '.repeat(20) }], max_tokens: 64 },
}));
const usage = { promptTokens: 230, completionTokens: 20 };

function redisCpu(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch { return NaN; }
}
const pidOut = spawnSync('pidof', ['redis-server'], { encoding: 'utf8' }).stdout?.trim().split(/\s+/)[0];
const redisPid = pidOut ? Number(pidOut) : undefined;

async function run(stage: BastionLimitStage): Promise<{ n: number; cpuUs: number; redisUs: number }> {
  const end = Date.now() + SECONDS * 1000;
  let n = 0;
  const c0 = process.cpuUsage();
  const r0 = redisCpu(redisPid);
  await Promise.all(Array.from({ length: PARALLEL }, async (_, j) => {
    let i = j;
    while (Date.now() < end) {
      const t = await stage.admit(contexts[i++ % contexts.length]!);
      await new Promise((r) => setImmediate(r)); // the answer arrives on a later turn
      t.settle(usage);
      n++;
    }
  }));
  await new Promise((r) => setTimeout(r, 50));
  const c = process.cpuUsage(c0);
  return { n, cpuUs: (c.user + c.system) / n, redisUs: ((redisCpu(redisPid) - r0) * 1e6) / n };
}

const redis = new Redis(url, { maxRetriesPerRequest: 1, enableAutoPipelining: process.env.BENCH_AUTOPIPELINE === '1' });
redis.on('error', () => undefined);
await redis.ping();
let calls = 0;
const send = redis.sendCommand.bind(redis);
redis.sendCommand = ((...args: Parameters<typeof send>) => { calls++; return send(...args); }) as typeof redis.sendCommand;
const prefix = `bastion-bench:limits-cpu:${randomBytes(4).toString('hex')}:`;
const stages: Record<string, BastionLimitStage> = {
  memory: createLimitStage(testConfig({ rules, modelDefaults })),
  redis: createLimitStage(testConfig({ store: 'redis', redis: { url, prefix, timeout: '5s' }, rules, modelDefaults }), { redis }),
};
const baselineTree = process.env.BENCH_BASELINE_TREE;
if (baselineTree) {
  const mod = await import(pathToFileURL(join(baselineTree, 'src/limits/stage.ts')).href) as { createLimitStage: typeof createLimitStage };
  stages['redis (baseline tree)'] = mod.createLimitStage(testConfig({ store: 'redis', redis: { url, prefix: `${prefix}base:`, timeout: '5s' }, rules, modelDefaults }), { redis });
}
const res: Record<string, { cpu: number[]; redis: number[]; calls: number[]; rps: number[] }> = {};
for (const name of Object.keys(stages)) res[name] = { cpu: [], redis: [], calls: [], rps: [] };
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, stage] of Object.entries(stages)) {
    const c0 = calls;
    const out = await run(stage);
    res[name]!.cpu.push(out.cpuUs);
    res[name]!.redis.push(out.redisUs);
    res[name]!.calls.push((calls - c0) / out.n);
    res[name]!.rps.push(out.n / SECONDS);
  }
}
const med = (a: number[]): number => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
console.log(`Limiter CPU per request, ${PARALLEL} concurrent admit+settle loops, 7 limits, ${ROUNDS} rounds × ${SECONDS} s (medians)`);
console.log('| store | requests/s | process CPU µs/request | redis-server CPU µs/request | Redis calls/request |');
console.log('|---|---|---|---|---|');
for (const [name, r] of Object.entries(res)) console.log(`| ${name} | ${med(r.rps).toFixed(0)} | ${med(r.cpu).toFixed(1)} | ${med(r.redis).toFixed(1)} | ${med(r.calls).toFixed(2)} |`);
for (const s of Object.values(stages)) await s.close();
let cursor = '0';
do {
  const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
  cursor = next;
  if (keys.length > 0) await redis.del(...keys);
} while (cursor !== '0');
redis.disconnect();
