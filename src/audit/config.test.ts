import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigProblems } from '../config/problems.js';
import { AUDIT_DEFAULTS, parseAuditConfig } from './config.js';

test('audit config: defaults when absent, values when valid, frozen', () => {
  const p = new ConfigProblems();
  assert.deepEqual(parseAuditConfig(undefined, 'audit', p), AUDIT_DEFAULTS);
  assert.equal(AUDIT_DEFAULTS.failMode, 'closed');
  const c = parseAuditConfig({ failMode: 'open', batchSize: 10, queueLimit: 100, checkpointIntervalMs: 0 }, 'audit', p);
  assert.ok(p.empty);
  assert.deepEqual([c.failMode, c.batchSize, c.queueLimit, c.checkpointIntervalMs, c.flushIntervalMs], ['open', 10, 100, 0, 50]);
  assert.ok(Object.isFrozen(c));
});

test('audit config: every problem is reported with its path', () => {
  const p = new ConfigProblems();
  parseAuditConfig({ failMode: 'sometimes', batchSize: 0, queueLimit: 1.5, flushIntervalMs: 'fast', checkpointEvry: 5 }, 'audit', p);
  assert.deepEqual(p.list.map((x) => x.path).sort(), ['audit.batchSize', 'audit.checkpointEvry', 'audit.failMode', 'audit.flushIntervalMs', 'audit.queueLimit']);
  const q = new ConfigProblems();
  parseAuditConfig({ batchSize: 50, queueLimit: 10 }, 'audit', q);
  assert.deepEqual(q.list, [{ path: 'audit.batchSize', message: 'must not exceed queueLimit (10)' }]);
  const r = new ConfigProblems();
  parseAuditConfig('closed', 'audit', r);
  assert.deepEqual(r.list, [{ path: 'audit', message: 'must be a mapping' }]);
});
