/**
 * The batched audit writer. Requests hand it events without waiting; it
 * commits them in batches (every `batchSize` events or `flushIntervalMs`),
 * seals the chain with a signed checkpoint every `checkpointEvery` events or
 * `checkpointIntervalMs`, and on close.
 *
 * Bounded: `admit()` is asked before a request is proxied. With failMode
 * 'closed' (default) it throws BastionError('audit_unavailable') while the
 * queue holds `queueLimit` events or the store is failing. With 'open' it
 * never refuses; events that do not fit are dropped, counted, reported through
 * `onEvent` and `health()`, and the gap itself is written to the chain as an
 * `audit.gap` event once the store accepts writes again.
 *
 * An event is acknowledged only once its batch is committed; a failed batch
 * stays at the head of the queue and is retried, so nothing acknowledged is
 * lost and nothing is written twice.
 */
import { BastionError } from '../errors/registry.js';
import type { AuditStore } from './store.js';
import type { AuditSigner } from './signing.js';
import { makeCheckpoint, type Checkpoint } from './checkpoint.js';
import { serializeEvent, type AuditEvent } from './event.js';

export interface AuditWriterOptions {
  failMode: 'closed' | 'open';
  batchSize: number;
  flushIntervalMs: number;
  queueLimit: number;
  checkpointEvery: number;
  checkpointIntervalMs: number;
  /** Delay before retrying a failed commit (doubles up to 5 s). */
  retryMs?: number;
  onEvent?: (e: { type: string; [k: string]: unknown }) => void;
  now?: () => number;
}

export interface AuditHealth { queued: number; dropped: number; degraded: boolean; committed: number; lastSeq: number | null }

interface Item {
  at: number;
  event: AuditEvent;
  done?: (seq: number | null, err?: Error) => void;
}

export class AuditWriter {
  readonly #store: AuditStore;
  readonly #signer: AuditSigner;
  readonly #o: Required<Omit<AuditWriterOptions, 'onEvent'>> & Pick<AuditWriterOptions, 'onEvent'>;
  #queue: Item[] = [];
  #pump: Promise<void> | null = null;
  #timer: NodeJS.Timeout | null = null;
  #sealTimer: NodeJS.Timeout | null = null;
  #degraded = false;
  #closed = false;
  #dropped = 0;
  #gap = 0;
  #committed = 0;
  #sinceSeal = 0;
  #lastSeq: number | null = null;
  #lastError: Error | null = null;
  #flushWaiters: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];

  constructor(store: AuditStore, signer: AuditSigner, opts: AuditWriterOptions) {
    this.#store = store;
    this.#signer = signer;
    this.#o = { retryMs: 100, now: Date.now, ...opts };
    if (this.#o.checkpointIntervalMs > 0) {
      this.#sealTimer = setInterval(() => {
        if (this.#sinceSeal > 0 && !this.#degraded) this.#kick(true);
      }, this.#o.checkpointIntervalMs);
      this.#sealTimer.unref();
    }
  }

  /** Throws BastionError('audit_unavailable') when policy is fail-closed and the writer cannot take more. */
  admit(): void {
    if (this.#closed) throw new BastionError('audit_unavailable');
    if (this.#o.failMode === 'open') return;
    if (this.#degraded || this.#queue.length >= this.#o.queueLimit) throw new BastionError('audit_unavailable');
  }

  /**
   * Queues an event without waiting. Returns false when it was dropped: in
   * 'open' mode beyond `queueLimit`, in either mode beyond twice that (the
   * headroom for requests admitted just before the queue filled).
   */
  push(event: AuditEvent, done?: Item['done']): boolean {
    const hardLimit = this.#o.failMode === 'open' ? this.#o.queueLimit : this.#o.queueLimit * 2;
    if (this.#closed || this.#queue.length >= hardLimit) {
      this.#dropped += 1;
      this.#gap += 1;
      // Alarm on the first drop of a gap and every 1000th after it, not on every event.
      if (this.#gap === 1 || this.#gap % 1000 === 0) this.#o.onEvent?.({ type: 'audit.dropped', dropped: this.#dropped, gap: this.#gap, reason: this.#closed ? 'closed' : 'queue_full' });
      done?.(null);
      return false;
    }
    this.#queue.push(done ? { at: this.#o.now(), event, done } : { at: this.#o.now(), event });
    if (this.#queue.length >= this.#o.batchSize) this.#kick(false, 0);
    else this.#kick(false);
    return true;
  }

  /** Queues an event and resolves with its seq once committed (null when dropped). */
  append(event: AuditEvent): Promise<number | null> {
    return new Promise((resolve, reject) => {
      this.push(event, (seq, err) => (err ? reject(err) : resolve(seq)));
    });
  }

  /** Resolves when every event queued before the call is committed; rejects if a commit fails meanwhile. */
  flush(): Promise<void> {
    if (this.#queue.length === 0 && !this.#pump) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.#flushWaiters.push({ resolve, reject });
      this.#kick(false, 0);
    });
  }

  /** Writes a signed checkpoint of the current tail (after committing what is queued). */
  async seal(): Promise<Checkpoint | null> {
    await this.flush();
    return this.#seal();
  }

  /** Stops accepting, commits what is queued (retrying up to `timeoutMs`), then seals. */
  async close(timeoutMs = 10_000): Promise<void> {
    this.#closed = true;
    if (this.#sealTimer) clearInterval(this.#sealTimer);
    const deadline = this.#o.now() + timeoutMs;
    for (;;) {
      try {
        await this.flush();
        break;
      } catch (err) {
        if (this.#o.now() >= deadline) {
          this.#stopTimer();
          const n = this.#queue.length;
          for (const it of this.#queue.splice(0)) it.done?.(null, err as Error);
          throw new Error(`audit writer closed with ${n} unacknowledged event(s): ${(err as Error).message}`);
        }
        await new Promise((r) => setTimeout(r, this.#o.retryMs));
      }
    }
    this.#stopTimer();
    if (this.#sinceSeal > 0) await this.#seal();
  }

  health(): AuditHealth {
    return { queued: this.#queue.length, dropped: this.#dropped, degraded: this.#degraded, committed: this.#committed, lastSeq: this.#lastSeq };
  }

  #stopTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#timerImmediate = false;
  }

  #kick(sealNow: boolean, delay = this.#o.flushIntervalMs): void {
    if (this.#pump) return;
    if (sealNow) {
      this.#run(() => this.#seal().then(() => undefined));
      return;
    }
    if (this.#timer && (delay !== 0 || this.#timerImmediate)) return;
    this.#stopTimer();
    this.#timerImmediate = delay === 0;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#timerImmediate = false;
      if (!this.#pump) this.#run(() => this.#drain());
    }, delay);
  }

  #run(work: () => Promise<void>): void {
    this.#pump = work()
      .catch((err: unknown) => this.#fail(err instanceof Error ? err : new Error(String(err))))
      .finally(() => {
        this.#pump = null;
        if (this.#queue.length > 0) this.#kick(false, this.#degraded ? this.#retryDelay : 0);
        else if (this.#degraded && !this.#closed) setTimeout(() => this.#kick(true), this.#retryDelay).unref();
        else this.#settleFlush(null);
      });
  }

  #retryDelay = 0;
  #timerImmediate = false;

  async #drain(): Promise<void> {
    let first = true;
    while (this.#queue.length > 0) {
      // Yield to the event loop between batches: with a synchronous store (SQLite) and
      // callers that queue more on every acknowledgement, the loop would otherwise starve I/O.
      if (!first) await new Promise<void>((r) => setImmediate(r));
      first = false;
      const batch = this.#queue.slice(0, this.#o.batchSize);
      const gap = this.#gap;
      const items = batch.map((it) => ({ at: it.at, body: safeSerialize(it.event) }));
      if (gap > 0) items.unshift({ at: batch[0]?.at ?? this.#o.now(), body: serializeEvent(gapEvent(gap)) });
      let rows;
      try {
        rows = await this.#store.append(items);
      } catch (err) {
        this.#fail(err as Error);
        return;
      }
      this.#queue.splice(0, batch.length);
      this.#gap -= gap;
      if (this.#degraded) this.#o.onEvent?.({ type: 'audit.recovered', queued: this.#queue.length });
      this.#degraded = false;
      this.#retryDelay = 0;
      this.#lastError = null;
      const offset = gap > 0 ? 1 : 0;
      for (let i = 0; i < batch.length; i++) batch[i]?.done?.(rows[i + offset]?.seq ?? null);
      this.#committed += rows.length;
      this.#sinceSeal += rows.length;
      this.#lastSeq = rows[rows.length - 1]?.seq ?? this.#lastSeq;
      if (this.#sinceSeal >= this.#o.checkpointEvery) {
        try {
          await this.#seal();
        } catch (err) {
          this.#fail(err as Error);
          return;
        }
      }
    }
  }

  #fail(err: Error): void {
    this.#lastError = err;
    if (!this.#degraded) this.#o.onEvent?.({ type: 'audit.store_error', message: err.message, queued: this.#queue.length, failMode: this.#o.failMode });
    this.#degraded = true;
    this.#retryDelay = Math.min(5000, this.#retryDelay === 0 ? this.#o.retryMs : this.#retryDelay * 2);
    this.#settleFlush(err);
  }

  #settleFlush(err: Error | null): void {
    const waiters = this.#flushWaiters.splice(0);
    for (const w of waiters) {
      if (err) w.reject(err);
      else w.resolve();
    }
  }

  async #seal(): Promise<Checkpoint | null> {
    const at = this.#o.now();
    const cp = await this.#store.checkpoint((tail, last) =>
      tail && (!last || tail.seq > last.seq) ? makeCheckpoint(this.#signer, last, 'seal', tail, at) : null);
    this.#sinceSeal = 0;
    if (this.#degraded) {
      this.#degraded = false;
      this.#retryDelay = 0;
      this.#o.onEvent?.({ type: 'audit.recovered', queued: this.#queue.length });
    }
    if (cp) this.#o.onEvent?.({ type: 'audit.checkpoint', n: cp.n, seq: cp.seq });
    return cp;
  }

  /** Last commit error, if the store is currently failing (message only; for health output). */
  get lastError(): string | null {
    return this.#lastError ? this.#lastError.message : null;
  }
}

/** Events are built from sanitised values; should one still not serialise, its failure is recorded instead of losing the slot. */
function safeSerialize(e: AuditEvent): string {
  try {
    return serializeEvent(e);
  } catch {
    return serializeEvent({ v: 1, kind: 'security', action: 'audit.unserialisable', outcome: 'failure', actor: { userId: null, keyId: null, address: null, via: 'system' }, target: null, details: { kind: e.kind } });
  }
}

function gapEvent(dropped: number): AuditEvent {
  return {
    v: 1, kind: 'security', action: 'audit.gap', outcome: 'failure',
    actor: { userId: null, keyId: null, address: null, via: 'system' },
    target: null, details: { dropped },
  };
}
