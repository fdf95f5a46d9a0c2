import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeClock, limiterStoreContract } from './store-contract.js';
import { createMemoryLimiterStore } from './memory-store.js';

limiterStoreContract('memory', async () => {
  const clock = fakeClock();
  const store = createMemoryLimiterStore({ now: clock.now });
  return { store, clock, cleanup: () => store.close() };
});

test('memory store forgets buckets once they are full again or expired', async () => {
  const clock = fakeClock();
  const store = createMemoryLimiterStore({ now: clock.now });
  await store.admit([
    { key: 'r', kind: 'rate', amount: 10, windowMs: 1000, cost: 1, shadow: false },
    { key: 'c', kind: 'counter', amount: 10, windowMs: 5000, cost: 1, shadow: false },
    { key: 'l', kind: 'lease', amount: 10, windowMs: 3000, cost: 1, shadow: false },
  ], 'a');
  assert.equal(store.size(), 3);
  clock.advance(60_000);
  await store.admit([], 'b');
  assert.equal(store.size(), 0);
});
