// Guards the strict request schema against keys that name Object.prototype
// members (`constructor`, `toString`, `__proto__`, `hasOwnProperty`, …): they
// must be dropped or refused like any unknown field, never forwarded to a
// backend unchecked and never turned into a 500.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';

let backend: FakeBackend;
let dropping: TestBastion;
let rejecting: TestBastion;

before(async () => {
  backend = new FakeBackend({ models: ['m1'] });
  await backend.start();
  dropping = await startTestBastion({ backends: [backend.url] });
  rejecting = await startTestBastion({ backends: [backend.url], yaml: 'server:\n  unknownFields: reject\n' });
});
after(async () => {
  await dropping.stop();
  await rejecting.stop();
  await backend.stop();
});

const PROTO_KEYS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupGetter__'];

function bodyWith(key: string): string {
  // JSON text, so `__proto__` arrives as an own property exactly as a client can send it.
  return `{"model":"m1","messages":[{"role":"user","content":"hi"}],${JSON.stringify(key)}:{"smuggled":"x\\u0000y"}}`;
}

async function post(url: string, key: string, text: string): Promise<{ status: number; code: string | undefined }> {
  const r = await fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: text });
  const j = (await r.json()) as { error?: { code?: string } };
  return { status: r.status, code: j.error?.code };
}

test('prototype-named top-level fields are dropped, never forwarded to the backend', async () => {
  const { key } = await dropping.key();
  for (const k of PROTO_KEYS) {
    const before = backend.received.length;
    const r = await post(dropping.url, key, bodyWith(k));
    assert.equal(r.status, 200, `${k}: ${r.code}`);
    const sent = backend.received.slice(before).find((x) => x.url === '/v1/chat/completions');
    assert.ok(sent, `${k}: request reached the backend`);
    assert.ok(!sent.body.includes('smuggled'), `${k} was forwarded unchecked: ${sent.body}`);
  }
});

test('prototype-named top-level fields are refused as unknown_field under the reject policy', async () => {
  const { key } = await rejecting.key();
  for (const k of PROTO_KEYS) {
    const before = backend.received.length;
    const r = await post(rejecting.url, key, bodyWith(k));
    assert.equal(r.status, 400, `${k}: ${r.status} ${r.code}`);
    assert.equal(r.code, 'unknown_field', k);
    assert.equal(backend.received.length, before, `${k}: nothing reaches the backend`);
  }
});
