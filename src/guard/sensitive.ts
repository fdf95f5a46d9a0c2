/**
 * Secrets and PII detectors, and redaction into typed placeholders.
 * Runs on the original text (offsets must point into what is forwarded).
 * Checksums cut false alarms: Luhn for card numbers, ISO 13616 mod-97 for IBANs,
 * SSA rules for US SSNs. Patterns are bounded; matching is linear.
 */
import type { PiiKind, SecretKind } from './codes.js';
import { nextMatch } from '../util/regex.js';

export interface SensitiveMatch {
  kind: SecretKind | PiiKind;
  type: 'secret' | 'pii';
  start: number;
  end: number;
}

interface Detector {
  kind: SecretKind | PiiKind;
  type: 'secret' | 'pii';
  re: RegExp;
  /** Capture group holding the sensitive part (default: whole match). */
  group?: number;
  check?: (s: string) => boolean;
  /**
   * A literal every match contains (case as written): without it in the text the
   * pattern cannot match and is not run. Most texts hold no `@`, `://` or `eyJ`,
   * and a pattern that fails at every word start still costs a full pass.
   */
  needs?: string;
  /**
   * Every match holds `needs` at most this many characters after its start (the 64 characters of an e-mail's local
   * part): the search jumps to that far before the next `needs`, instead of trying every word start before it.
   */
  reach?: number;
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

export function ibanValid(raw: string): boolean {
  const s = raw.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

function cardValid(s: string): boolean {
  const d = s.replace(/[\s-]/g, '');
  if (d.length < 13 || d.length > 19 || /^(\d)\1+$/.test(d)) return false;
  return /^(?:4|5[1-5]|2[2-7]|3[47]|6(?:011|5)|3(?:0[0-5]|[68])|35)/.test(d) && luhnValid(d);
}

function ssnValid(s: string): boolean {
  const [a, b, c] = s.split('-');
  return a !== '000' && a !== '666' && !(a ?? '').startsWith('9') && b !== '00' && c !== '0000';
}

function phoneValid(s: string): boolean {
  const digits = s.replace(/\D/g, '');
  if (digits.length < 9 || digits.length > 15) return false;
  // Dates, versions and plain numbers without phone punctuation are not phones.
  return /^\+/.test(s.trim()) || /[\s().-]/.test(s.trim());
}

function ipValid(s: string): boolean {
  const parts = s.split('.').map(Number);
  if (parts.some((p) => p > 255)) return false;
  // Private, loopback and documentation ranges are infrastructure, not personal data.
  const [a, b] = parts as [number, number];
  return !(a === 10 || a === 127 || a === 0 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || a >= 224);
}

const DETECTORS: readonly Detector[] = [
  { kind: 'private_key', type: 'secret', needs: '-----BEGIN ', re: /-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----[\s\S]{0,8192}?-----END (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----/g },
  { kind: 'aws_access_key', type: 'secret', re: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[0-9A-Z]{16}\b/g },
  { kind: 'aws_secret_key', type: 'secret', re: /\baws_?secret_?(?:access_?)?key\b["']?\s{0,3}[:=]\s{0,3}["']?([A-Za-z0-9/+=]{40})\b/gi, group: 1 },
  { kind: 'github_token', type: 'secret', needs: '_', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g },
  { kind: 'gitlab_token', type: 'secret', needs: 'glpat-', re: /\bglpat-[A-Za-z0-9_-]{20,64}\b/g },
  { kind: 'slack_token', type: 'secret', needs: 'xox', re: /\bxox[abposr]-[A-Za-z0-9-]{10,200}\b/g },
  { kind: 'anthropic_key', type: 'secret', needs: 'sk-ant-', re: /\bsk-ant-[A-Za-z0-9_-]{20,200}/g },
  { kind: 'openai_key', type: 'secret', needs: 'sk-', re: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}/g, check: (s) => !s.startsWith('sk-ant-') && /[0-9]/.test(s) && /[A-Za-z]/.test(s) },
  { kind: 'google_api_key', type: 'secret', needs: 'AIza', re: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { kind: 'stripe_key', type: 'secret', re: /\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,99}\b/g },
  { kind: 'bastion_key', type: 'secret', needs: 'bst_', re: /\bbst_[0-9a-f]{12}_[A-Za-z0-9_-]{43}/g },
  { kind: 'jwt', type: 'secret', needs: 'eyJ', re: /\beyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{10,1000}/g },
  { kind: 'connection_string', type: 'secret', needs: '://', re: /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@]{1,64}:([^\s:/@]{3,128})@[^\s/]{1,255}/gi, group: 1 },
  { kind: 'bearer_token', type: 'secret', re: /\b(?:authorization:\s{0,3})?bearer\s{1,3}([A-Za-z0-9._~+/-]{20,500}=*)/gi, group: 1 },
  { kind: 'password', type: 'secret', re: /\b(?:password|passwd|pwd|passphrase|secret|api[_-]?key|access[_-]?token|client[_-]?secret)["']?\s{0,3}[:=]\s{0,3}["']?([^\s"',;]{6,200})/gi, group: 1,
    check: (s) => !/^(?:\*+|x+|\.{3}|<[^>]*>|\$\{?[A-Za-z_]+\}?|your[_-]?\w*|changeme|example|redacted|\[redacted[^\]]*\]|null|none|true|false|undefined|process\.env\.\w+|os\.environ\S*|getenv\S*)$/i.test(s) },
  { kind: 'email', type: 'pii', needs: '@', reach: 64, re: /\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b/g },
  { kind: 'iban', type: 'pii', re: /\b[A-Z]{2}[0-9]{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,4})?\b/g, check: ibanValid },
  { kind: 'card', type: 'pii', re: /\b(?:\d[ -]?){12,18}\d\b/g, check: cardValid },
  { kind: 'us_ssn', type: 'pii', needs: '-', re: /\b\d{3}-\d{2}-\d{4}\b/g, check: ssnValid },
  { kind: 'uk_nino', type: 'pii', re: /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g },
  { kind: 'phone', type: 'pii', re: /(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,4}){1,4}\b/g, check: phoneValid },
  { kind: 'ip_address', type: 'pii', re: /\b(?:\d{1,3}\.){3}\d{1,3}\b/g, check: ipValid },
];

/** @internal the detectors in order, for the test that checks each `needs` literal against its pattern. */
export const DETECTOR_LIST: readonly Detector[] = DETECTORS;

/** The detector's next match from its regex's lastIndex, starting no earlier than `reach` before the next `needs`. */
function nextAt(d: Detector, text: string): RegExpExecArray | null {
  if (d.reach !== undefined && d.needs !== undefined) {
    const at = text.indexOf(d.needs, d.re.lastIndex);
    if (at < 0) return null;
    if (at - d.reach > d.re.lastIndex) d.re.lastIndex = at - d.reach;
  }
  return nextMatch(d.re, text);
}

function overlapsFound(found: readonly SensitiveMatch[], s: number, e: number): boolean {
  for (const f of found) if (s < f.end && e > f.start) return true;
  return false;
}

/**
 * Finds secrets and PII; overlapping matches keep the earliest detector in the list (secrets first).
 * Runs on every streamed chunk (output guard), so a detector that finds nothing allocates nothing.
 */
export function findSensitive(text: string, opts: { secrets?: boolean; pii?: boolean } = {}): SensitiveMatch[] {
  const wantSecrets = opts.secrets ?? true;
  const wantPii = opts.pii ?? true;
  const found: SensitiveMatch[] = [];
  for (const d of DETECTORS) {
    if (d.type === 'secret' ? !wantSecrets : !wantPii) continue;
    if (d.needs !== undefined && !text.includes(d.needs)) continue;
    const re = d.re;
    re.lastIndex = 0;
    for (let m = nextAt(d, text); m !== null; m = nextAt(d, text)) {
      const g = d.group ?? 0;
      const value = m[g];
      if (value === undefined) continue;
      const start = m.index + (g === 0 ? 0 : m[0].indexOf(value));
      const end = start + value.length;
      if (d.check && !d.check(value)) continue;
      if (overlapsFound(found, start, end)) continue;
      found.push({ kind: d.kind, type: d.type, start, end });
      if (found.length >= 1000) break;
    }
  }
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

export function placeholder(m: Pick<SensitiveMatch, 'kind'>): string {
  return `[REDACTED:${m.kind}]`;
}

/** Replaces each match with its typed placeholder, e.g. `[REDACTED:email]`. */
export function redact(text: string, matches: readonly SensitiveMatch[]): string {
  if (matches.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const m of matches) {
    if (m.start < pos) continue;
    out += text.slice(pos, m.start) + placeholder(m);
    pos = m.end;
  }
  return out + text.slice(pos);
}
