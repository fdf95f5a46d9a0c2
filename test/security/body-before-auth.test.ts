// An anonymous client cannot make the gateway read or buffer a request body:
// credentials are checked on the request head, and the body is read only after.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';

let backend: FakeBackend;
let bastion: TestBastion;

before(async () => {
  backend = new FakeBackend({ models: ['m'] });
  await backend.start();
  bastion = await startTestBastion({ backends: [backend.url] });
});
after(async () => {
  await bastion.stop();
  await backend.stop();
});

/** Sends a request head announcing `length` bytes but only `sent` of them; returns the first response bytes. */
function partial(headers: string, length: number, sent: number): Promise<string> {
  return new Promise((resolve) => {
    const s = connect(bastion.port, '127.0.0.1');
    let out = '';
    s.on('data', (d) => { out += d.toString('latin1'); if (out.includes('\r\n\r\n')) { s.destroy(); resolve(out); } });
    s.on('error', () => resolve(out));
    s.setTimeout(5000, () => { s.destroy(); resolve(out); });
    s.write(`POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${headers}Content-Length: ${length}\r\n\r\n${'{'.padEnd(sent, ' ')}`);
  });
}

test('no credentials: 401 on the head alone, without waiting for the announced body, and the connection closes', async () => {
  const res = await partial('', 1_000_000, 10);
  assert.match(res, /^HTTP\/1\.1 401/);
  assert.match(res, /connection: close/i);
});

test('a bad key: 401 without reading the body', async () => {
  const res = await partial('Authorization: Bearer bst_000000000000_' + 'A'.repeat(43) + '\r\n', 1_000_000, 10);
  assert.match(res, /^HTTP\/1\.1 401/);
});

test('a declared length over the cap is refused at once with 413', async () => {
  const { key } = await bastion.key();
  const res = await partial(`Authorization: Bearer ${key}\r\n`, 64 * 1024 * 1024, 10);
  assert.match(res, /^HTTP\/1\.1 413/);
});

test('an authenticated request still gets its body read and answered', async () => {
  const { key } = await bastion.key();
  const r = await fetch(`${bastion.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }) });
  assert.equal(r.status, 200);
});
