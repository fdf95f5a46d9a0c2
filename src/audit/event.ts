/**
 * The audit event model: one event per model call and one per security
 * action. Events are built from the request context (or a SecurityEvent) and
 * serialised canonically; the chain (chain.ts) hashes that text.
 *
 * Bodies never hold prompt or answer content, keys, tokens or matched text:
 * findings carry only their stage, reason code, category and score.
 */
import type { RequestContext } from '../gateway/context.js';
import type { SecurityEvent } from '../control/events.js';
import { canonicalJson, type Json } from './canonical.js';

export const AUDIT_EVENT_VERSION = 1;

export interface AuditFinding { stage: string; code: string; score?: number; category?: string }

export interface ModelCallEvent {
  v: number;
  kind: 'model_call';
  requestId: string;
  keyId: string | null;
  userId: string | null;
  teamId: string | null;
  endpoint: string | null;
  method: string;
  path: string;
  model: string | null;
  backendId: string | null;
  decision: 'allowed' | 'blocked' | 'error';
  reasons: string[];
  findings: AuditFinding[];
  tokensIn: number | null;
  tokensOut: number | null;
  latencyMs: number;
  clientAddress: string;
  status: number | null;
  errorCode: string | null;
  stream: boolean;
}

export interface SecurityActionEvent {
  v: number;
  kind: 'security';
  action: string;
  outcome: 'success' | 'failure';
  actor: { userId: string | null; keyId: string | null; address: string | null; via: 'api' | 'cli' | 'system' };
  target: { type: string; id: string } | null;
  details: Record<string, string | number | boolean | null>;
}

export type AuditEvent = ModelCallEvent | SecurityActionEvent;

/** Builds the model-call event from a finished request's context. */
export function modelCallEvent(ctx: RequestContext, latencyMs: number): ModelCallEvent {
  const id = ctx.identity;
  // Keys in sorted order so canonical serialisation needs no sort.
  return {
    backendId: ctx.backendId ?? null,
    clientAddress: ctx.clientAddress,
    decision: ctx.decision,
    endpoint: ctx.endpoint ?? null,
    errorCode: ctx.errorCode ?? null,
    findings: ctx.findings.map((f) => {
      const out = {} as AuditFinding;
      if (typeof f.category === 'string') out.category = f.category;
      out.code = f.code;
      if (typeof f.score === 'number' && Number.isFinite(f.score)) out.score = f.score;
      out.stage = f.stage;
      return out;
    }),
    keyId: id?.keyId ?? null,
    kind: 'model_call',
    latencyMs: Number.isFinite(latencyMs) ? Math.max(0, Math.round(latencyMs * 1000) / 1000) : 0,
    method: ctx.method,
    model: ctx.model ?? null,
    path: ctx.path,
    reasons: [...ctx.reasons],
    requestId: ctx.id,
    status: ctx.status ?? null,
    stream: ctx.stream,
    teamId: id?.teamId ?? null,
    tokensIn: ctx.usage ? ctx.usage.promptTokens : null,
    tokensOut: ctx.usage ? ctx.usage.completionTokens : null,
    userId: id?.userId ?? null,
    v: AUDIT_EVENT_VERSION,
  };
}

/** Builds the security-action event. Only scalar, non-secret details are kept (see SecurityEvent). */
export function securityEvent(e: SecurityEvent): SecurityActionEvent {
  const details: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(e.details ?? {})) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) details[k] = v;
  }
  return {
    v: AUDIT_EVENT_VERSION,
    kind: 'security',
    action: e.action,
    outcome: e.outcome,
    actor: { userId: e.actor.userId ?? null, keyId: e.actor.keyId ?? null, address: e.actor.address ?? null, via: e.actor.via },
    target: e.target ? { type: e.target.type, id: e.target.id } : null,
    details,
  };
}

/** The canonical text stored and hashed for an event. */
export function serializeEvent(e: AuditEvent): string {
  return canonicalJson(e as unknown as Json);
}

/** One event as the API and the export present it. */
export interface AuditRecord { seq: number; at: string; hash: string; prevHash: string; event: AuditEvent }

export function toRecord(row: { seq: number; at: number; body: string; hash: string; prevHash: string }): AuditRecord {
  return { seq: row.seq, at: new Date(row.at).toISOString(), hash: row.hash, prevHash: row.prevHash, event: JSON.parse(row.body) as AuditEvent };
}
