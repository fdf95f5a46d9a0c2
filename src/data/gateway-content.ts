/**
 * Builds the content-log record for a finished gateway request. The gateway
 * snapshots the prompt before the guard stage (the guard redacts `ctx.body` in
 * place) and collects the released answer text; the body after the guard is
 * the redacted prompt only when the guard actually inspected it — otherwise
 * nothing is offered as "redacted", so the `redacted` policy stores no prompt.
 */
import type { RequestContext } from '../gateway/context.js';
import type { ContentRecordInput } from './content-log.js';

/** The prompt part of an endpoint body: chat messages, a completion prompt, or embedding input. */
export function promptOf(body: Readonly<Record<string, unknown>> | undefined): unknown {
  if (!body) return null;
  return body.messages ?? body.prompt ?? body.input ?? null;
}

export function contentRecordFor(
  ctx: Pick<RequestContext, 'id' | 'identity' | 'model' | 'body'>,
  opts: { originalPrompt: unknown; guardInspected: boolean; response: string | null; redactedResponse?: string | null },
): ContentRecordInput | null {
  if (!ctx.identity) return null;
  return {
    requestId: ctx.id,
    userId: ctx.identity.userId,
    teamId: ctx.identity.teamId,
    model: ctx.model ?? null,
    prompt: opts.originalPrompt,
    response: opts.response,
    ...(opts.guardInspected ? { redactedPrompt: promptOf(ctx.body) } : {}),
    ...(opts.redactedResponse !== undefined ? { redactedResponse: opts.redactedResponse } : {}),
  };
}
