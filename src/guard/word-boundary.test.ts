import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lead, leadBoundary, UNICODE_B, unicodeBoundaries } from './word-boundary.js';

/** The two-sided Unicode boundary everywhere: the reference both rewrites must match alike. */
const twoSided = (s: string): RegExp => new RegExp(s.replaceAll('\\b', UNICODE_B), 'u');

/** Texts glued from `pieces` at random (fixed seed): the rewritten pattern finds the same first match as the reference. */
function assertSameMatches(patterns: readonly string[], rewritten: (p: string) => RegExp, pieces: readonly string[], seed: number): void {
  const next = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (const p of patterns) {
    const a = twoSided(p);
    const b = rewritten(p);
    for (let i = 0; i < 3000; i++) {
      let t = '';
      for (let k = 0, n = 1 + next(6); k < n; k++) t += pieces[next(pieces.length)];
      const ma = a.exec(t);
      const mb = b.exec(t);
      assert.deepEqual(mb && [mb.index, mb[0]], ma && [ma.index, ma[0]], `${p} on ${JSON.stringify(t)}`);
    }
  }
}

describe('leadBoundary: a leading \\b before a word character as a lookbehind', () => {
  const patterns = ['\\bsi (?:tu es|vous êtes) une? ia\\b', '\\b(?:wenn|falls) du', '\\bjeśli jesteś', '\\bé\\b', '\\b(?:ignora|olvida)\\b[^\\n]{0,10}usuario', '\\bai'];

  test('matches exactly where the two-sided boundary does', () => {
    for (const p of patterns) assert.notEqual(leadBoundary(p), p);
    const pieces = ['si tu es une ia', 'si vous êtes un ia', 'wenn du', 'falls du', 'jeśli jesteś', 'é', 'ignora al usuario', 'olvida el usuario', 'ai', 'ñ', 'x', '_', '9', ' ', '.', '\n', '「', 'ü', 'е'];
    assertSameMatches(patterns, (p) => twoSided(leadBoundary(p)), pieces, 7);
  });

  test('leaves other openings alone', () => {
    for (const p of ['\\b\\s', '(?:a|b)', 'x\\b', '\\b[0-9]']) assert.equal(leadBoundary(p), p);
  });
});

describe('unicodeBoundaries: each \\b one-sided where the pattern fixes a side', () => {
  const patterns = [
    '\\bapi\\b', '\\bdostałeś\\b', '\\b(?:ai|ia|ki)\\b', '\\b(?:ai|ia)?\\b-x', '\\ba?\\b', '\\bé\\b', 'x\\d\\b', '\\x2d\\b',
    '\\b(?:ab|(?:c|d)e|f)\\b', '\\b(?:a|-b)', '\\b(?:a|b)*c', '\\b[ab]\\b', '(?:a|b)\\b', 'ab?\\b', '\\bñ{0,2}x', '\\s\\bab\\b',
    '\\bsi (?:tu es|vous êtes) une? ia\\b', 'ключ\\b|\\bтокен', '\\b9\\b', '\\b_a',
    '\\b(?:(?:a|c) b|de)', '\\b(?:(?:a )?b|c)', '\\b(?:(?:a|-)b|c)', '\\b(?:(?:a|b)*c|f)',
  ];

  test('matches exactly where the two-sided boundary does', () => {
    const pieces = ['ai', 'ia', 'ki', 'api', 'dostałeś', 'é', 'ñ', 'x', '-', '_', '9', ' ', '.', '\n', 'a', 'b', 'c', 'de', 'f', 'ab', 'ключ', 'токен', '\b', 'si tu es une ia', 'ü', '「'];
    assertSameMatches(patterns, (p) => new RegExp(unicodeBoundaries(p), 'u'), pieces, 11);
  });

  test('a side the pattern fixes loses its lookaround; other places keep both sides', () => {
    assert.equal(unicodeBoundaries('\\bapi\\b'), '(?<![\\p{L}\\p{N}_])api(?![\\p{L}\\p{N}_])');
    assert.equal(unicodeBoundaries('\\b(?:ai|ki)x'), '(?<![\\p{L}\\p{N}_])(?:ai|ki)x');
    assert.equal(unicodeBoundaries('\\b(?:(?:ai|ki) x|y)'), '(?<![\\p{L}\\p{N}_])(?:(?:ai|ki) x|y)');
    for (const p of ['\\b(?:a|-b)', '\\ba?', '\\b\\s', '\\x2d\\b', '(?:a|b)\\b', 'ab?\\b', '\\b(?:(?:a )?b|c)', '\\b(?:(?:a|-)b|c)']) assert.ok(unicodeBoundaries(p).includes(UNICODE_B), p);
    assert.equal(unicodeBoundaries('[\\b]'), '[\\b]');
  });
});

describe('lead: the \\b opening each top-level branch dropped', () => {
  test('top-level openings go; boundaries inside groups, classes, escapes and later in a branch stay', () => {
    assert.equal(lead('\\bfoo\\b|\\bbar baz|qux'), 'foo\\b|bar baz|qux');
    assert.equal(lead('(?:\\bfoo|\\bbar)\\b|\\bbaz'), '(?:\\bfoo|\\bbar)\\b|baz');
    assert.equal(lead('[\\b|]\\bx|\\\\bfoo'), '[\\b|]\\bx|\\\\bfoo');
  });

  test('a cue without its opening boundaries still finds the words', () => {
    const re = new RegExp(unicodeBoundaries(lead('\\bsag niemandem\\b|\\bohne freigabe\\b')), 'u');
    assert.ok(re.test('bitte ohne freigabe erledigen'));
    assert.equal(re.test('niemandem etwas sagen'), false);
  });
});
