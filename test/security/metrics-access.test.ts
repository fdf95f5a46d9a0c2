// /metrics access policy (server.metrics): open by default, behind a scrape
// token, or off. Refusals are the gateway's usual 401/404 error bodies, and
// the token is never accepted in another form (query string, API-key header).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestBastion } from '../../src/testkit/bastion.js';

const TOKEN = 'scrape-' + 'a1b2c3d4'.repeat(5);

test('server.metrics: token serves /metrics only to a scraper with the token', async () => {
  const bastion = await startTestBastion({ yaml: 'server: { metrics: token }\n', env: { BASTION_METRICS_TOKEN: TOKEN } });
  try {
    const get = (headers: Record<string, string> = {}, query = ''): Promise<Response> => fetch(`${bastion.url}/metrics${query}`, { headers });
    const none = await get();
    assert.equal(none.status, 401);
    assert.equal(none.headers.get('www-authenticate'), 'Bearer');
    assert.equal(((await none.json()) as { error: { code: string } }).error.code, 'missing_credentials');
    for (const [headers, query] of [
      [{ authorization: `Bearer ${TOKEN}x` }, ''],
      [{ authorization: `Bearer ${TOKEN.slice(0, -1)}` }, ''],
      [{ authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}` }, ''],
      [{ 'x-api-key': TOKEN, authorization: 'Bearer nope' }, ''],
      [{ authorization: 'Bearer nope' }, `?token=${TOKEN}`],
    ] as Array<[Record<string, string>, string]>) {
      const r = await get(headers, query);
      assert.equal(r.status, 401, JSON.stringify(headers));
      const body = (await r.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'invalid_credentials');
      assert.ok(!body.error.message.includes(TOKEN));
    }
    // An API key, even an admin's, is not a scrape token.
    const { key } = await bastion.key({ admin: true });
    assert.equal((await get({ authorization: `Bearer ${key}` })).status, 401);
    const ok = await get({ authorization: `Bearer ${TOKEN}` });
    assert.equal(ok.status, 200);
    assert.match(await ok.text(), /bastion_requests_total/);
    assert.equal((await fetch(`${bastion.url}/healthz`)).status, 200, 'the probes stay open');
  } finally {
    await bastion.stop();
  }
});

test('server.metrics: off answers 404 for /metrics; the default leaves it open', async () => {
  const off = await startTestBastion({ yaml: 'server: { metrics: off }\n' });
  try {
    const r = await fetch(`${off.url}/metrics`);
    assert.equal(r.status, 404);
    assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'not_found');
    assert.equal((await fetch(`${off.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status, 404);
  } finally {
    await off.stop();
  }
  const open = await startTestBastion();
  try {
    const r = await fetch(`${open.url}/metrics`);
    assert.equal(r.status, 200);
    assert.match(await r.text(), /bastion_requests_total/);
  } finally {
    await open.stop();
  }
});
