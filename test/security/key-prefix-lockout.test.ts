// Guards API keys against a lockout by anyone who knows their (non-secret)
// prefix: wrong secrets sent for a victim's prefix brake those guesses, but
// the victim's correct key keeps working. Only a braked client address refuses
// even a correct key.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';
import { AUTH_FAILURE_DEFAULTS } from '../../src/limits/auth-failures.js';
import { call } from '../limits-gateway/http.js';

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

function forge(key: string): string {
  return key.slice(0, -4) + (key.endsWith('AAAA') ? 'BBBB' : 'AAAA');
}

test('forged secrets for a known prefix cannot lock the key holder out', async () => {
  const victim = await bastion.key();
  const forged = forge(victim.key);
  // Attackers on many addresses, each well under its own allowance, exceed the prefix's.
  for (let i = 0; i <= AUTH_FAILURE_DEFAULTS.keyPrefix.freeAttempts + 3; i++) {
    const r = await call(bastion.url, { from: `127.0.2.${10 + i}`, key: forged });
    assert.ok(r.status === 401 || r.status === 429, `attempt ${i}: ${r.status}`);
  }
  const braked = await call(bastion.url, { from: '127.0.2.200', key: forged });
  assert.equal(braked.status, 429, 'further guesses for the prefix are braked');
  assert.equal(braked.code, 'too_many_auth_failures');
  // The holder of the real key, from its own address, is served.
  const holder = await call(bastion.url, { from: '127.0.2.201', key: victim.key });
  assert.equal(holder.status, 200, `holder refused with ${holder.code}`);
});

test('a braked address is still refused even with a correct key', async () => {
  const { key } = await bastion.key();
  const from = '127.0.2.250';
  for (let i = 0; i <= AUTH_FAILURE_DEFAULTS.address.freeAttempts; i++) {
    assert.equal((await call(bastion.url, { from, key: `not-a-key-${i}` })).code, 'invalid_credentials');
  }
  assert.equal((await call(bastion.url, { from, key })).code, 'too_many_auth_failures');
});
