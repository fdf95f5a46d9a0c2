// Guards the outbound invariant: the gateway follows no redirect. A backend
// answering 3xx (for model calls, discovery or health checks) never makes
// Bastion contact the Location it names, and no Location reaches the client.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';

let target: Server;
let redirector: Server;
let targetHits = 0;
let redirectorHits = 0;
let bastion: TestBastion;

function listen(s: Server): Promise<number> {
  return new Promise((r) => s.listen(0, '127.0.0.1', () => r((s.address() as AddressInfo).port)));
}

before(async () => {
  target = createServer((req, res) => { targetHits++; req.resume(); res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"object":"list","data":[{"id":"stolen"}]}'); });
  const targetPort = await listen(target);
  redirector = createServer((req, res) => {
    redirectorHits++;
    req.resume();
    req.on('end', () => {
      res.writeHead(req.method === 'GET' ? 302 : 307, { location: `http://127.0.0.1:${targetPort}${req.url ?? '/'}`, 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  const port = await listen(redirector);
  bastion = await startTestBastion({
    yaml: [
      'backends:',
      `  - id: r1`,
      `    url: http://127.0.0.1:${port}/v1`,
      '    models: [m1]',
      '    health: { intervalMs: 50 }',
    ].join('\n') + '\n',
  });
});
after(async () => {
  await bastion.stop();
  target.close();
  redirector.close();
});

test('a redirecting backend is never followed, for model calls or health checks', async () => {
  const { key } = await bastion.key();
  for (const stream of [false, true]) {
    const r = await fetch(`${bastion.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ model: 'm1', stream, messages: [{ role: 'user', content: 'hi' }] }),
      redirect: 'manual',
    });
    await r.text();
    assert.equal(r.headers.get('location'), null, 'no Location reaches the client');
    assert.ok(r.status < 300 || r.status >= 400, `status ${r.status}`);
  }
  // Let a few health checks run against the redirector.
  const before = redirectorHits;
  for (let i = 0; i < 100 && redirectorHits < before + 3; i++) await new Promise((r) => setTimeout(r, 20));
  assert.ok(redirectorHits >= 2, 'the backend was called');
  assert.equal(targetHits, 0, 'the redirect target was contacted');
  const models = await (await fetch(`${bastion.url}/v1/models`, { headers: { authorization: `Bearer ${key}` } })).text();
  assert.ok(!models.includes('stolen'));
});
