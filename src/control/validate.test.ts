import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeEmail, normalizeName, normalizeTeamName, normalizeModels, parseDuration, isSubset, intersectModels, normalizeRole } from './validate.js';
import { BastionError } from '../errors/registry.js';

const isInvalid = (e: unknown): boolean => e instanceof BastionError && e.code === 'invalid_request';

test('emails are normalised and bad ones refused', () => {
  assert.equal(normalizeEmail('  Ada@Example.COM '), 'ada@example.com');
  assert.equal(normalizeEmail('admin@localhost'), 'admin@localhost');
  for (const bad of ['', 'ada', 'ada@', '@x.com', 'a b@x.com', 'ada@-x.com', 42, null, `${'a'.repeat(65)}@x.com`]) {
    assert.throws(() => normalizeEmail(bad), isInvalid, String(bad));
  }
});

test('names, team names and roles', () => {
  assert.equal(normalizeName('  Ada Lovelace ', 'name'), 'Ada Lovelace');
  assert.throws(() => normalizeName('   ', 'name'), /name must not be empty/);
  assert.throws(() => normalizeName('a\nb', 'name'), /control characters/);
  assert.equal(normalizeTeamName('ml-research'), 'ml-research');
  for (const bad of ['', 'ML', '-x', 'a b', 'x'.repeat(64)]) assert.throws(() => normalizeTeamName(bad), isInvalid, bad);
  assert.equal(normalizeRole('admin'), 'admin');
  assert.throws(() => normalizeRole('root'), /role must be/);
});

test('model lists: string or array, de-duplicated and sorted; all/null means every model', () => {
  assert.deepEqual(normalizeModels('qwen, llama3,qwen'), ['llama3', 'qwen']);
  assert.deepEqual(normalizeModels(['b', 'a']), ['a', 'b']);
  assert.equal(normalizeModels('all'), null);
  assert.equal(normalizeModels(null), null);
  for (const bad of ['', ',', [], ['bad model'], [1], 7, ['ok', '../x y']]) assert.throws(() => normalizeModels(bad), isInvalid, JSON.stringify(bad));
});

test('durations', () => {
  assert.equal(parseDuration('90m'), 90 * 60_000);
  assert.equal(parseDuration('12h'), 12 * 3_600_000);
  assert.equal(parseDuration('30d'), 30 * 86_400_000);
  assert.equal(parseDuration('2w'), 14 * 86_400_000);
  assert.equal(parseDuration(null), null);
  assert.equal(parseDuration('never'), null);
  for (const bad of ['0d', '30', 'd', '1y', '-5d', '99999d', 5]) assert.throws(() => parseDuration(bad), isInvalid, String(bad));
});

test('subset and intersection with null meaning every model', () => {
  assert.equal(isSubset(['a'], null), true);
  assert.equal(isSubset(null, ['a']), false);
  assert.equal(isSubset(['a'], ['a', 'b']), true);
  assert.equal(isSubset(['a', 'c'], ['a', 'b']), false);
  assert.deepEqual(intersectModels(null, null), null);
  assert.deepEqual(intersectModels(['a', 'b'], null), ['a', 'b']);
  assert.deepEqual(intersectModels(null, ['b']), ['b']);
  assert.deepEqual(intersectModels(['a', 'b'], ['b', 'c']), ['b']);
});
