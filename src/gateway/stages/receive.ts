/**
 * receive: canonical paths only, method allowlist, JSON content type, and the
 * body read with its size counted on the stream (Content-Length is never trusted).
 * Header size and slow-client timeouts are enforced by the HTTP server options
 * (see server.ts).
 */
import type { IncomingMessage } from 'node:http';
import { BastionError } from '../../errors/registry.js';
import type { Endpoint, RequestContext } from '../context.js';
import type { Stage, StageIO } from '../pipeline.js';

export interface RouteSpec { endpoint: Endpoint; method: 'GET' | 'POST'; upstreamPath: string }

export const V1_ROUTES: ReadonlyMap<string, RouteSpec> = new Map([
  ['/v1/chat/completions', { endpoint: 'chat', method: 'POST', upstreamPath: '/chat/completions' }],
  ['/v1/completions', { endpoint: 'completions', method: 'POST', upstreamPath: '/completions' }],
  ['/v1/embeddings', { endpoint: 'embeddings', method: 'POST', upstreamPath: '/embeddings' }],
  ['/v1/models', { endpoint: 'models', method: 'GET', upstreamPath: '/models' }],
]);

const CANONICAL = /^(\/[a-z0-9_-]+(?:\.[a-z0-9_-]+)?)+$/i;

/**
 * Splits a raw request target into canonical path and query. Refuses anything
 * that is not already canonical: percent-encoding, dot segments, empty
 * segments (`//`), backslashes, trailing slashes, absolute-form targets.
 */
export function canonicalPath(rawUrl: string): { path: string; query: string } {
  const q = rawUrl.indexOf('?');
  const path = q === -1 ? rawUrl : rawUrl.slice(0, q);
  const query = q === -1 ? '' : rawUrl.slice(q + 1);
  if (path === '/') return { path, query };
  if (!CANONICAL.test(path) || path.includes('..')) throw new BastionError('invalid_path');
  return { path, query };
}

export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (err: Error | null, buf?: Buffer): void => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
      if (err) reject(err);
      else resolve(buf as Buffer);
    };
    const onData = (c: Buffer): void => {
      size += c.length;
      if (size > maxBytes) {
        req.pause();
        finish(new BastionError('body_too_large', `Request body exceeds ${maxBytes} bytes.`));
        return;
      }
      chunks.push(c);
    };
    const onEnd = (): void => finish(null, chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    const onError = (): void => finish(new BastionError('bad_request'));
    const onAborted = (): void => finish(new BastionError('bad_request', 'The client aborted the request.'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

export function createReceiveStage(opts: { maxBodyBytes: number }): Stage {
  return {
    name: 'receive',
    run(ctx: RequestContext, io: StageIO) {
      const spec = V1_ROUTES.get(ctx.path);
      if (!spec) throw new BastionError('not_found');
      if (io.req.method !== spec.method) throw new BastionError('method_not_allowed', undefined, { headers: { Allow: spec.method } });
      ctx.endpoint = spec.endpoint;
      if (spec.method === 'GET') return;
      const ct = io.req.headers['content-type'];
      if (ct === undefined || !/^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(ct)) throw new BastionError('unsupported_media_type');
      // A declared length over the cap is refused at once; the real size is still counted on the stream.
      const declared = Number(io.req.headers['content-length']);
      if (Number.isFinite(declared) && declared > opts.maxBodyBytes) throw new BastionError('body_too_large', `Request body exceeds ${opts.maxBodyBytes} bytes.`);
      io.bodyLimit = opts.maxBodyBytes;
    },
  };
}
