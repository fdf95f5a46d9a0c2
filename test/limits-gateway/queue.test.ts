/**
 * Smoothing through a real Bastion (in-process, memory store): with
 * `limits.queue` set, a request refused only by a concurrency limit waits in a
 * bounded per-identity queue for a slot instead of failing at once; the queue
 * has a size and a longest wait, and a refusal after waiting is the ordinary
 * 429 concurrency_limited.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';
import { begin, call } from './http.js';

const YAML = `
limits:
  queue: { maxWaiting: 1, maxWait: 3s }
  rules:
    one-at-a-time: { scope: key, kind: concurrency, amount: 1 }
`;

describe('waiting for a concurrency slot', () => {
  let backend: FakeBackend;
  let bastion: TestBastion;

  before(async () => {
    backend = new FakeBackend({ chunks: 3 });
    await backend.start();
    bastion = await startTestBastion({ backends: [backend.url], yaml: YAML });
  });
  after(async () => {
    await bastion.stop();
    await backend.stop();
  });

  test('a request behind a short stream waits and is served; the queue holds one request per key', async () => {
    const k = await bastion.key();
    backend.set({ chunkDelayMs: 100 });
    try {
      const first = await begin(bastion.url, { key: k.key, body: { stream: true } });
      assert.equal(first.status, 200);
      // Two more while the stream runs: one waits for the slot, the other finds the queue full.
      const [x, y] = await Promise.all([call(bastion.url, { key: k.key }), call(bastion.url, { key: k.key })]);
      assert.deepEqual([x.status, y.status].sort(), [200, 429]);
      assert.equal([x, y].find((r) => r.status === 429)?.code, 'concurrency_limited');
      assert.equal((await first.finish()).status, 200);
    } finally {
      backend.set({ chunkDelayMs: 0 });
    }
    // Another key has its own queue and its own slot.
    const other = await bastion.key();
    assert.equal((await call(bastion.url, { key: other.key })).status, 200);
  });

  test('a request that waits longer than maxWait is refused with concurrency_limited', async () => {
    const k = await bastion.key();
    backend.set({ chunkDelayMs: 5000 });
    const first = await begin(bastion.url, { key: k.key, body: { stream: true } });
    try {
      assert.equal(first.status, 200);
      const waited = await call(bastion.url, { key: k.key });
      assert.equal(waited.status, 429);
      assert.equal(waited.code, 'concurrency_limited');
      assert.match(waited.message ?? '', /"one-at-a-time"/);
    } finally {
      first.abort();
      backend.set({ chunkDelayMs: 0 });
    }
  });
});
