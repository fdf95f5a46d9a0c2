/**
 * Admin console route (mounted under /api, admin role only):
 *
 *   GET /usage?from=YYYY-MM-DD&to=YYYY-MM-DD&by=key|user|team|model
 *     from, to: UTC days, inclusive (default: the 30 days up to today; at most 400 days)
 *     by: the dimension (default key)
 *     → { from, to, by, rows: [{ day, id, requests, tokensIn, tokensOut }], truncated }
 *
 * Increments not yet written are flushed first, so the console sees requests
 * this process has just served.
 */
import { BastionError } from '../errors/registry.js';
import type { ApiRequest, ApiResponse, ApiRoute } from '../control/api-types.js';
import type { UsageDimension } from './usage.js';
import { utcDay, type UsageStore } from './usage-store.js';

export interface UsageRouteDeps {
  store: Pick<UsageStore, 'query'>;
  /** Writes pending increments before a query (optional). */
  flush?: () => Promise<void>;
  now?: () => number;
}

const DAY_MS = 86_400_000;
const MAX_DAYS = 400;
const MAX_ROWS = 10_000;
const BY: readonly UsageDimension[] = ['key', 'user', 'team', 'model'];

function bad(message: string): BastionError {
  return new BastionError('invalid_request', message);
}

function day(q: URLSearchParams, name: string, fallback: string): string {
  const v = q.get(name);
  if (v === null || v === '') return fallback;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || utcDay(Date.parse(`${v}T00:00:00Z`)) !== v) {
    throw bad(`${name} must be a day as YYYY-MM-DD`);
  }
  return v;
}

export function parseUsageQuery(q: URLSearchParams, nowMs: number): { from: string; to: string; by: UsageDimension } {
  for (const k of q.keys()) if (!['from', 'to', 'by'].includes(k)) throw bad(`unknown query parameter ${k}`);
  const to = day(q, 'to', utcDay(nowMs));
  const from = day(q, 'from', utcDay(Date.parse(`${to}T00:00:00Z`) - 29 * DAY_MS));
  if (from > to) throw bad('from must not be after to');
  if ((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1 > MAX_DAYS) throw bad(`at most ${MAX_DAYS} days per query`);
  const by = q.get('by') || 'key';
  if (!(BY as readonly string[]).includes(by)) throw bad(`by must be one of ${BY.join(', ')}`);
  return { from, to, by: by as UsageDimension };
}

export function usageRoutes(deps: UsageRouteDeps): ApiRoute[] {
  const now = deps.now ?? Date.now;
  return [{
    method: 'GET',
    pattern: '/usage',
    auth: 'admin',
    async handler(req: ApiRequest): Promise<ApiResponse> {
      const q = parseUsageQuery(req.query, now());
      if (deps.flush) await deps.flush().catch(() => undefined); // the query still answers with what is stored
      const rows = await deps.store.query({ ...q, limit: MAX_ROWS + 1 });
      return {
        status: 200,
        body: {
          ...q,
          rows: rows.slice(0, MAX_ROWS).map((r) => ({ day: r.day, id: r.id, requests: r.requests, tokensIn: r.tokensIn, tokensOut: r.tokensOut })),
          truncated: rows.length > MAX_ROWS,
        },
      };
    },
  }];
}
