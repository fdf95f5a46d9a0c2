/**
 * The contract every LimiterStore passes (memory and Redis run the same suite).
 * Time is driven by a fake clock so refill and expiry are checked without waiting.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { BucketCheck, LimiterStore } from './store-types.js';

export interface FakeClock { now(): number; advance(ms: number): void }

export function fakeClock(start = Date.now()): FakeClock {
  let t = start;
  return { now: () => t, advance: (ms) => { t += ms; } };
}

export interface ContractSubject {
  store: LimiterStore;
  clock: FakeClock;
  cleanup(): Promise<void>;
}

const HOUR = 3_600_000;

export function limiterStoreContract(label: string, setup: () => Promise<ContractSubject | undefined>): void {
  describe(`limiter store contract: ${label}`, () => {
    let s: ContractSubject | undefined;
    before(async () => { s = await setup(); });
    after(async () => { await s?.cleanup(); });

    /** Each test gets fresh keys so tests never share state. */
    function subject(t: { skip(msg: string): void }): (ContractSubject & { k(name: string): string }) | undefined {
      if (!s) { t.skip('store unavailable'); return undefined; }
      const ns = randomUUID().slice(0, 8);
      return { ...s, k: (name) => `${ns}:${name}` };
    }
    const rate = (key: string, amount: number, windowMs: number, cost = 1, shadow = false): BucketCheck => ({ key, kind: 'rate', amount, windowMs, cost, shadow });
    const counter = (key: string, amount: number, cost: number, shadow = false): BucketCheck => ({ key, kind: 'counter', amount, windowMs: HOUR, cost, shadow });
    const lease = (key: string, amount: number, windowMs = 1000): BucketCheck => ({ key, kind: 'lease', amount, windowMs, cost: 1, shadow: false });

    test('rate: admits exactly `amount` at once, then refills at amount/window', async (t) => {
      const x = subject(t); if (!x) return;
      const c = rate(x.k('r'), 5, 1000);
      const remaining: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await x.store.admit([c], 'l');
        assert.equal(r.admitted, true);
        remaining.push(r.outcomes[0]!.remaining);
      }
      assert.deepEqual(remaining, [4, 3, 2, 1, 0]);
      const refused = await x.store.admit([c], 'l');
      assert.equal(refused.admitted, false);
      assert.equal(refused.outcomes[0]!.allowed, false);
      assert.equal(refused.outcomes[0]!.retryAfterMs, 200);
      x.clock.advance(200);
      assert.equal((await x.store.admit([c], 'l')).admitted, true);
      assert.equal((await x.store.admit([c], 'l')).admitted, false);
    });

    test('rate: variable cost takes several units and reports what is left', async (t) => {
      const x = subject(t); if (!x) return;
      const r1 = await x.store.admit([rate(x.k('tok'), 100, 60_000, 60)], 'l');
      assert.equal(r1.admitted, true);
      assert.equal(r1.outcomes[0]!.remaining, 40);
      const r2 = await x.store.admit([rate(x.k('tok'), 100, 60_000, 60)], 'l');
      assert.equal(r2.admitted, false);
      assert.equal(r2.outcomes[0]!.remaining, 40);
      assert.equal(r2.outcomes[0]!.retryAfterMs, 12_000);
    });

    test('rate: refund restores capacity but never beyond it; a charge takes more', async (t) => {
      const x = subject(t); if (!x) return;
      const key = x.k('tok');
      await x.store.admit([rate(key, 100, 60_000, 80)], 'l');
      await x.store.settle([{ key, kind: 'rate', amount: 100, windowMs: 60_000, delta: -50 }], 'l');
      assert.equal((await x.store.admit([rate(key, 100, 60_000, 0)], 'l')).outcomes[0]!.remaining, 70);
      await x.store.settle([{ key, kind: 'rate', amount: 100, windowMs: 60_000, delta: -500 }], 'l');
      assert.equal((await x.store.admit([rate(key, 100, 60_000, 0)], 'l')).outcomes[0]!.remaining, 100);
      await x.store.settle([{ key, kind: 'rate', amount: 100, windowMs: 60_000, delta: 90 }], 'l');
      assert.equal((await x.store.admit([rate(key, 100, 60_000, 20)], 'l')).admitted, false);
    });

    test('all-or-nothing: a refusal by one check consumes from none', async (t) => {
      const x = subject(t); if (!x) return;
      const wide = rate(x.k('wide'), 10, HOUR);
      const narrow = rate(x.k('narrow'), 1, HOUR);
      assert.equal((await x.store.admit([wide, narrow], 'a')).admitted, true);
      const r = await x.store.admit([wide, narrow], 'b');
      assert.equal(r.admitted, false);
      assert.deepEqual(r.outcomes.map((o) => o.allowed), [true, false]);
      assert.equal((await x.store.admit([wide], 'c')).outcomes[0]!.remaining, 8);
    });

    test('shadow checks report a refusal but refuse nothing, and are not consumed past their limit', async (t) => {
      const x = subject(t); if (!x) return;
      const enforced = rate(x.k('e'), 10, HOUR);
      const shadow = rate(x.k('s'), 1, HOUR, 1, true);
      assert.equal((await x.store.admit([enforced, shadow], 'a')).outcomes[1]!.allowed, true);
      const r = await x.store.admit([enforced, shadow], 'b');
      assert.equal(r.admitted, true);
      assert.deepEqual(r.outcomes.map((o) => o.allowed), [true, false]);
      assert.equal((await x.store.admit([enforced], 'c')).outcomes[0]!.remaining, 7);
    });

    test('counter: a budget refuses once spent, retry is the period end, refunds never go below zero', async (t) => {
      const x = subject(t); if (!x) return;
      const key = x.k('day');
      assert.equal((await x.store.admit([counter(key, 1000, 600)], 'l')).outcomes[0]!.remaining, 400);
      const r = await x.store.admit([counter(key, 1000, 600)], 'l');
      assert.equal(r.admitted, false);
      assert.equal(r.outcomes[0]!.retryAfterMs, HOUR);
      await x.store.settle([{ key, kind: 'counter', amount: 1000, windowMs: HOUR, delta: -500 }], 'l');
      assert.equal((await x.store.admit([counter(key, 1000, 600)], 'l')).outcomes[0]!.remaining, 300);
      await x.store.settle([{ key, kind: 'counter', amount: 1000, windowMs: HOUR, delta: -5000 }], 'l');
      assert.equal((await x.store.admit([counter(key, 1000, 0)], 'l')).outcomes[0]!.remaining, 1000);
    });

    test('lease: holds at most `amount` slots; release frees exactly one, once', async (t) => {
      const x = subject(t); if (!x) return;
      const c = lease(x.k('inflight'), 2, 60_000);
      assert.equal((await x.store.admit([c], 'a')).admitted, true);
      assert.equal((await x.store.admit([c], 'b')).admitted, true);
      assert.equal((await x.store.admit([c], 'c')).admitted, false);
      const adj = { key: c.key, kind: 'lease' as const, amount: 2, windowMs: 60_000, delta: 0 };
      await x.store.settle([adj], 'a');
      await x.store.settle([adj], 'a');
      assert.equal((await x.store.admit([c], 'c')).admitted, true);
      assert.equal((await x.store.admit([c], 'd')).admitted, false);
    });

    test('lease: expires after its time-to-live unless renewed', async (t) => {
      const x = subject(t); if (!x) return;
      const c = lease(x.k('inflight'), 1, 1000);
      assert.equal((await x.store.admit([c], 'a')).admitted, true);
      x.clock.advance(800);
      await x.store.renew([{ key: c.key, windowMs: 1000 }], 'a');
      x.clock.advance(800);
      assert.equal((await x.store.admit([c], 'b')).admitted, false);
      x.clock.advance(201);
      assert.equal((await x.store.admit([c], 'b')).admitted, true);
    });

    test('parallel admits never exceed the limit', async (t) => {
      const x = subject(t); if (!x) return;
      const c = rate(x.k('burst'), 50, HOUR);
      const l = lease(x.k('slots'), 500, 60_000);
      const results = await Promise.all(Array.from({ length: 200 }, (_, i) => x.store.admit([c, l], `p${i}`)));
      assert.equal(results.filter((r) => r.admitted).length, 50);
    });

    test('different keys are independent', async (t) => {
      const x = subject(t); if (!x) return;
      assert.equal((await x.store.admit([rate(x.k('one'), 1, HOUR)], 'a')).admitted, true);
      assert.equal((await x.store.admit([rate(x.k('two'), 1, HOUR)], 'a')).admitted, true);
      assert.equal((await x.store.admit([rate(x.k('one'), 1, HOUR)], 'a')).admitted, false);
    });
  });
}
