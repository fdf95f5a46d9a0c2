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

/**
 * Events made by the builders below have their keys inserted in sorted order
 * at every depth and only finite numbers, so plain JSON.stringify already
 * yields their canonical form (a test pins the equality); anything else goes
 * through canonicalJson. The builders mark each event with a symbol-keyed
 * property pointing at the event itself: JSON.stringify and Object.keys skip
 * it, and a copy made with spread carries a mark that points elsewhere, so a
 * copy (possibly with keys added out of order) is never trusted. Cheaper than
 * a WeakSet, whose entries every garbage collection has to visit.
 */
const CANONICAL: unique symbol = Symbol('bastion.audit.canonical');
type Marked = { [CANONICAL]?: object };

const fin = (n: number | undefined | null): number | null => (typeof n === 'number' && Number.isFinite(n) ? n : null);

/** Builds the model-call event from a finished request's context. */
export function modelCallEvent(ctx: RequestContext, latencyMs: number): ModelCallEvent {
  const id = ctx.identity;
  const e: ModelCallEvent = {
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
    status: fin(ctx.status),
    stream: ctx.stream === true,
    teamId: id?.teamId ?? null,
    tokensIn: ctx.usage ? fin(ctx.usage.promptTokens) : null,
    // Without usage from the backend, a stream's completion tokens as counted on the stream.
    tokensOut: ctx.usage ? fin(ctx.usage.completionTokens) : fin(ctx.streamedTokens),
    userId: id?.userId ?? null,
    v: AUDIT_EVENT_VERSION,
  };
  (e as Marked)[CANONICAL] = e;
  return e;
}

/** Builds the security-action event. Only scalar, non-secret details are kept (see SecurityEvent). */
export function securityEvent(e: SecurityEvent): SecurityActionEvent {
  const details: Record<string, string | number | boolean | null> = {};
  const src = e.details ?? {};
  for (const k of Object.keys(src).sort()) {
    const v = src[k];
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) details[k] = v;
  }
  const out: SecurityActionEvent = {
    action: e.action,
    actor: { address: e.actor.address ?? null, keyId: e.actor.keyId ?? null, userId: e.actor.userId ?? null, via: e.actor.via },
    details,
    kind: 'security',
    outcome: e.outcome,
    target: e.target ? { id: e.target.id, type: e.target.type } : null,
    v: AUDIT_EVENT_VERSION,
  };
  (out as Marked)[CANONICAL] = out;
  return out;
}

/** The canonical text stored and hashed for an event. */
export function serializeEvent(e: AuditEvent): string {
  return (e as Marked)[CANONICAL] === e ? JSON.stringify(e) : canonicalJson(e as unknown as Json);
}

/** One event as the API and the export present it. */
export interface AuditRecord { seq: number; at: string; hash: string; prevHash: string; event: AuditEvent }

export function toRecord(row: { seq: number; at: number; body: string; hash: string; prevHash: string }): AuditRecord {
  return { seq: row.seq, at: new Date(row.at).toISOString(), hash: row.hash, prevHash: row.prevHash, event: JSON.parse(row.body) as AuditEvent };
}
