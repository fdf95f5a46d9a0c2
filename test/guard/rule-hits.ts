/** Test helper: the hits of one rule file's rules on a text, run the way the scan runs them (NFKC, lower case). */
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
