/**
 * Bounded per-identity wait for a concurrency slot. When only a concurrency
 * limit refuses, a request may wait (up to `maxWaitMs`, at most `maxWaiting`
 * per identity) and retry when a slot is released in this process or, for
 * slots held by other replicas, on a short poll.
 */
export interface WaitQueue {
  /** Reserves a waiting place for `identity`; false when its queue is full. */
  enter(identity: string): boolean;
  leave(identity: string): void;
  /** Resolves when a slot may have freed (local release or poll), the deadline passes, or the signal aborts. */
  wake(deadline: number, signal: AbortSignal | undefined): Promise<void>;
  /** Called on every local release. */
  notify(): void;
  waiting(): number;
}

export function createWaitQueue(maxWaiting: number, pollMs = 50, now: () => number = Date.now): WaitQueue {
  const perIdentity = new Map<string, number>();
  let sleepers = new Set<() => void>();
  let total = 0;
  return {
    enter(identity) {
      const n = perIdentity.get(identity) ?? 0;
      if (n >= maxWaiting) return false;
      perIdentity.set(identity, n + 1);
      total++;
      return true;
    },
    leave(identity) {
      const n = perIdentity.get(identity) ?? 0;
      if (n <= 1) perIdentity.delete(identity); else perIdentity.set(identity, n - 1);
      if (n > 0) total--;
    },
    wake(deadline, signal) {
      return new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          sleepers.delete(done);
          signal?.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, Math.max(0, Math.min(pollMs, deadline - now())));
        sleepers.add(done);
        signal?.addEventListener('abort', done, { once: true });
      });
    },
    notify() {
      const woken = sleepers;
      sleepers = new Set();
      for (const f of woken) f();
    },
    waiting: () => total,
  };
}
