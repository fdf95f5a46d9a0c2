/**
 * Turns scan findings into a verdict under a policy. Pure; the reason codes it
 * returns are what the audit log records.
 */
import type { GuardCategory } from './codes.js';
import type { GuardAction, GuardPolicy } from './config.js';
import type { GuardFinding } from './scan.js';

export type Verdict = 'allow' | 'flag' | 'redact' | 'block';

export interface Decision {
  /** The verdict the policy asks for (in shadow mode: at most 'flag'). */
  verdict: Verdict;
  /** What the policy would have done without shadow mode. */
  intended: Verdict;
  /** Category that decided the verdict (for the client error), null when nothing triggered. */
  category: GuardCategory | null;
  /** Reason codes of the findings that triggered an action other than allow. */
  reasons: string[];
}

const RANK: Readonly<Record<GuardAction, number>> = { allow: 0, flag: 1, redact: 2, block: 3 };

export function decide(findings: readonly GuardFinding[], policy: GuardPolicy): Decision {
  if (!policy.enabled) return { verdict: 'allow', intended: 'allow', category: null, reasons: [] };
  let verdict: Verdict = 'allow';
  let category: GuardCategory | null = null;
  let best = -1;
  const reasons: string[] = [];
  for (const f of findings) {
    if (f.score < policy.thresholds[f.category]) continue;
    let action = policy.actions[f.category];
    // Redaction only makes sense for secrets and PII; for attack categories it means flag.
    if (action === 'redact' && f.category !== 'secret' && f.category !== 'pii') action = 'flag';
    if (action === 'allow') continue;
    reasons.push(f.code);
    // A specific category names the reason better than the classifier's general verdict.
    const rank = RANK[action] * 10 + f.score - (f.category === 'classifier' ? 1 : 0);
    if (rank > best) { best = rank; verdict = action; category = f.category; }
  }
  const intended = verdict;
  if (policy.shadow && verdict !== 'allow') verdict = 'flag';
  return { verdict, intended, category, reasons: [...new Set(reasons)] };
}
