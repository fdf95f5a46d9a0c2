/**
 * Admin console routes (mounted under /api, admin role only):
 *
 *   GET /audit/events      filtered, paged query, newest first:
 *                          ?user= &team= &model= &decision= &reason= &kind= &action=
 *                          &since= &until= (ISO 8601 or epoch ms) &cursor= (seq) &limit= (1..500, default 50)
 *                          → { events: AuditRecord[], nextCursor: string | null }
 *   GET /audit/verify      verifies the whole chain and the checkpoints → VerifyReport
 *   GET /audit/export      JSON lines (same filters as the CLI: since, until); audited
 *   GET /audit/public-key  → { publicKey: PEM } to verify checkpoints elsewhere
 */
import { BastionError } from '../errors/registry.js';
import type { ApiRequest, ApiResponse, ApiRoute } from '../control/api-types.js';
import type { SecurityEventSink } from '../control/events.js';
import type { AuditQuery, AuditStore } from './store.js';
import type { AuditSigner } from './signing.js';
import { verifyAuditLog } from './verify.js';
import { toRecord } from './event.js';

export interface AuditRouteDeps {
  store: AuditStore;
  signer: AuditSigner;
  /** Where the export route records itself (the audit sink). */
  events: SecurityEventSink;
  /** Flushes queued events before a query or verify so the console sees them (optional). */
  flush?: () => Promise<void>;
}

const DECISIONS = ['allowed', 'blocked', 'error'];
const KINDS = ['model_call', 'security'];
const MAX_FILTER = 200;

function bad(message: string): BastionError {
  return new BastionError('invalid_request', message);
}

function str(q: URLSearchParams, name: string): string | undefined {
  const v = q.get(name);
  if (v === null || v === '') return undefined;
  if (v.length > MAX_FILTER) throw bad(`${name} is too long`);
  return v;
}

function time(q: URLSearchParams, name: string): number | undefined {
  const v = str(q, name);
  if (v === undefined) return undefined;
  const t = /^\d+$/.test(v) ? Number(v) : Date.parse(v);
  if (!Number.isFinite(t)) throw bad(`${name} must be an ISO 8601 time or epoch milliseconds`);
  return t;
}

function int(q: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const v = str(q, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw bad(`${name} must be a whole number between ${min} and ${max}`);
  return Number(v);
}

/** Parses the console's filters; unknown parameters are refused so a typo never silently widens a query. */
export function parseEventQuery(q: URLSearchParams): AuditQuery {
  const known = new Set(['user', 'team', 'model', 'decision', 'reason', 'kind', 'action', 'since', 'until', 'cursor', 'limit']);
  for (const k of q.keys()) if (!known.has(k)) throw bad(`unknown query parameter ${k}`);
  const out: AuditQuery = { limit: int(q, 'limit', 1, 500) ?? 50 };
  const set = <K extends keyof AuditQuery>(k: K, v: AuditQuery[K] | undefined): void => {
    if (v !== undefined) out[k] = v;
  };
  set('userId', str(q, 'user'));
  set('teamId', str(q, 'team'));
  set('model', str(q, 'model'));
  set('reason', str(q, 'reason'));
  set('action', str(q, 'action'));
  const decision = str(q, 'decision');
  if (decision !== undefined && !DECISIONS.includes(decision)) throw bad(`decision must be one of ${DECISIONS.join(', ')}`);
  set('decision', decision);
  const kind = str(q, 'kind');
  if (kind !== undefined && !KINDS.includes(kind)) throw bad(`kind must be one of ${KINDS.join(', ')}`);
  set('kind', kind as AuditQuery['kind']);
  set('since', time(q, 'since'));
  set('until', time(q, 'until'));
  set('beforeSeq', int(q, 'cursor', 1, Number.MAX_SAFE_INTEGER));
  return out;
}

export function auditRoutes(deps: AuditRouteDeps): ApiRoute[] {
  const flush = async (): Promise<void> => {
    await deps.flush?.().catch(() => undefined);
  };
  return [
    {
      method: 'GET', pattern: '/audit/events', auth: 'admin',
      handler: async (req: ApiRequest): Promise<ApiResponse> => {
        const q = parseEventQuery(req.query);
        await flush();
        const rows = await deps.store.query(q);
        const last = rows[rows.length - 1];
        return { status: 200, body: { events: rows.map(toRecord), nextCursor: rows.length === q.limit && last && last.seq > 1 ? String(last.seq) : null } };
      },
    },
    {
      method: 'GET', pattern: '/audit/verify', auth: 'admin',
      handler: async (): Promise<ApiResponse> => {
        await flush();
        const report = await verifyAuditLog(deps.store, { trustedKeys: [deps.signer.publicKeyId] });
        return { status: 200, body: report };
      },
    },
    {
      method: 'GET', pattern: '/audit/public-key', auth: 'admin',
      handler: async (): Promise<ApiResponse> => ({ status: 200, body: { publicKey: deps.signer.publicKeyPem() } }),
    },
    {
      method: 'GET', pattern: '/audit/export', auth: 'admin',
      handler: async (req: ApiRequest): Promise<ApiResponse> => {
        for (const k of req.query.keys()) if (k !== 'since' && k !== 'until') throw bad(`unknown query parameter ${k}`);
        const since = time(req.query, 'since');
        const until = time(req.query, 'until');
        await flush();
        const details: Record<string, string> = { format: 'jsonl' };
        if (since !== undefined) details.since = new Date(since).toISOString();
        if (until !== undefined) details.until = new Date(until).toISOString();
        const tail = await deps.store.tail();
        deps.events.emit({
          action: 'audit.export', outcome: 'success',
          actor: { ...(req.identity ? { userId: req.identity.userId, keyId: req.identity.keyId } : {}), address: req.clientAddress, via: 'api' },
          target: { type: 'audit_log', id: 'events' }, details,
        });
        const store = deps.store;
        const upTo = tail ? tail.seq : 0;
        async function* lines(): AsyncIterable<string> {
          for await (const batch of store.scan({ ...(since !== undefined ? { since } : {}), ...(until !== undefined ? { until } : {}), batch: 2000 })) {
            const out: string[] = [];
            for (const r of batch) if (r.seq <= upTo) out.push(JSON.stringify(toRecord(r)) + '\n');
            if (out.length) yield out.join('');
            if ((batch[batch.length - 1]?.seq ?? 0) >= upTo) return;
          }
        }
        return { status: 200, stream: lines(), headers: { 'content-type': 'application/x-ndjson' } };
      },
    },
  ];
}
