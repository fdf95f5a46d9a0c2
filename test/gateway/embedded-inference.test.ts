// The out-of-the-box path: no backend configured, so Bastion starts the embedded
// llama.cpp worker (a separate process) on the generated demo model and routes to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';
import { DEMO_MODEL_NAME } from '../../src/inference/tiny-model.js';

let bastion: TestBastion;
let client: OpenAI;

before(async () => {
  bastion = await startTestBastion({ noEmbedded: false });
  const { key } = await bastion.key();
  client = new OpenAI({ apiKey: key, baseURL: `${bastion.url}/v1`, maxRetries: 0, timeout: 60_000 });
});
after(async () => {
  await bastion?.stop();
});

test('the embedded worker runs in its own process and its model is listed', async () => {
  assert.equal(bastion.embedded?.kind, 'demo');
  assert.ok(bastion.embedded?.worker && bastion.embedded.worker.pid !== process.pid);
  const models = await client.models.list();
  assert.deepEqual(models.data.map((m) => m.id), [DEMO_MODEL_NAME]);
});

test('non-streaming chat through the gateway returns OpenAI-shaped usage', async () => {
  const r = await client.chat.completions.create({ model: DEMO_MODEL_NAME, messages: [{ role: 'user', content: 'Hello there' }], max_tokens: 8 });
  assert.equal(r.object, 'chat.completion');
  assert.equal(r.choices.length, 1);
  assert.equal(typeof r.choices[0]?.message.content, 'string');
  assert.ok(r.usage && r.usage.prompt_tokens > 0);
  assert.ok(r.usage.completion_tokens >= 1 && r.usage.completion_tokens <= 8);
  assert.equal(r.usage.total_tokens, r.usage.prompt_tokens + r.usage.completion_tokens);
});

test('streaming chat through the gateway arrives in several chunks and reports usage when asked', async () => {
  const stream = await client.chat.completions.create({ model: DEMO_MODEL_NAME, messages: [{ role: 'user', content: 'Stream please' }], max_tokens: 8, stream: true, stream_options: { include_usage: true } });
  let contentChunks = 0;
  let usage: OpenAI.CompletionUsage | undefined;
  let finish: string | null | undefined;
  for await (const c of stream) {
    if (c.choices[0]?.delta.content) contentChunks++;
    if (c.choices[0]?.finish_reason) finish = c.choices[0].finish_reason;
    if (c.usage) usage = c.usage;
  }
  assert.ok(contentChunks >= 1);
  assert.ok(finish === 'stop' || finish === 'length');
  assert.ok(usage && usage.completion_tokens >= 1 && usage.completion_tokens <= 8);
});
