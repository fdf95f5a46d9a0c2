/**
 * The one registry of errors a client may see. Every code is stable: clients,
 * dashboards and the audit log key on it. A test pins this table; adding a code
 * is fine, renaming or removing one is a breaking change.
 *
 * `type` follows OpenAI's error shape so unmodified OpenAI SDKs surface them.
 */
export type ErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'rate_limit_error'
  | 'server_error'
  | 'guard_error';

export interface ErrorSpec {
  readonly status: number;
  readonly type: ErrorType;
  /** Default message shown to the client; never contains internal detail. */
  readonly message: string;
}

export const ERRORS = {
  // receive
  method_not_allowed: { status: 405, type: 'invalid_request_error', message: 'Method not allowed on this path.' },
  not_found: { status: 404, type: 'not_found_error', message: 'No such route.' },
  invalid_path: { status: 400, type: 'invalid_request_error', message: 'The request path is not in canonical form.' },
  body_too_large: { status: 413, type: 'invalid_request_error', message: 'Request body exceeds the size limit.' },
  headers_too_large: { status: 431, type: 'invalid_request_error', message: 'Request headers exceed the size limit.' },
  request_timeout: { status: 408, type: 'invalid_request_error', message: 'The request was not received in time.' },
  bad_request: { status: 400, type: 'invalid_request_error', message: 'Malformed HTTP request.' },
  unsupported_media_type: { status: 415, type: 'invalid_request_error', message: 'Content-Type must be application/json.' },
  // authenticate
  missing_credentials: { status: 401, type: 'authentication_error', message: 'No credentials: send Authorization: Bearer <key> or x-api-key.' },
  invalid_credentials: { status: 401, type: 'authentication_error', message: 'The credentials are invalid, expired or revoked.' },
  credentials_in_query: { status: 400, type: 'invalid_request_error', message: 'Credentials are not accepted in the query string.' },
  too_many_auth_failures: { status: 429, type: 'rate_limit_error', message: 'Too many failed authentication attempts; retry later.' },
  // validate
  invalid_json: { status: 400, type: 'invalid_request_error', message: 'The request body is not valid JSON.' },
  invalid_encoding: { status: 400, type: 'invalid_request_error', message: 'The request body is not valid UTF-8 or contains NUL characters.' },
  invalid_request: { status: 400, type: 'invalid_request_error', message: 'The request body does not match the schema.' },
  unknown_field: { status: 400, type: 'invalid_request_error', message: 'The request has a field this endpoint does not accept.' },
  // authorize
  forbidden: { status: 403, type: 'permission_error', message: 'You are not allowed to do this.' },
  model_not_allowed: { status: 403, type: 'permission_error', message: 'This key may not use that model.' },
  model_not_found: { status: 404, type: 'not_found_error', message: 'The model does not exist.' },
  // limit
  rate_limited: { status: 429, type: 'rate_limit_error', message: 'Rate limit exceeded.' },
  budget_exhausted: { status: 429, type: 'rate_limit_error', message: 'Token budget exhausted.' },
  concurrency_limited: { status: 429, type: 'rate_limit_error', message: 'Too many concurrent requests.' },
  limiter_unavailable: { status: 503, type: 'server_error', message: 'Rate limiting is unavailable and policy is fail-closed.' },
  // guard
  guard_blocked: { status: 400, type: 'guard_error', message: 'The request was blocked by the prompt guard.' },
  guard_unavailable: { status: 503, type: 'server_error', message: 'The prompt guard is unavailable and policy is fail-closed.' },
  output_blocked: { status: 502, type: 'guard_error', message: 'The response was stopped by the output guard.' },
  // route / proxy
  no_healthy_backend: { status: 503, type: 'server_error', message: 'No healthy backend is available for this model.' },
  backend_rejected: { status: 400, type: 'invalid_request_error', message: 'The model backend rejected the request.' },
  backend_error: { status: 502, type: 'server_error', message: 'The model backend failed to answer.' },
  backend_timeout: { status: 504, type: 'server_error', message: 'The model backend did not answer in time.' },
  stream_interrupted: { status: 502, type: 'server_error', message: 'The model backend ended the stream early.' },
  // audit
  audit_unavailable: { status: 503, type: 'server_error', message: 'The audit log cannot accept records and policy is fail-closed.' },
  // control plane
  conflict: { status: 409, type: 'invalid_request_error', message: 'The resource already exists.' },
  resource_not_found: { status: 404, type: 'not_found_error', message: 'The resource does not exist.' },
  setup_required: { status: 403, type: 'permission_error', message: 'Bastion has no admin yet; complete setup first.' },
  // inference worker
  model_file_missing: { status: 503, type: 'server_error', message: 'The model file does not exist or cannot be read.' },
  model_file_invalid: { status: 503, type: 'server_error', message: 'The model file is not a valid GGUF file (wrong format or truncated).' },
  model_too_large: { status: 503, type: 'server_error', message: 'The model does not fit in the available memory.' },
  context_length_exceeded: { status: 400, type: 'invalid_request_error', message: "The prompt is longer than the model's context window." },
  inference_queue_full: { status: 503, type: 'server_error', message: 'The inference worker is at capacity; retry later.' },
  embeddings_not_supported: { status: 400, type: 'invalid_request_error', message: 'This model does not support embeddings.' },
  // everything else
  internal_error: { status: 500, type: 'server_error', message: 'Internal error.' },
  service_unavailable: { status: 503, type: 'server_error', message: 'The service is not ready.' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

/** A client-facing error: a stable code, its HTTP status, and a safe message. */
export class BastionError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly type: ErrorType;
  /** Extra fields safe to show the client (e.g. a limit name, a guard category). */
  readonly details: Readonly<Record<string, string | number>> | undefined;
  /** Extra response headers (e.g. Retry-After). */
  readonly headers: Readonly<Record<string, string>> | undefined;

  constructor(
    code: ErrorCode,
    message?: string,
    opts: { details?: Record<string, string | number>; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    const spec: ErrorSpec = ERRORS[code];
    super(message ?? spec.message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'BastionError';
    this.code = code;
    this.status = spec.status;
    this.type = spec.type;
    this.details = opts.details;
    this.headers = opts.headers;
  }
}

export interface ErrorBody {
  error: { message: string; type: ErrorType; code: ErrorCode; param: null; request_id?: string } & Record<string, unknown>;
}

/**
 * The one place where any thrown value becomes what a client sees. Only
 * BastionError passes through; everything else is a generic 500 carrying the
 * request id so operators can find the logged cause.
 */
export function toClientError(err: unknown, requestId: string): { status: number; body: ErrorBody; headers: Record<string, string> } {
  if (err instanceof BastionError) {
    return {
      status: err.status,
      headers: { ...(err.headers ?? {}) },
      body: { error: { message: err.message, type: err.type, code: err.code, param: null, ...(err.details ?? {}), request_id: requestId } },
    };
  }
  const spec = ERRORS.internal_error;
  return {
    status: spec.status,
    headers: {},
    body: { error: { message: `${spec.message} Request id: ${requestId}.`, type: spec.type, code: 'internal_error', param: null, request_id: requestId } },
  };
}
