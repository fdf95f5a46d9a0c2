/**
 * Exact limits across replicas, end to end: two real `bastion start` processes
 * share one Redis (random key prefix) and one backend. Many concurrent
 * connections, split across both gateways, hammer one API key:
 *  - requests: for 10 s against a per-key limit whose window is so long that
 *    it does not refill during the run; the gateways together must admit no
 *    more than the limit (≤ 1 % over) and not refuse what the limit allows;
 *  - concurrency: for 4 s against a per-key concurrency limit on a slow model;
 *    the backend must never see more requests in flight than the limit;
 *  - a daily token budget: for 4 s; every admitted request reserves its
 *    estimate and is reconciled with the backend's usage, so what was used
 *    must end within one reservation below the budget and never above it.
 * failMode is closed so that a Redis problem shows up as errors instead of a
 * silent fall-back to per-process limits.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import { connectTestRedis, deletePrefix, randomPrefix, REDIS_URL } from '../limits/redis-env.js';
import { prepareDataDir, startGateway, writeConfig, type GatewayProcess } from './gateway-process.js';
import { startCountingBackend } from './counting-backend.js';

const LIMIT = 1000;
const STREAMS = 8;
const CONNECTIONS = 64;
const BUDGET = 3000;
/** total_tokens the counting backend reports per answer. */
const USAGE = 6;

interface Tally { ok: number; codes: Map<string, number> }

/** `connections` closed-loop workers for `seconds`, split evenly across the gateways; counts per gateway. */
async function burst(gateways: readonly GatewayProcess[], key: string, model: string, connections: number, seconds: number): Promise<Tally[]> {
  const body = JSON.stringify({ model, messages: [{ role: 'user', content: 'hello' }], max_tokens: 8 });
  const per = Math.ceil(connections / gateways.length);
  const end = Date.now() + seconds * 1000;
  return Promise.all(gateways.map(async (g) => {
    const pool = new Pool(g.url, { connections: per, pipelining: 1 });
    const tally: Tally = { ok: 0, codes: new Map() };
    const worker = async (): Promise<void> => {
      while (Date.now() < end) {
        let outcome: string;
        try {
          const r = await pool.request({ method: 'POST', path: '/v1/chat/completions', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body });
          const text = await r.body.text();
          if (r.statusCode === 200) { tally.ok++; continue; }
          let code = '?';
          try { code = String((JSON.parse(text) as { error?: { code?: unknown } }).error?.code); } catch { /* not JSON */ }
          outcome = `${r.statusCode} ${code}`;
        } catch (e) {
          outcome = `network ${e instanceof Error ? e.message : String(e)}`;
        }
        tally.codes.set(outcome, (tally.codes.get(outcome) ?? 0) + 1);
      }
    };
    try { await Promise.all(Array.from({ length: per }, worker)); } finally { await pool.close(); }
    return tally;
  }));
}

async function limiterHealth(g: GatewayProcess): Promise<{ degraded: boolean }> {
  const r = await fetch(`${g.url}/readyz`);
  return ((await r.json()) as { limits: { degraded: boolean } }).limits;
}

const show = (t: Tally[]): string => JSON.stringify(t.map((x) => ({ ok: x.ok, ...Object.fromEntries(x.codes) })));

test('two gateway processes sharing Redis stay within the limits under a burst from many connections', { timeout: 180_000 }, async (t) => {
  const redis = await connectTestRedis();
  if (!redis) { t.skip('Redis unavailable'); return; }
  const prefix = randomPrefix();
  const backend = await startCountingBackend({ models: ['burst-model', 'slow-model', 'warm-model', 'budget-model'], delayMs: { 'slow-model': 50 } });
  const data = await prepareDataDir(4);
  const [burstKey, streamKey, warmKey, budgetKey] = data.keys as [string, string, string, string];
  const configPath = writeConfig(data.dataDir, 'bastion.yaml', `
backends:
  - { id: counting, url: "${backend.url}", health: { intervalMs: 0 } }
limits:
  store: redis
  failMode: closed
  redis: { url: "${REDIS_URL}", prefix: "${prefix}", timeout: 5s }
  modelDefaults: false
  rules:
    burst: { scope: key, kind: requests, amount: ${LIMIT}, window: 30d, models: [burst-model] }
    streams: { scope: key, kind: concurrency, amount: ${STREAMS}, models: [slow-model] }
    budget: { scope: user, kind: daily_tokens, amount: ${BUDGET}, models: [budget-model] }
    warm: { scope: key, kind: requests, amount: 1000000, window: 1m, models: [warm-model] }
`);
  const gateways: GatewayProcess[] = [];
  try {
    // One after the other: the first start creates the data directory's keys and schema.
    gateways.push(await startGateway({ configPath, dataDir: data.dataDir }));
    gateways.push(await startGateway({ configPath, dataDir: data.dataDir }));
    // Each gateway answers through Redis before the burst (its client may still be connecting right after start).
    for (const g of gateways) {
      let status = 0;
      for (let i = 0; i < 20 && status !== 200; i++) {
        if (i > 0) await sleep(500);
        const r = await fetch(`${g.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${warmKey}` }, body: JSON.stringify({ model: 'warm-model', messages: [{ role: 'user', content: 'hi' }] }) });
        status = r.status;
        await r.body?.cancel();
      }
      assert.equal(status, 200, `warm-up through ${g.url}`);
      assert.equal((await limiterHealth(g)).degraded, false);
    }
    assert.ok((await redis.keys(`${prefix}*`)).length > 0, 'the gateways keep their limits in Redis');

    const requests = await burst(gateways, burstKey, 'burst-model', CONNECTIONS, 10);
    t.diagnostic(`requests limit ${LIMIT}: ${show(requests)}`);
    const admitted = requests.reduce((a, x) => a + x.ok, 0);
    const refused = requests.reduce((a, x) => a + (x.codes.get('429 rate_limited') ?? 0), 0);
    for (const x of requests) {
      assert.deepEqual([...x.codes.keys()].filter((c) => c !== '429 rate_limited'), [], 'only 200 and 429 rate_limited');
      assert.ok(x.ok > 0, 'both gateways admitted requests');
    }
    assert.ok(refused > 0, 'the burst went past the limit');
    assert.ok(admitted <= LIMIT * 1.01, `admitted ${admitted} > ${LIMIT} + 1 %`);
    assert.ok(admitted >= LIMIT * 0.99, `admitted only ${admitted} of ${LIMIT}: legitimate requests were refused`);
    assert.equal(backend.received.get('burst-model'), admitted, 'every admitted request, and only those, reached the backend');

    const streams = await burst(gateways, streamKey, 'slow-model', CONNECTIONS, 4);
    const max = backend.maxInFlight.get('slow-model') ?? 0;
    t.diagnostic(`concurrency limit ${STREAMS}: ${show(streams)}; most in flight at the backend: ${max}`);
    for (const x of streams) {
      assert.deepEqual([...x.codes.keys()].filter((c) => c !== '429 concurrency_limited'), [], 'only 200 and 429 concurrency_limited');
      assert.ok(x.ok > 0, 'both gateways admitted requests');
    }
    assert.ok(streams.some((x) => (x.codes.get('429 concurrency_limited') ?? 0) > 0), 'the burst went past the concurrency limit');
    assert.ok(max <= STREAMS, `${max} requests in flight > limit ${STREAMS}`);
    assert.ok(max >= STREAMS / 2, `at most ${max} of ${STREAMS} slots were ever used: the limit refused too much`);

    const budget = await burst(gateways, budgetKey, 'budget-model', CONNECTIONS, 4);
    const served = budget.reduce((a, x) => a + x.ok, 0);
    t.diagnostic(`daily budget ${BUDGET} tokens, ${USAGE} used per answer: ${show(budget)}; tokens used ${served * USAGE}`);
    for (const x of budget) assert.deepEqual([...x.codes.keys()].filter((c) => c !== '429 budget_exhausted'), [], 'only 200 and 429 budget_exhausted');
    assert.ok(budget.some((x) => (x.codes.get('429 budget_exhausted') ?? 0) > 0), 'the burst spent the budget');
    assert.ok(served * USAGE <= BUDGET, `${served * USAGE} tokens used > budget ${BUDGET}`);
    // The last refusals came when one reservation (prompt estimate + max_tokens 8, well under 100) no longer fitted.
    assert.ok(served * USAGE >= BUDGET - 100, `only ${served * USAGE} of ${BUDGET} tokens used: reservations were not reconciled`);

    for (const g of gateways) assert.equal((await limiterHealth(g)).degraded, false, 'no gateway fell back to per-process limits');
  } finally {
    await Promise.all(gateways.map((g) => g.stop()));
    await backend.stop();
    await deletePrefix(redis, prefix);
    redis.disconnect();
    data.remove();
  }
});
