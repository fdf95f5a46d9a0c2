/**
 * A gateway process that crashes while holding concurrency slots in Redis does
 * not keep them: its leases are no longer renewed and expire after leaseTtl, so
 * the other replica gets the slots back by itself — and no more than the limit.
 * Two real `bastion start` processes, one Redis (random prefix), one fake backend
 * streaming slowly so the crashed replica's requests are still running.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { connectTestRedis, deletePrefix, randomPrefix, REDIS_URL } from '../limits/redis-env.js';
import { prepareDataDir, startGateway, writeConfig, type GatewayProcess } from './gateway-process.js';
import { begin, call, type Answer } from './http.js';

const SLOTS = 2;

test('slots held by a crashed replica come back after the lease TTL, and the limit still holds', { timeout: 120_000 }, async (t) => {
  const redis = await connectTestRedis();
  if (!redis) { t.skip('Redis unavailable'); return; }
  const prefix = randomPrefix();
  // Streams of 60 chunks a second apart: still running when the replica is killed.
  const backend = new FakeBackend({ models: ['slow'], chunks: 60, chunkDelayMs: 1000 });
  await backend.start();
  const data = await prepareDataDir(1);
  const key = data.keys[0]!;
  const configPath = writeConfig(data.dataDir, 'bastion.yaml', `
backends:
  - { id: slow, url: "${backend.url}", health: { intervalMs: 0 } }
limits:
  store: redis
  failMode: closed
  redis: { url: "${REDIS_URL}", prefix: "${prefix}", timeout: 5s }
  leaseTtl: 3s
  modelDefaults: false
  rules:
    streams: { scope: key, kind: concurrency, amount: ${SLOTS} }
`);
  const gateways: GatewayProcess[] = [];
  const open: Promise<unknown>[] = [];
  const stream = async (g: GatewayProcess): Promise<number> => {
    const s = await begin(g.url, { key, model: 'slow', body: { stream: true } });
    open.push(s.finish().catch(() => undefined));
    return s.status;
  };
  // Non-streaming answers come at once: they take a slot only for an instant.
  const quick = (g: GatewayProcess): Promise<Answer> => call(g.url, { key, model: 'slow' });
  try {
    const a = await startGateway({ configPath, dataDir: data.dataDir });
    gateways.push(a);
    const b = await startGateway({ configPath, dataDir: data.dataDir });
    gateways.push(b);
    for (const g of gateways) {
      let status = 0;
      for (let i = 0; i < 20 && status !== 200; i++) {
        if (i > 0) await sleep(500);
        status = (await quick(g)).status;
      }
      assert.equal(status, 200, `warm-up through ${g.url}`);
    }

    for (let i = 0; i < SLOTS; i++) assert.equal(await stream(a), 200);
    const held = await quick(b);
    assert.equal(held.status, 429, 'the other replica sees the slots taken');
    assert.equal(held.code, 'concurrency_limited');

    await a.crash();
    const crashedAt = Date.now();
    let back: Answer = held;
    for (let i = 0; i < 60 && back.status !== 200; i++) {
      await sleep(250);
      back = await quick(b);
    }
    assert.equal(back.status, 200, `slots came back: ${back.status} ${back.code ?? ''}`);
    // The first expired lease frees one slot; the crashed replica renewed its last lease no later than the crash,
    // so every one of them has expired a lease TTL (3 s) after it.
    await sleep(Math.max(0, crashedAt + 3_500 - Date.now()));

    // All of them, and no more.
    for (let i = 0; i < SLOTS; i++) assert.equal(await stream(b), 200);
    const over = await quick(b);
    assert.equal(over.code, 'concurrency_limited');
  } finally {
    await Promise.all(gateways.map((g) => g.stop()));
    await backend.stop();
    await Promise.all(open);
    await deletePrefix(redis, prefix);
    redis.disconnect();
    data.remove();
  }
});
