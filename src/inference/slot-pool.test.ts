import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BastionError } from '../errors/registry.js';
import { SlotPool } from './slot-pool.js';

test('hands out free slots, then queues in FIFO order', async () => {
  const pool = new SlotPool(['a', 'b'], 4);
  const a = await pool.acquire();
  const b = await pool.acquire();
  assert.deepEqual([a, b], ['a', 'b']);
  const order: string[] = [];
  const w1 = pool.acquire().then((s) => { order.push(`w1:${s}`); return s; });
  const w2 = pool.acquire().then((s) => { order.push(`w2:${s}`); return s; });
  assert.equal(pool.queued, 2);
  pool.release(b);
  pool.release(a);
  await Promise.all([w1, w2]);
  assert.deepEqual(order, ['w1:b', 'w2:a']);
  assert.equal(pool.busy, 2);
});

test('a full queue rejects with inference_queue_full and Retry-After', async () => {
  const pool = new SlotPool([1], 1);
  await pool.acquire();
  const waiting = pool.acquire();
  await assert.rejects(pool.acquire(), (err: unknown) => {
    assert.ok(err instanceof BastionError);
    assert.equal(err.code, 'inference_queue_full');
    assert.equal(err.headers?.['Retry-After'], '1');
    return true;
  });
  pool.release(1);
  assert.equal(await waiting, 1);
});

test('an aborted waiter leaves the queue and does not take a slot', async () => {
  const pool = new SlotPool(['x'], 2);
  const x = await pool.acquire();
  const ac = new AbortController();
  const aborted = pool.acquire(ac.signal);
  const next = pool.acquire();
  ac.abort(new Error('client gone'));
  await assert.rejects(aborted, /client gone/);
  assert.equal(pool.queued, 1);
  pool.release(x);
  assert.equal(await next, 'x');
  await assert.rejects(pool.acquire(ac.signal), /client gone/);
});

test('rejects a bad configuration', () => {
  assert.throws(() => new SlotPool([], 1), RangeError);
  assert.throws(() => new SlotPool([1], -1), RangeError);
});
