/**
 * Failed authentication through a real Bastion: one client address that keeps
 * failing is refused with 429 too_many_auth_failures and an increasing
 * back-off, while another address is unaffected. X-Forwarded-For is ignored
 * unless the socket peer is listed in server.trustedProxies, and even then
 * only the hops a trusted proxy appended are believed.
 *
 * Clients are told apart by their local address (127.0.0.x on loopback).
 * Defaults: 10 failures per address (and per key prefix) are free, then 1 s, 2 s, 4 s … of back-off.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';
import { AUTH_FAILURE_DEFAULTS } from '../../src/limits/auth-failures.js';
import { call, type CallOptions } from './http.js';

const FREE = AUTH_FAILURE_DEFAULTS.address.freeAttempts;

/** Spends an address's free attempts plus one, so the next attempt is braked for baseDelaySec. */
async function failUntilBraked(url: string, o: CallOptions): Promise<void> {
  for (let i = 0; i <= FREE; i++) {
    const r = await call(url, { ...o, key: `not-a-key-${i}` });
    assert.equal(r.status, 401, `attempt ${i + 1} is an ordinary authentication failure`);
    assert.equal(r.code, 'invalid_credentials');
  }
}

describe('failed authentication is braked per client address', () => {
  let backend: FakeBackend;
  let direct: TestBastion;
  let proxied: TestBastion;

  before(async () => {
    backend = new FakeBackend();
    await backend.start();
    direct = await startTestBastion({ backends: [backend.url] });
    proxied = await startTestBastion({ backends: [backend.url], yaml: 'server:\n  trustedProxies: ["127.0.0.1"]\n' });
  });
  after(async () => {
    await direct.stop();
    await proxied.stop();
    await backend.stop();
  });

  test('a failing address gets 429 too_many_auth_failures with growing back-off; another address is unaffected', async () => {
    const { key } = await direct.key();
    const attacker = '127.0.0.3';
    await failUntilBraked(direct.url, { from: attacker });

    const braked = await call(direct.url, { from: attacker, key: 'not-a-key' });
    assert.equal(braked.status, 429);
    assert.equal(braked.code, 'too_many_auth_failures');
    assert.equal(braked.headers['retry-after'], '1');
    // Even a valid key is refused from the braked address: the brake is checked first.
    assert.equal((await call(direct.url, { from: attacker, key })).code, 'too_many_auth_failures');
    // Spoofed X-Forwarded-For does not help: nothing is trusted by default.
    const spoofed = await call(direct.url, { from: attacker, key, headers: { 'x-forwarded-for': '198.51.100.23' } });
    assert.equal(spoofed.code, 'too_many_auth_failures');

    // Another client address: its failures are ordinary 401s and its valid key works.
    assert.equal((await call(direct.url, { from: '127.0.0.4', key: 'not-a-key' })).code, 'invalid_credentials');
    assert.equal((await call(direct.url, { from: '127.0.0.4', key })).status, 200);

    // Back-off grows: once the first brake has passed, the next failure brakes for twice as long.
    let next = braked;
    let failedAt = 0;
    for (let i = 0; i < 60 && next.status === 429; i++) {
      await sleep(100);
      failedAt = Date.now();
      next = await call(direct.url, { from: attacker, key: 'not-a-key' });
    }
    assert.equal(next.code, 'invalid_credentials', 'the brake lifted');
    const again = await call(direct.url, { from: attacker, key: 'not-a-key' });
    assert.equal(again.code, 'too_many_auth_failures');
    // Retry-After counts down from 2 s; on a machine slow enough to take over a second for these two calls it reads 1.
    const expected = Date.now() - failedAt < 1000 ? ['2'] : ['1', '2'];
    assert.ok(expected.includes(String(again.headers['retry-after'])), `Retry-After ${String(again.headers['retry-after'])} after the second brake`);
  });

  test('wrong secrets for one key prefix from many addresses brake that prefix only', async () => {
    const victim = await direct.key();
    const other = await direct.key();
    const forged = victim.key.slice(0, -4) + (victim.key.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    // Each address fails once (well under its own allowance); together they exceed the prefix's.
    for (let i = 0; i <= AUTH_FAILURE_DEFAULTS.keyPrefix.freeAttempts; i++) {
      assert.equal((await call(direct.url, { from: `127.0.1.${10 + i}`, key: forged })).code, 'invalid_credentials');
    }
    const braked = await call(direct.url, { from: '127.0.1.100', key: forged });
    assert.equal(braked.status, 429);
    assert.equal(braked.code, 'too_many_auth_failures');
    assert.equal(braked.headers['retry-after'], '1');
    // Another key from the same fresh address is unaffected.
    assert.equal((await call(direct.url, { from: '127.0.1.100', key: other.key })).status, 200);
  });

  test('behind a trusted proxy the forwarded client is braked, not the proxy; an untrusted peer cannot pick an address', async () => {
    const { key } = await proxied.key();
    const client = '203.0.113.7';
    // The test connects from 127.0.0.1, the trusted proxy, and names the client in X-Forwarded-For.
    await failUntilBraked(proxied.url, { from: '127.0.0.1', headers: { 'x-forwarded-for': client } });
    const braked = await call(proxied.url, { from: '127.0.0.1', key, headers: { 'x-forwarded-for': client } });
    assert.equal(braked.code, 'too_many_auth_failures');

    // Other clients behind the same proxy are unaffected.
    assert.equal((await call(proxied.url, { from: '127.0.0.1', key, headers: { 'x-forwarded-for': '198.51.100.8' } })).status, 200);
    // A client cannot hide behind a left-most entry it wrote itself: the proxy appended the real peer.
    assert.equal((await call(proxied.url, { from: '127.0.0.1', key, headers: { 'x-forwarded-for': `${client}, 198.51.100.9` } })).status, 200);
    assert.equal((await call(proxied.url, { from: '127.0.0.1', key, headers: { 'x-forwarded-for': `198.51.100.9, ${client}` } })).code, 'too_many_auth_failures');
    // A peer that is not a trusted proxy is judged by its socket address whatever it claims.
    assert.equal((await call(proxied.url, { from: '127.0.0.5', key, headers: { 'x-forwarded-for': client } })).status, 200);
  });
});
