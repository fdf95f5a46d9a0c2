/**
 * WAL checkpoints off the event loop. SQLite in WAL mode with
 * `synchronous = NORMAL` never waits for the disk on commit, only when it
 * checkpoints: it copies the log into the database file and fsyncs it. By
 * default the connection that commits does that every 1,000 pages, which under
 * load is about once a second on the gateway's only thread, and a slow disk
 * then stalls every request in flight.
 *
 * The running server turns automatic checkpoints off on its connection and a
 * worker thread with its own connection runs a PASSIVE checkpoint (one that
 * never blocks writers or readers) every `intervalMs`. Should the worker fail,
 * the connection checkpoints by itself again.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** SQLite's default: checkpoint after this many WAL pages. */
const DEFAULT_AUTOCHECKPOINT = 1000;

// CommonJS worker code (inline, so it runs the same from sources and from dist/).
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const checkpoint = () => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); parentPort.postMessage('checkpointed'); }
  catch (e) { parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) }); }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  process.exit(0); // ends this worker thread only
});
`;

export interface WalCheckpointer {
  /** Stops the worker after one last checkpoint and gives the connection back its automatic checkpoints. */
  stop(): Promise<void>;
  /** Checkpoints the worker has run so far (for health output and tests). */
  readonly checkpoints: number;
}

export function startWalCheckpointer(db: Database.Database, opts: { intervalMs?: number; onError?: (message: string) => void } = {}): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  // Plain CommonJS: the worker needs none of the parent's Node flags or loaders.
  const worker = new Worker(WORKER, { eval: true, execArgv: [], workerData: { file: db.name, driver, intervalMs: opts.intervalMs ?? 1000 } });
  worker.unref();
  let checkpoints = 0;
  let stopped = false;
  const restore = (): void => {
    if (db.open) db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT}`);
  };
  db.pragma('wal_autocheckpoint = 0');
  worker.on('message', (m: unknown) => {
    if (m === 'checkpointed') checkpoints++;
    else opts.onError?.((m as { error?: string }).error ?? 'unknown checkpoint failure');
  });
  worker.on('error', (e) => {
    restore();
    opts.onError?.(e.message);
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => {
    if (!stopped) restore();
    resolve();
  }));
  return {
    get checkpoints() { return checkpoints; },
    async stop() {
      if (stopped) return exited;
      stopped = true;
      restore();
      worker.ref(); // the last checkpoint finishes even if nothing else keeps the process alive
      worker.postMessage('stop');
      await exited;
    },
  };
}
