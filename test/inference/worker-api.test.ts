import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { APIError } from 'openai';
import { banEndTokens, MODEL_ID, startTinyWorker, type TinyWorker } from './helpers.js';

describe('inference worker: OpenAI API with the official SDK', { timeout: 180_000 }, () => {
  let w: TinyWorker;
  before(async () => { w = await startTinyWorker({ extraArgs: ['--context-size', '256'] }); });
  after(async () => { await w?.close(); });

  test('lists the one model it serves', async () => {
    const page = await w.client.models.list();
    assert.deepEqual(page.data.map((m) => m.id), [MODEL_ID]);
    assert.equal(page.data[0]?.object, 'model');
  });

  test('non-stream chat: OpenAI shape and consistent usage', async () => {
    const r = await w.client.chat.completions.create({ model: MODEL_ID, messages: [{ role: 'user', content: 'Hello' }], max_tokens: 12 });
    assert.equal(r.object, 'chat.completion');
    assert.match(r.id, /^chatcmpl-/);
    assert.equal(r.choices.length, 1);
    assert.equal(r.choices[0]?.message.role, 'assistant');
    assert.equal(typeof r.choices[0]?.message.content, 'string');
    assert.ok(['stop', 'length'].includes(r.choices[0]?.finish_reason ?? ''));
    const u = r.usage!;
    assert.ok(u.prompt_tokens > 0);
    assert.ok(u.completion_tokens >= 0 && u.completion_tokens <= 12);
    assert.equal(u.total_tokens, u.prompt_tokens + u.completion_tokens);
  });

  test('a generation with the end tokens banned runs to max_tokens with finish_reason length', async () => {
    const r = await w.client.chat.completions.create({ model: MODEL_ID, messages: [{ role: 'user', content: 'Hi' }], max_tokens: 9, logit_bias: banEndTokens() });
    assert.equal(r.usage?.completion_tokens, 9);
    assert.equal(r.choices[0]?.finish_reason, 'length');
  });

  test('stream chat: one chunk per token, usage in the final chunk, same prompt count as non-stream', async () => {
    const messages = [{ role: 'system' as const, content: 'Be brief.' }, { role: 'user' as const, content: 'Count to three.' }];
    const plain = await w.client.chat.completions.create({ model: MODEL_ID, messages, max_tokens: 1 });
    const stream = await w.client.chat.completions.create({
      model: MODEL_ID, messages, max_tokens: 10, stream: true, stream_options: { include_usage: true },
    });
    let roleChunks = 0;
    let tokenChunks = 0;
    let finish: string | null = null;
    let usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number } | null | undefined;
    let afterUsage = 0;
    for await (const c of stream) {
      assert.equal(c.object, 'chat.completion.chunk');
      if (usage) afterUsage++;
      if (c.usage) { usage = c.usage; assert.equal(c.choices.length, 0); continue; }
      const ch = c.choices[0]!;
      if (ch.delta.role === 'assistant') roleChunks++;
      else if (ch.delta.content !== undefined && ch.delta.content !== null) tokenChunks++;
      if (ch.finish_reason) finish = ch.finish_reason;
    }
    assert.equal(roleChunks, 1);
    assert.ok(finish === 'stop' || finish === 'length');
    assert.ok(usage, 'a usage chunk arrives');
    assert.equal(afterUsage, 0, 'the usage chunk is the last one');
    assert.equal(usage.completion_tokens, tokenChunks);
    assert.ok(usage.completion_tokens <= 10);
    assert.equal(usage.prompt_tokens, plain.usage?.prompt_tokens);
    assert.equal(usage.total_tokens, usage.prompt_tokens + usage.completion_tokens);
  });

  test('stream without include_usage carries no usage', async () => {
    const stream = await w.client.chat.completions.create({ model: MODEL_ID, messages: [{ role: 'user', content: 'x' }], max_tokens: 3, stream: true });
    let chunks = 0;
    for await (const c of stream) { chunks++; assert.equal(c.usage, undefined); }
    assert.ok(chunks >= 2);
  });

  test('completions, plain and streamed', async () => {
    const r = await w.client.completions.create({ model: MODEL_ID, prompt: 'Once upon a time', max_tokens: 7, logit_bias: banEndTokens() });
    assert.equal(r.object, 'text_completion');
    assert.equal(typeof r.choices[0]?.text, 'string');
    assert.equal(r.usage?.completion_tokens, 7);
    assert.equal(r.choices[0]?.finish_reason, 'length');

    const s = await w.client.completions.create({ model: MODEL_ID, prompt: 'Once upon a time', max_tokens: 5, stream: true, stream_options: { include_usage: true } });
    let pieces = 0;
    let usage: { prompt_tokens: number; completion_tokens: number } | undefined;
    for await (const c of s) {
      if (c.usage) usage = c.usage;
      else if (c.choices[0]?.finish_reason == null) pieces++;
    }
    assert.equal(usage?.prompt_tokens, r.usage?.prompt_tokens);
    assert.equal(usage?.completion_tokens, pieces);
  });

  test('embeddings: one vector per input, float and base64 (the SDK default)', async () => {
    const r = await w.client.embeddings.create({ model: MODEL_ID, input: ['alpha', 'beta gamma'] });
    assert.equal(r.data.length, 2);
    assert.equal(r.data[0]?.embedding.length, 64);
    assert.ok(r.data.every((d) => d.embedding.every(Number.isFinite)));
    assert.ok(r.usage.prompt_tokens > 0);
    const f = await w.client.embeddings.create({ model: MODEL_ID, input: 'alpha', encoding_format: 'float' });
    assert.equal(f.data[0]?.embedding.length, 64);
  });

  test('an over-long prompt gets context_length_exceeded and the worker keeps serving', async () => {
    await assert.rejects(
      w.client.chat.completions.create({ model: MODEL_ID, messages: [{ role: 'user', content: 'x'.repeat(1000) }], max_tokens: 4 }),
      (err: unknown) => err instanceof APIError && err.status === 400 && err.code === 'context_length_exceeded',
    );
    await assert.rejects(
      w.client.completions.create({ model: MODEL_ID, prompt: 'y'.repeat(1000), max_tokens: 4, stream: true }),
      (err: unknown) => err instanceof APIError && err.status === 400 && err.code === 'context_length_exceeded',
    );
    const r = await w.client.chat.completions.create({ model: MODEL_ID, messages: [{ role: 'user', content: 'ok?' }], max_tokens: 2 });
    assert.equal(r.choices.length, 1);
  });

  test('bad requests get OpenAI-shaped errors with stable codes', async () => {
    const base = w.worker.url;
    const post = (path: string, body: string): Promise<Response> =>
      fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const cases: Array<[Promise<Response>, number, string]> = [
      [post('/chat/completions', '{"model":'), 400, 'invalid_json'],
      [post('/chat/completions', '[]'), 400, 'invalid_request'],
      [post('/chat/completions', JSON.stringify({ model: MODEL_ID, messages: [{ role: 'wizard', content: 'x' }] })), 400, 'invalid_request'],
      [post('/chat/completions', JSON.stringify({ model: 'other', messages: [{ role: 'user', content: 'x' }] })), 404, 'model_not_found'],
      [post('/completions', JSON.stringify({ model: MODEL_ID, prompt: 'x', logit_bias: { 99999: -100 } })), 400, 'invalid_request'],
      [post('/nope', '{}'), 404, 'not_found'],
      [fetch(`${base}/chat/completions`), 405, 'method_not_allowed'],
    ];
    for (const [pending, status, code] of cases) {
      const res = await pending;
      const body = (await res.json()) as { error: { code: string; type: string; message: string } };
      assert.equal(res.status, status, code);
      assert.equal(body.error.code, code);
      assert.equal(typeof body.error.message, 'string');
      assert.equal(typeof body.error.type, 'string');
    }
    const h = await w.health();
    assert.equal(h.busy, 0);
  });
});
