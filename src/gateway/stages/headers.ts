/** Response headers the gateway sets itself; nothing from a backend is copied blindly. */
import type { RequestContext } from '../context.js';

/** ctx.ext key under which the limit stage leaves its RateLimit headers. */
export const LIMIT_HEADERS = 'limit.headers';

/** A fresh headers object (the caller may add to it); `bodyBytes` sets content-length. */
export function responseHeaders(ctx: RequestContext, contentType: string, bodyBytes?: number): Record<string, string> {
  // Answers are per identity (x-api-key requests are not covered by HTTP's Authorization caching rule).
  const h: Record<string, string> = { 'content-type': contentType, 'x-request-id': ctx.id, 'cache-control': 'no-store' };
  if (bodyBytes !== undefined) h['content-length'] = String(bodyBytes);
  const lh = ctx.ext.get(LIMIT_HEADERS) as Readonly<Record<string, string>> | undefined;
  if (lh) Object.assign(h, lh);
  return h;
}
