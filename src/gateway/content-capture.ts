/**
 * Content logging seam. When policy keeps a team's content (`redacted` or
 * `full`, see src/data/content-log.ts), the gateway snapshots the prompt before
 * the guard may redact it, collects the answer text actually released to the
 * client, and hands both over when the request ends. Under `off` and
 * `metadata` (the default) nothing is copied.
 */
import type { RequestContext } from './context.js';

export interface ContentCapture {
  /** Synchronous and cheap: called once per request before the guard stage. */
  wants(ctx: RequestContext): boolean;
  /** Called when the request ends; must not throw or block (implementations store asynchronously). */
  record(ctx: RequestContext, originalPrompt: unknown, response: string | null): void;
}

const ORIGINAL = 'content.original';
const RESPONSE = 'content.response';

export function snapshotPrompt(ctx: RequestContext, capture: ContentCapture | undefined): void {
  if (!capture || !ctx.body || !capture.wants(ctx)) return;
  const b = ctx.body;
  ctx.ext.set(ORIGINAL, structuredClone(b.messages ?? b.prompt ?? b.input ?? null));
  ctx.ext.set(RESPONSE, []);
}

export function capturing(ctx: RequestContext): boolean {
  return ctx.ext.has(RESPONSE);
}

/** Appends released answer text (no-op unless the prompt was snapshotted). */
export function captureResponse(ctx: RequestContext, text: string): void {
  const parts = ctx.ext.get(RESPONSE) as string[] | undefined;
  if (parts && text) parts.push(text);
}

export function finishCapture(ctx: RequestContext, capture: ContentCapture | undefined): void {
  if (!capture || !ctx.ext.has(ORIGINAL)) return;
  const parts = ctx.ext.get(RESPONSE) as string[];
  capture.record(ctx, ctx.ext.get(ORIGINAL), parts.length > 0 ? parts.join('') : null);
}
