import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Pool } from 'undici';
import { FakeBackend } from '../../testkit/fake-backend.js';
import { ClientLink } from '../client-link.js';
import { postUpstream } from './upstream.js';

const backend = new FakeBackend({ models: ['m'], chunks: 50, chunkText: (i) => `piece${i} `.repeat(200) });
const hanging = new FakeBackend({ models: ['m'], failure: 'hang' });
const dying = new FakeBackend({ models: ['m'], failure: 'die-mid-stream', dieAfter: 3, chunkDelayMs: 5 });
const pools: Pool[] = [];
after(async () => {
  for (const p of pools) await p.destroy();
  await backend.stop();
  await hanging.stop();
  await dying.stop();
});

const started = new Map<FakeBackend, Promise<string>>();

async function poolFor(b: FakeBackend): Promise<{ pool: Pool; base: string }> {
  if (!started.has(b)) started.set(b, b.start());
  const url = new URL(await started.get(b)!);
  const pool = new Pool(url.origin);
  pools.push(pool);
  return { pool, base: url.pathname };
}

const chat = (stream: boolean): string => JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }], stream });
const json = { 'content-type': 'application/json' };

test('a whole answer is collected; one over the cap gives null and ends the call', async () => {
  const { pool, base } = await poolFor(backend);
  const up = await postUpstream(pool, `${base}/chat/completions`, json, chat(false), new ClientLink());
  assert.equal(up.statusCode, 200);
  assert.match(String(up.headers['content-type']), /application\/json/);
  const buf = await up.body.collect(1 << 20);
  assert.ok(buf);
  assert.equal((JSON.parse(buf.toString('utf8')) as { object: string }).object, 'chat.completion');
  const big = await postUpstream(pool, `${base}/chat/completions`, json, chat(true), new ClientLink());
  assert.equal(await big.body.collect(1000), null);
  // The pool stays usable after the aborted call.
  const again = await postUpstream(pool, `${base}/chat/completions`, json, chat(false), new ClientLink());
  assert.ok(await again.body.collect(1 << 20));
});

test('a stream is read chunk by chunk to its end, in order', async () => {
  const { pool, base } = await poolFor(backend);
  const up = await postUpstream(pool, `${base}/chat/completions`, json, chat(true), new ClientLink());
  let text = '';
  let chunks = 0;
  for await (const c of up.body) {
    chunks++;
    text += c.toString('utf8');
    // A slow reader: the call is paused meanwhile, and nothing is lost.
    if (chunks % 5 === 0) await new Promise((r) => setTimeout(r, 2));
  }
  assert.ok(chunks > 1);
  for (let i = 0; i < 50; i++) assert.ok(text.includes(`piece${i} `), `chunk ${i} arrived`);
  assert.ok(text.trimEnd().endsWith('data: [DONE]'));
});

test('the client going away aborts a call waiting for its answer, and one not yet sent', async () => {
  const { pool, base } = await poolFor(hanging);
  const link = new ClientLink();
  const p = postUpstream(pool, `${base}/chat/completions`, json, chat(false), link);
  setTimeout(() => link.close(), 50);
  await assert.rejects(p, (e: Error & { code?: string }) => e.code === 'UND_ERR_ABORTED');
  assert.equal(link.signal.aborted, true, 'a signal made after the close is already aborted');
  await assert.rejects(postUpstream(pool, `${base}/chat/completions`, json, chat(false), link), (e: Error & { code?: string }) => e.code === 'UND_ERR_ABORTED');
});

test('a backend dying mid-stream fails the read instead of ending it quietly', async () => {
  const { pool, base } = await poolFor(dying);
  const up = await postUpstream(pool, `${base}/chat/completions`, json, chat(true), new ClientLink());
  let got = 0;
  await assert.rejects((async () => { for await (const c of up.body) got += c.length; })());
  assert.ok(got > 0);
});
