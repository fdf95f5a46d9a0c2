/**
 * Interfaces of the pluggable stages. The gateway runs them in the order fixed
 * in src/gateway/pipeline.ts. Limit, guard and audit are provided by their own
 * modules (src/limits, src/guard, src/audit); when one is not configured the
 * gateway uses the no-op implementation below, so the slot always exists.
 */
import type { RequestContext, Usage } from '../context.js';

/** What the limit stage hands back once a request is admitted. */
export interface LimitTicket {
  /**
   * Called exactly once when the request ends (success, error or client abort), with actual usage if known.
   * Without usage, `streamedTokens` (completion tokens counted on a stream) charges the estimated prompt
   * plus what was streamed instead of the whole reservation.
   */
  settle(usage: Usage | undefined, streamedTokens?: number): void;
  /** Response headers to add on success (e.g. RateLimit, RateLimit-Policy). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface LimitStage {
  /**
   * Throws (or rejects with) BastionError (rate_limited, budget_exhausted, concurrency_limited,
   * limiter_unavailable) to refuse. A request no limit applies to may be admitted synchronously.
   */
  admit(ctx: RequestContext): LimitTicket | Promise<LimitTicket>;
}

/** Result of feeding model output to an output filter. */
export type OutputVerdict = { release: string } | { cut: string /* reason code */ };

/**
 * Checks model output as it streams. The gateway feeds the text deltas of the
 * answer in order; the filter may hold text back (a small window) and returns
 * what is safe to release now. `cut` ends the stream with a terminal error event.
 */
export interface OutputFilter {
  write(text: string): OutputVerdict;
  end(): OutputVerdict;
}

export interface GuardStage {
  /**
   * Inspects ctx.body before routing. Throws BastionError('guard_blocked', …) to block;
   * may rewrite ctx.body (redaction); adds findings and reason codes to ctx.
   * Returns a promise only when it has to wait (e.g. a deep scan); a synchronous
   * throw refuses the request just as a rejection does.
   */
  inspect(ctx: RequestContext): void | Promise<void>;
  /** An output filter for this request's answer, or undefined when no output check applies. */
  outputFilter(ctx: RequestContext): OutputFilter | undefined;
}

/** One audit record per model call; built by the gateway from the context when the request ends. */
export interface AuditSink {
  /**
   * Accepts the finished request's record. Must not block the response path:
   * implementations batch. Throwing BastionError('audit_unavailable') before the
   * request is proxied is how fail-closed policy refuses new work — see `admit`.
   */
  record(ctx: RequestContext, latencyMs: number): void;
  /** Called before routing; throws BastionError('audit_unavailable') when policy is fail-closed and the writer cannot accept more. */
  admit(ctx: RequestContext): void;
}

const NO_TICKET: LimitTicket = Object.freeze({ settle: () => undefined });

export const noLimits: LimitStage = {
  admit: () => NO_TICKET,
};

export const noGuard: GuardStage = {
  inspect: () => undefined,
  outputFilter: () => undefined,
};

export const noAudit: AuditSink = {
  record: () => undefined,
  admit: () => undefined,
};
