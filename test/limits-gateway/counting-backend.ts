/**
 * A minimal OpenAI-compatible backend that counts what reaches it: requests per
 * model and the most requests in flight at once per model. Answers chat
 * completions (non-streaming) after a per-model delay, with usage.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';

export interface CountingBackend {
  readonly url: string;
  readonly received: Map<string, number>;
  readonly maxInFlight: Map<string, number>;
  reset(): void;
  stop(): Promise<void>;
}

export async function startCountingBackend(opts: { models: string[]; delayMs?: Record<string, number> }): Promise<CountingBackend> {
  const received = new Map<string, number>();
  const maxInFlight = new Map<string, number>();
  const inFlight = new Map<string, number>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/v1/models') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data: opts.models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'test' })) }));
      return;
    }
    const parts: Buffer[] = [];
    req.on('data', (d: Buffer) => parts.push(d));
    req.on('end', () => {
      let model = 'unknown';
      try { model = String((JSON.parse(Buffer.concat(parts).toString('utf8')) as { model?: unknown }).model); } catch { /* counted as unknown */ }
      received.set(model, (received.get(model) ?? 0) + 1);
      const now = (inFlight.get(model) ?? 0) + 1;
      inFlight.set(model, now);
      if (now > (maxInFlight.get(model) ?? 0)) maxInFlight.set(model, now);
      const answer = (): void => {
        inFlight.set(model, (inFlight.get(model) ?? 1) - 1);
        const text = JSON.stringify({
          id: 'chatcmpl-count', object: 'chat.completion', created: 1_700_000_000, model,
          choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 },
        });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      };
      const delay = opts.delayMs?.[model] ?? 0;
      if (delay > 0) setTimeout(answer, delay);
      else answer();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    received,
    maxInFlight,
    reset() { received.clear(); maxInFlight.clear(); },
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
