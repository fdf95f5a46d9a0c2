import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BastionError, ERRORS, toClientError } from './registry.js';

// Pins the registry: codes are a public contract. Adding a code means adding it here;
// renaming or removing one is a breaking change for clients and dashboards.
const PINNED: Record<string, number> = {
  method_not_allowed: 405, not_found: 404, invalid_path: 400, body_too_large: 413, headers_too_large: 431,
  request_timeout: 408, bad_request: 400, unsupported_media_type: 415, missing_credentials: 401,
  invalid_credentials: 401, credentials_in_query: 400, too_many_auth_failures: 429, invalid_json: 400,
  invalid_encoding: 400, invalid_request: 400, unknown_field: 400, forbidden: 403, model_not_allowed: 403,
  model_not_found: 404, rate_limited: 429, budget_exhausted: 429, concurrency_limited: 429,
  limiter_unavailable: 503, guard_blocked: 400, guard_unavailable: 503, output_blocked: 502,
  no_healthy_backend: 503, backend_rejected: 400, backend_error: 502, backend_timeout: 504, stream_interrupted: 502,
  audit_unavailable: 503, conflict: 409, resource_not_found: 404, setup_required: 403, internal_error: 500,
  service_unavailable: 503,
  model_file_missing: 503, model_file_invalid: 503, model_too_large: 503, context_length_exceeded: 400,
  inference_queue_full: 503, embeddings_not_supported: 400,
};

test('every pinned code keeps its status, and every registered code is documented and pinned', async () => {
  const { readFileSync } = await import('node:fs');
  const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
  for (const [code, status] of Object.entries(PINNED)) {
    const spec = (ERRORS as Record<string, { status: number }>)[code];
    assert.ok(spec, `code ${code} was removed`);
    assert.equal(spec.status, status, `status of ${code} changed`);
  }
  for (const code of Object.keys(ERRORS)) {
    assert.ok(Object.hasOwn(PINNED, code), `code ${code} is registered but not pinned here`);
    assert.ok(doc.includes(`\`${code}\``), `docs/errors.md does not document ${code}`);
  }
});

test('codes are unique snake_case and messages carry no internal detail', () => {
  const seen = new Set<string>();
  for (const [code, spec] of Object.entries(ERRORS)) {
    assert.match(code, /^[a-z][a-z0-9_]*$/);
    assert.ok(!seen.has(code));
    seen.add(code);
    assert.ok(spec.message.length > 0 && !/https?:|\/\w+\//.test(spec.message));
  }
});

test('a BastionError keeps its code, status and safe details', () => {
  const e = new BastionError('rate_limited', 'Limit "per-key" reached.', { details: { limit: 'per-key' }, headers: { 'Retry-After': '3' } });
  const c = toClientError(e, 'req-1');
  assert.equal(c.status, 429);
  assert.deepEqual(c.headers, { 'Retry-After': '3' });
  assert.equal(c.body.error.code, 'rate_limited');
  assert.equal(c.body.error.type, 'rate_limit_error');
  assert.equal(c.body.error.limit, 'per-key');
  assert.equal(c.body.error.request_id, 'req-1');
});

test('anything that is not a BastionError becomes one generic 500 with the request id', () => {
  const c = toClientError(new Error('ECONNREFUSED 10.0.0.5:8000 at Socket.connect (/srv/app/x.js:1:1)'), 'req-2');
  assert.equal(c.status, 500);
  assert.equal(c.body.error.code, 'internal_error');
  assert.ok(c.body.error.message.includes('req-2'));
  assert.ok(!JSON.stringify(c.body).includes('10.0.0.5'));
  assert.ok(!JSON.stringify(c.body).includes('/srv/app'));
});
