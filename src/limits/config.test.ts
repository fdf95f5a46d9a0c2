import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { ConfigProblems } from '../config/problems.js';
import { parseLimitRule, parseLimitsConfig } from './config.js';

function parse(raw: unknown): { cfg: ReturnType<typeof parseLimitsConfig>; problems: ConfigProblems } {
  const problems = new ConfigProblems();
  return { cfg: parseLimitsConfig(raw, 'limits', problems), problems };
}

test('an empty section gives memory store, fail-open and per-model defaults, frozen', () => {
  const { cfg, problems } = parse(undefined);
  assert.deepEqual(problems.list, []);
  assert.equal(cfg.store, 'memory');
  assert.equal(cfg.failMode, 'open');
  assert.equal(cfg.queue, null);
  assert.deepEqual(cfg.rules.map((r) => [r.name, r.scope, r.kind, r.amount]), [
    ['model-default-requests', 'model', 'requests', 1200],
    ['model-default-concurrency', 'model', 'concurrency', 32],
  ]);
  assert.equal(Object.isFrozen(cfg.rules[0]), true);
});

test('a full section compiles', () => {
  const { cfg, problems } = parse({
    store: 'redis',
    redis: { url: 'redis://:s3cret@cache:6379/0', prefix: 'b:', timeout: '100ms' },
    failMode: 'closed',
    leaseTtl: '2m',
    queue: { maxWaiting: 2, maxWait: '3s' },
    estimate: { charsPerToken: 3, defaultMaxTokens: 512 },
    modelDefaults: { tokens: { amount: 100000, window: '1m' }, concurrency: false },
    rules: {
      'per-key-rpm': { scope: 'key', kind: 'requests', amount: 60, window: '1m' },
      'team-day': { scope: 'team', kind: 'daily_tokens', amount: 1000000, shadow: true, overrides: { 'team-a': 5000000 } },
      'big-model': { scope: 'model', kind: 'requests', amount: 10, window: 1, models: ['big'] },
    },
  });
  assert.deepEqual(problems.list, []);
  assert.equal(cfg.redis?.url, 'redis://:s3cret@cache:6379/0');
  assert.equal(cfg.redis?.timeoutMs, 100);
  assert.equal(cfg.leaseTtlMs, 120_000);
  assert.deepEqual(cfg.queue, { maxWaiting: 2, maxWaitMs: 3000 });
  assert.deepEqual(cfg.estimate, { charsPerToken: 3, defaultMaxTokens: 512 });
  const byName = Object.fromEntries(cfg.rules.map((r) => [r.name, r]));
  assert.equal(byName['per-key-rpm']!.windowMs, 60_000);
  assert.equal(byName['team-day']!.shadow, true);
  assert.equal(byName['team-day']!.overrides['team-a'], 5_000_000);
  assert.equal(byName['big-model']!.windowMs, 1000);
  // the explicit model rule for "big" exempts it from the default requests rule only
  assert.deepEqual(byName['model-default-requests']!.exceptModels, ['big']);
  assert.deepEqual(byName['model-default-tokens']!.exceptModels, []);
  assert.equal(byName['model-default-concurrency'], undefined);
});

test('the Redis URL never appears when the config is serialised or inspected', () => {
  const { cfg } = parse({ store: 'redis', redis: { url: 'redis://:s3cret@cache:6379' } });
  assert.doesNotMatch(JSON.stringify(cfg), /s3cret/);
  assert.doesNotMatch(inspect(cfg, { depth: 5 }), /s3cret/);
});

test('every problem is reported with its path', () => {
  const { problems } = parse({
    store: 'redis',
    failMode: 'sometimes',
    typo: 1,
    rules: {
      'bad name!': { scope: 'key', kind: 'requests', amount: 1, window: '1m' },
      nowindow: { scope: 'key', kind: 'tokens', amount: 5 },
      extra: { scope: 'planet', kind: 'concurrency', amount: 0, window: '1m', colour: 'red' },
      missing: {},
      'model-default-requests': { scope: 'key', kind: 'requests', amount: 1, window: 'soon' },
    },
    queue: {},
  });
  const paths = problems.list.map((p) => p.path);
  for (const p of [
    'limits.failMode', 'limits.typo', 'limits.redis.url',
    'limits.rules.bad name!', 'limits.rules.nowindow.window',
    'limits.rules.extra.scope', 'limits.rules.extra.amount', 'limits.rules.extra.window', 'limits.rules.extra.colour',
    'limits.rules.missing.scope', 'limits.rules.missing.kind', 'limits.rules.missing.amount',
    'limits.rules.model-default-requests.window', 'limits.queue.maxWaiting',
  ]) assert.ok(paths.includes(p), `expected a problem at ${p}, got ${paths.join(', ')}`);
});

test('modelDefaults: false leaves models to explicit rules only', () => {
  const { cfg, problems } = parse({ modelDefaults: false });
  assert.deepEqual(problems.list, []);
  assert.deepEqual(cfg.rules, []);
});

test('an explicit model rule for every model replaces that default', () => {
  const { cfg } = parse({ rules: { all: { scope: 'model', kind: 'concurrency', amount: 4 } } });
  assert.deepEqual(cfg.rules.map((r) => r.name).sort(), ['all', 'model-default-requests']);
});

test('parseLimitRule validates a single limit (admin API input)', () => {
  const p = new ConfigProblems();
  assert.deepEqual(parseLimitRule('burst', { scope: 'team', kind: 'tokens', amount: 500, window: '10s' }, 'rule', p), {
    name: 'burst', scope: 'team', kind: 'tokens', amount: 500, windowMs: 10_000, shadow: false, models: null, exceptModels: [], overrides: {},
  });
  assert.equal(parseLimitRule('burst', { scope: 'team', kind: 'tokens', amount: -1 }, 'rule', p), undefined);
  assert.deepEqual(p.list.map((x) => x.path), ['rule.amount', 'rule.window']);
});
