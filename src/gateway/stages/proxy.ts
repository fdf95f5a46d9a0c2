/**
 * proxy: sends the validated request to the chosen backend and streams the
 * answer back. Retries on another backend on connect failure, timeout, 5xx or
 * 429 before the first byte. Only an allowlisted set of headers crosses in
 * either direction; backend URLs and error details never reach the client.
 * The output guard (if any) checks the answer before the client sees it.
 */
import type { ServerResponse } from 'node:http';
import { BastionError } from '../../errors/registry.js';
import type { Catalog, Candidate } from '../backends/catalog.js';
import { postUpstream, type UpstreamResponse } from '../backends/upstream.js';
import { signalCancellation } from '../client-link.js';
import type { RequestContext } from '../context.js';
import type { Stage, StageIO } from '../pipeline.js';
import type { GuardStage } from './types.js';
import { V1_ROUTES } from './receive.js';
import { candidatesOf } from './route.js';
import { mayUseModel } from './authorize.js';
import { relayStream } from './proxy-stream.js';
import { responseHeaders } from './headers.js';
import { captureResponse } from '../content-capture.js';
import { guardCarriers } from './output-carriers.js';

const MAX_JSON_RESPONSE = 32 * 1024 * 1024;
const MAX_ERROR_BODY = 64 * 1024;

/** Characters of a backend message looked at; the rest is dropped before any pattern runs. */
const MAX_MESSAGE_SCAN = 1000;

/**
 * A backend's error message with anything that could identify infrastructure
 * removed. The input is cut first: the message may echo client input, and the
 * patterns below must never run over an attacker-sized string.
 */
export function sanitizeBackendMessage(raw: string): string {
  return raw
    .slice(0, MAX_MESSAGE_SCAN)
    .replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, '[url]')
    .replace(/\[[\w.%-]*:[\w:.%-]*\](?::\d+)?/g, '[address]')
    .replace(/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, '[address]')
    .replace(/(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?:%[\w.-]+)?/gi, '[address]')
    .replace(/\b(?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*[a-z](?::\d+)?\b/gi, '[host]')
    .replace(/\b[a-z0-9][a-z0-9.-]*:\d{2,5}\b/gi, '[host]')
    .replace(/(?:\/[\w.-]+){2,}/g, '[path]')
    .replace(/\s+at\s+.*$/s, '')
    .slice(0, 300);
}

async function backendRejection(up: UpstreamResponse): Promise<BastionError> {
  const buf = await up.body.collect(MAX_ERROR_BODY).catch(() => null);
  let msg = '';
  if (buf) {
    try {
      const j = JSON.parse(buf.toString('utf8')) as { error?: { message?: unknown } | string; message?: unknown };
      const m = typeof j.error === 'string' ? j.error : typeof j.error?.message === 'string' ? j.error.message : typeof j.message === 'string' ? j.message : '';
      msg = sanitizeBackendMessage(m);
    } catch { /* not JSON: no message */ }
  }
  return new BastionError('backend_rejected', `The model backend rejected the request (HTTP ${up.statusCode})${msg ? `: ${msg}` : '.'}`, { details: { backend_status: up.statusCode } });
}

function sendModels(ctx: RequestContext, res: ServerResponse, catalog: Catalog): void {
  const id = ctx.identity;
  const data = catalog.models()
    .filter((m) => id !== undefined && mayUseModel(id, m))
    .map((m) => ({ id: m, object: 'model', created: 0, owned_by: 'bastion' }));
  const body = JSON.stringify({ object: 'list', data });
  res.writeHead(200, responseHeaders(ctx, 'application/json', Buffer.byteLength(body)));
  res.end(body);
}

function usageOf(j: unknown): { promptTokens: number; completionTokens: number } | undefined {
  const u = (j as { usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } } | null)?.usage;
  if (!u || typeof u.prompt_tokens !== 'number') return undefined;
  return { promptTokens: u.prompt_tokens, completionTokens: typeof u.completion_tokens === 'number' ? u.completion_tokens : 0 };
}

async function relayJson(ctx: RequestContext, io: StageIO, up: UpstreamResponse, guard: GuardStage): Promise<void> {
  const buf = await up.body.collect(MAX_JSON_RESPONSE);
  if (!buf) throw new BastionError('backend_error', 'The model backend answered with an oversized body.');
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(buf.toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new BastionError('backend_error', 'The model backend answered with invalid JSON.');
  }
  const usage = usageOf(j);
  if (usage) ctx.usage = usage;
  let out: Buffer | string = buf;
  if (ctx.endpoint === 'chat' || ctx.endpoint === 'completions') {
    const choices = Array.isArray(j.choices) ? (j.choices as Array<Record<string, unknown>>) : [];
    let changed = false;
    for (const ch of choices) {
      const msg = ch.message as Record<string, unknown> | undefined;
      const text = ctx.endpoint === 'chat' ? msg?.content : ch.text;
      if (typeof text !== 'string' || text === '') continue;
      const f = guard.outputFilter(ctx);
      if (!f) { captureResponse(ctx, text); continue; }
      const a = f.write(text);
      const b = 'cut' in a ? a : f.end();
      if ('cut' in a || 'cut' in b) {
        const reason = 'cut' in a ? a.cut : (b as { cut: string }).cut;
        ctx.reasons.push(reason);
        throw new BastionError('output_blocked', undefined, { details: { reason } });
      }
      const released = a.release + (b as { release: string }).release;
      captureResponse(ctx, released);
      if (released !== text) {
        if (ctx.endpoint === 'chat' && msg) msg.content = released;
        else ch.text = released;
        changed = true;
      }
    }
    // Reasoning, refusals, tool-call arguments and logprobs are model-written too.
    const side = guardCarriers(choices, (ch) => ch.message, () => guard.outputFilter(ctx));
    if ('cut' in side) {
      if (!ctx.reasons.includes(side.cut)) ctx.reasons.push(side.cut);
      throw new BastionError('output_blocked', undefined, { details: { reason: side.cut } });
    }
    if (changed || side.changed) out = JSON.stringify(j);
  }
  if (ctx.model && typeof j.model === 'string' && j.model !== ctx.model) {
    // Report the public model name, not the backend's.
    j.model = ctx.model;
    out = JSON.stringify(j);
  }
  io.res.writeHead(up.statusCode, responseHeaders(ctx, 'application/json', typeof out === 'string' ? Buffer.byteLength(out) : out.length));
  io.res.end(out);
}

export function createProxyStage(deps: { catalog: Catalog; guard: GuardStage }): Stage {
  const { catalog, guard } = deps;
  return {
    name: 'proxy',
    async run(ctx, io) {
      if (ctx.endpoint === 'models') return sendModels(ctx, io.res, catalog);
      const spec = V1_ROUTES.get(ctx.path);
      if (!spec) throw new BastionError('not_found');
      const body = ctx.body as Record<string, unknown>;
      let lastError: BastionError | undefined;
      const clientAskedUsage = ctx.stream && (body.stream_options as { include_usage?: unknown } | undefined)?.include_usage === true;
      for (const cand of candidatesOf(ctx)) {
        // Streams ask for usage unless the client did already: limits and audit then count real tokens.
        const askUsage = ctx.stream && !clientAskedUsage && spec.endpoint !== 'embeddings' && cand.backend.asksStreamUsage;
        let up = await attempt(ctx, cand, spec.upstreamPath, body, askUsage);
        let hideUsage = askUsage;
        if (askUsage && !(up instanceof BastionError) && up.statusCode === 400) {
          // A backend that refuses the field gets the request as the client sent it; if that passes, it is not asked again.
          up.body.dump();
          up = await attempt(ctx, cand, spec.upstreamPath, body, false);
          hideUsage = false;
          if (!(up instanceof BastionError) && up.statusCode < 400) cand.backend.refusesStreamUsage = true;
        }
        if (up instanceof BastionError) { lastError = up; continue; }
        ctx.status = up.statusCode;
        if (up.statusCode >= 400) throw await backendRejection(up);
        const ct = String(up.headers['content-type'] ?? '');
        if (ctx.stream && ct.startsWith('text/event-stream')) return relayStream(ctx, io, up, guard, hideUsage);
        return relayJson(ctx, io, up, guard);
      }
      throw lastError ?? new BastionError('no_healthy_backend');
    },
  };
}

/** The body with `stream_options.include_usage` set (the client's other stream options kept). */
function withStreamUsage(body: Record<string, unknown>): Record<string, unknown> {
  const so = body.stream_options;
  return { ...body, stream_options: { ...(so !== null && typeof so === 'object' ? so : {}), include_usage: true } };
}

/** One try against one backend; returns the response (2xx/4xx) or the error to remember before trying the next. */
async function attempt(ctx: RequestContext, cand: Candidate, path: string, body: Record<string, unknown>, askUsage: boolean): Promise<UpstreamResponse | BastionError> {
  const b = cand.backend;
  if (!b.breaker.allow()) return new BastionError('no_healthy_backend');
  ctx.backendId = b.id;
  body.model = cand.backendModel;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: ctx.stream ? 'text/event-stream' : 'application/json',
    'x-request-id': ctx.id,
  };
  const auth = b.authHeader();
  if (auth) headers.authorization = auth;
  let up: UpstreamResponse;
  try {
    up = await postUpstream(b.pool, b.basePath + path, headers, JSON.stringify(askUsage ? withStreamUsage(body) : body), ctx.client ?? signalCancellation(ctx.signal));
  } catch (e) {
    if (ctx.client?.aborted ?? ctx.signal.aborted) throw e;
    b.breaker.failure();
    const code = (e as { code?: string }).code;
    return new BastionError(code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' ? 'backend_timeout' : 'backend_error');
  }
  // A redirect is never followed, nor relayed: it is a misbehaving backend.
  if (up.statusCode >= 500 || up.statusCode === 429 || (up.statusCode >= 300 && up.statusCode < 400)) {
    up.body.dump();
    if (up.statusCode >= 500 || up.statusCode < 400) b.breaker.failure();
    else b.breaker.success();
    return new BastionError('backend_error');
  }
  b.breaker.success();
  return up;
}
