/**
 * Usage recording: requests and tokens in/out per key, user, team and model,
 * per UTC day. The in-memory recorder aggregates; a persistent writer (the
 * store) can later call drain() periodically and upsert the deltas it returns.
 */
export type UsageDimension = 'key' | 'user' | 'team' | 'model';

export interface UsageEvent {
  /** When the request ended, epoch milliseconds. */
  readonly atMs: number;
  readonly keyId?: string | null | undefined;
  readonly userId?: string | null | undefined;
  readonly teamId?: string | null | undefined;
  readonly model?: string | null | undefined;
  readonly promptTokens: number;
  readonly completionTokens: number;
}

export interface UsageRow {
  /** UTC day, YYYY-MM-DD. */
  readonly day: string;
  readonly dimension: UsageDimension;
  readonly id: string;
  readonly requests: number;
  readonly tokensIn: number;
  readonly tokensOut: number;
}

export interface UsageRecorder {
  record(e: UsageEvent): void;
  /** Current totals, sorted by day, dimension, id. */
  snapshot(): UsageRow[];
}

export interface MemoryUsageRecorder extends UsageRecorder {
  /** Rows changed since the previous drain, as increments (for a persistent writer to add). */
  drain(): UsageRow[];
}

interface Acc { requests: number; tokensIn: number; tokensOut: number }

const SEP = '\u0000';

export function createMemoryUsageRecorder(opts: { maxDays?: number } = {}): MemoryUsageRecorder {
  const maxDays = opts.maxDays ?? 35;
  const totals = new Map<string, Acc>();
  let pending = new Map<string, Acc>();
  let latestDay = '';

  function add(m: Map<string, Acc>, k: string, e: UsageEvent, tin: number, tout: number): void {
    const a = m.get(k);
    if (a) { a.requests++; a.tokensIn += tin; a.tokensOut += tout; } else m.set(k, { requests: 1, tokensIn: tin, tokensOut: tout });
  }

  function prune(): void {
    const cutoff = new Date(Date.parse(latestDay) - maxDays * 86_400_000).toISOString().slice(0, 10);
    for (const k of totals.keys()) if (k.slice(0, 10) < cutoff) totals.delete(k);
  }

  function rows(m: Map<string, Acc>): UsageRow[] {
    const out: UsageRow[] = [];
    for (const [k, a] of m) {
      const [day, dimension, id] = k.split(SEP) as [string, UsageDimension, string];
      out.push({ day, dimension, id, ...a });
    }
    return out.sort((x, y) => (x.day + SEP + x.dimension + SEP + x.id < y.day + SEP + y.dimension + SEP + y.id ? -1 : 1));
  }

  return {
    record(e) {
      const tin = Math.max(0, Math.round(e.promptTokens) || 0);
      const tout = Math.max(0, Math.round(e.completionTokens) || 0);
      const day = new Date(e.atMs).toISOString().slice(0, 10);
      const dims: [UsageDimension, string | null | undefined][] = [['key', e.keyId], ['user', e.userId], ['team', e.teamId], ['model', e.model]];
      for (const [dim, id] of dims) {
        if (id === null || id === undefined || id === '') continue;
        const k = `${day}${SEP}${dim}${SEP}${id}`;
        add(totals, k, e, tin, tout);
        add(pending, k, e, tin, tout);
      }
      if (day > latestDay) { latestDay = day; prune(); }
    },
    snapshot: () => rows(totals),
    drain() {
      const out = rows(pending);
      pending = new Map();
      return out;
    },
  };
}
