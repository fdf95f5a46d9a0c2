/**
 * The gateway's HTTP server: /v1 (the pipeline), /api (control-plane routes),
 * /healthz, /readyz and /metrics. Errors leave through one function
 * (toClientError): only registered codes reach a client; anything else is a
 * generic 500 with the request id, logged here.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Secret } from '../control/secret.js';
import { BastionError, toClientError } from '../errors/registry.js';
import type { ServerConfig } from '../config/schema.js';
import type { Logger } from '../log/logger.js';
import type { ApiRoute } from '../control/api-types.js';
import { GatewayRequest, type RequestContext } from './context.js';
import { composePipeline, runPipeline, type Stage, type StageIO } from './pipeline.js';
import type { Catalog } from './backends/catalog.js';
import { Metrics } from './metrics.js';
import { canonicalPath, createReceiveStage } from './stages/receive.js';
import { createAuthenticateStage, createAuthenticator, type AuthFailureGuard, type IdentityLookup } from './stages/authenticate.js';
import { createValidateStage } from './stages/validate.js';
import { createAuthorizeStage } from './stages/authorize.js';
import { createRouteStage } from './stages/route.js';
import { createProxyStage } from './stages/proxy.js';
import { createAuditSlot, createGuardSlot, createLimitSlot, settleLimit } from './stages/slots.js';
import { noAudit, noGuard, noLimits, type AuditSink, type GuardStage, type LimitStage } from './stages/types.js';
import { errorEvent } from './sse.js';
import { createApiRouter } from './api-router.js';
import { finishCapture, type ContentCapture } from './content-capture.js';
import { ClientLink } from './client-link.js';

export interface GatewayDeps {
  server: ServerConfig;
  catalog: Catalog;
  identities: IdentityLookup;
  log: Logger;
  metrics?: Metrics;
  limits?: LimitStage;
  guard?: GuardStage;
  audit?: AuditSink;
  authFailures?: AuthFailureGuard;
  /** Content logging (policy per team); nothing is copied when absent. */
  content?: ContentCapture;
  apiRoutes?: readonly ApiRoute[];
  /** Resolves the client address (trusted-proxy aware); the socket's peer by default. */
  clientAddress?: (req: IncomingMessage) => string;
  /** Readiness beyond "listening" (store reachable, snapshot loaded, …). */
  ready?: () => { ready: boolean; detail?: Record<string, unknown> };
  /** Serves anything outside /v1, /api and the probes (the web interface). */
  fallback?: (req: IncomingMessage, res: ServerResponse, path: string) => boolean;
}

export interface Gateway {
  server: Server;
  metrics: Metrics;
  pipeline: readonly Stage[];
  listen(port: number, host: string): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'headers_too_large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'request_timeout'],
};

const sha256 = (s: string): Buffer => createHash('sha256').update(s).digest();

/**
 * `server.metrics: token`: the scraper sends `Authorization: Bearer <token>`.
 * Compared as SHA-256 digests in constant time; the same refusal as for API keys.
 */
function scrapeRefusal(authorization: string | undefined, token: Secret | null): BastionError | null {
  if (authorization === undefined) return new BastionError('missing_credentials', 'No credentials: send Authorization: Bearer <metrics token>.', { headers: { 'WWW-Authenticate': 'Bearer' } });
  const presented = /^bearer (.+)$/i.exec(authorization)?.[1]?.trim();
  if (!token || !presented || !timingSafeEqual(sha256(presented), sha256(token.reveal()))) {
    return new BastionError('invalid_credentials', undefined, { headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return null;
}

function sendError(res: ServerResponse, ctxOrId: RequestContext | string, err: unknown, log: Logger, metrics: Metrics): void {
  const id = typeof ctxOrId === 'string' ? ctxOrId : ctxOrId.id;
  if (!(err instanceof BastionError)) log.error('unhandled error', { requestId: id, error: err });
  const ce = toClientError(err, id);
  metrics.error(ce.body.error.code);
  if (typeof ctxOrId !== 'string') {
    ctxOrId.status = ce.status;
    ctxOrId.errorCode = ce.body.error.code;
    if (ctxOrId.decision !== 'blocked') ctxOrId.decision = ce.status === 400 && ce.body.error.type === 'guard_error' ? 'blocked' : 'error';
    if (err instanceof BastionError && (err.code === 'guard_blocked' || err.code === 'output_blocked')) ctxOrId.decision = 'blocked';
  }
  if (res.headersSent) {
    // Mid-stream: end with a terminal SSE error event so the client never hangs.
    if (!res.writableEnded) res.end(errorEvent(ce.body.error.code, ce.body.error.message, ce.body.error.type));
    return;
  }
  const text = JSON.stringify(ce.body);
  const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'x-request-id': id, ...ce.headers };
  // The body was not (fully) read: the connection cannot be reused safely.
  if ((err instanceof BastionError && (err.code === 'body_too_large' || err.code === 'bad_request')) || res.req?.complete === false) headers.connection = 'close';
  res.writeHead(ce.status, headers);
  res.end(text);
}

export function createGateway(deps: GatewayDeps): Gateway {
  const { log, catalog } = deps;
  const metrics = deps.metrics ?? new Metrics();
  const authenticate = createAuthenticator({ identities: deps.identities, ...(deps.authFailures ? { failures: deps.authFailures } : {}) });
  const guard = deps.guard ?? noGuard;
  const audit = deps.audit ?? noAudit;
  const pipeline = composePipeline({
    receive: createReceiveStage({ maxBodyBytes: deps.server.maxBodyBytes }),
    authenticate: createAuthenticateStage(authenticate),
    validate: createValidateStage(deps.server),
    authorize: createAuthorizeStage(catalog),
    limit: createLimitSlot(deps.limits ?? noLimits),
    guard: createGuardSlot(guard, deps.content),
    route: createRouteStage(catalog),
    proxy: createProxyStage({ catalog, guard }),
    audit: createAuditSlot(audit),
  });
  const auditStage = pipeline[pipeline.length - 1] as Stage;
  const api = createApiRouter(deps.apiRoutes ?? [], { authenticate, maxBodyBytes: deps.server.maxBodyBytes });
  const addressOf = deps.clientAddress ?? ((req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown');

  metrics.gauge('bastion_backend_up', 'Whether a backend takes traffic (health check passing and circuit closed).', () =>
    [...catalog.backends.values()].map((b) => ({ labels: { backend: b.id }, value: b.available ? 1 : 0 })));

  async function handleV1(req: IncomingMessage, res: ServerResponse, path: string, query: string, client: ClientLink): Promise<void> {
    const ctx = new GatewayRequest(randomUUID(), req.method ?? 'GET', path, query, addressOf(req), client);
    const io: StageIO = { req, res, body: null };
    try {
      audit.admit(ctx);
      await runPipeline(pipeline, ctx, io);
      ctx.status ??= res.statusCode;
    } catch (err) {
      if (client.aborted && !(err instanceof BastionError)) {
        ctx.decision = 'error';
        ctx.errorCode = 'client_closed';
        ctx.reasons.push('proxy.client_closed');
      } else {
        sendError(res, ctx, err, log, metrics);
      }
    } finally {
      settleLimit(ctx);
      try {
        finishCapture(ctx, deps.content);
      } catch (e) {
        log.error('content capture failed', { requestId: ctx.id, error: e });
      }
      try {
        auditStage.run(ctx, io);
      } catch (e) {
        log.error('audit record failed', { requestId: ctx.id, error: e });
      }
      const seconds = Number(process.hrtime.bigint() - ctx.startedAt) / 1e9;
      metrics.request(ctx.endpoint ?? 'unknown', ctx.status ?? res.statusCode, seconds);
      if (deps.server.accessLog) {
        log.info('request', {
          requestId: ctx.id, endpoint: ctx.endpoint, model: ctx.model, stream: ctx.stream, status: ctx.status ?? res.statusCode,
          code: ctx.errorCode, decision: ctx.decision, keyId: ctx.identity?.keyId, userId: ctx.identity?.userId,
          backend: ctx.backendId, ms: Math.round(seconds * 1e4) / 10, client: ctx.clientAddress,
          reasons: ctx.reasons.length > 0 ? ctx.reasons : undefined,
        });
      }
    }
  }

  function probe(res: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
    res.end(text);
  }

  const server = createServer({
    maxHeaderSize: deps.server.maxHeaderBytes,
    requestTimeout: deps.server.requestTimeoutMs,
    headersTimeout: deps.server.headersTimeoutMs,
    keepAliveTimeout: deps.server.keepAliveTimeoutMs,
    noDelay: true,
  }, (req, res) => {
    const client = new ClientLink();
    res.on('close', () => { if (!res.writableFinished) client.close(); });
    let path: string;
    let query: string;
    try {
      ({ path, query } = canonicalPath(req.url ?? '/'));
    } catch (err) {
      sendError(res, randomUUID(), err, log, metrics);
      return;
    }
    if (path.startsWith('/v1/')) {
      void handleV1(req, res, path, query, client);
      return;
    }
    if (path === '/healthz') return probe(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      const r = deps.ready?.() ?? { ready: true };
      const backends = [...catalog.backends.values()].map((b) => ({ id: b.id, available: b.available }));
      return probe(res, r.ready ? 200 : 503, { status: r.ready ? 'ready' : 'not_ready', backends, ...(r.detail ?? {}) });
    }
    if (path === '/metrics' && deps.server.metrics === 'off') {
      sendError(res, randomUUID(), new BastionError('not_found'), log, metrics);
      return;
    }
    if (path === '/metrics' && req.method === 'GET') {
      if (deps.server.metrics === 'token') {
        const refusal = scrapeRefusal(req.headers.authorization, deps.server.metricsToken);
        if (refusal) {
          sendError(res, randomUUID(), refusal, log, metrics);
          return;
        }
      }
      const text = metrics.render();
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
      res.end(text);
      return;
    }
    const requestId = randomUUID();
    if (path.startsWith('/api/')) {
      api(req, res, { path, query, requestId, clientAddress: addressOf(req) }).catch((err) => sendError(res, requestId, err, log, metrics));
      return;
    }
    if (deps.fallback?.(req, res, path)) return;
    sendError(res, requestId, new BastionError('not_found'), log, metrics);
  });

  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    const [status, text, code] = CLIENT_ERRORS[err.code ?? ''] ?? [400, 'Bad Request', 'bad_request'];
    metrics.error(code);
    if (!socket.writable) { socket.destroy(); return; }
    const body = JSON.stringify({ error: { message: code === 'bad_request' ? 'Malformed HTTP request.' : text + '.', type: 'invalid_request_error', code, param: null } });
    socket.end(`HTTP/1.1 ${status} ${text}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });

  return {
    server,
    metrics,
    pipeline,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const addr = server.address();
          const p = typeof addr === 'object' && addr ? addr.port : port;
          resolve({ port: p, url: `http://${host.includes(':') ? `[${host}]` : host}:${p}` });
        });
      });
    },
    async close() {
      metrics.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      });
    },
  };
}
