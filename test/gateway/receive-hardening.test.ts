import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';

let backend: FakeBackend;
let bastion: TestBastion;
let key: string;
let port: number;

before(async () => {
  backend = new FakeBackend({ models: ['m'] });
  await backend.start();
  bastion = await startTestBastion({ backends: [backend.url], yaml: 'server:\n  maxBodyBytes: 65536\n  maxHeaderBytes: 8192\n' });
  key = (await bastion.key()).key;
  port = bastion.port;
});
after(async () => {
  await bastion.stop();
  await backend.stop();
});

/** Sends raw bytes, returns the raw response text (until the server closes or 3 s pass). */
function raw(payload: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    let out = '';
    s.on('data', (d) => { out += d.toString('latin1'); });
    s.on('close', () => resolve(out));
    s.on('error', () => resolve(out));
    s.setTimeout(3000, () => { s.destroy(); });
    s.write(payload);
  });
}

async function alive(): Promise<void> {
  const r = await fetch(`${bastion.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'still there?' }] }) });
  assert.equal(r.status, 200, 'the gateway still serves');
}

function post(body: Buffer | string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${bastion.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers }, body });
}

async function code(r: Response): Promise<string> {
  return ((await r.json()) as { error: { code: string } }).error.code;
}

test('an oversize body is refused with 413, counted on the stream', async () => {
  const big = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x'.repeat(70_000) }] });
  const r = await post(big);
  assert.equal(r.status, 413);
  assert.equal(await code(r), 'body_too_large');
  // A lying Content-Length does not help: chunked body, no length.
  const res = await raw(`POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${(70_000).toString(16)}\r\n${'y'.repeat(70_000)}\r\n0\r\n\r\n`);
  assert.match(res, /^HTTP\/1\.1 413/);
  await alive();
});

test('malformed JSON, invalid UTF-8 and NUL are clear 400s', async () => {
  let r = await post('{"model": "m", "messages": [');
  assert.equal(r.status, 400);
  assert.equal(await code(r), 'invalid_json');
  r = await post(Buffer.concat([Buffer.from('{"model":"m","messages":[{"role":"user","content":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}]}')]));
  assert.equal(r.status, 400);
  assert.equal(await code(r), 'invalid_encoding');
  r = await post(JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'a\u0000b' }] }));
  assert.equal(r.status, 400);
  assert.equal(await code(r), 'invalid_encoding');
  await alive();
});

test('schema violations name the field', async () => {
  const cases: Array<[unknown, RegExp]> = [
    [{ model: 'm' }, /messages/],
    [{ model: 'm', messages: [] }, /messages/],
    [{ model: 'm', messages: [{ role: 'wizard', content: 'x' }] }, /role/],
    [{ model: 'm', messages: [{ role: 'user', content: 'x' }], n: 1000 }, /\bn\b/],
    [{ model: 'm', messages: [{ role: 'user', content: 'x' }], max_tokens: -1 }, /max_tokens/],
    [{ model: 'm', messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'http://169.254.169.254/latest' } }] }] }, /image_url/],
    [[1, 2, 3], /body/],
  ];
  for (const [body, re] of cases) {
    const r = await post(JSON.stringify(body));
    assert.equal(r.status, 400, JSON.stringify(body));
    const j = (await r.json()) as { error: { code: string; message: string } };
    assert.equal(j.error.code, 'invalid_request');
    assert.match(j.error.message, re);
  }
});

test('wrong content type is 415; wrong method is 405', async () => {
  let r = await post('{}', { 'content-type': 'text/plain' });
  assert.equal(r.status, 415);
  r = await fetch(`${bastion.url}/v1/chat/completions`, { headers: { authorization: `Bearer ${key}` } });
  assert.equal(r.status, 405);
  assert.equal(await code(r), 'method_not_allowed');
});

test('smuggling-style framing is refused and the process lives', async () => {
  const dupCl = await raw(`POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\nContent-Length: 40\r\n\r\n{"a":1}`);
  assert.match(dupCl, /^HTTP\/1\.1 400/);
  const teCl = await raw(`POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n`);
  assert.match(teCl, /^HTTP\/1\.1 400/);
  assert.ok(!/HTTP\/1\.1 200/.test(teCl), 'no smuggled second request was answered');
  const badTe = await raw(`POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n`);
  assert.match(badTe, /^HTTP\/1\.1 (400|501)/);
  await alive();
});

test('oversize headers get 431', async () => {
  const res = await raw(`GET /v1/models HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(10_000)}\r\n\r\n`);
  assert.match(res, /^HTTP\/1\.1 431/);
  await alive();
});

test('path tricks do not reach another handler', async () => {
  const paths = ['//v1/models', '/v1//models', '/v1/%6dodels', '/v1/./models', '/v1/x/../models', '/V1/models', '/v1/models/', '/v1\\models', '/api/../v1/models', '/v1/chat/completions%00'];
  for (const p of paths) {
    const res = await raw(`GET ${p} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nConnection: close\r\n\r\n`);
    assert.match(res, /^HTTP\/1\.1 (400|404)/, `${p} -> ${res.split('\r\n')[0]}`);
    assert.ok(!res.includes('"object":"list"'), `${p} reached the models listing`);
  }
  const abs = await raw(`GET http://evil.example/v1/models HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nConnection: close\r\n\r\n`);
  assert.match(abs, /^HTTP\/1\.1 400/);
  await alive();
});

test('unknown routes are 404 in the OpenAI error shape', async () => {
  const r = await fetch(`${bastion.url}/v1/files`, { headers: { authorization: `Bearer ${key}` } });
  assert.equal(r.status, 404);
  const j = (await r.json()) as { error: { code: string; type: string; message: string } };
  assert.equal(j.error.code, 'not_found');
  assert.equal(j.error.type, 'not_found_error');
});

test('probes and metrics answer', async () => {
  assert.equal((await fetch(`${bastion.url}/healthz`)).status, 200);
  const ready = await fetch(`${bastion.url}/readyz`);
  assert.equal(ready.status, 200);
  const m = await (await fetch(`${bastion.url}/metrics`)).text();
  assert.match(m, /bastion_requests_total\{endpoint="chat",status="200"\} \d+/);
  assert.match(m, /bastion_errors_total\{code="invalid_json"\} \d+/);
  assert.match(m, /bastion_request_duration_seconds_bucket/);
  assert.match(m, /bastion_backend_up\{backend="backend-1"\} 1/);
  const rss = Number(/^process_resident_memory_bytes (\d+)$/m.exec(m)?.[1]);
  assert.ok(rss > 1024 * 1024, 'the process reports its resident memory');
  assert.match(m, /^nodejs_heap_size_used_bytes \d+$/m);
  assert.match(m, /^process_cpu_seconds_total [\d.e-]+$/m);
  assert.match(m, /^nodejs_eventloop_lag_max_seconds [\d.e-]+$/m);
  assert.ok(!m.includes(backend.url), 'backend URLs are not exposed');
});
