/**
 * Server-sent events as OpenAI streams them: `data: <json>\n\n` events ending
 * with `data: [DONE]`. The splitter yields complete events from arbitrary
 * network chunks; it never buffers more than one incomplete event.
 */
export class SseSplitter {
  private buf = '';
  /** Largest incomplete event kept, to bound memory against a hostile backend. */
  constructor(private readonly maxEventChars = 4 * 1024 * 1024) {}

  push(chunk: string): string[] {
    this.buf += chunk;
    const out: string[] = [];
    let start = 0;
    for (;;) {
      let end = this.buf.indexOf('\n\n', start);
      let sep = 2;
      const crlf = this.buf.indexOf('\r\n\r\n', start);
      if (crlf !== -1 && (end === -1 || crlf < end)) { end = crlf; sep = 4; }
      if (end === -1) break;
      out.push(this.buf.slice(start, end));
      start = end + sep;
    }
    this.buf = start === 0 ? this.buf : this.buf.slice(start);
    if (this.buf.length > this.maxEventChars) throw new Error('SSE event too large');
    return out;
  }

  get pending(): string {
    return this.buf;
  }
}

/** The `data:` payload of an event (joined if on several lines), or null for comments/other fields. */
export function eventData(event: string): string | null {
  if (event.startsWith('data: ') && event.indexOf('\n') === -1) return event.slice(6);
  let data: string | null = null;
  for (const line of event.split(/\r?\n/)) {
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
