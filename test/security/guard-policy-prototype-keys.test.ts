// Guards guard-policy resolution against model and team names that are
// Object.prototype members: a model served under the name `constructor` or
// `toString` must get the configured policy, never a prototype function whose
// missing `enabled` would switch the guard off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigProblems } from '../../src/config/problems.js';
import { parseGuardConfig, resolvePolicy } from '../../src/guard/config.js';

test('model and team names that are prototype members resolve to the configured policy', () => {
  const problems = new ConfigProblems();
  const config = parseGuardConfig({ teams: { 'team-1': { models: { other: { enabled: false } } } } }, 'guard', problems);
  assert.equal(problems.list.length, 0);
  for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
    const p = resolvePolicy(config, null, name);
    assert.equal(p, config.policy, `model ${name}`);
    assert.equal(p.enabled, true);
    assert.equal(resolvePolicy(config, name, 'm').enabled, true, `team ${name}`);
    assert.equal(resolvePolicy(config, 'team-1', name), config.teams['team-1']?.policy, `team-1 / model ${name}`);
  }
});
