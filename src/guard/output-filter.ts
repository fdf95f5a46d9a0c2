/**
 * The output guard: checks model output as it streams, holding back a small
 * window so nothing unchecked reaches the client. Secrets and PII are redacted
 * into typed placeholders (or cut the stream), markdown images and links that
 * carry data to a host outside the allowlist are redacted (or cut), and the
 * per-request canary planted in the system prompt cuts the stream when it appears.
 *
 * Work per chunk is bounded by the held-back window plus the chunk itself.
 */
import type { OutputFilter, OutputVerdict } from '../gateway/stages/types.js';
import { CODES } from './codes.js';
import type { OutputPolicy } from './config.js';
import { findSensitive, placeholder, type SensitiveMatch } from './sensitive.js';
import { nextMatch } from '../util/regex.js';

export interface OutputFilterOptions {
  policy: Readonly<OutputPolicy>;
  /** The canary planted for this request, if any. */
  canary?: string;
  /** Called with each reason code the filter acts on (for audit). Never receives matched text. */
  onFinding?: (code: string, category: 'secret' | 'pii' | 'exfiltration' | 'canary') => void;
}

/** Longest stretch held while waiting for the end of an unfinished construct (markdown link, private key block). */
const MAX_PENDING = 4096;
// The URL stops at whitespace, ')' or '[', so scanning from every '[' is linear overall.
const LINK = /!?\[[^\]\n[]{0,300}\]\(\s{0,3}(https?:\/\/[^)\s[\]]{1,2048})[^)[\n]{0,200}\)/g;

/** Start of an unfinished markdown link/image or private key block at the end of `s`, or -1. */
function openConstructStart(s: string): number {
  const k = s.lastIndexOf('-----BEGIN');
  if (k >= 0 && s.indexOf('-----END', k) < 0 && s.slice(k, k + 64).includes('PRIVATE KEY')) return k;
  const l = s.lastIndexOf('[');
  if (l >= 0 && s.length - l <= 2600 && s.indexOf(')', l) < 0 && s.indexOf('\n\n', l) < 0) return l > 0 && s[l - 1] === '!' ? l - 1 : l;
  return -1;
}

function hostAllowed(url: string, allowed: readonly string[]): boolean {
  let host: string;
  try { host = new URL(url).hostname.toLowerCase(); } catch { return false; }
  return allowed.some((h) => host === h || host.endsWith('.' + h));
}

/** A link is a data carrier when it has a query string or a long path segment and is not on an allowed host. */
function isExfilLink(url: string, image: boolean, allowed: readonly string[]): boolean {
  if (hostAllowed(url, allowed)) return false;
  let u: URL;
  try { u = new URL(url); } catch { return true; }
  if (u.search.length > 1) return true;
  if (image && u.pathname.split('/').some((seg) => seg.length >= 32)) return true;
  return false;
}

interface Edit { start: number; end: number; replacement: string; code: string; category: 'secret' | 'pii' | 'exfiltration' }

export function createOutputFilter(opts: OutputFilterOptions): OutputFilter {
  const { policy } = opts;
  const hold = Math.max(policy.holdBack, (opts.canary?.length ?? 0) + 8);
  let pending = '';
  let cut: string | null = null;

  const note = (code: string, category: 'secret' | 'pii' | 'exfiltration' | 'canary'): void => { opts.onFinding?.(code, category); };

  /** Processes `pending`; releases all of it when `final`, otherwise keeps the held-back tail. */
  function step(final: boolean): OutputVerdict {
    if (cut) return { cut };
    if (opts.canary && pending.includes(opts.canary)) {
      note(CODES.canary, 'canary');
      cut = CODES.canary;
      pending = '';
      return { cut };
    }
    const edits: Edit[] = [];
    const wantSecrets = policy.secrets !== 'allow';
    const wantPii = policy.pii !== 'allow';
    if (wantSecrets || wantPii) {
      for (const m of findSensitive(pending, { secrets: wantSecrets, pii: wantPii })) {
        const code = `guard.${m.type}.${m.kind}`;
        if ((m.type === 'secret' ? policy.secrets : policy.pii) === 'cut') { note(code, m.type); cut = code; pending = ''; return { cut }; }
        edits.push({ start: m.start, end: m.end, replacement: placeholder(m as SensitiveMatch), code, category: m.type });
      }
    }
    if (policy.exfiltration !== 'allow') {
      LINK.lastIndex = 0;
      // A link needs a '[': most chunks have none and skip the scan.
      for (let m = pending.includes('[') ? nextMatch(LINK, pending) : null; m !== null; m = nextMatch(LINK, pending)) {
        const url = m[1] as string;
        if (!isExfilLink(url, m[0].startsWith('!'), policy.allowedHosts)) continue;
        if (policy.exfiltration === 'cut') { note('guard.exfiltration', 'exfiltration'); cut = 'guard.exfiltration'; pending = ''; return { cut }; }
        if (edits.some((e) => m.index < e.end && m.index + m[0].length > e.start)) continue;
        edits.push({ start: m.index, end: m.index + m[0].length, replacement: '[REDACTED:link]', code: 'guard.exfiltration', category: 'exfiltration' });
      }
    }
    edits.sort((a, b) => a.start - b.start);
    // Release point: keep `hold` characters, never split a match or an unfinished construct.
    let release = final ? pending.length : Math.max(0, pending.length - hold);
    if (!final) {
      for (const e of edits) if (e.start < release && e.end > release - 1) release = Math.min(release, e.start);
      const open = openConstructStart(pending);
      if (open >= 0 && open < release && pending.length - open <= MAX_PENDING) release = open;
    }
    let out = '';
    let pos = 0;
    for (const e of edits) {
      if (e.start >= release) break;
      if (e.start < pos) continue;
      out += pending.slice(pos, e.start) + e.replacement;
      note(e.code, e.category);
      pos = e.end;
    }
    out += pending.slice(pos, Math.max(pos, release));
    pending = pending.slice(Math.max(pos, release));
    return { release: out };
  }

  return {
    write(text: string): OutputVerdict {
      if (cut) return { cut };
      pending += text;
      return step(false);
    },
    end(): OutputVerdict {
      return step(true);
    },
  };
}
