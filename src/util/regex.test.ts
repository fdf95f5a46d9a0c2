import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesOf, nextMatch } from './regex.js';

const summary = (ms: Iterable<RegExpMatchArray>): Array<[number | undefined, string, string | undefined]> => [...ms].map((m) => [m.index, m[0], m[1]]);

test('matchesOf gives what matchAll gives, empty matches and surrogate pairs included', () => {
  const cases: Array<[RegExp, string]> = [
    [/(\d+)-/g, '12-3-456-x-7-'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/\p{L}?/gu, '𝒳1é😀'],
    [/[a-z]+/gi, 'Hello World, HI'],
    [/nothing/g, 'haystack'],
  ];
  for (const [re, text] of cases) {
    re.lastIndex = 3; // a stale lastIndex from an earlier use is not a starting point
    assert.deepEqual(summary(matchesOf(re, text)), summary(text.matchAll(new RegExp(re.source, re.flags))), `${re} on ${text}`);
  }
  assert.throws(() => [...matchesOf(/a/, 'a')], TypeError);
});

test('matchesOf starts afresh when a loop over the same regex stopped early', () => {
  const re = /\d/g;
  for (const m of matchesOf(re, 'a1b2c3')) { assert.equal(m[0], '1'); break; }
  assert.deepEqual([...matchesOf(re, 'a1b2c3')].map((m) => m[0]), ['1', '2', '3']);
});

test('nextMatch steps through the same matches as matchAll, without a generator', () => {
  const cases: Array<[RegExp, string]> = [
    [/(\d+)-/g, '12-3-456-x-7-'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/\p{L}?/gu, '𝒳1é😀'],
    [/nothing/g, 'haystack'],
  ];
  for (const [re, text] of cases) {
    const got: RegExpExecArray[] = [];
    re.lastIndex = 0;
    for (let m = nextMatch(re, text); m !== null; m = nextMatch(re, text)) got.push(m);
    assert.deepEqual(summary(got), summary(text.matchAll(new RegExp(re.source, re.flags))), `${re} on ${text}`);
  }
});
