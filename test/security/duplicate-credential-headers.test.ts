// Guards against credential confusion: a request carrying two Authorization
// (or two x-api-key) header lines is refused on every route, instead of one
// line silently winning (a proxy in front may believe the other one).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';

let backend: FakeBackend;
let bastion: TestBastion;

before(async () => {
  backend = new FakeBackend();
  await backend.start();
  bastion = await startTestBastion({ backends: [backend.url] });
});
after(async () => {
  await bastion.stop();
  await backend.stop();
});

/** Sends a raw HTTP/1.1 request and returns the status line's code and the body. */
function raw(headerLines: string[], method: string, path: string, body = ''): Promise<{ status: number; text: string }> {
  const u = new URL(bastion.url);
  return new Promise((resolve, reject) => {
    const s = connect(Number(u.port), u.hostname);
    let data = '';
    s.setEncoding('utf8');
    s.on('data', (d: string) => { data += d; });
    s.on('error', reject);
    s.on('end', () => {
      const m = /^HTTP\/1\.1 (\d{3})/.exec(data);
      resolve({ status: m ? Number(m[1]) : 0, text: data.slice(data.indexOf('\r\n\r\n') + 4) });
    });
    const lines = [`${method} ${path} HTTP/1.1`, `host: ${u.host}`, 'connection: close', ...headerLines];
    if (body) lines.push('content-type: application/json', `content-length: ${Buffer.byteLength(body)}`);
    s.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
  });
}

const chat = JSON.stringify({ model: 'fake-model', messages: [{ role: 'user', content: 'hi' }] });

test('two Authorization lines are refused, whichever comes first', async () => {
  const { key } = await bastion.key();
  for (const lines of [[`authorization: Bearer ${key}`, 'authorization: Bearer bst_000000000000_' + 'A'.repeat(43)], ['authorization: Bearer nope', `authorization: Bearer ${key}`], [`authorization: Bearer ${key}`, `authorization: Bearer ${key}`]]) {
    const v1 = await raw(lines, 'POST', '/v1/chat/completions', chat);
    assert.equal(v1.status, 401, v1.text);
    assert.match(v1.text, /invalid_credentials/);
    const api = await raw(lines, 'GET', '/api/me');
    assert.equal(api.status, 401, api.text);
  }
});

test('two x-api-key lines are refused', async () => {
  const { key } = await bastion.key();
  const r = await raw([`x-api-key: ${key}`, `x-api-key: ${key}`], 'POST', '/v1/chat/completions', chat);
  assert.equal(r.status, 401, r.text);
});

test('one Authorization line (any case, surrounding whitespace) is accepted', async () => {
  const { key } = await bastion.key();
  for (const line of [`Authorization: Bearer ${key}`, `AUTHORIZATION: bearer ${key}  `, `authorization:   BEARER   ${key}`]) {
    const r = await raw([line], 'POST', '/v1/chat/completions', chat);
    assert.equal(r.status, 200, `${line}: ${r.text}`);
  }
});
