/**
 * Plain HTTP calls to a running Bastion for the limits-through-the-gateway
 * tests: JSON chat requests from a chosen local address (127.0.0.x, so a test
 * can play several clients), an open stream the test reads when it wants, and
 * the probe endpoints.
 */
import { request, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** error.code of an error body, if any. */
  code: string | undefined;
  message: string | undefined;
}

export interface CallOptions {
  key?: string;
  model?: string;
  /** Extra fields merged into the chat body (max_tokens, stream, …). */
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Local address to connect from (any of 127.0.0.0/8 on Linux). */
  from?: string;
  path?: string;
  method?: 'GET' | 'POST';
}

function open(baseUrl: string, o: CallOptions): Promise<IncomingMessage> {
  const u = new URL(o.path ?? '/v1/chat/completions', baseUrl);
  const method = o.method ?? 'POST';
  const payload = method === 'POST'
    ? JSON.stringify({ model: o.model ?? 'fake-model', messages: [{ role: 'user', content: 'hello there' }], ...o.body })
    : undefined;
  const headers: Record<string, string> = { ...o.headers };
  if (payload !== undefined) headers['content-type'] = 'application/json';
  if (o.key !== undefined) headers.authorization = `Bearer ${o.key}`;
  return new Promise((resolve, reject) => {
    const req = request({
      host: u.hostname,
      port: u.port,
      path: u.pathname + u.search,
      method,
      headers,
      agent: false,
      ...(o.from ? { localAddress: o.from } : {}),
    }, resolve);
    req.on('error', reject);
    req.end(payload);
  });
}

async function readAll(res: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const d of res) parts.push(d as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

function answer(res: IncomingMessage, text: string): Answer {
  let code: string | undefined;
  let message: string | undefined;
  try {
    const j = JSON.parse(text) as { error?: { code?: string; message?: string } };
    code = j.error?.code;
    message = j.error?.message;
  } catch { /* a stream or a non-JSON body */ }
  return { status: res.statusCode ?? 0, headers: res.headers, text, code, message };
}

/** One request, read to the end. */
export async function call(baseUrl: string, o: CallOptions = {}): Promise<Answer> {
  const res = await open(baseUrl, o);
  return answer(res, await readAll(res));
}

/** A request whose response head has arrived; the body is read by finish(), or the client hangs up with abort(). */
export async function begin(baseUrl: string, o: CallOptions = {}): Promise<{ status: number; headers: IncomingHttpHeaders; finish(): Promise<Answer>; abort(): void }> {
  const res = await open(baseUrl, o);
  res.on('error', () => undefined); // a hang-up is what abort() asks for
  return { status: res.statusCode ?? 0, headers: res.headers, finish: async () => answer(res, await readAll(res)), abort: () => { res.destroy(); } };
}

/** GET a probe endpoint (/readyz, /metrics) and return its body. */
export async function probe(baseUrl: string, path: string): Promise<{ status: number; text: string }> {
  const a = await call(baseUrl, { path, method: 'GET' });
  return { status: a.status, text: a.text };
}

/** Parses `"name";r=3;t=60, "other";r=0;t=1` (RateLimit) or `"name";q=3;w=60` (RateLimit-Policy) into name → params. */
export function parseLimitHeader(value: string | string[] | undefined): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  const text = Array.isArray(value) ? value.join(', ') : value ?? '';
  for (const item of text.split(',')) {
    const m = /^\s*"([^"]+)"(.*)$/.exec(item);
    if (!m) continue;
    const params: Record<string, number> = {};
    for (const p of m[2]!.split(';')) {
      const [k, v] = p.split('=');
      if (k && v !== undefined) params[k.trim()] = Number(v);
    }
    out.set(m[1]!, params);
  }
  return out;
}
