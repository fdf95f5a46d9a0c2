/**
 * Structured JSON logs, one object per line. Field values whose key names a
 * secret (authorization, api key, password, token, secret, cookie) are replaced
 * by "[REDACTED]" wherever they appear; values that redact themselves (toJSON)
 * do so too. Nothing in the request path logs bodies.
 */
import { writeSync } from 'node:fs';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SECRET_KEY = /(authorization|api[-_]?key|password|passwd|secret|token|cookie|private[-_]?key|^key$)/i;

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export function redactFields(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > 6) return '[…]';
  if (value instanceof Error) return { name: value.name, message: value.message, ...(('code' in value) ? { code: (value as { code: unknown }).code } : {}) };
  const toJSON = (value as { toJSON?: () => unknown }).toJSON;
  if (typeof toJSON === 'function') return redactFields(toJSON.call(value), depth + 1);
  if (Array.isArray(value)) return value.map((v) => redactFields(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    out[k] = v !== null && v !== undefined && isSecretKey(k) ? '[REDACTED]' : redactFields(v, depth + 1);
  }
  return out;
}

/** Whether a field name names a secret; the answer for each name is kept (log records reuse a few names). */
const secretKeys = new Map<string, boolean>();
function isSecretKey(k: string): boolean {
  let r = secretKeys.get(k);
  if (r === undefined) {
    r = SECRET_KEY.test(k);
    if (secretKeys.size >= 10_000) secretKeys.clear();
    secretKeys.set(k, r);
  }
  return r;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Where lines go; a writer with `flush` (see batchedWriter) is flushed after every warning or error line. */
  write?: ((line: string) => void) & { flush?: () => void };
  base?: Record<string, unknown>;
}

/** Synchronous flushes of every batched writer, run once when the process exits. */
const exitFlushes = new Set<() => void>();
process.once('exit', () => {
  for (const f of exitFlushes) {
    try { f(); } catch { /* nowhere left to report it */ }
  }
});

/** The most a batch may hold before it is written without waiting for the end of the turn. */
const BATCH_LIMIT = 256 * 1024;

/**
 * A line writer that collects the lines of one event-loop turn and hands them
 * to the stream in one write (the access log writes a line per request: one
 * write per line costs a system call each). Lines still waiting when the
 * process exits are written synchronously to the stream's file descriptor.
 */
export function batchedWriter(stream: { write(chunk: string): unknown; fd?: number }): ((line: string) => void) & { flush: () => void } {
  let lines: string[] = [];
  let size = 0;
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (lines.length === 0) return;
    const text = lines.length === 1 ? (lines[0] as string) : lines.join('');
    lines = [];
    size = 0;
    stream.write(text);
  };
  exitFlushes.add(() => {
    if (lines.length === 0) return;
    const text = lines.join('');
    lines = [];
    if (typeof stream.fd === 'number') writeSync(stream.fd, text);
    else stream.write(text);
  });
  const write = (line: string): void => {
    lines.push(line);
    size += line.length;
    if (size >= BATCH_LIMIT) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  return Object.assign(write, { flush });
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  const min = ORDER[opts.level ?? (process.env.BASTION_LOG_LEVEL as LogLevel | undefined) ?? 'info'] ?? ORDER.info;
  const write: ((line: string) => void) & { flush?: () => void } = opts.write ?? ((line: string) => { process.stderr.write(line); });
  const base = opts.base ?? {};
  const hasBase = Object.keys(base).length > 0;
  const emit = (level: LogLevel, msg: string, fields?: Record<string, unknown>): void => {
    if (ORDER[level] < min) return;
    const rec = redactFields(fields === undefined ? base : hasBase ? { ...base, ...fields } : fields) as Record<string, unknown>;
    const head = `{"time":"${new Date().toISOString()}","level":"${level}","msg":${JSON.stringify(msg)}`;
    // The fields follow the three fixed ones; a field named like one of them replaces it, as a spread would.
    const line = 'time' in rec || 'level' in rec || 'msg' in rec
      ? JSON.stringify({ time: new Date().toISOString(), level, msg, ...rec })
      : appendFields(head, JSON.stringify(rec));
    write(line + '\n');
    if (ORDER[level] >= ORDER.warn) write.flush?.();
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (fields) => createLogger({ ...opts, base: { ...base, ...fields } }),
  };
}

/** `{"a":1}` after `{"time":…` gives `{"time":…,"a":1}`. */
function appendFields(head: string, fieldsJson: string): string {
  return fieldsJson === '{}' ? head + '}' : head + ',' + fieldsJson.slice(1);
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};
