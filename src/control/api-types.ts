/**
 * The shape of control-plane HTTP routes (`/api/...`). Each module exports a
 * function returning its routes; the server mounts them under `/api`, parses
 * JSON bodies, authenticates (same credential path as /v1) and enforces `auth`
 * before calling the handler. Handlers throw BastionError for client errors.
 */
import type { Identity } from '../gateway/context.js';

export interface ApiRequest {
  method: string;
  /** Path below /api, e.g. `/keys/abc`. */
  path: string;
  /** Values of `:name` segments of the route pattern. */
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  /** Parsed JSON body (undefined for GET/DELETE or an empty body). */
  body: unknown;
  /** Null only on routes with auth 'none'. */
  identity: Identity | null;
  requestId: string;
  clientAddress: string;
}

export interface ApiResponse {
  status: number;
  /** Serialised as JSON, unless `stream` is given. */
  body?: unknown;
  /** For large exports: an async iterable of text chunks (e.g. JSON lines). */
  stream?: AsyncIterable<string>;
  headers?: Record<string, string>;
}

export interface ApiRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** e.g. `/keys/:id`; segments starting with ':' capture. */
  pattern: string;
  /** 'admin': admin role only; 'user': any authenticated identity; 'none': public (setup, login). */
  auth: 'admin' | 'user' | 'none';
  handler: (req: ApiRequest) => Promise<ApiResponse>;
}
