/** Strict input checks for the data API: every failure is a BastionError with a stable code. */
import { BastionError } from '../errors/registry.js';

export const LIMITS = {
  titleChars: 200,
  modelChars: 200,
  messageChars: 1_000_000,
  messagesPerCall: 200,
  contentParts: 100,
  reasonChars: 500,
  idChars: 200,
} as const;

export const MESSAGE_ROLES = ['system', 'developer', 'user', 'assistant', 'tool'] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];
export type MessageContent = string | Array<Record<string, unknown>>;
export interface NewMessage { role: MessageRole; content: MessageContent }

const invalid = (message: string): BastionError => new BastionError('invalid_request', message);

export function body(v: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw invalid('The request body must be a JSON object.');
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!allowed.includes(k)) throw new BastionError('unknown_field', `Unknown field: ${k.slice(0, 64)}.`);
  return o;
}

export function text(v: unknown, field: string, max: number, opts: { optional: true }): string | undefined;
export function text(v: unknown, field: string, max: number, opts?: { optional?: false }): string;
export function text(v: unknown, field: string, max: number, opts: { optional?: boolean } = {}): string | undefined {
  if (v === undefined && opts.optional) return undefined;
  if (typeof v !== 'string' || v.trim().length === 0) throw invalid(`${field} must be a non-empty string.`);
  const s = v.normalize('NFC');
  if (s.length > max) throw invalid(`${field} must be at most ${max} characters.`);
  if (s.includes('\u0000')) throw invalid(`${field} must not contain NUL characters.`);
  return s;
}

const MAX_PART_DEPTH = 16;

/** Whether a JSON value nests deeper than `max` (checked before anything recurses over it). */
function depthOver(v: unknown, max: number): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (max <= 0) return true;
  for (const x of Array.isArray(v) ? v : Object.values(v)) if (depthOver(x, max - 1)) return true;
  return false;
}

export function messages(v: unknown, field = 'messages'): NewMessage[] {
  if (!Array.isArray(v)) throw invalid(`${field} must be a list.`);
  if (v.length > LIMITS.messagesPerCall) throw invalid(`${field} may hold at most ${LIMITS.messagesPerCall} messages per call.`);
  return v.map((m, i) => message(m, `${field}[${i}]`));
}

function message(v: unknown, path: string): NewMessage {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw invalid(`${path} must be an object.`);
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) if (k !== 'role' && k !== 'content') throw new BastionError('unknown_field', `Unknown field: ${path}.${k.slice(0, 64)}.`);
  if (typeof o.role !== 'string' || !(MESSAGE_ROLES as readonly string[]).includes(o.role)) {
    throw invalid(`${path}.role must be one of ${MESSAGE_ROLES.join(', ')}.`);
  }
  const role = o.role as MessageRole;
  if (typeof o.content === 'string') {
    if (o.content.length > LIMITS.messageChars) throw invalid(`${path}.content must be at most ${LIMITS.messageChars} characters.`);
    if (o.content.includes('\u0000')) throw invalid(`${path}.content must not contain NUL characters.`);
    return { role, content: o.content.normalize('NFC') };
  }
  if (Array.isArray(o.content)) {
    if (o.content.length > LIMITS.contentParts) throw invalid(`${path}.content may hold at most ${LIMITS.contentParts} parts.`);
    if (o.content.some((p) => typeof p !== 'object' || p === null || Array.isArray(p) || typeof (p as { type?: unknown }).type !== 'string')) {
      throw invalid(`${path}.content parts must be objects with a type.`);
    }
    if (o.content.some((p) => depthOver(p, MAX_PART_DEPTH))) throw invalid(`${path}.content is nested too deeply.`);
    if (JSON.stringify(o.content).length > LIMITS.messageChars) throw invalid(`${path}.content is too large.`);
    return { role, content: o.content as Array<Record<string, unknown>> };
  }
  throw invalid(`${path}.content must be a string or a list of parts.`);
}

export function limitParam(v: string | null, dflt: number, max: number): number {
  if (v === null) return dflt;
  if (!/^\d{1,6}$/.test(v)) throw invalid('limit must be a positive whole number.');
  const n = Number(v);
  if (n < 1) throw invalid('limit must be a positive whole number.');
  return Math.min(n, max);
}

/** A `:param` from the URL used as an id: bounded, no NUL (PostgreSQL text cannot hold it). */
export function pathId(v: string | undefined, field: string): string {
  if (v === undefined || v.length === 0 || v.length > LIMITS.idChars || v.includes('\u0000')) {
    throw new BastionError('invalid_request', `${field} is not a valid id.`);
  }
  return v;
}
