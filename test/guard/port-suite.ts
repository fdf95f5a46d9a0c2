/**
 * Test helper for rule files with one rule per language and technique (ids `<technique id>_<language>`): each attack
 * crosses the decision point with its own language's rule, the benign near-misses stay under it, and every language
 * has a rule of each technique.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Rule } from '../../src/guard/rules.js';
import { ruleHits } from './rule-hits.js';

export function describePortRules<K extends string>(
  title: string,
  rules: readonly Rule[],
  ids: Readonly<Record<K, string>>,
  attacks: ReadonlyArray<readonly [string, K, string]>,
  benign: ReadonlyArray<readonly [string, string]>,
): void {
  const { own, strongIds } = ruleHits(rules);
  describe(title, () => {
    test('each attack crosses the decision point with its language\'s rule', () => {
      for (const [lang, kind, text] of attacks) {
        const id = `${ids[kind]}_${lang}`;
        assert.ok(strongIds(text).includes(id), `${id} should fire on: ${text} → ${JSON.stringify(own(text))}`);
      }
    });

    test('benign near-misses stay below the decision point', () => {
      for (const [lang, text] of benign) assert.deepEqual(strongIds(text), [], `${lang}: should stay weak: ${text} → ${JSON.stringify(own(text))}`);
    });

    test('every language has a rule of each technique', () => {
      const have = new Set(rules.map((rule) => rule.id));
      const want = new Set(attacks.flatMap(([lang]) => Object.values<string>(ids).map((id) => `${id}_${lang}`)));
      for (const id of want) assert.ok(have.has(id), `missing rule ${id}`);
      assert.equal(have.size, want.size);
    });
  });
}
