import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { APIError } from 'openai';
import { banEndTokens, MODEL_ID, startTinyWorker, waitFor, type TinyWorker } from './helpers.js';

describe('inference worker: pool, queue and cancellation', { timeout: 180_000 }, () => {
  describe('two sequences, a queue', () => {
    let w: TinyWorker;
    before(async () => { w = await startTinyWorker({ sequences: 2, extraArgs: ['--max-queue', '16', '--context-size', '512'] }); });
    after(async () => { await w?.close(); });

    test('requests beyond the pool size queue and all complete', async () => {
      const before = await w.health();
      const n = 6;
      const results = await Promise.all(Array.from({ length: n }, async (_, i) => {
        if (i % 2 === 0) {
          const r = await w.client.chat.completions.create({ model: MODEL_ID, messages: [{ role: 'user', content: `q${i}` }], max_tokens: 24, logit_bias: banEndTokens() });
          return r.usage?.completion_tokens;
        }
        const s = await w.client.chat.completions.create({
          model: MODEL_ID, messages: [{ role: 'user', content: `q${i}` }], max_tokens: 24, logit_bias: banEndTokens(), stream: true, stream_options: { include_usage: true },
        });
        let usage: number | undefined;
        for await (const c of s) if (c.usage) usage = c.usage.completion_tokens;
        return usage;
      }));
      assert.deepEqual(results, Array.from({ length: n }, () => 24));
      const h = await w.health();
      assert.equal(h.completed - before.completed, n);
      assert.equal(h.busy, 0);
      assert.equal(h.queued, 0);
    });
  });

  describe('one sequence, no queue', () => {
    let w: TinyWorker;
    // A long generation (end tokens banned, 8000 tokens) holds the only sequence.
    before(async () => { w = await startTinyWorker({ sequences: 1, extraArgs: ['--max-queue', '0', '--context-size', '8192'] }); });
    after(async () => { await w?.close(); });

    test('a full worker answers 503 inference_queue_full; aborting a stream frees its sequence at once', async () => {
      const ac = new AbortController();
      const long = await w.client.chat.completions.create(
        { model: MODEL_ID, messages: [{ role: 'user', content: 'go' }], max_tokens: 8000, logit_bias: banEndTokens(), stream: true },
        { signal: ac.signal },
      );
      const it = long[Symbol.asyncIterator]();
      await it.next(); // the role chunk: the sequence is now held
      await it.next();

      await assert.rejects(
        w.client.chat.completions.create({ model: MODEL_ID, messages: [{ role: 'user', content: 'me too' }], max_tokens: 2 }),
        (err: unknown) => err instanceof APIError && err.status === 503 && err.code === 'inference_queue_full',
      );
      const busy = await w.health();
      assert.equal(busy.busy, 1);
      assert.equal(busy.cancelled, 0);

      ac.abort();
      await it.return?.();
      assert.ok(await waitFor(async () => (await w.health()).busy === 0), 'the sequence is released');
      const freed = await w.health();
      assert.equal(freed.cancelled, 1, 'the generation was cancelled, not run to its end');
      assert.equal(freed.completed, busy.completed);

      const r = await w.client.chat.completions.create({ model: MODEL_ID, messages: [{ role: 'user', content: 'after' }], max_tokens: 3, logit_bias: banEndTokens() });
      assert.equal(r.usage?.completion_tokens, 3);
    });

    test('a client that disconnects from a non-stream request also frees the sequence', async () => {
      const before = await w.health();
      const ac = new AbortController();
      const pending = w.client.chat.completions.create(
        { model: MODEL_ID, messages: [{ role: 'user', content: 'go' }], max_tokens: 8000, logit_bias: banEndTokens() },
        { signal: ac.signal },
      );
      assert.ok(await waitFor(async () => (await w.health()).busy === 1), 'the request holds the sequence');
      ac.abort();
      await assert.rejects(pending);
      assert.ok(await waitFor(async () => (await w.health()).busy === 0), 'the sequence is released');
      const h = await w.health();
      assert.equal(h.cancelled - before.cancelled, 1);
      assert.equal(h.completed, before.completed);
    });
  });
});
