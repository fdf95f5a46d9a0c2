import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BastionError } from '../errors/registry.js';
import { parseUsageQuery } from './usage-routes.js';

const NOW = Date.parse('2026-03-15T12:00:00Z');
const parse = (q: string): ReturnType<typeof parseUsageQuery> => parseUsageQuery(new URLSearchParams(q), NOW);

test('usage query defaults to the 30 days up to today, by key', () => {
  assert.deepEqual(parse(''), { from: '2026-02-14', to: '2026-03-15', by: 'key' });
  assert.deepEqual(parse('to=2026-01-31&by=team'), { from: '2026-01-02', to: '2026-01-31', by: 'team' });
  assert.deepEqual(parse('from=2026-03-01&to=2026-03-01&by=model'), { from: '2026-03-01', to: '2026-03-01', by: 'model' });
});

test('usage query refuses bad days, ranges, dimensions and unknown parameters with invalid_request', () => {
  for (const q of ['from=2026-3-1', 'from=2026-02-29', 'to=yesterday', 'from=2026-03-02&to=2026-03-01', 'from=2025-01-01&to=2026-03-01', 'by=region', 'by=KEY', 'limit=5']) {
    assert.throws(() => parse(q), (e: unknown) => e instanceof BastionError && e.code === 'invalid_request', q);
  }
  assert.deepEqual(parse('from=2025-02-09&to=2026-03-15'), { from: '2025-02-09', to: '2026-03-15', by: 'key' }, '400 days is the most');
});
