import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigProblems } from '../config/problems.js';
import { contentPolicyFor, DATA_DEFAULTS, parseDataConfig, parseDuration } from './config.js';

describe('parseDataConfig', () => {
  test('defaults when the section is absent', () => {
    const p = new ConfigProblems();
    const c = parseDataConfig(undefined, 'data', p);
    assert.ok(p.empty);
    assert.equal(c, DATA_DEFAULTS);
    assert.equal(c.contentLogging.default, 'metadata');
    assert.equal(c.adminConversationAccess, 'never');
  });

  test('compiles a full section and freezes it', () => {
    const p = new ConfigProblems();
    const c = parseDataConfig({
      retention: { conversations: 'forever', content: '12h', auditEvents: '400d', usage: '90d' },
      contentLogging: { default: 'off', teams: { research: 'full' } },
      adminConversationAccess: 'legal_hold',
      purge: { enabled: false, interval: '6h' },
    }, 'data', p);
    assert.deepEqual(p.list, []);
    assert.equal(c.retention.conversations, null);
    assert.equal(c.retention.content, 12 * 3_600_000);
    assert.equal(c.purge.intervalMs, 6 * 3_600_000);
    assert.equal(c.purge.enabled, false);
    assert.equal(contentPolicyFor(c, 'research'), 'full');
    assert.equal(contentPolicyFor(c, 'other'), 'off');
    assert.equal(contentPolicyFor(c, null), 'off');
    assert.equal(contentPolicyFor(c, 'id-123', 'research'), 'full', 'matched by team name');
    assert.equal(contentPolicyFor(c, 'toString'), 'off', 'no prototype keys');
    assert.ok(Object.isFrozen(c.retention) && Object.isFrozen(c.contentLogging.teams));
  });

  test('reports every problem with its path', () => {
    const p = new ConfigProblems();
    parseDataConfig({
      retention: { conversations: '10 days', content: '1m', audits: '1d' },
      contentLogging: { default: 'everything', teams: { a: 'loud' } },
      adminConversationAccess: 'sometimes',
      purge: { interval: 'forever', every: 1 },
      extra: true,
    }, 'data', p);
    assert.deepEqual(p.list.map((x) => x.path).sort(), [
      'data.adminConversationAccess', 'data.contentLogging.default', 'data.contentLogging.teams.a', 'data.extra',
      'data.purge.every', 'data.purge.interval', 'data.retention.audits', 'data.retention.content', 'data.retention.conversations',
    ]);
  });

  test('parseDuration', () => {
    assert.equal(parseDuration('30m'), 1_800_000);
    assert.equal(parseDuration('2d'), 172_800_000);
    assert.equal(parseDuration('forever'), null);
    assert.equal(parseDuration('1w'), undefined);
    assert.equal(parseDuration('-1d'), undefined);
  });
});
