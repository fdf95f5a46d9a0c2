/**
 * The client end of one request: it goes away when the connection closes
 * before the answer is finished. Watching it costs one callback; the
 * AbortSignal some stages need (deep scan, waits) is made only when asked
 * for, so most requests never build one.
 */

/** Something that can end work early: the client going away. */
export interface Cancellation {
  readonly aborted: boolean;
  /** Calls `fn` once when cancelled (at once if already); returns a function that stops watching. */
  watch(fn: () => void): () => void;
}

export class ClientLink implements Cancellation {
  #gone = false;
  #ac: AbortController | undefined;
  #watchers: Array<() => void> | undefined;

  get aborted(): boolean {
    return this.#gone;
  }

  /** An AbortSignal that aborts when the client goes away (made on first use). */
  get signal(): AbortSignal {
    if (!this.#ac) {
      this.#ac = new AbortController();
      if (this.#gone) this.#ac.abort();
    }
    return this.#ac.signal;
  }

  watch(fn: () => void): () => void {
    if (this.#gone) {
      fn();
      return noop;
    }
    (this.#watchers ??= []).push(fn);
    return () => {
      const w = this.#watchers;
      const i = w ? w.indexOf(fn) : -1;
      if (i >= 0) w!.splice(i, 1);
    };
  }

  /** The client went away. */
  close(): void {
    if (this.#gone) return;
    this.#gone = true;
    this.#ac?.abort();
    const w = this.#watchers;
    this.#watchers = undefined;
    if (w) for (const fn of w) fn();
  }
}

function noop(): void { /* nothing to stop */ }

/** A Cancellation over an AbortSignal (contexts built outside the server). */
export function signalCancellation(signal: AbortSignal): Cancellation {
  return {
    get aborted() { return signal.aborted; },
    watch(fn) {
      if (signal.aborted) { fn(); return noop; }
      signal.addEventListener('abort', fn, { once: true });
      return () => signal.removeEventListener('abort', fn);
    },
  };
}
