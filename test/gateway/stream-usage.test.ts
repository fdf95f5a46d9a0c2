/**
 * Streamed answers and usage: Bastion asks the backend for usage
 * (`stream_options.include_usage`) so limits and the audit count real tokens,
 * and keeps it from clients that did not ask for it, with the output guard on
 * (events rewritten) and off (bytes passed through). A backend that refuses the
 * field gets the request without it and is not asked again; `streamUsage: false`
 * never asks.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';
import type { ModelCallEvent } from '../../src/audit/event.js';

const CHUNKS = 6;
let plain: FakeBackend;
let strict: FakeBackend;
let onFinish: FakeBackend;

before(async () => {
  plain = new FakeBackend({ chunks: CHUNKS });
  strict = new FakeBackend({ chunks: CHUNKS, rejectStreamOptions: true });
  onFinish = new FakeBackend({ chunks: CHUNKS, usageIn: 'finish-chunk' });
  await Promise.all([plain.start(), strict.start(), onFinish.start()]);
});
after(async () => {
  await Promise.all([plain.stop(), strict.stop(), onFinish.stop()]);
});

const yaml = (guard: boolean): string => `
backends:
  - { id: plain, url: "${plain.url}", models: [m-plain] }
  - { id: strict, url: "${strict.url}", models: [m-strict] }
  - { id: finish, url: "${onFinish.url}", models: [m-finish] }
  - { id: quiet, url: "${plain.url}", models: [m-quiet], streamUsage: false }
${guard ? '' : 'guard: { enabled: false }\n'}`;

for (const guard of [true, false]) {
  describe(`stream usage with the output guard ${guard ? 'on' : 'off'}`, () => {
    let bastion: TestBastion;
    before(async () => { bastion = await startTestBastion({ yaml: yaml(guard) }); });
    after(async () => { await bastion.stop(); });

    async function stream(key: string, model: string, extra: Record<string, unknown> = {}): Promise<string> {
      const r = await fetch(`${bastion.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ model, messages: [{ role: 'user', content: 'Count to six.' }], stream: true, ...extra }),
      });
      assert.equal(r.status, 200);
      return r.text();
    }
    const events = (text: string): unknown[] => text.split('\n\n').filter((e) => e.startsWith('data: ') && e !== 'data: [DONE]').map((e) => JSON.parse(e.slice(6)) as unknown);
    const content = (text: string): string => events(text).map((e) => (e as { choices?: Array<{ delta?: { content?: string } }> }).choices?.map((c) => c.delta?.content ?? '').join('') ?? '').join('');
    async function lastCall(userId: string): Promise<ModelCallEvent> {
      await bastion.modules.audit.flush();
      const rows = await bastion.modules.audit.store.query({ userId, kind: 'model_call', limit: 1 });
      return JSON.parse(rows[0]!.body) as ModelCallEvent;
    }
    const sentStreamOptions = (b: FakeBackend): unknown => (JSON.parse(b.received.at(-1)!.body) as { stream_options?: unknown }).stream_options;
    /** Without usage: prompt unknown, completion counted on the stream (one per event; the opening role event may count). */
    const assertCounted = (e: ModelCallEvent): void => {
      assert.equal(e.tokensIn, null);
      assert.ok(e.tokensOut !== null && e.tokensOut >= CHUNKS && e.tokensOut <= CHUNKS + 1, String(e.tokensOut));
    };
    const expected = Array.from({ length: CHUNKS }, (_, i) => `tok${i} `).join('');

    test('usage is asked for and counted, and the client that did not ask sees none of it', async () => {
      for (const [model, backend] of [['m-plain', plain], ['m-finish', onFinish]] as const) {
        const { key, userId } = await bastion.key();
        const text = await stream(key, model);
        assert.deepEqual(sentStreamOptions(backend), { include_usage: true });
        assert.ok(!text.includes('"usage"'), `${model}: usage reached the client`);
        assert.equal(content(text), expected);
        assert.ok(text.endsWith('data: [DONE]\n\n'));
        const e = await lastCall(userId);
        assert.deepEqual([e.tokensIn, e.tokensOut], [7, CHUNKS], model);
      }
    });

    test('a client that asks for usage gets it, with its own stream options passed on', async () => {
      const { key } = await bastion.key();
      const text = await stream(key, 'm-plain', { stream_options: { include_usage: true } });
      assert.deepEqual(sentStreamOptions(plain), { include_usage: true });
      const usage = events(text).filter((e) => (e as { usage?: unknown }).usage !== undefined);
      assert.equal(usage.length, 1);
      assert.deepEqual((usage[0] as { usage: unknown }).usage, { prompt_tokens: 7, completion_tokens: CHUNKS, total_tokens: 7 + CHUNKS });
    });

    test('a backend that refuses stream_options is served without it, and not asked again', async () => {
      const { key, userId } = await bastion.key();
      const before = strict.received.length;
      assert.equal(content(await stream(key, 'm-strict')), expected);
      assert.equal(strict.received.length - before, 2, 'one refused call, one without the field');
      assert.equal(sentStreamOptions(strict), undefined);
      assertCounted(await lastCall(userId));
      assert.equal(content(await stream(key, 'm-strict')), expected);
      assert.equal(strict.received.length - before, 3, 'asked once only');
      // A client's own stream options still reach it (and its refusal reaches the client).
      const r = await fetch(`${bastion.url}/v1/chat/completions`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ model: 'm-strict', messages: [{ role: 'user', content: 'hi' }], stream: true, stream_options: { include_usage: true } }),
      });
      assert.equal(r.status, 400);
    });

    test('streamUsage: false leaves the request as the client sent it', async () => {
      const { key, userId } = await bastion.key();
      assert.equal(content(await stream(key, 'm-quiet')), expected);
      assert.equal(sentStreamOptions(plain), undefined);
      assertCounted(await lastCall(userId));
    });
  });
}
