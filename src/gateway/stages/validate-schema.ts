/**
 * Strict request schemas for the OpenAI-compatible endpoints. Each known field
 * has a checker; unknown top-level fields are dropped or refused by policy,
 * never passed to a backend blindly. Every string is checked for NUL.
 */
import { BastionError } from '../../errors/registry.js';
import type { Endpoint } from '../context.js';
import type { ServerConfig } from '../../config/schema.js';

type Check = (v: unknown, path: string, caps: ServerConfig) => void;

function fail(path: string, what: string): never {
  throw new BastionError('invalid_request', `${path}: ${what}`, { details: { param: path } });
}

function noNul(s: string, path: string): void {
  if (s.indexOf('\u0000') !== -1) throw new BastionError('invalid_encoding', `${path}: NUL characters are not accepted`);
}

/** Walks any JSON value, refusing NUL in strings and bounding depth. */
function plainJson(v: unknown, path: string, depth = 0): void {
  if (depth > 32) fail(path, 'is nested too deeply');
  if (typeof v === 'string') return noNul(v, path);
  if (Array.isArray(v)) { for (let i = 0; i < v.length; i++) plainJson(v[i], path, depth + 1); return; }
  if (v !== null && typeof v === 'object') {
    for (const k in v) { noNul(k, path); plainJson((v as Record<string, unknown>)[k], path, depth + 1); }
  }
}

const str = (max = 256): Check => (v, p) => {
  if (typeof v !== 'string') fail(p, 'must be a string');
  if (v.length === 0 || v.length > max) fail(p, `must be 1-${max} characters`);
  noNul(v, p);
};
const bool: Check = (v, p) => { if (typeof v !== 'boolean') fail(p, 'must be true or false'); };
const num = (min: number, max: number): Check => (v, p) => {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) fail(p, `must be a number from ${min} to ${max}`);
};
const int = (min: number, max: number): Check => (v, p) => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) fail(p, `must be a whole number from ${min} to ${max}`);
};
const nullable = (c: Check): Check => (v, p, caps) => { if (v !== null) c(v, p, caps); };
const obj: Check = (v, p) => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(p, 'must be an object');
  plainJson(v, p);
};
const arr = (max: number): Check => (v, p) => {
  if (!Array.isArray(v) || v.length > max) fail(p, `must be a list of at most ${max} items`);
  plainJson(v, p);
};
const stop: Check = (v, p) => {
  if (typeof v === 'string') return noNul(v, p);
  if (!Array.isArray(v) || v.length > 4 || v.some((s) => typeof s !== 'string')) fail(p, 'must be a string or a list of up to 4 strings');
  (v as string[]).forEach((s) => noNul(s, p));
};
const maxTokens: Check = (v, p, caps) => int(1, caps.maxTokens)(v, p, caps);
const nCheck: Check = (v, p, caps) => int(1, caps.maxN)(v, p, caps);
const toolChoice: Check = (v, p) => {
  if (typeof v === 'string') { if (!['none', 'auto', 'required'].includes(v)) fail(p, 'must be none, auto, required or an object'); return; }
  obj(v, p, undefined as never);
};

const ROLES = new Set(['system', 'developer', 'user', 'assistant', 'tool', 'function']);
const PART_TYPES = new Set(['text', 'image_url', 'input_audio', 'refusal']);

function contentParts(v: unknown[], path: string, caps: ServerConfig): number {
  let chars = 0;
  v.forEach((part, i) => {
    const pp = `${path}[${i}]`;
    if (part === null || typeof part !== 'object' || Array.isArray(part)) fail(pp, 'must be an object');
    const t = (part as Record<string, unknown>).type;
    if (typeof t !== 'string' || !PART_TYPES.has(t)) fail(`${pp}.type`, `must be one of ${[...PART_TYPES].join(', ')}`);
    plainJson(part, pp);
    const rec = part as Record<string, unknown>;
    if (t === 'text') {
      if (typeof rec.text !== 'string') fail(`${pp}.text`, 'must be a string');
      chars += (rec.text as string).length;
    } else if (t === 'image_url') {
      const iu = rec.image_url as Record<string, unknown> | undefined;
      const url = iu && typeof iu === 'object' ? iu.url : undefined;
      if (typeof url !== 'string') fail(`${pp}.image_url.url`, 'must be a string');
      if (!url.startsWith('data:') && !caps.allowRemoteImageUrls) fail(`${pp}.image_url.url`, 'only data: URLs are accepted (remote image URLs are disabled by policy)');
    } else if (t === 'refusal') {
      if (typeof rec.refusal !== 'string') fail(`${pp}.refusal`, 'must be a string');
      chars += (rec.refusal as string).length;
    }
  });
  return chars;
}

function messages(v: unknown, path: string, caps: ServerConfig): void {
  if (!Array.isArray(v) || v.length === 0) fail(path, 'must be a non-empty list');
  if (v.length > caps.maxMessages) fail(path, `has more than ${caps.maxMessages} messages`);
  for (let i = 0; i < v.length; i++) {
    const m = v[i] as Record<string, unknown>;
    const mp = `${path}[${i}]`;
    if (m === null || typeof m !== 'object' || Array.isArray(m)) fail(mp, 'must be an object');
    if (typeof m.role !== 'string' || !ROLES.has(m.role)) fail(`${mp}.role`, 'must be one of system, developer, user, assistant, tool, function');
    for (const k in m) if (!MESSAGE_FIELDS.has(k)) fail(`${mp}.${k}`, 'is not a message field');
    const c = m.content;
    let chars = 0;
    if (typeof c === 'string') { noNul(c, `${mp}.content`); chars = c.length; }
    else if (Array.isArray(c)) chars = contentParts(c, `${mp}.content`, caps);
    else if (c === null || c === undefined) {
      if (m.role !== 'assistant') fail(`${mp}.content`, 'is required');
    } else fail(`${mp}.content`, 'must be a string or a list of content parts');
    if (typeof m.refusal === 'string') chars += m.refusal.length;
    if (chars > caps.maxMessageChars) fail(`${mp}.content`, `is longer than ${caps.maxMessageChars} characters`);
    if (m.name !== undefined) str(256)(m.name, `${mp}.name`, caps);
    if (m.tool_call_id !== undefined) str(256)(m.tool_call_id, `${mp}.tool_call_id`, caps);
    if (m.tool_calls !== undefined) arr(128)(m.tool_calls, `${mp}.tool_calls`, caps);
    if (m.function_call !== undefined) obj(m.function_call, `${mp}.function_call`, caps);
    if (m.refusal !== undefined && m.refusal !== null) str(1_000_000)(m.refusal, `${mp}.refusal`, caps);
  }
}
const MESSAGE_FIELDS = new Set(['role', 'content', 'name', 'tool_calls', 'tool_call_id', 'function_call', 'refusal']);

function prompt(v: unknown, path: string, caps: ServerConfig): void {
  if (typeof v === 'string') { noNul(v, path); if (v.length > caps.maxMessageChars) fail(path, 'is too long'); return; }
  if (!Array.isArray(v) || v.length === 0 || v.length > caps.maxMessages) fail(path, 'must be a string or a non-empty list');
  for (const x of v) {
    if (typeof x === 'string') { noNul(x, path); if (x.length > caps.maxMessageChars) fail(path, 'is too long'); }
    else if (typeof x === 'number') { if (!Number.isInteger(x) || x < 0) fail(path, 'token ids must be whole numbers'); }
    else if (Array.isArray(x)) { if (x.some((t) => !Number.isInteger(t) || t < 0)) fail(path, 'token ids must be whole numbers'); }
    else fail(path, 'must be strings or token ids');
  }
}

const COMMON: Record<string, Check> = {
  model: str(256),
  stream: bool,
  stream_options: obj,
  max_tokens: maxTokens,
  temperature: num(0, 2),
  top_p: num(0, 1),
  n: nCheck,
  stop,
  presence_penalty: num(-2, 2),
  frequency_penalty: num(-2, 2),
  logit_bias: obj,
  seed: int(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
  user: str(256),
  logprobs: nullable(bool),
};

export const SCHEMAS: Record<Exclude<Endpoint, 'models'>, Record<string, Check>> = {
  chat: {
    ...COMMON,
    messages,
    max_completion_tokens: maxTokens,
    top_logprobs: int(0, 20),
    response_format: obj,
    tools: arr(128),
    tool_choice: toolChoice,
    parallel_tool_calls: bool,
    functions: arr(128),
    function_call: (v, p, c) => (typeof v === 'string' ? str(64)(v, p, c) : obj(v, p, c)),
    reasoning_effort: str(32),
    metadata: obj,
    modalities: arr(4),
    store: bool,
  },
  completions: {
    ...COMMON,
    logprobs: nullable(int(0, 5)),
    prompt,
    suffix: nullable(str(1_000_000)),
    echo: bool,
    best_of: nCheck,
  },
  embeddings: {
    model: str(256),
    input: prompt,
    encoding_format: (v, p) => { if (v !== 'float' && v !== 'base64') fail(p, 'must be float or base64'); },
    dimensions: int(1, 65_536),
    user: str(256),
  },
};

const REQUIRED: Record<Exclude<Endpoint, 'models'>, string[]> = {
  chat: ['model', 'messages'],
  completions: ['model', 'prompt'],
  embeddings: ['model', 'input'],
};

/**
 * Validates `body` for `endpoint` in place: unknown fields are deleted
 * ('drop') or refused ('reject'). Throws BastionError on the first problem.
 */
export function validateBody(endpoint: Exclude<Endpoint, 'models'>, body: unknown, caps: ServerConfig): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) fail('body', 'must be a JSON object');
  const b = body as Record<string, unknown>;
  const schema = SCHEMAS[endpoint];
  for (const k of REQUIRED[endpoint]) if (b[k] === undefined) fail(k, 'is required');
  for (const k in b) {
    // Own keys only: `constructor`, `toString`, … must not resolve to Object.prototype members.
    const check = Object.hasOwn(schema, k) ? schema[k] : undefined;
    if (check === undefined) {
      if (caps.unknownFields === 'reject') throw new BastionError('unknown_field', `${k}: this endpoint does not accept this field`, { details: { param: k } });
      delete b[k];
      continue;
    }
    if (b[k] === null && k !== 'logprobs' && k !== 'suffix') { delete b[k]; continue; }
    check(b[k], k, caps);
  }
  return b;
}
