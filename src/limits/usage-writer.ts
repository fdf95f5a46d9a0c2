/**
 * Moves recorded usage from the in-memory recorder to the usage store:
 * every `intervalMs` (and on flush()/close()) it drains the recorder's
 * increments and adds them to `usage_daily`. A failed write keeps its rows
 * and adds them to the next attempt, so no increment is lost while the
 * database is briefly unreachable (bounded by `maxPendingRows`, oldest days
 * dropped first and reported through onError).
 */
import type { MemoryUsageRecorder, UsageRow } from './usage.js';
import { mergeUsageRows, type UsageStore } from './usage-store.js';

export interface UsageWriterOptions {
  recorder: Pick<MemoryUsageRecorder, 'drain'>;
  store: Pick<UsageStore, 'add'>;
  /** Default 10 s. */
  intervalMs?: number;
  /** Rows kept for retry while writes fail (default 100,000). */
  maxPendingRows?: number;
  onError?: (err: unknown) => void;
}

export interface UsageWriter {
  /** Drains the recorder and writes everything pending; rejects if the write fails (rows are kept). */
  flush(): Promise<void>;
  /** Stops the timer and writes what is left. */
  close(): Promise<void>;
  /** Rows waiting for a retry after a failed write. */
  pending(): number;
}

export function startUsageWriter(opts: UsageWriterOptions): UsageWriter {
  const maxPending = opts.maxPendingRows ?? 100_000;
  let pending: UsageRow[] = [];
  let running: Promise<void> | undefined;

  async function write(): Promise<void> {
    const rows = mergeUsageRows([...pending, ...opts.recorder.drain()]);
    pending = [];
    if (rows.length === 0) return;
    try {
      await opts.store.add(rows);
    } catch (err) {
      // Rows drained meanwhile are in the recorder still; keep these for the next attempt.
      pending = rows;
      if (rows.length > maxPending) {
        pending = rows.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0)).slice(0, maxPending);
        opts.onError?.(new Error(`usage writer dropped ${rows.length - maxPending} rows of the oldest days after failed writes`));
      }
      throw err;
    }
  }

  function flush(): Promise<void> {
    // One write at a time; a flush requested during a write runs after it.
    const next = (running ?? Promise.resolve()).catch(() => undefined).then(write);
    running = next;
    void next.finally(() => { if (running === next) running = undefined; }).catch(() => undefined);
    return next;
  }

  const timer = setInterval(() => { flush().catch((e: unknown) => opts.onError?.(e)); }, opts.intervalMs ?? 10_000);
  timer.unref();

  return {
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
    pending: () => pending.length,
  };
}
