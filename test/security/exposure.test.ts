// Guards what leaves Bastion without credentials and what it writes to its
// logs: the probes and /metrics carry no backend URLs or ports and no
// client-chosen strings (model names, paths, header values: metrics label
// cardinality stays bounded); no key, valid or forged, appears in any log
// line or in audit events; error bodies carry no backend address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';
import { createLogger } from '../../src/log/logger.js';

let backend: FakeBackend;
let bastion: TestBastion;
const lines: string[] = [];

before(async () => {
  backend = new FakeBackend({ models: ['m1'] });
  await backend.start();
  bastion = await startTestBastion({ backends: [backend.url], log: createLogger({ level: 'debug', write: (l) => lines.push(l) }) });
});
after(async () => {
  await bastion.stop();
  await backend.stop();
});

const MARK = 'zq9marker';

async function chat(headers: Record<string, string>, model: string, path = '/v1/chat/completions'): Promise<Response> {
  return fetch(bastion.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hi' }] }) });
}

test('client-chosen strings never become metrics labels; probes and metrics name no backend address', async () => {
  const { key } = await bastion.key();
  await chat({ authorization: `Bearer ${key}` }, 'm1');
  for (let i = 0; i < 20; i++) {
    await chat({ authorization: `Bearer ${key}`, 'user-agent': `${MARK}-ua-${i}`, 'x-request-id': `${MARK}-rid-${i}` }, `${MARK}-model-${i}`);
    await chat({ authorization: `Bearer ${key}` }, 'm1', `/v1/${MARK}-path-${i}`);
    await fetch(`${bastion.url}/${MARK}-top-${i}`);
  }
  const metrics = await (await fetch(`${bastion.url}/metrics`)).text();
  assert.match(metrics, /bastion_requests_total/);
  assert.ok(!metrics.includes(MARK), 'a client-chosen string became a label');
  const port = new URL(backend.url).port;
  for (const p of ['/metrics', '/readyz', '/healthz']) {
    const text = await (await fetch(bastion.url + p)).text();
    assert.ok(!text.includes(`:${port}`) && !text.includes(backend.url), `${p} names the backend: ${text.slice(0, 300)}`);
  }
});

test('no key, valid or forged, appears in logs or audit events', async () => {
  const { key } = await bastion.key();
  const forged = key.slice(0, -6) + 'ZZZZZZ';
  await chat({ authorization: `Bearer ${key}` }, 'm1');
  await chat({ 'x-api-key': key }, 'm1');
  await chat({ authorization: `Bearer ${forged}` }, 'm1');
  await chat({ authorization: `Bearer ${key}` }, 'm1', `/v1/chat/completions?api_key=${encodeURIComponent(key)}`);
  await fetch(`${bastion.url}/api/me`, { headers: { authorization: `Bearer ${key}` } });
  await bastion.modules.audit.flush();
  const events = await bastion.modules.audit.store.query({ limit: 1000 });
  assert.ok(lines.length > 0, 'the access log wrote lines');
  const secretPart = (k: string): string => k.slice(17);
  for (const text of [lines.join('\n'), JSON.stringify(events)]) {
    for (const k of [key, forged]) assert.ok(!text.includes(secretPart(k)), 'a key secret was written');
  }
});

test('a failing backend: the client error names no backend address', async () => {
  const { key } = await bastion.key();
  backend.set({ failure: 'status500' });
  try {
    const r = await chat({ authorization: `Bearer ${key}` }, 'm1');
    const text = await r.text();
    assert.ok(r.status >= 500);
    assert.ok(!/10\.1\.2\.3|127\.0\.0\.1|http:\/\//.test(text), text);
  } finally {
    backend.set({ failure: 'none' });
  }
});

test('model answers and model lists are marked no-store (x-api-key requests are not covered by HTTP caching rules)', async () => {
  const { key } = await bastion.key();
  const models = await fetch(`${bastion.url}/v1/models`, { headers: { 'x-api-key': key } });
  await models.text();
  assert.equal(models.headers.get('cache-control'), 'no-store');
  const answer = await chat({ 'x-api-key': key }, 'm1');
  await answer.text();
  assert.equal(answer.status, 200);
  assert.equal(answer.headers.get('cache-control'), 'no-store');
});
