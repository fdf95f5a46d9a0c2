/**
 * Exactness across replicas: two separate Node processes, each running the
 * Redis-backed limit stage with many concurrent requests for ~10 s against the
 * same Redis, must together admit no more than the limit (≤ 1 % over), and
 * must not admit fewer than the limit while demand exceeds it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { connectTestRedis, deletePrefix, randomPrefix } from './redis-env.js';

interface WorkerResult { attempts: number; admitted: number; refused: number; errors: number; degraded: boolean; events: string[] }

const WORKER = fileURLToPath(new URL('./replica-worker.ts', import.meta.url));
const LIMIT = 1000;

/** Starts a replica; `ready` resolves when it is connected and waits for go(). */
function runWorker(prefix: string): { ready: Promise<void>; go(): void; result: Promise<WorkerResult> } {
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => { markReady = r; });
  let go: () => void = () => undefined;
  const result = new Promise<WorkerResult>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
      env: { ...process.env, LIMITS_PREFIX: prefix, LIMITS_AMOUNT: String(LIMIT), LIMITS_DURATION_MS: '10000', LIMITS_PARALLEL: '64' },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    let out = '';
    let err = '';
    child.stdin.on('error', () => undefined); // a replica that already exited reports through 'close'
    go = () => { child.stdin.end('go\n'); };
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); if (out.startsWith('ready\n')) markReady(); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => {
      markReady();
      if (code !== 0) { reject(new Error(`replica exited with ${code}: ${err.slice(0, 2000)}`)); return; }
      try { resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as WorkerResult); } catch (e) { reject(new Error(`bad replica output: ${out.slice(0, 500)}`, { cause: e })); }
    });
  });
  return { ready, go: () => go(), result };
}

test('two replicas sharing Redis admit no more than the limit under a 10 s burst', async (t) => {
  const redis = await connectTestRedis();
  if (!redis) { t.skip('Redis unavailable'); return; }
  const prefix = randomPrefix();
  try {
    const workers = [runWorker(prefix), runWorker(prefix)];
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.go();
    const results = await Promise.all(workers.map((w) => w.result));
    const total = results.reduce((a, r) => ({ attempts: a.attempts + r.attempts, admitted: a.admitted + r.admitted, errors: a.errors + r.errors }), { attempts: 0, admitted: 0, errors: 0 });
    t.diagnostic(`replicas: ${JSON.stringify(results.map(({ attempts, admitted, refused }) => ({ attempts, admitted, refused })))}`);
    for (const r of results) {
      assert.equal(r.errors, 0);
      assert.equal(r.degraded, false, `a replica fell back to local limits: ${r.events.join(', ')}`);
      assert.ok(r.admitted > 0, 'both replicas took part');
    }
    assert.ok(total.admitted <= LIMIT * 1.01, `admitted ${total.admitted} > ${LIMIT} + 1 %`);
    // GCRA admits every request until the burst is spent; the 1-day window refills < 1 request in the run.
    assert.ok(total.admitted >= Math.min(LIMIT, total.attempts), `admitted only ${total.admitted} of ${total.attempts}`);
    assert.ok(total.attempts > LIMIT, 'the burst exceeded the limit');
  } finally {
    await deletePrefix(redis, prefix);
    redis.disconnect();
  }
});
