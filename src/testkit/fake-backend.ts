/**
 * A real OpenAI-compatible HTTP server for tests and benchmarks: its own
 * node:http server on a port of its own (0 = any free one), with configurable
 * chunking, delays and failures (HTTP 500, hang, dying mid-stream). It records
 * what it received so tests can check what crossed the gateway.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export type FailureMode = 'none' | 'status500' | 'status400' | 'hang' | 'die-mid-stream' | 'reset';

export interface FakeBackendOptions {
  models?: string[];
  /** Content chunks per streamed answer. @default 5 */
  chunks?: number;
  /** Delay between streamed chunks. @default 0 */
  chunkDelayMs?: number;
  /** Text of each content chunk (index i → text). */
  chunkText?: (i: number) => string;
  /** Chunks sent before dying in 'die-mid-stream'. @default 2 */
  dieAfter?: number;
  failure?: FailureMode;
  /** Sent with status400 as error.message (to test sanitisation). */
  errorMessage?: string;
  /** Require this bearer token from the gateway. */
  apiKey?: string;
  /** Answer 400 to any call that carries `stream_options` (as strict servers do). @default false */
  rejectStreamOptions?: boolean;
  /** Where streamed usage goes when asked for: its own event with no choices, or on the finishing chunk. @default 'own-event' */
  usageIn?: 'own-event' | 'finish-chunk';
  host?: string;
  port?: number;
}

export interface ReceivedRequest { method: string; url: string; headers: IncomingMessage['headers']; body: string }

export class FakeBackend {
  /** Model calls received (POST), in order. */
  readonly received: ReceivedRequest[] = [];
  /** GET requests (model discovery and health checks). */
  listings = 0;
  /** Model calls whose client (the gateway) went away before the answer ended. */
  aborted = 0;
  /** Model calls answered to the end. */
  completed = 0;
  /** Bytes of streamed answers handed to the socket so far (the backend respects backpressure). */
  streamedBytes = 0;
  opts: Required<Omit<FakeBackendOptions, 'apiKey' | 'port' | 'host'>> & Pick<FakeBackendOptions, 'apiKey'>;
  private server: Server | undefined;
  private sockets = new Set<import('node:net').Socket>();
  url = '';

  constructor(opts: FakeBackendOptions = {}) {
    this.opts = {
      models: opts.models ?? ['fake-model'],
      chunks: opts.chunks ?? 5,
      chunkDelayMs: opts.chunkDelayMs ?? 0,
      chunkText: opts.chunkText ?? ((i) => `tok${i} `),
      dieAfter: opts.dieAfter ?? 2,
      failure: opts.failure ?? 'none',
      errorMessage: opts.errorMessage ?? 'bad request',
      rejectStreamOptions: opts.rejectStreamOptions ?? false,
      usageIn: opts.usageIn ?? 'own-event',
      apiKey: opts.apiKey,
    };
    this.host = opts.host ?? '127.0.0.1';
    this.port = opts.port ?? 0;
  }
  private readonly host: string;
  private readonly port: number;

  set(patch: Partial<FakeBackend['opts']>): void {
    Object.assign(this.opts, patch);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res));
    this.server.keepAliveTimeout = 65_000;
    this.server.on('connection', (s) => { this.sockets.add(s); s.on('close', () => this.sockets.delete(s)); });
    await new Promise<void>((r) => this.server!.listen(this.port, this.host, () => r()));
    const addr = this.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : 0;
    this.url = `http://${this.host}:${port}/v1`;
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server!.close(() => r()));
    this.server = undefined;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const parts: Buffer[] = [];
    req.on('data', (d: Buffer) => parts.push(d));
    req.on('end', () => {
      const body = Buffer.concat(parts).toString('utf8');
      // Model listings (discovery, health checks) are counted apart so they never disturb call counts.
      if (req.method === 'GET') {
        this.listings++;
      } else {
        this.received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
        let finished = false;
        res.on('finish', () => { finished = true; this.completed++; });
        res.on('close', () => { if (!finished) this.aborted++; });
      }
      this.respond(req, res, body);
    });
  }

  private json(res: ServerResponse, status: number, obj: unknown): void {
    const text = JSON.stringify(obj);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), server: 'fake-backend/1.0', 'x-backend-secret-header': 'internal' });
    res.end(text);
  }

  private respond(req: IncomingMessage, res: ServerResponse, body: string): void {
    const o = this.opts;
    if (o.apiKey && req.headers.authorization !== `Bearer ${o.apiKey}`) return this.json(res, 401, { error: { message: 'no key', type: 'auth' } });
    if (req.method === 'GET' && req.url === '/v1/models') {
      return this.json(res, 200, { object: 'list', data: o.models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'fake' })) });
    }
    if (o.failure === 'status500') return this.json(res, 500, { error: { message: 'boom at http://10.1.2.3:9000/internal', type: 'server_error' } });
    if (o.failure === 'status400') return this.json(res, 400, { error: { message: o.errorMessage, type: 'invalid_request_error' } });
    if (o.failure === 'hang') return;
    if (o.failure === 'reset') { req.socket.destroy(); return; }
    let parsed: Record<string, unknown>;
    try { parsed = JSON.parse(body) as Record<string, unknown>; } catch { return this.json(res, 400, { error: { message: 'bad json' } }); }
    if (o.rejectStreamOptions && parsed.stream_options !== undefined) return this.json(res, 400, { error: { message: 'Unrecognized request argument supplied: stream_options', type: 'invalid_request_error' } });
    const model = typeof parsed.model === 'string' ? parsed.model : 'unknown';
    const created = 1_700_000_000;
    if (req.url === '/v1/embeddings') {
      const inputs = Array.isArray(parsed.input) ? parsed.input : [parsed.input];
      return this.json(res, 200, { object: 'list', model, data: inputs.map((_, i) => ({ object: 'embedding', index: i, embedding: [0.1, 0.2, 0.3, 0.4] })), usage: { prompt_tokens: 3 * inputs.length, total_tokens: 3 * inputs.length } });
    }
    const chat = req.url === '/v1/chat/completions';
    const texts = Array.from({ length: o.chunks }, (_, i) => o.chunkText(i));
    const usage = { prompt_tokens: 7, completion_tokens: o.chunks, total_tokens: 7 + o.chunks };
    if (parsed.stream !== true) {
      const text = texts.join('');
      return this.json(res, 200, chat
        ? { id: 'chatcmpl-fake', object: 'chat.completion', created, model, choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }], usage }
        : { id: 'cmpl-fake', object: 'text_completion', created, model, choices: [{ index: 0, text, finish_reason: 'stop' }], usage });
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', server: 'fake-backend/1.0' });
    const events: string[] = [];
    const so = parsed.stream_options as { include_usage?: boolean } | undefined;
    const chunk = (delta: Record<string, unknown> | null, text: string | null, finish: string | null, extra: Record<string, unknown> = {}): string => 'data: ' + JSON.stringify(chat
      ? { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish }], ...extra }
      : { id: 'cmpl-fake', object: 'text_completion', created, model, choices: [{ index: 0, text, finish_reason: finish }], ...extra }) + '\n\n';
    if (chat) events.push(chunk({ role: 'assistant', content: '' }, null, null));
    for (const t of texts) events.push(chunk({ content: t }, t, null));
    events.push(chunk({}, '', 'stop', so?.include_usage && o.usageIn === 'finish-chunk' ? { usage } : {}));
    if (so?.include_usage && o.usageIn === 'own-event') events.push('data: ' + JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created, model, choices: [], usage }) + '\n\n');
    events.push('data: [DONE]\n\n');
    let i = 0;
    const dieAt = o.failure === 'die-mid-stream' ? Math.min(o.dieAfter, events.length - 1) : Infinity;
    const next = (): void => {
      for (;;) {
        if (res.destroyed) return;
        if (i >= dieAt) { res.socket?.destroy(); return; }
        if (i >= events.length) { res.end(); return; }
        const ev = events[i++] as string;
        this.streamedBytes += ev.length;
        const ok = res.write(ev);
        if (o.chunkDelayMs > 0) { setTimeout(next, o.chunkDelayMs); return; }
        if (!ok) { res.once('drain', next); return; }
      }
    };
    next();
  }
}
