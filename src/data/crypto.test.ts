import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { DecryptError, recordAad, SecretKey } from './crypto.js';

describe('SecretKey sealing', () => {
  test('round-trips and uses a fresh IV each time', () => {
    const k = SecretKey.generate();
    const a = k.seal('hello', 'aad');
    const b = k.seal('hello', 'aad');
    assert.notDeepEqual(a, b);
    assert.equal(k.open(a, 'aad').toString(), 'hello');
  });

  test('a different AAD (row moved to another owner or id) fails authentication', () => {
    const k = SecretKey.generate();
    const sealed = k.seal('secret', recordAad('message', 'alice', 'm1'));
    assert.throws(() => k.open(sealed, recordAad('message', 'bob', 'm1')), DecryptError);
    assert.throws(() => k.open(sealed, recordAad('message', 'alice', 'm2')), DecryptError);
  });

  test('tampered ciphertext and the wrong key fail', () => {
    const k = SecretKey.generate();
    const sealed = k.seal('secret', 'x');
    const t = Buffer.from(sealed);
    t[t.length - 1] = (t[t.length - 1] as number) ^ 1;
    assert.throws(() => k.open(t, 'x'), DecryptError);
    assert.throws(() => SecretKey.generate().open(sealed, 'x'), DecryptError);
    assert.throws(() => k.open(Buffer.from([9, 9]), 'x'), DecryptError);
  });

  test('wrap/unwrap of a data key', () => {
    const master = SecretKey.generate();
    const dk = SecretKey.generate();
    const back = master.unwrap(master.wrap(dk, 'dk1'), 'dk1');
    assert.equal(back.id, dk.id);
    assert.throws(() => master.unwrap(master.wrap(dk, 'dk1'), 'dk2'), DecryptError);
  });

  test('recordAad is unambiguous across field boundaries', () => {
    assert.notEqual(recordAad('k', 'a|b', 'c'), recordAad('k', 'a', 'b|c'));
  });

  test('fromBase64 accepts exactly 32 bytes', () => {
    const k = SecretKey.generate();
    assert.equal(SecretKey.fromBase64(k.exportBase64()).id, k.id);
    assert.throws(() => SecretKey.fromBase64(Buffer.alloc(16).toString('base64')), RangeError);
    assert.throws(() => SecretKey.fromBase64('not base64!'), RangeError);
  });
});

describe('keys redact themselves', () => {
  test('JSON, String and util.inspect never show key bytes', () => {
    const k = SecretKey.generate();
    const b64 = k.exportBase64();
    const hex = Buffer.from(b64, 'base64').toString('hex');
    for (const s of [JSON.stringify({ k }), String(k), inspect(k), inspect({ nested: { k } }, { depth: 5, showHidden: true }), `${k}`]) {
      assert.ok(s.includes('[REDACTED]'), s);
      assert.ok(!s.includes(b64) && !s.includes(hex), s);
    }
  });
});
