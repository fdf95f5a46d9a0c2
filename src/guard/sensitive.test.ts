import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DETECTOR_LIST, findSensitive, ibanValid, luhnValid, redact } from './sensitive.js';

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

describe('detector prefilter (needs)', () => {
  /** findSensitive without the `needs` shortcut: every pattern runs on every text. */
  function reference(text: string): Array<{ kind: string; start: number; end: number }> {
    const found: Array<{ kind: string; type: string; start: number; end: number }> = [];
    for (const d of DETECTOR_LIST) {
      for (const m of text.matchAll(new RegExp(d.re.source, d.re.flags))) {
        const g = d.group ?? 0;
        const value = m[g];
        if (value === undefined) continue;
        const start = m.index + (g === 0 ? 0 : m[0].indexOf(value));
        const end = start + value.length;
        if (d.check && !d.check(value)) continue;
        if (found.some((f) => start < f.end && end > f.start)) continue;
        found.push({ kind: d.kind, type: d.type, start, end });
        if (found.length >= 1000) break;
      }
    }
    return found.sort((a, b) => a.start - b.start).map(({ kind, start, end }) => ({ kind, start, end }));
  }

  const samples = [
    'mail jane.doe+test@example.co.uk today',
    'postgres://admin:s3cretPassw0rd@db.internal:5432/app',
    'MONGODB+SRV://user:hunter22@cluster0.example.net',
    `token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.${'a'.repeat(20)}`,
    `-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA${'b'.repeat(40)}\n-----END RSA PRIVATE KEY-----`,
    `key sk-proj-${'Ab1'.repeat(10)} and sk-ant-${'x9'.repeat(15)}`,
    `AIza${'C'.repeat(35)} glpat-${'d'.repeat(20)} xoxb-${'1'.repeat(12)}`,
    `ghp_${'e'.repeat(36)} github_pat_${'F'.repeat(22)}`,
    `bst_0123456789ab_${'g'.repeat(43)}`,
    'ssn 123-45-6789, card 4111 1111 1111 1111, call +44 20 7946 0958, ip 10.0.0.12',
    'no secrets here, just prose with a colon: and a dash - and an at sign nowhere',
    'AWS AKIAIOSFODNN7EXAMPLE aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345 password=hunter2hunter2',
    'IBAN GB82 WEST 1234 5698 7654 32 and NINO QQ 12 34 56 C',
    // e-mail local parts of 64 and 65 characters, one split by a dot, after an @handle and far from the text's start
    `${'p'.repeat(90)} @handle ${'a'.repeat(64)}@example.com ${'b'.repeat(65)}@example.com ${'c'.repeat(70)}.${'d'.repeat(30)}@mail.example.org`,
  ];

  test('gives the same matches as running every pattern', () => {
    const texts = [...samples];
    // Pairs of samples and pieces of them, so literals sit at every kind of position.
    for (let i = 0; i < samples.length; i++) {
      for (let j = 0; j < samples.length; j++) texts.push(`${samples[i]} ${samples[j]!.slice(j % 7)}`);
    }
    let withMatches = 0;
    for (const t of texts) {
      const got = findSensitive(t).map(({ kind, start, end }) => ({ kind, start, end }));
      assert.deepEqual(got, reference(t), t);
      if (got.length > 0) withMatches++;
    }
    assert.ok(withMatches > texts.length / 2);
  });

  test('every detector with a literal finds its sample, and the literal is in the match', () => {
    const kinds = new Set<string>();
    for (const t of samples) {
      for (const m of findSensitive(t)) {
        kinds.add(m.kind);
        const d = DETECTOR_LIST.find((x) => x.kind === m.kind)!;
        if (d.needs !== undefined && d.group === undefined) assert.ok(t.slice(m.start, m.end).includes(d.needs), m.kind);
      }
    }
    for (const d of DETECTOR_LIST) if (d.needs !== undefined) assert.ok(kinds.has(d.kind), `no sample for ${d.kind}`);
  });
});
