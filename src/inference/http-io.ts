/**
 * Small HTTP helpers for the worker: a size-capped JSON body reader, JSON and
 * OpenAI-shaped error responses, and server-sent events.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BastionError, toClientError } from '../errors/registry.js';

export const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** Reads and parses a JSON body, counting bytes on the stream (Content-Length is not trusted). */
export async function readJsonBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (type !== '' && !/^application\/json\b/i.test(type)) throw new BastionError('unsupported_media_type');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > maxBytes) throw new BastionError('body_too_large');
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BastionError('invalid_json');
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) { res.end(); return; }
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers });
  res.end(payload);
}

export function sendError(res: ServerResponse, err: unknown, requestId: string): void {
  const { status, body, headers } = toClientError(err, requestId);
  sendJson(res, status, body, headers);
}

export function startEventStream(res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.flushHeaders();
}

/** Writes one event; resolves once the socket can take more (backpressure), or at once if the client is gone. */
export function sendEvent(res: ServerResponse, data: unknown): Promise<void> | undefined {
  if (res.writableEnded || res.destroyed) return undefined;
  if (res.write(`data: ${JSON.stringify(data)}\n\n`)) return undefined;
  return new Promise<void>((resolve) => {
    const done = (): void => { res.off('drain', done); res.off('close', done); resolve(); };
    res.on('drain', done);
    res.on('close', done);
  });
}

export function endEventStream(res: ServerResponse): void {
  if (!res.writableEnded && !res.destroyed) res.end('data: [DONE]\n\n');
}
