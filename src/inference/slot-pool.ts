/**
 * A bounded pool of slots (one per context sequence) with a bounded FIFO queue
 * in front. `acquire` resolves with a free slot, waits in line for one, or
 * throws inference_queue_full when the line is full. An aborted waiter leaves
 * the line at once; a released slot goes straight to the oldest waiter.
 */
import { BastionError } from '../errors/registry.js';

interface Waiter<T> {
  resolve(slot: T): void;
  reject(err: unknown): void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

export class SlotPool<T> {
  private readonly free: T[];
  private readonly waiters: Waiter<T>[] = [];

  constructor(slots: readonly T[], private readonly maxQueue: number) {
    if (slots.length === 0) throw new RangeError('a pool needs at least one slot');
    if (!Number.isInteger(maxQueue) || maxQueue < 0) throw new RangeError('maxQueue must be a non-negative integer');
    this.free = [...slots];
    this.size = slots.length;
  }

  readonly size: number;

  get busy(): number { return this.size - this.free.length; }
  get queued(): number { return this.waiters.length; }

  acquire(signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const slot = this.free.shift();
    if (slot !== undefined) return Promise.resolve(slot);
    if (this.waiters.length >= this.maxQueue) {
      return Promise.reject(new BastionError('inference_queue_full', undefined, { headers: { 'Retry-After': '1' } }));
    }
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        resolve, reject, signal,
        onAbort: () => {
          const i = this.waiters.indexOf(waiter);
          if (i >= 0) this.waiters.splice(i, 1);
          reject(abortError(signal));
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  release(slot: T): void {
    const next = this.waiters.shift();
    if (next) {
      next.signal?.removeEventListener('abort', next.onAbort);
      next.resolve(slot);
      return;
    }
    this.free.push(slot);
  }
}

function abortError(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new Error('aborted');
}
