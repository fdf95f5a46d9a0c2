import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigProblems } from '../config/problems.js';
import { parseGuardConfig, resolvePolicy } from './config.js';

describe('parseGuardConfig', () => {
  test('absent section gives frozen defaults', () => {
    const p = new ConfigProblems();
    const c = parseGuardConfig(undefined, 'guard', p);
    assert.ok(p.empty);
    assert.equal(c.policy.actions.override, 'block');
    assert.equal(c.policy.actions.secret, 'redact');
    assert.equal(c.policy.actions.obfuscation, 'allow');
    assert.equal(c.policy.thresholds.classifier, 0.5);
    assert.equal(c.policy.shadow, false);
    assert.equal(c.policy.deepScan, null);
    assert.ok(Object.isFrozen(c.policy.actions));
  });
  test('per-team and per-model policies resolve in order', () => {
    const p = new ConfigProblems();
    const c = parseGuardConfig({
      actions: { pii: 'allow' },
      models: { 'code-model': { actions: { command: 'flag' } } },
      teams: { research: { shadow: true, thresholds: { default: 0.7 }, models: { 'code-model': { actions: { command: 'allow' } } } }, ops: { actions: { jailbreak: 'flag' } } },
    }, 'guard', p);
    assert.deepEqual(p.list, []);
    assert.equal(resolvePolicy(c, null, undefined).actions.pii, 'allow');
    assert.equal(resolvePolicy(c, null, 'code-model').actions.command, 'flag');
    assert.equal(resolvePolicy(c, 'research', 'other').shadow, true);
    assert.equal(resolvePolicy(c, 'research', 'other').thresholds.override, 0.7);
    assert.equal(resolvePolicy(c, 'research', 'code-model').actions.command, 'allow');
    const opsCode = resolvePolicy(c, 'ops', 'code-model');
    assert.equal(opsCode.actions.jailbreak, 'flag');
    assert.equal(opsCode.actions.command, 'flag');
  });
  test('reports every problem with its path', () => {
    const p = new ConfigProblems();
    parseGuardConfig({ actions: { override: 'nuke', bogus: 'block' }, thresholds: { default: 2 }, shadwo: true, deepScan: { url: 'ftp://x', failMode: 'maybe' }, output: { holdBack: 1 } }, 'guard', p);
    const paths = p.list.map((x) => x.path).sort();
    for (const want of ['guard.actions.override', 'guard.actions.bogus', 'guard.thresholds.default', 'guard.shadwo', 'guard.deepScan.url', 'guard.deepScan.model', 'guard.deepScan.failMode', 'guard.output.holdBack']) {
      assert.ok(paths.includes(want), `missing ${want} in ${paths.join(', ')}`);
    }
  });
  test('deep scan needs an admin URL without credentials', () => {
    const p = new ConfigProblems();
    const c = parseGuardConfig({ deepScan: { url: 'http://10.0.0.5:8000/v1/', model: 'pi-guard', timeoutMs: 500, failMode: 'closed' } }, 'guard', p);
    assert.ok(p.empty);
    assert.deepEqual(c.policy.deepScan, { url: 'http://10.0.0.5:8000/v1', model: 'pi-guard', timeoutMs: 500, failMode: 'closed', min: 0.3, max: 0.5 });
    const q = new ConfigProblems();
    parseGuardConfig({ deepScan: { url: 'http://user:pw@host/v1', model: 'm' } }, 'guard', q);
    assert.equal(q.list[0]?.path, 'guard.deepScan.url');
  });
});
