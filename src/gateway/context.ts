/**
 * The per-request context that flows through the pipeline stages
 * (see src/gateway/pipeline.ts for the order). Stages read what earlier stages
 * established and add their own part; nothing here is ever sent to a client as is.
 */
import type { Role } from '../store/types.js';
import type { Cancellation } from './client-link.js';

export type Endpoint = 'chat' | 'completions' | 'embeddings' | 'models';

/** Who is calling, established by the authenticate stage. */
export interface Identity {
  keyId: string;
  keyName: string;
  keyPrefix: string;
  userId: string;
  teamId: string | null;
  /** The team's name, when known (policies may name teams). */
  teamName?: string | null;
  role: Role;
  /** Effective model allowlist (key ∩ team); null means every model. */
  models: ReadonlySet<string> | null;
}

export interface ChatMessage {
  role: 'system' | 'developer' | 'user' | 'assistant' | 'tool' | 'function';
  /** String content, or the text parts joined; non-text parts are kept in `raw`. */
  content: string | Array<Record<string, unknown>> | null;
  name?: string;
  tool_calls?: unknown;
  tool_call_id?: string;
  [k: string]: unknown;
}

/** Token usage as reported by the backend (or counted on the stream). */
export interface Usage { promptTokens: number; completionTokens: number }

/** A finding handed to audit: stable reason code, score, stage. Never the matched text. */
export interface Finding { stage: 'guard' | 'limit' | 'output'; code: string; score?: number; category?: string }

export interface RequestContext {
  readonly id: string;
  /** process.hrtime.bigint() at receive. */
  readonly startedAt: bigint;
  readonly receivedAtMs: number;
  readonly method: string;
  /** Canonical path after normalisation. */
  readonly path: string;
  /** Raw query string (without '?'); never forwarded, only checked for credentials. */
  readonly query: string;
  readonly clientAddress: string;
  endpoint?: Endpoint;
  identity?: Identity;
  /** Parsed and validated body (endpoint-specific shape); stages may rewrite it (e.g. redaction). */
  body?: Record<string, unknown>;
  /** Public model name requested. */
  model?: string;
  stream: boolean;
  /** Backend chosen by the route stage (id only, never its URL in client output). */
  backendId?: string;
  usage?: Usage;
  /**
   * Completion tokens counted on a stream that carried no usage (one per content
   * event), however it ended: finished, cut, or left by the client or the backend.
   */
  streamedTokens?: number;
  /** Reason codes collected from every stage, for audit. */
  readonly reasons: string[];
  readonly findings: Finding[];
  decision: 'allowed' | 'blocked' | 'error';
  status?: number;
  errorCode?: string;
  /** Aborted when the client goes away; stages and the proxy pass it on. */
  readonly signal: AbortSignal;
  /**
   * The same event without an AbortSignal (cheaper to watch); set by the server.
   * Contexts built elsewhere (tests) leave it out and `signal` is used instead.
   */
  readonly client?: Cancellation;
  /** Per-stage extension slots (limit ticket, guard state, …). */
  readonly ext: Map<string, unknown>;
}

/**
 * The context the server makes for each /v1 request: a class, so every request
 * has the same object shape, with every optional field present from the start.
 */
export class GatewayRequest implements RequestContext {
  readonly id: string;
  readonly startedAt: bigint;
  readonly receivedAtMs: number;
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly clientAddress: string;
  endpoint: Endpoint | undefined = undefined;
  identity: Identity | undefined = undefined;
  body: Record<string, unknown> | undefined = undefined;
  model: string | undefined = undefined;
  stream = false;
  backendId: string | undefined = undefined;
  usage: Usage | undefined = undefined;
  streamedTokens: number | undefined = undefined;
  readonly reasons: string[] = [];
  readonly findings: Finding[] = [];
  decision: 'allowed' | 'blocked' | 'error' = 'allowed';
  status: number | undefined = undefined;
  errorCode: string | undefined = undefined;
  readonly client: Cancellation & { readonly signal: AbortSignal };
  readonly ext = new Map<string, unknown>();

  constructor(id: string, method: string, path: string, query: string, clientAddress: string, client: Cancellation & { readonly signal: AbortSignal }) {
    this.id = id;
    this.startedAt = process.hrtime.bigint();
    this.receivedAtMs = Date.now();
    this.method = method;
    this.path = path;
    this.query = query;
    this.clientAddress = clientAddress;
    this.client = client;
  }

  get signal(): AbortSignal {
    return this.client.signal;
  }
}
