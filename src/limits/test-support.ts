/** Builders shared by the limits tests: a request context and a compiled config. */
import { ConfigProblems } from '../config/problems.js';
import type { Identity, RequestContext } from '../gateway/context.js';
import { parseLimitsConfig, type LimitsConfig } from './config.js';

let seq = 0;

export function testContext(opts: { keyId?: string; userId?: string; teamId?: string | null; model?: string; body?: Record<string, unknown>; signal?: AbortSignal } = {}): RequestContext {
  const identity: Identity = {
    keyId: opts.keyId ?? 'key-1',
    keyName: 'test',
    keyPrefix: 'bst_test',
    userId: opts.userId ?? 'user-1',
    teamId: opts.teamId === undefined ? 'team-1' : opts.teamId,
    role: 'member' as Identity['role'],
    models: null,
  };
  return {
    id: `req-${++seq}`,
    startedAt: process.hrtime.bigint(),
    receivedAtMs: Date.now(),
    method: 'POST',
    path: '/v1/chat/completions',
    query: '',
    clientAddress: '192.0.2.1',
    endpoint: 'chat',
    identity,
    body: opts.body ?? { model: opts.model ?? 'm1', messages: [{ role: 'user', content: 'hi' }] },
    model: opts.model ?? 'm1',
    stream: false,
    reasons: [],
    findings: [],
    decision: 'allowed',
    signal: opts.signal ?? new AbortController().signal,
    ext: new Map(),
  };
}

/** Parses a limits section and fails loudly on any problem (tests only). */
export function testConfig(raw: Record<string, unknown>): LimitsConfig {
  const problems = new ConfigProblems();
  const cfg = parseLimitsConfig({ modelDefaults: false, ...raw }, 'limits', problems);
  if (!problems.empty) throw new Error(JSON.stringify(problems.list));
  return cfg;
}
