/**
 * Coalesces the settle (or renew) work of many requests into one script call.
 *
 * Entries queued during one event-loop turn are sent together on the next
 * turn (setImmediate), in batches of at most `maxKeys` keys, so a busy gateway
 * makes one EVALSHA for the settles of many requests instead of one each.
 * Every entry is sent in exactly one call; its promise settles with that call.
 *
 * Failure handling:
 *  - while the client is not connected (`ready()` false) nothing is sent: the
 *    queue is kept and retried every `retryMs`, up to `holdMs` per entry and
 *    `maxQueued` entries (oldest refused first). A settle that was never sent
 *    cannot have been applied, so retrying it later is exact.
 *  - a call that was sent and failed or exceeded `timeoutMs` is not retried (it
 *    may have been applied; a repeat would charge twice). Its entries reject;
 *    their concurrency leases expire with their TTL.
 */
import { withTimeout } from './failover.js';

export type Arg = string | number;

export interface CoalescerOptions {
  /** Sends one batch; resolves when Redis has applied it. */
  send(keys: string[], args: Arg[]): Promise<unknown>;
  /** False while the client is disconnected: the queue waits instead of failing. */
  ready(): boolean;
  /** Largest number of keys in one call (bounds the time Redis spends in one script). */
  maxKeys?: number;
  timeoutMs: number;
  retryMs?: number;
  holdMs?: number;
  maxQueued?: number;
}

export interface Coalescer {
  add(keys: readonly string[], args: readonly Arg[]): Promise<void>;
  /** Sends what is queued now (if connected) and waits for it. */
  flush(): Promise<void>;
  /** Calls sent and entries carried so far. */
  stats(): { calls: number; entries: number; queued: number };
}

interface Entry { keys: readonly string[]; args: readonly Arg[]; at: number; resolve(): void; reject(e: unknown): void }

export function createCoalescer(opts: CoalescerOptions): Coalescer {
  const maxKeys = opts.maxKeys ?? 512;
  const retryMs = opts.retryMs ?? 200;
  const holdMs = opts.holdMs ?? 30_000;
  const maxQueued = opts.maxQueued ?? 20_000;
  let queue: Entry[] = [];
  let scheduled: NodeJS.Immediate | NodeJS.Timeout | undefined;
  let calls = 0;
  let entries = 0;
  const inflight = new Set<Promise<void>>();

  function schedule(delayMs = 0): void {
    if (scheduled) return;
    scheduled = delayMs === 0 ? setImmediate(run) : setTimeout(run, delayMs);
    if (delayMs > 0) (scheduled as NodeJS.Timeout).unref();
  }

  function sendBatch(batch: Entry[]): void {
    const keys: string[] = [];
    const args: Arg[] = [];
    for (const e of batch) { keys.push(...e.keys); args.push(...e.args); }
    calls++;
    entries += batch.length;
    const p = withTimeout(opts.send(keys, args), opts.timeoutMs).then(
      () => { for (const e of batch) e.resolve(); },
      (err: unknown) => { for (const e of batch) e.reject(err); },
    );
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
  }

  function run(): void {
    scheduled = undefined;
    if (queue.length === 0) return;
    if (!opts.ready()) {
      const t = Date.now();
      const expired = queue.filter((e) => t - e.at >= holdMs);
      if (expired.length > 0) {
        queue = queue.filter((e) => t - e.at < holdMs);
        const err = new Error(`limiter store not connected for ${holdMs} ms`);
        for (const e of expired) e.reject(err);
      }
      if (queue.length > 0) schedule(retryMs);
      return;
    }
    const pending = queue;
    queue = [];
    let batch: Entry[] = [];
    let size = 0;
    for (const e of pending) {
      if (size > 0 && size + e.keys.length > maxKeys) { sendBatch(batch); batch = []; size = 0; }
      batch.push(e);
      size += e.keys.length;
    }
    if (batch.length > 0) sendBatch(batch);
  }

  return {
    add(keys, args) {
      if (keys.length === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        queue.push({ keys, args, at: Date.now(), resolve, reject });
        if (queue.length > maxQueued) queue.shift()!.reject(new Error('too many limiter settlements waiting for the store'));
        schedule();
      });
    },
    async flush() {
      if (scheduled) {
        clearTimeout(scheduled as NodeJS.Timeout);
        clearImmediate(scheduled as NodeJS.Immediate);
        scheduled = undefined;
      }
      run();
      await Promise.allSettled([...inflight]);
    },
    stats: () => ({ calls, entries, queued: queue.length }),
  };
}
