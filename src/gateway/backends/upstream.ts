/**
 * One model call to a backend through undici's handler interface
 * (`dispatch`), without the stream objects that `request()` builds for every
 * call. The answer's head arrives as a promise; its body is either collected
 * whole (`collect`, with a size cap) or read chunk by chunk (`for await`), in
 * which case what arrived since the last read is handed over as one chunk, and
 * the backend connection is paused once 64 KiB wait to be taken: a slow client
 * slows the backend down instead of filling memory.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';
import type { Cancellation } from '../client-link.js';

/** What a discarded body may still send before the connection is dropped. */
const DUMP_LIMIT = 128 * 1024;
/** Bytes received but not yet read at which the connection is paused (as a Readable's highWaterMark). */
const HIGH_WATER = 64 * 1024;

export class UpstreamAbortedError extends Error {
  readonly code = 'UND_ERR_ABORTED';
  constructor(reason?: unknown) {
    super('The model call was aborted.', reason === undefined ? undefined : { cause: reason });
  }
}

export interface UpstreamResponse {
  readonly statusCode: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: UpstreamBody;
}

type Waiter = { resolve: (r: IteratorResult<Buffer>) => void; reject: (e: unknown) => void };
type Collector = { cap: number; size: number; resolve: (b: Buffer | null) => void; reject: (e: unknown) => void };

/** The body of one answer; read it once, by `collect`, by iteration, or throw it away with `dump`. */
export class UpstreamBody implements AsyncIterable<Buffer> {
  private readonly queue: Buffer[] = [];
  private queued = 0;
  private waiter: Waiter | null = null;
  private collector: Collector | null = null;
  private dumped = -1;
  private ended = false;
  private failure: unknown = null;
  private paused = false;

  constructor(private readonly call: UpstreamCall) {}

  /** The whole body, or null when it is larger than `cap` bytes (the call is then aborted). */
  collect(cap: number): Promise<Buffer | null> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const size = this.queued;
    if (size > cap) { this.destroy(); return Promise.resolve(null); }
    if (this.ended) return Promise.resolve(this.take(size));
    return new Promise((resolve, reject) => {
      this.collector = { cap, size, resolve, reject };
      this.resumeIfPaused();
    });
  }

  /** Reads and drops the rest of the body (up to 128 KiB, then the connection is dropped). */
  dump(): void {
    if (this.ended || this.failure !== null) return;
    this.queue.length = 0;
    this.queued = 0;
    this.dumped = 0;
    this.resumeIfPaused();
  }

  /** Aborts the call; a pending read ends with an error. */
  destroy(): void {
    if (this.ended || this.failure !== null) return;
    this.call.abort(new UpstreamAbortedError());
  }

  [Symbol.asyncIterator](): AsyncIterator<Buffer> {
    return {
      next: () => this.next(),
      return: () => {
        this.destroy();
        return Promise.resolve({ done: true, value: undefined });
      },
    };
  }

  private next(): Promise<IteratorResult<Buffer>> {
    if (this.queue.length > 0) {
      // Everything that arrived since the last read, as one chunk: one write to the client instead of many.
      const c = this.take(this.queued);
      this.resumeIfPaused();
      return Promise.resolve({ done: false, value: c });
    }
    if (this.failure !== null) return Promise.reject(this.failure);
    if (this.ended) return Promise.resolve({ done: true, value: undefined });
    // Resuming may deliver data (or the end) at once; the waiter is set first so it sees it.
    const p = new Promise<IteratorResult<Buffer>>((resolve, reject) => { this.waiter = { resolve, reject }; });
    this.resumeIfPaused();
    return p;
  }

  private take(size: number): Buffer {
    const b = this.queue.length === 1 ? (this.queue[0] as Buffer) : Buffer.concat(this.queue, size);
    this.queue.length = 0;
    this.queued = 0;
    return b;
  }

  private resumeIfPaused(): void {
    if (this.paused) {
      this.paused = false;
      this.call.resume();
    }
  }

  /** @internal a chunk arrived; returns false to pause the connection. */
  push(chunk: Buffer): boolean {
    if (chunk.length === 0) return true;
    if (this.dumped >= 0) {
      this.dumped += chunk.length;
      if (this.dumped > DUMP_LIMIT) this.call.abort(new UpstreamAbortedError());
      return true;
    }
    const col = this.collector;
    if (col) {
      col.size += chunk.length;
      if (col.size > col.cap) {
        this.collector = null;
        this.queue.length = 0;
        this.queued = 0;
        this.call.abort(new UpstreamAbortedError());
        col.resolve(null);
        return true;
      }
      this.queue.push(chunk);
      return true;
    }
    const w = this.waiter;
    if (w) {
      this.waiter = null;
      w.resolve({ done: false, value: chunk });
      return true;
    }
    this.queue.push(chunk);
    this.queued += chunk.length;
    if (this.queued < HIGH_WATER) return true;
    this.paused = true;
    return false;
  }

  /** @internal */
  end(): void {
    this.ended = true;
    const col = this.collector;
    if (col) {
      this.collector = null;
      col.resolve(this.take(col.size));
    }
    const w = this.waiter;
    if (w) {
      this.waiter = null;
      w.resolve({ done: true, value: undefined });
    }
  }

  /** @internal */
  fail(err: unknown): void {
    if (this.ended || this.failure !== null) return;
    this.failure = err;
    this.queue.length = 0;
    this.queued = 0;
    const col = this.collector;
    if (col) { this.collector = null; col.reject(err); }
    const w = this.waiter;
    if (w) { this.waiter = null; w.reject(err); }
  }
}

class UpstreamCall implements Dispatcher.DispatchHandler {
  private controller: Dispatcher.DispatchController | null = null;
  private body: UpstreamBody | null = null;
  private settled = false;
  private abortReason: Error | null = null;
  private readonly unwatch: () => void;

  constructor(
    cancel: Cancellation,
    private readonly resolveHead: (r: UpstreamResponse) => void,
    private readonly rejectHead: (e: unknown) => void,
  ) {
    this.unwatch = cancel.watch(() => this.abort(new UpstreamAbortedError()));
  }

  abort(reason: Error): void {
    if (this.abortReason !== null) return;
    this.abortReason = reason;
    if (this.controller) this.controller.abort(reason);
    else this.finish(reason);
  }

  resume(): void {
    this.controller?.resume();
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.abortReason !== null) controller.abort(this.abortReason);
  }

  onResponseStart(controller: Dispatcher.DispatchController, statusCode: number, headers: IncomingHttpHeaders): void {
    if (this.settled) return;
    this.settled = true;
    this.body = new UpstreamBody(this);
    this.resolveHead({ statusCode, headers, body: this.body });
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.body && !this.body.push(chunk)) controller.pause();
  }

  onResponseEnd(): void {
    this.unwatch();
    this.body?.end();
  }

  onResponseError(_controller: Dispatcher.DispatchController, err: Error): void {
    this.finish(err);
  }

  private finish(err: unknown): void {
    this.unwatch();
    if (!this.settled) {
      this.settled = true;
      this.rejectHead(err);
      return;
    }
    this.body?.fail(err);
  }
}

/** POSTs `body` to `path` on the pool; resolves with the answer's head once it arrives. */
export function postUpstream(pool: Dispatcher, path: string, headers: Record<string, string>, body: string, cancel: Cancellation): Promise<UpstreamResponse> {
  return new Promise((resolve, reject) => {
    if (cancel.aborted) { reject(new UpstreamAbortedError()); return; }
    const call = new UpstreamCall(cancel, resolve, reject);
    try {
      pool.dispatch({ method: 'POST', path, headers, body }, call);
    } catch (e) {
      call.onResponseError(null as unknown as Dispatcher.DispatchController, e as Error);
    }
  });
}
