/**
 * Parses the OpenAI request bodies the worker serves into plain, checked
 * values. Unknown fields are ignored (the gateway validates strictly in front);
 * a field that is present but wrong is an invalid_request error naming it.
 */
import { BastionError } from '../errors/registry.js';

export const DEFAULT_MAX_TOKENS = 128;

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

export interface SamplingParams {
  readonly maxTokens: number;
  readonly temperature: number;
  readonly topP: number;
  readonly seed: number | undefined;
  readonly stop: readonly string[];
  readonly stream: boolean;
  readonly includeUsage: boolean;
  /** OpenAI logit_bias: token id -> bias in [-100, 100]; -100 bans the token. */
  readonly logitBias: ReadonlyMap<number, number>;
}

export interface ChatRequest extends SamplingParams {
  readonly model: string;
  readonly messages: readonly ChatMessage[];
}

export interface CompletionRequest extends SamplingParams {
  readonly model: string;
  readonly prompt: string;
}

export interface EmbeddingRequest {
  readonly model: string;
  readonly input: readonly string[];
  readonly encoding: 'float' | 'base64';
}

type Obj = Record<string, unknown>;

function invalid(param: string, message: string): BastionError {
  return new BastionError('invalid_request', `${param}: ${message}`, { details: { param_name: param } });
}

function asObject(body: unknown): Obj {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new BastionError('invalid_request', 'The request body must be a JSON object.');
  return body as Obj;
}

function optNumber(o: Obj, key: string, min: number, max: number): number | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) throw invalid(key, `must be a number in [${min}, ${max}]`);
  return v;
}

function optInteger(o: Obj, key: string, min: number, max: number): number | undefined {
  const v = optNumber(o, key, min, max);
  if (v !== undefined && !Number.isInteger(v)) throw invalid(key, 'must be an integer');
  return v;
}

function model(o: Obj): string {
  const m = o.model;
  if (typeof m !== 'string' || m.length === 0) throw invalid('model', 'is required');
  return m;
}

function sampling(o: Obj): SamplingParams {
  optInteger(o, 'n', 1, 1);
  const maxTokens = optInteger(o, 'max_completion_tokens', 1, 1_000_000) ?? optInteger(o, 'max_tokens', 1, 1_000_000) ?? DEFAULT_MAX_TOKENS;
  let stop: string[] = [];
  const s = o.stop;
  if (typeof s === 'string') stop = [s];
  else if (Array.isArray(s)) {
    if (s.length > 4 || !s.every((x): x is string => typeof x === 'string')) throw invalid('stop', 'must be a string or up to 4 strings');
    stop = s;
  } else if (s !== undefined && s !== null) throw invalid('stop', 'must be a string or up to 4 strings');
  stop = stop.filter((x) => x.length > 0);
  const stream = o.stream;
  if (stream !== undefined && stream !== null && typeof stream !== 'boolean') throw invalid('stream', 'must be a boolean');
  const so = o.stream_options;
  let includeUsage = false;
  if (so !== undefined && so !== null) {
    const opts = asObject(so);
    if (opts.include_usage !== undefined && typeof opts.include_usage !== 'boolean') throw invalid('stream_options.include_usage', 'must be a boolean');
    includeUsage = opts.include_usage === true;
  }
  return {
    logitBias: logitBias(o.logit_bias),
    maxTokens,
    temperature: optNumber(o, 'temperature', 0, 2) ?? 1,
    topP: optNumber(o, 'top_p', 0, 1) ?? 1,
    seed: optInteger(o, 'seed', 0, 0xffffffff),
    stop,
    stream: stream === true,
    includeUsage,
  };
}

function logitBias(v: unknown): Map<number, number> {
  const out = new Map<number, number>();
  if (v === undefined || v === null) return out;
  const o = asObject(v);
  for (const [k, bias] of Object.entries(o)) {
    const id = Number(k);
    if (!/^\d+$/.test(k) || !Number.isSafeInteger(id)) throw invalid('logit_bias', `key "${k}" is not a token id`);
    if (typeof bias !== 'number' || !Number.isFinite(bias) || bias < -100 || bias > 100) throw invalid('logit_bias', 'values must be numbers in [-100, 100]');
    out.set(id, bias);
  }
  return out;
}

function messageContent(content: unknown, i: number): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content.map((part, j) => {
      const p = asObject(part);
      if (p.type !== 'text' || typeof p.text !== 'string') throw invalid(`messages[${i}].content[${j}]`, 'only text parts are supported');
      return p.text;
    }).join('');
  }
  if (content === null) return '';
  throw invalid(`messages[${i}].content`, 'must be a string or an array of text parts');
}

export function parseChatRequest(body: unknown): ChatRequest {
  const o = asObject(body);
  if (!Array.isArray(o.messages) || o.messages.length === 0) throw invalid('messages', 'must be a non-empty array');
  const messages = o.messages.map((raw, i): ChatMessage => {
    const m = asObject(raw);
    const role = m.role === 'developer' ? 'system' : m.role;
    if (role !== 'system' && role !== 'user' && role !== 'assistant') throw invalid(`messages[${i}].role`, 'must be system, developer, user or assistant');
    return { role, content: messageContent(m.content, i) };
  });
  return { model: model(o), messages, ...sampling(o) };
}

export function parseCompletionRequest(body: unknown): CompletionRequest {
  const o = asObject(body);
  let prompt: string;
  if (typeof o.prompt === 'string') prompt = o.prompt;
  else if (Array.isArray(o.prompt) && o.prompt.length === 1 && typeof o.prompt[0] === 'string') prompt = o.prompt[0];
  else throw invalid('prompt', 'must be a string (or an array of exactly one string)');
  if (o.echo === true) throw invalid('echo', 'is not supported');
  if (o.suffix !== undefined && o.suffix !== null) throw invalid('suffix', 'is not supported');
  return { model: model(o), prompt, ...sampling(o) };
}

export function parseEmbeddingRequest(body: unknown): EmbeddingRequest {
  const o = asObject(body);
  const inp = o.input;
  let input: string[];
  if (typeof inp === 'string') input = [inp];
  else if (Array.isArray(inp) && inp.length > 0 && inp.length <= 256 && inp.every((x): x is string => typeof x === 'string')) input = inp;
  else throw invalid('input', 'must be a string or an array of 1 to 256 strings');
  const enc = o.encoding_format ?? 'float';
  if (enc !== 'float' && enc !== 'base64') throw invalid('encoding_format', 'must be "float" or "base64"');
  return { model: model(o), input, encoding: enc };
}
