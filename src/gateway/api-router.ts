/**
 * Mounts control-plane routes (src/control/api-types.ts) under /api. Same
 * credential path as /v1; JSON bodies read with the same caps; 'admin' routes
 * require the admin role. Handlers throw BastionError for client errors.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BastionError } from '../errors/registry.js';
import type { ApiRequest, ApiRoute } from '../control/api-types.js';
import type { Identity } from './context.js';
import { readBody } from './stages/receive.js';
import { decodeJson } from './stages/validate.js';
import type { Authenticator } from './stages/authenticate.js';

interface Compiled { route: ApiRoute; parts: string[] }

function drainOrClose(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

export function createApiRouter(routes: readonly ApiRoute[], deps: { authenticate: Authenticator; maxBodyBytes: number }) {
  const compiled: Compiled[] = routes.map((route) => ({ route, parts: route.pattern.split('/').filter(Boolean) }));

  function match(method: string, path: string): { route: ApiRoute; params: Record<string, string> } | 'method' | undefined {
    const segs = path.split('/').filter(Boolean);
    let pathMatched = false;
    for (const c of compiled) {
      if (c.parts.length !== segs.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < segs.length; i++) {
        const p = c.parts[i] as string;
        const s = segs[i] as string;
        if (p.startsWith(':')) params[p.slice(1)] = s;
        else if (p !== s) { ok = false; break; }
      }
      if (!ok) continue;
      pathMatched = true;
      if (c.route.method === method) return { route: c.route, params };
    }
    return pathMatched ? 'method' : undefined;
  }

  return async function handleApi(req: IncomingMessage, res: ServerResponse, info: { path: string; query: string; requestId: string; clientAddress: string }): Promise<void> {
    const sub = info.path.slice('/api'.length) || '/';
    const m = match(req.method ?? 'GET', sub);
    if (m === undefined) throw new BastionError('not_found');
    if (m === 'method') throw new BastionError('method_not_allowed');
    let identity: Identity | null = null;
    if (m.route.auth !== 'none') {
      identity = deps.authenticate(req.headers, info.query, info.clientAddress, req.rawHeaders);
      if (m.route.auth === 'admin' && identity.role !== 'admin') throw new BastionError('forbidden');
    }
    let body: unknown;
    if (req.method === 'POST' || req.method === 'PATCH' || req.method === 'PUT') {
      const buf = await readBody(req, deps.maxBodyBytes);
      if (buf.length > 0) {
        const ct = req.headers['content-type'];
        if (ct === undefined || !/^application\/json\b/i.test(ct)) throw new BastionError('unsupported_media_type');
        body = decodeJson(buf);
      }
    }
    const apiReq: ApiRequest = {
      method: req.method ?? 'GET',
      path: sub,
      params: m.params,
      query: new URLSearchParams(info.query),
      body,
      identity,
      requestId: info.requestId,
      clientAddress: info.clientAddress,
    };
    const out = await m.route.handler(apiReq);
    const headers = { 'x-request-id': info.requestId, 'cache-control': 'no-store', ...(out.headers ?? {}) };
    if (out.stream) {
      res.writeHead(out.status, { 'content-type': 'application/x-ndjson', ...headers });
      for await (const chunk of out.stream) {
        // A client that went away never drains: leaving the loop closes the producer (its cursor, its memory).
        if (res.destroyed) break;
        if (!res.write(chunk)) await drainOrClose(res);
        if (res.destroyed) break;
      }
      res.end();
      return;
    }
    if (out.body === undefined) {
      res.writeHead(out.status, headers);
      res.end();
      return;
    }
    const text = JSON.stringify(out.body);
    res.writeHead(out.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
  };
}
