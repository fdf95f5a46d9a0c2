import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { inspect } from 'node:util';
import { SIGNING_KEY_ENV, SIGNING_KEY_FILE, loadAuditSigner, publicKeyIdFromPem } from './signing.js';

test('the signing key file is created once with mode 0600 and reused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bastion-audit-key-'));
  try {
    assert.equal(loadAuditSigner({ dataDir: dir, env: {}, create: false }), null);
    const a = loadAuditSigner({ dataDir: dir, env: {} });
    const b = loadAuditSigner({ dataDir: dir, env: {} });
    assert.ok(a && b);
    assert.equal(a.publicKeyId, b.publicKeyId);
    if (process.platform !== 'win32') assert.equal(statSync(join(dir, SIGNING_KEY_FILE)).mode & 0o777, 0o600);
    assert.equal(publicKeyIdFromPem(a.publicKeyPem()), a.publicKeyId);
    assert.match(readFileSync(join(dir, SIGNING_KEY_FILE), 'utf8'), /BEGIN PRIVATE KEY/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('BASTION_AUDIT_SIGNING_KEY takes precedence; a bad value is a clear error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bastion-audit-key-'));
  try {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const s = loadAuditSigner({ dataDir: dir, env: { [SIGNING_KEY_ENV]: pem } });
    assert.equal(s?.publicKeyId, publicKeyIdFromPem(pem));
    assert.throws(() => statSync(join(dir, SIGNING_KEY_FILE)), /ENOENT/);
    assert.throws(() => loadAuditSigner({ dataDir: dir, env: { [SIGNING_KEY_ENV]: 'not a key' } }), /not a valid PEM private key/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    assert.throws(() => loadAuditSigner({ dataDir: dir, env: { [SIGNING_KEY_ENV]: rsa } }), /Ed25519/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the signer never reveals its private key when logged or serialised', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bastion-audit-key-'));
  try {
    const s = loadAuditSigner({ dataDir: dir, env: {} });
    const secret = readFileSync(join(dir, SIGNING_KEY_FILE), 'utf8').split('\n')[1] as string;
    for (const text of [inspect(s, { depth: 5 }), JSON.stringify(s), String(JSON.stringify({ s }))]) {
      assert.ok(!text.includes(secret.slice(0, 20)));
      assert.match(text, /REDACTED/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
