// SSE is relayed with backpressure end to end: a client that stops reading stops the
// backend (through TCP flow control) instead of the gateway buffering the whole answer.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion } from '../../src/testkit/bastion.js';

const cleanup: Array<() => Promise<void>> = [];
after(async () => { for (const c of cleanup.reverse()) await c(); });

test('a paused client holds the backend back; reading resumes the stream to its end', async () => {
  const piece = 'x'.repeat(64 * 1024);
  const chunks = 2500; // ~160 MB of answer, more than the socket buffers on the way can hold
  const backend = new FakeBackend({ models: ['m'], chunks, chunkText: () => piece });
  await backend.start();
  cleanup.push(() => backend.stop());
  // No active health checks: the backend's completion count must only move with this request.
  const bastion = await startTestBastion({ yaml: `guard: { enabled: false }\nbackends:\n  - { id: b, url: "${backend.url}", models: [m], health: { intervalMs: 0 } }\n` });
  cleanup.push(() => bastion.stop());
  const { key } = await bastion.key();

  const completedBefore = backend.completed;
  const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'long answer please' }], stream: true });
  const res = await new Promise<import('node:http').IncomingMessage>((resolve, reject) => {
    const req = request(`${bastion.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` } }, resolve);
    req.on('error', reject);
    req.end(body);
  });
  assert.equal(res.statusCode, 200);
  res.pause();
  // While the client reads nothing, the backend's progress stalls well before the end.
  let last = -1;
  for (let i = 0; i < 100 && backend.streamedBytes !== last; i++) {
    last = backend.streamedBytes;
    await new Promise((r) => setTimeout(r, 300));
  }
  assert.equal(backend.streamedBytes, last, 'the backend stalled');
  assert.ok(last < chunks * piece.length * 0.8, `backend wrote ${last} bytes while the client was paused`);
  assert.equal(backend.completed, completedBefore, 'the backend could not finish while the client was not reading');
  let bytes = 0;
  let done = false;
  res.on('data', (d: Buffer) => { bytes += d.length; if (d.includes('[DONE]')) done = true; });
  const ended = new Promise((r) => res.on('end', r));
  res.resume();
  await ended;
  assert.ok(done);
  assert.ok(bytes > chunks * piece.length);
  assert.equal(backend.completed, completedBefore + 1);
});
