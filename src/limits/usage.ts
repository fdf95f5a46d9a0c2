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

interface Acc {
  readonly day: string;
  readonly dimension: UsageDimension;
  readonly id: string;
  requests: number; tokensIn: number; tokensOut: number;
  /** Increments not yet drained. */
  dRequests: number; dTokensIn: number; dTokensOut: number;
  dirty: boolean;
}

const SEP = '\u0000';
const DAY_MS = 86_400_000;
const DIMENSIONS: readonly UsageDimension[] = ['key', 'user', 'team', 'model'];

function compareRows(x: UsageRow, y: UsageRow): number {
  return x.day < y.day ? -1 : x.day > y.day ? 1 : x.dimension < y.dimension ? -1 : x.dimension > y.dimension ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

export function createMemoryUsageRecorder(opts: { maxDays?: number } = {}): MemoryUsageRecorder {
  const maxDays = opts.maxDays ?? 35;
  const totals = new Map<string, Acc>();
  let dirty: Acc[] = [];
  let latestDay = '';
  // The current UTC day is cached: formatting a date per request is measurable.
  let dayStart = 0;
  let dayEnd = 0;
  let dayName = '';

  function dayOf(ms: number): string {
    if (ms >= dayStart && ms < dayEnd) return dayName;
    const start = Math.floor(ms / DAY_MS) * DAY_MS;
    const name = new Date(start).toISOString().slice(0, 10);
    if (ms >= dayEnd) { dayStart = start; dayEnd = start + DAY_MS; dayName = name; }
    return name;
  }

  // The accumulators of the last (day, key, user, team, model) seen: consecutive requests from
  // one caller skip building four map keys.
  let last: { day: string; keyId: unknown; userId: unknown; teamId: unknown; model: unknown; accs: Acc[] } | undefined;

  function prune(): void {
    const cutoff = new Date(Date.parse(latestDay) - maxDays * DAY_MS).toISOString().slice(0, 10);
    for (const [k, a] of totals) if (a.day < cutoff) totals.delete(k);
    last = undefined;
    dirty = dirty.filter((a) => a.day >= cutoff);
  }

  function accsFor(day: string, e: UsageEvent): Acc[] {
    if (last && last.day === day && last.keyId === e.keyId && last.userId === e.userId && last.teamId === e.teamId && last.model === e.model) return last.accs;
    const ids = [e.keyId, e.userId, e.teamId, e.model];
    const accs: Acc[] = [];
    for (let i = 0; i < 4; i++) {
      const id = ids[i];
      if (id === null || id === undefined || id === '') continue;
      const dimension = DIMENSIONS[i]!;
      const k = day + SEP + dimension + SEP + id;
      let a = totals.get(k);
      if (!a) {
        a = { day, dimension, id, requests: 0, tokensIn: 0, tokensOut: 0, dRequests: 0, dTokensIn: 0, dTokensOut: 0, dirty: false };
        totals.set(k, a);
      }
      accs.push(a);
    }
    last = { day, keyId: e.keyId, userId: e.userId, teamId: e.teamId, model: e.model, accs };
    return accs;
  }

  return {
    record(e) {
      const tin = Math.max(0, Math.round(e.promptTokens) || 0);
      const tout = Math.max(0, Math.round(e.completionTokens) || 0);
      const day = dayOf(e.atMs);
      for (const a of accsFor(day, e)) {
        a.requests++; a.tokensIn += tin; a.tokensOut += tout;
        a.dRequests++; a.dTokensIn += tin; a.dTokensOut += tout;
        if (!a.dirty) { a.dirty = true; dirty.push(a); }
      }
      if (day > latestDay) { latestDay = day; prune(); }
    },
    snapshot() {
      return [...totals.values()].map((a) => ({ day: a.day, dimension: a.dimension, id: a.id, requests: a.requests, tokensIn: a.tokensIn, tokensOut: a.tokensOut })).sort(compareRows);
    },
    drain() {
      const out = dirty.map((a) => ({ day: a.day, dimension: a.dimension, id: a.id, requests: a.dRequests, tokensIn: a.dTokensIn, tokensOut: a.dTokensOut }));
      for (const a of dirty) { a.dRequests = 0; a.dTokensIn = 0; a.dTokensOut = 0; a.dirty = false; }
      dirty = [];
      return out.sort(compareRows);
    },
  };
}
