/** Calls data-module routes in-process with a chosen identity, as the control-plane server would. */
import type { ApiResponse, ApiRoute } from '../../src/control/api-types.js';
import type { SecurityEvent, SecurityEventSink } from '../../src/control/events.js';
import { BastionError } from '../../src/errors/registry.js';
import type { Identity } from '../../src/gateway/context.js';
import type { Role } from '../../src/store/types.js';

export function identity(userId: string, role: Role = 'member', teamId: string | null = null): Identity {
  return { keyId: `key-${userId}`, keyName: 'test', keyPrefix: '000000000000', userId, teamId, role, models: null };
}

export class EventLog implements SecurityEventSink {
  readonly events: SecurityEvent[] = [];
  emit(e: SecurityEvent): void {
    this.events.push(e);
  }
  of(action: string): SecurityEvent[] {
    return this.events.filter((e) => e.action === action);
  }
}

function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/');
  const s = path.split('/');
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const seg = p[i] as string;
    if (seg.startsWith(':')) params[seg.slice(1)] = decodeURIComponent(s[i] as string);
    else if (seg !== s[i]) return null;
  }
  return params;
}

export type Outcome = ApiResponse | { status: number; code: string };

/** Routes a request like the server: auth enforcement, then the handler; BastionErrors become { status, code }. */
export async function call(routes: ApiRoute[], method: ApiRoute['method'], url: string, who: Identity | null, body?: unknown): Promise<Outcome> {
  const [path, qs] = url.split('?') as [string, string | undefined];
  for (const r of routes) {
    if (r.method !== method) continue;
    const params = match(r.pattern, path);
    if (!params) continue;
    if (r.auth !== 'none' && !who) return { status: 401, code: 'missing_credentials' };
    if (r.auth === 'admin' && who?.role !== 'admin') return { status: 403, code: 'forbidden' };
    try {
      return await r.handler({ method, path, params, query: new URLSearchParams(qs ?? ''), body, identity: who, requestId: 'req-test', clientAddress: '127.0.0.1' });
    } catch (err) {
      if (err instanceof BastionError) return { status: err.status, code: err.code };
      throw err;
    }
  }
  return { status: 404, code: 'not_found' };
}

export function bodyOf<T>(o: Outcome): T {
  if (!('body' in o) && 'code' in o) throw new Error(`expected a body, got ${o.status} ${o.code}`);
  return (o as ApiResponse).body as T;
}
