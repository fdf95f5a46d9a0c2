/**
 * The guard's categories and reason codes. These strings are stable: the audit
 * log, the UI and policies key on them. Add new ones; never rename or remove.
 * docs/guard.md documents each.
 */

/** Categories a policy assigns actions to. */
export const GUARD_CATEGORIES = [
  'override', 'jailbreak', 'prompt_leak', 'template_spoof', 'indirect', 'command',
  'exfiltration', 'tool_abuse', 'obfuscation', 'classifier', 'secret', 'pii', 'canary',
] as const;
export type GuardCategory = (typeof GUARD_CATEGORIES)[number];

/** Attack categories, decided by score against a threshold (secrets and PII are decided by detection). */
export const ATTACK_CATEGORIES: readonly GuardCategory[] = [
  'override', 'jailbreak', 'prompt_leak', 'template_spoof', 'indirect', 'command', 'exfiltration', 'tool_abuse', 'classifier',
];

export const SECRET_KINDS = [
  'private_key', 'aws_access_key', 'aws_secret_key', 'github_token', 'gitlab_token', 'slack_token', 'openai_key',
  'anthropic_key', 'google_api_key', 'stripe_key', 'bastion_key', 'jwt', 'bearer_token', 'password', 'connection_string',
] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

export const PII_KINDS = ['email', 'phone', 'card', 'iban', 'us_ssn', 'uk_nino', 'ip_address'] as const;
export type PiiKind = (typeof PII_KINDS)[number];

/** Reason codes that are not per-rule: the classifier verdict and the obfuscation transforms. */
export const CODES = {
  classifier: 'guard.classifier',
  canary: 'guard.canary',
  deepScan: 'guard.deep_scan',
  deepScanUnavailable: 'guard.deep_scan_unavailable',
  shadow: 'guard.shadow',
} as const;

export function categoryCode(c: GuardCategory): string {
  return `guard.${c}`;
}
export function secretCode(k: SecretKind): string {
  return `guard.secret.${k}`;
}
export function piiCode(k: PiiKind): string {
  return `guard.pii.${k}`;
}
export function obfuscationCode(transform: string): string {
  return `guard.obfuscation.${transform}`;
}
