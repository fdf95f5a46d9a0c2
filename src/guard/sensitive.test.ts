import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findSensitive, ibanValid, luhnValid, redact } from './sensitive.js';

const kinds = (t: string): string[] => findSensitive(t).map((m) => m.kind);

describe('secrets and PII', () => {
  test('checksums: Luhn and IBAN mod-97', () => {
    assert.equal(luhnValid('4111111111111111'), true);
    assert.equal(luhnValid('4111111111111112'), false);
    assert.equal(ibanValid('GB82 WEST 1234 5698 7654 32'), true);
    assert.equal(ibanValid('GB82 WEST 1234 5698 7654 33'), false);
  });
  test('finds common secrets', () => {
    assert.deepEqual(kinds('key AKIAIOSFODNN7EXAMPLE here'), ['aws_access_key']);
    assert.deepEqual(kinds('token ghp_' + 'a1B2'.repeat(9)), ['github_token']);
    assert.deepEqual(kinds('OPENAI_API_KEY=sk-proj-abc123DEF456ghi789JKL0'), ['openai_key']);
    assert.deepEqual(kinds('use sk-proj-abc123DEF456ghi789JKL0 now'), ['openai_key']);
    assert.deepEqual(kinds('-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----'), ['private_key']);
    assert.deepEqual(kinds('postgres://app:s3cretpw@db.internal:5432/app'), ['connection_string']);
    assert.deepEqual(kinds('password: hunter2hunter2'), ['password']);
    assert.deepEqual(kinds('bst_0123456789ab_' + 'A'.repeat(43)), ['bastion_key']);
  });
  test('finds PII with validation', () => {
    assert.deepEqual(kinds('mail jane.doe@example.com'), ['email']);
    assert.deepEqual(kinds('card 4111 1111 1111 1111'), ['card']);
    assert.deepEqual(kinds('card 4111 1111 1111 1112'), []);
    assert.deepEqual(kinds('IBAN DE89 3704 0044 0532 0130 00'), ['iban']);
    assert.deepEqual(kinds('SSN 123-45-6789'), ['us_ssn']);
    assert.deepEqual(kinds('call +44 20 7946 0958'), ['phone']);
  });
  test('placeholders and env references are not passwords; versions and dates are not phones', () => {
    assert.deepEqual(kinds('password: ${DB_PASSWORD}'), []);
    assert.deepEqual(kinds('api_key = process.env.API_KEY'), []);
    assert.deepEqual(kinds('released 2024-01-15, version 1.2.3'), []);
  });
  test('redacts into typed placeholders', () => {
    const t = 'mail jane@example.com and key AKIAIOSFODNN7EXAMPLE';
    assert.equal(redact(t, findSensitive(t)), 'mail [REDACTED:email] and key [REDACTED:aws_access_key]');
  });
});
