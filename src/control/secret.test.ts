import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inspect, format } from 'node:util';
import { Secret, REDACTED } from './secret.js';

const RAW = 'bst_0123456789ab_super-secret-value-that-must-not-leak';

test('Secret never reveals its value when turned into text', () => {
  const s = new Secret(RAW);
  const holder = { password: s, nested: { list: [s] } };
  const renderings = [
    JSON.stringify(s),
    JSON.stringify(holder),
    String(s),
    `${s}`,
    'x' + s,
    s.toString(),
    inspect(s),
    inspect(holder, { depth: 10, showHidden: true }),
    format('%s %o %O %j', s, holder, holder, holder),
  ];
  for (const text of renderings) {
    assert.ok(!text.includes(RAW), `leaked in: ${text}`);
    assert.ok(!text.includes('super-secret'), `leaked part in: ${text}`);
    assert.ok(text.includes(REDACTED), `no redaction marker in: ${text}`);
  }
  assert.equal(Object.keys(s).length, 0);
});

test('Secret in an Error message is redacted', () => {
  const s = new Secret(RAW);
  const err = new Error(`bad key ${s}`);
  assert.ok(!err.message.includes(RAW));
  assert.ok(!inspect(err).includes(RAW));
});

test('reveal() is the one way to read a Secret', () => {
  const s = new Secret(RAW);
  assert.equal(s.reveal(), RAW);
  assert.equal(s.length, RAW.length);
});
