/**
 * The embedded inference worker: an HTTP(S) server speaking the OpenAI API
 * in front of one GGUF model. Routes: GET /v1/models, POST /v1/chat/completions,
 * POST /v1/completions, POST /v1/embeddings, GET /healthz. Every failure is an
 * OpenAI-shaped error with a stable code; no request can take the process down.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { BastionError } from '../errors/registry.js';
import { InferenceEngine, type EngineOptions } from './engine.js';
import { handleChat, handleCompletion, handleEmbeddings, handleModels, type RequestScope } from './handlers.js';
import { sendError, sendJson } from './http-io.js';
import { DEMO_MODEL_NOTICE } from './tiny-model.js';

/** TLS seam: with these the worker serves HTTPS; `requestCert` + `ca` gives mTLS. */
export interface WorkerTlsOptions {
  readonly cert: string | Buffer;
  readonly key: string | Buffer;
  readonly ca?: string | Buffer;
  /** Ask for (and, with `ca`, require) a client certificate. @default false */
  readonly requestCert?: boolean;
}

export interface WorkerOptions extends EngineOptions {
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** 0 picks a free port. @default 0 */
  readonly port?: number;
  readonly tls?: WorkerTlsOptions;
  /** Called with a request id and the cause when a request fails with an unexpected error. */
  readonly onInternalError?: (requestId: string, err: unknown) => void;
}

export interface RunningWorker {
  /** Base URL ending in /v1. */
  readonly url: string;
  readonly engine: InferenceEngine;
  close(): Promise<void>;
}

type Route = (engine: InferenceEngine, scope: RequestScope) => void | Promise<void>;

const ROUTES: Record<string, { method: string; run: Route }> = {
  '/v1/models': { method: 'GET', run: handleModels },
  '/v1/chat/completions': { method: 'POST', run: handleChat },
  '/v1/completions': { method: 'POST', run: handleCompletion },
  '/v1/embeddings': { method: 'POST', run: handleEmbeddings },
};

export function createRequestListener(engine: InferenceEngine, onInternalError: (id: string, err: unknown) => void) {
  return function inferenceRequest(req: IncomingMessage, res: ServerResponse): void {
    const requestId = randomUUID();
    const ac = new AbortController();
    res.on('close', () => { if (!res.writableFinished) ac.abort(new Error('client disconnected')); });
    const scope: RequestScope = { req, res, signal: ac.signal, requestId };
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const run = async (): Promise<void> => {
      if (path === '/healthz') {
        if (req.method !== 'GET') throw new BastionError('method_not_allowed');
        sendJson(res, 200, {
          status: 'ok', model: engine.modelId, demo: engine.isDemoModel, ...(engine.isDemoModel ? { notice: DEMO_MODEL_NOTICE } : {}),
          sequences: engine.sequences, busy: engine.busy, queued: engine.queued, ...engine.stats,
        });
        return;
      }
      const route = ROUTES[path];
      if (!route) throw new BastionError('not_found');
      if (req.method !== route.method) throw new BastionError('method_not_allowed', undefined, { headers: { Allow: route.method } });
      await route.run(engine, scope);
    };
    run().catch((err: unknown) => {
      if (ac.signal.aborted) return;
      if (!(err instanceof BastionError)) onInternalError(requestId, err);
      sendError(res, err, requestId);
    });
  };
}

/** Loads the model and starts serving. Rejects with a BastionError (model_file_*, model_too_large) on a bad model. */
export async function startInferenceWorker(opts: WorkerOptions): Promise<RunningWorker> {
  const engine = await InferenceEngine.load(opts);
  const onInternalError = opts.onInternalError ?? ((id: string, err: unknown) => {
    process.stderr.write(`${JSON.stringify({ event: 'internal_error', request_id: id, error: err instanceof Error ? err.message : String(err) })}\n`);
  });
  const listener = createRequestListener(engine, onInternalError);
  const server: Server = opts.tls
    ? createHttpsServer({ cert: opts.tls.cert, key: opts.tls.key, ca: opts.tls.ca, requestCert: opts.tls.requestCert ?? false, rejectUnauthorized: opts.tls.requestCert === true }, listener)
    : createHttpServer(listener);
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  const host = opts.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, host, () => { server.off('error', reject); resolve(); });
    });
  } catch (err) {
    await engine.close();
    throw err;
  }
  const { port } = server.address() as AddressInfo;
  const hostPart = host.includes(':') ? `[${host}]` : host;
  const url = `${opts.tls ? 'https' : 'http'}://${hostPart}:${port}/v1`;
  return {
    url,
    engine,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engine.close();
    },
  };
}
