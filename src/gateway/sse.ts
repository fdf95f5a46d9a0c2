/**
 * Server-sent events as OpenAI streams them: `data: <json>\n\n` events ending
 * with `data: [DONE]`. The splitter yields complete events from arbitrary
 * network chunks; it never buffers more than one incomplete event.
 */
export class SseSplitter {
  /** The incomplete event so far, in pieces: joined only once a separator arrives (joining on every piece is quadratic). */
  private parts: string[] = [];
  private size = 0;
  /** The last 3 characters of the incomplete event (a separator can straddle pieces). */
  private tail = '';
  /** Largest incomplete event kept, to bound memory against a hostile backend. */
  constructor(private readonly maxEventChars = 4 * 1024 * 1024) {}

  push(chunk: string): string[] {
    const probe = this.tail + chunk;
    if (probe.indexOf('\n\n') === -1 && probe.indexOf('\r\n\r\n') === -1) {
      if (chunk.length > 0) this.parts.push(chunk);
      this.size += chunk.length;
      this.tail = probe.slice(-3);
      if (this.size > this.maxEventChars) throw new Error('SSE event too large');
      return [];
    }
    const buf = this.parts.length > 0 ? this.parts.join('') + chunk : chunk;
    const out: string[] = [];
    let start = 0;
    let from = Math.max(0, this.size - 3);
    for (;;) {
      let end = buf.indexOf('\n\n', from);
      let sep = 2;
      const crlf = buf.indexOf('\r\n\r\n', from);
      if (crlf !== -1 && (end === -1 || crlf < end)) { end = crlf; sep = 4; }
      if (end === -1) break;
      out.push(buf.slice(start, end));
      start = end + sep;
      from = start;
    }
    const rest = buf.slice(start);
    this.parts = rest.length > 0 ? [rest] : [];
    this.size = rest.length;
    this.tail = rest.slice(-3);
    if (this.size > this.maxEventChars) throw new Error('SSE event too large');
    return out;
  }

  get pending(): string {
    return this.parts.join('');
  }

  /** True when no incomplete event is held: the text pushed so far ended on an event boundary. */
  get atBoundary(): boolean {
    return this.size === 0;
  }
}

/** The `data:` payload of an event (joined if on several lines), or null for comments/other fields. */
export function eventData(event: string): string | null {
  if (event.startsWith('data: ') && event.indexOf('\n') === -1) return event.slice(6);
  let data: string | null = null;
  // A string separator when there is no CR: split with a regex builds a new RegExp on every call.
  for (const line of event.includes('\r') ? event.split(/\r?\n/) : event.split('\n')) {
    if (line.startsWith('data:')) {
      const v = line.slice(line[5] === ' ' ? 6 : 5);
      data = data === null ? v : `${data}\n${v}`;
    }
  }
  return data;
}

export function dataEvent(payload: string): string {
  return `data: ${payload}\n\n`;
}

export function errorEvent(code: string, message: string, type = 'server_error', extra: Record<string, string> = {}): string {
  return dataEvent(JSON.stringify({ error: { message, type, code, param: null, ...extra } }));
}
