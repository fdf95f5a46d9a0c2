import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAuthFailureLimiter } from './auth-failures.js';
import { fakeClock } from './store-contract.js';

const policy = { freeAttempts: 3, baseDelaySec: 2, maxDelaySec: 10, windowSec: 60 };

test('back-off starts after the free attempts and doubles up to the cap', () => {
  const clock = fakeClock();
  const l = createAuthFailureLimiter({ address: policy, now: clock.now });
  for (let i = 0; i < 3; i++) { assert.equal(l.check('198.51.100.1').allowed, true); l.fail('198.51.100.1'); }
  assert.deepEqual(l.check('198.51.100.1'), { allowed: true, retryAfterSec: 0 });
  const delays: number[] = [];
  for (let i = 0; i < 4; i++) {
    l.fail('198.51.100.1');
    const c = l.check('198.51.100.1');
    assert.equal(c.allowed, false);
    delays.push(c.retryAfterSec);
    clock.advance(c.retryAfterSec * 1000);
    assert.equal(l.check('198.51.100.1').allowed, true);
  }
  assert.deepEqual(delays, [2, 4, 8, 10]);
  assert.equal(l.check('198.51.100.2').allowed, true, 'other addresses are unaffected');
});

test('failures on one key prefix block that prefix from every address', () => {
  const clock = fakeClock();
  const l = createAuthFailureLimiter({ keyPrefix: policy, address: { freeAttempts: 100 }, now: clock.now });
  for (let i = 0; i < 4; i++) l.fail(`203.0.113.${i}`, 'bst_victim');
  assert.equal(l.check('203.0.113.200', 'bst_victim').allowed, false);
  assert.equal(l.check('203.0.113.200', 'bst_other').allowed, true);
  assert.equal(l.check('203.0.113.200').allowed, true);
});

test('success clears the key prefix record but not the address record', () => {
  const clock = fakeClock();
  const l = createAuthFailureLimiter({ address: policy, keyPrefix: policy, now: clock.now });
  for (let i = 0; i < 4; i++) l.fail('198.51.100.1', 'bst_a');
  l.succeed('198.51.100.1', 'bst_a');
  assert.equal(l.check('198.51.100.9', 'bst_a').allowed, true);
  assert.equal(l.check('198.51.100.1', 'bst_b').allowed, false);
});

test('a quiet window forgets old failures', () => {
  const clock = fakeClock();
  const l = createAuthFailureLimiter({ address: policy, now: clock.now });
  for (let i = 0; i < 3; i++) l.fail('198.51.100.1');
  clock.advance(61_000);
  l.fail('198.51.100.1');
  assert.equal(l.check('198.51.100.1').allowed, true);
});

test('memory stays bounded under many addresses', () => {
  const clock = fakeClock();
  const l = createAuthFailureLimiter({ address: { ...policy, freeAttempts: 0 }, maxEntries: 100, now: clock.now });
  for (let i = 0; i < 1000; i++) l.fail(`10.0.${i >> 8}.${i & 255}`);
  assert.equal(l.check('10.0.3.231').allowed, false, 'the most recent subject is still tracked');
  assert.equal(l.check('10.0.0.0').allowed, true, 'the oldest was forgotten');
});
