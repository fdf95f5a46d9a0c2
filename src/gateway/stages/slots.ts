/**
 * The pipeline slots filled by pluggable modules: limit (src/limits), guard
 * (src/guard) and audit (src/audit). Each wraps the module's interface from
 * ./types.ts into a named stage; with no module configured the no-op
 * implementation keeps the slot in place.
 */
import type { RequestContext } from '../context.js';
import type { Stage } from '../pipeline.js';
import { LIMIT_HEADERS } from './headers.js';
import type { AuditSink, GuardStage, LimitStage, LimitTicket } from './types.js';
import { snapshotPrompt, type ContentCapture } from '../content-capture.js';

const TICKET = 'limit.ticket';
const NO_USAGE = Object.freeze({ promptTokens: 0, completionTokens: 0 });

function keepTicket(ctx: RequestContext, ticket: LimitTicket): void {
  ctx.ext.set(TICKET, ticket);
  if (ticket.headers) ctx.ext.set(LIMIT_HEADERS, ticket.headers);
}

export function createLimitSlot(limits: LimitStage): Stage {
  return {
    name: 'limit',
    run(ctx) {
      if (ctx.endpoint === 'models') return;
      // Synchronous when no limit applies: no promise or microtask on the hot path.
      const t = limits.admit(ctx);
      if (t instanceof Promise) return t.then((ticket) => keepTicket(ctx, ticket));
      keepTicket(ctx, t);
    },
  };
}

/** Settles the request's limit ticket exactly once (called when the request ends, however it ends). */
export function settleLimit(ctx: RequestContext): void {
  const t = ctx.ext.get(TICKET) as LimitTicket | undefined;
  if (!t) return;
  ctx.ext.delete(TICKET);
  // A request that never got an answer from a backend used no tokens: refund the reservation.
  // A stream without usage (finished, cut, or left by either side) is charged by what it streamed;
  // any other answer without usage keeps the reservation charged.
  const usage = ctx.usage ?? (ctx.status === undefined || ctx.status >= 400 ? NO_USAGE : undefined);
  try {
    if (usage === undefined && ctx.streamedTokens !== undefined) t.settle(undefined, ctx.streamedTokens);
    else t.settle(usage);
  } catch {
    /* a limiter failure after the answer must not affect the client */
  }
}

export function createGuardSlot(guard: GuardStage, content?: ContentCapture): Stage {
  return {
    name: 'guard',
    run(ctx) {
      if (ctx.endpoint === 'models') return;
      snapshotPrompt(ctx, content);
      return guard.inspect(ctx);
    },
  };
}

/**
 * The audit slot runs last for every request, refused or not, and hands the
 * finished context to the audit sink (which batches off the hot path). The
 * sink's fail-closed admission check runs when the request is received, before
 * any other stage (see server.ts), so nothing is proxied that cannot be audited.
 */
export function createAuditSlot(audit: AuditSink): Stage {
  return {
    name: 'audit',
    run(ctx) {
      audit.record(ctx, Number(process.hrtime.bigint() - ctx.startedAt) / 1e6);
    },
  };
}
