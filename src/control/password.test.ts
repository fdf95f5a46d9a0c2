import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword, verifyPassword, passwordProblem, assertPasswordStrength, needsRehash, SCRYPT_N } from './password.js';
import { Secret } from './secret.js';
import { BastionError } from '../errors/registry.js';

test('hash then verify accepts the right password and refuses others', async () => {
  const pw = new Secret('correct horse battery staple');
  const encoded = await hashPassword(pw);
  assert.match(encoded, new RegExp(`^scrypt\\$${SCRYPT_N}\\$8\\$1\\$[A-Za-z0-9_-]+\\$[A-Za-z0-9_-]+$`));
  assert.ok(!encoded.includes('horse'));
  assert.equal(await verifyPassword(pw, encoded), true);
  assert.equal(await verifyPassword(new Secret('correct horse battery stapl'), encoded), false);
  assert.equal(await verifyPassword(new Secret(''), encoded), false);
  assert.equal(needsRehash(encoded), false);
});

test('the same password hashes differently each time (random salt)', async () => {
  const pw = new Secret('another long password');
  const [a, b] = await Promise.all([hashPassword(pw), hashPassword(pw)]);
  assert.notEqual(a, b);
  assert.equal(await verifyPassword(pw, a), true);
  assert.equal(await verifyPassword(pw, b), true);
});

test('malformed or abusive hashes verify nothing', async () => {
  const pw = new Secret('whatever password 1');
  for (const bad of ['', 'plain', 'scrypt$1$1$1$x$y', 'bcrypt$2$8$1$aaaaaaaaaaa$bbbbbbbbbbbbbbbbbbbbbbbbbbbb', `scrypt$${2 ** 30}$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`, 'scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA']) {
    assert.equal(await verifyPassword(pw, bad), false, bad);
    assert.equal(needsRehash(bad), true);
  }
});

test('weak passwords are refused with a clear reason', () => {
  assert.match(passwordProblem('short') ?? '', /at least 12/);
  assert.match(passwordProblem('            ') ?? '', /whitespace/);
  assert.match(passwordProblem('aaaaaaaaaaaaaaaa') ?? '', /different characters/);
  assert.match(passwordProblem('admin@example.com', { email: 'Admin@example.com' }) ?? '', /email/);
  assert.match(passwordProblem('x'.repeat(2000)) ?? '', /at most/);
  assert.equal(passwordProblem('a decent passphrase'), null);
  assert.throws(() => assertPasswordStrength(new Secret('short')), (e: unknown) => e instanceof BastionError && e.code === 'invalid_request');
});
