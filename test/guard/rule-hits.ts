/** Test helper: the hits of one rule file's rules on a text, run the way the scan runs them (NFKC, lower case). */
import assert from 'node:assert/strict';
import { runRules, type Rule } from '../../src/guard/rules.js';

type Role = 'user' | 'tool';
export interface RuleHitReader {
  own: (text: string, role?: Role) => Array<{ id: string; score: number }>;
  /** Ids of the rule file's hits at or over the decision point (0.5). */
  strongIds: (text: string, role?: Role) => string[];
}

export function ruleHits(rules: readonly Rule[]): RuleHitReader {
  const ids = new Set(rules.map((rule) => rule.id));
  const own = (text: string, role: Role = 'user'): Array<{ id: string; score: number }> =>
    runRules(text.normalize('NFKC').toLowerCase(), { role, toolsDeclared: false }).filter((h) => ids.has(h.id));
  return { own, strongIds: (text, role) => own(text, role).filter((h) => h.score >= 0.5).map((h) => h.id) };
}

export interface RuleExpectations {
  /** Each [rule id, text] pair must hit that rule at or over the decision point; every miss is reported together. */
  expectHit: (cases: ReadonlyArray<readonly [string, string]>) => void;
  /** No text may hit any of the file's rules at or over the decision point; every hit is reported together. */
  expectNone: (texts: readonly string[]) => void;
}

export function ruleExpectations(rules: readonly Rule[]): RuleExpectations {
  const { strongIds } = ruleHits(rules);
  return {
    expectHit: (cases) => {
      const missed = cases.filter(([id, text]) => !strongIds(text).includes(id)).map(([id, text]) => `${id}: ${text}`);
      assert.deepEqual(missed, []);
    },
    expectNone: (texts) => {
      const hit = texts.filter((text) => strongIds(text).length > 0).map((text) => `${strongIds(text).join(',')}: ${text}`);
      assert.deepEqual(hit, []);
    },
  };
}
