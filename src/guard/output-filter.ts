/**
 * The output guard: checks model output as it streams, holding back a small
 * window so nothing unchecked reaches the client. Secrets and PII are redacted
 * into typed placeholders (or cut the stream), markdown images and links,
 * reference-link definitions, and outside code fences HTML image/frame sources
 * and CSS url()s, that carry data to a host outside the allowlist are redacted
 * (or cut), and the per-request canary planted in the system prompt cuts the
 * stream when it appears.
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
const LINK = /!?\[[^\]\n[]{0,300}\]\(\s{0,3}<?(https?:\/\/[^)\s[\]<>]{1,2048})[^)[\n]{0,200}\)/g;
/** A reference-link definition ("[1]: https://…"): an image that names it by reference loads it. */
const REF_DEF = /^[ \t]{0,3}\[[^\]\n]{1,200}\]:[ \t]{0,3}<?(https?:\/\/[^\s<>]{1,2048})>?/gm;
/** HTML that loads its source as the answer renders (image, frame, media), and CSS url(). */
const HTML_SRC = /<(?:img|iframe|source|embed|video|audio|image|object|input)\b[^>]{0,400}?\b(?:src|srcset|poster|data|href)\s{0,2}=\s{0,2}["']?(https?:\/\/[^"'\s>]{1,2048})[^>]{0,400}>|\burl\(\s{0,3}["']?(https?:\/\/[^"'\s)]{1,2048})["']?\s{0,3}\)/gi;
const FENCE = /```/g;

/** Start of an unfinished markdown link/image or private key block at the end of `s`, or -1. */
function openConstructStart(s: string): number {
  const k = s.lastIndexOf('-----BEGIN');
  if (k >= 0 && s.indexOf('-----END', k) < 0 && s.slice(k, k + 64).includes('PRIVATE KEY')) return k;
  let open = -1;
  const l = s.lastIndexOf('[');
  if (l >= 0 && s.length - l <= 2600 && s.indexOf(')', l) < 0 && s.indexOf('\n\n', l) < 0) open = l > 0 && s[l - 1] === '!' ? l - 1 : l;
  const t = s.lastIndexOf('<');
  if (t >= 0 && s.length - t <= 2600 && s.indexOf('>', t) < 0 && /^<(?:img|iframe|source|embed|video|audio|image|object|input)\b/i.test(s.slice(t, t + 8))) open = open < 0 ? t : Math.min(open, t);
  const u = s.lastIndexOf('url(');
  if (u >= 0 && s.length - u <= 2600 && s.indexOf(')', u) < 0) open = open < 0 ? u : Math.min(open, u);
  return open;
}

/** Whether `i` in `s` sits inside a code fence, given whether one was open where `s` starts. */
function inFence(s: string, i: number, openAtStart: boolean): boolean {
  let open = openAtStart;
  for (let k = s.indexOf('```'); k >= 0 && k < i; k = s.indexOf('```', k + 3)) open = !open;
  return open;
}

/** A host label that reads as encoded data (hex, base32/64 in a DNS name): long, unbroken, digit-laden. */
function dataLabel(host: string): boolean {
  return host.split('.').some((label) => label.length >= 20 && /^[a-z0-9]+$/.test(label) && (label.match(/\d/g)?.length ?? 0) >= 4);
}

/** An image path segment that reads as base64: 16+ characters mixing upper case, lower case and digits. */
function dataSegment(seg: string): boolean {
  const stem = seg.replace(/\.[a-z]{2,5}$/i, '');
  return stem.length >= 32 || (stem.length >= 16 && /^[A-Za-z0-9+_=-]+$/.test(stem) && /[A-Z]/.test(stem) && /[a-z]/.test(stem) && /\d/.test(stem));
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
  if (image && (dataLabel(u.hostname) || u.pathname.split('/').some(dataSegment))) return true;
  return false;
}

interface Edit { start: number; end: number; replacement: string; code: string; category: 'secret' | 'pii' | 'exfiltration' }

export function createOutputFilter(opts: OutputFilterOptions): OutputFilter {
  const { policy } = opts;
  const hold = Math.max(policy.holdBack, (opts.canary?.length ?? 0) + 8);
  let pending = '';
  let cut: string | null = null;
  /** A code fence is open where `pending` starts (HTML and CSS inside one are code shown, not rendered). */
  let fenceOpen = false;

  const note = (code: string, category: 'secret' | 'pii' | 'exfiltration' | 'canary'): void => { opts.onFinding?.(code, category); };

  /**
   * Adds a redaction for each data-carrying link `re` finds in `pending` (HTML and CSS only outside code fences);
   * under policy 'cut' cuts the stream at the first one instead and returns true.
   */
  function scanLinks(re: RegExp, kind: 'markdown' | 'definition' | 'html', edits: Edit[]): boolean {
    re.lastIndex = 0;
    for (let m = nextMatch(re, pending); m !== null; m = nextMatch(re, pending)) {
      const url = (m[1] ?? m[2]) as string;
      if (!isExfilLink(url, kind !== 'markdown' || m[0].startsWith('!'), policy.allowedHosts)) continue;
      if (kind === 'html' && inFence(pending, m.index, fenceOpen)) continue;
      if (policy.exfiltration === 'cut') { note('guard.exfiltration', 'exfiltration'); cut = 'guard.exfiltration'; pending = ''; return true; }
      const start = m.index, end = m.index + m[0].length;
      if (edits.some((e) => start < e.end && end > e.start)) continue;
      edits.push({ start, end, replacement: '[REDACTED:link]', code: 'guard.exfiltration', category: 'exfiltration' });
    }
    return false;
  }

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
    // A link needs a '[', a definition ']:', HTML a '<', CSS a 'url(': most chunks have none and skip the scans.
    if (policy.exfiltration !== 'allow' && (
      (pending.includes('[') && scanLinks(LINK, 'markdown', edits)) ||
      (pending.includes(']:') && scanLinks(REF_DEF, 'definition', edits)) ||
      ((pending.includes('<') || pending.includes('url(')) && scanLinks(HTML_SRC, 'html', edits)))) return { cut: cut as string };
    edits.sort((a, b) => a.start - b.start);
    // Release point: keep `hold` characters, never split a match or an unfinished construct.
    let release = final ? pending.length : Math.max(0, pending.length - hold);
    if (!final) {
      for (const e of edits) if (e.start < release && e.end > release - 1) release = Math.min(release, e.start);
      const open = openConstructStart(pending);
      if (open >= 0 && open < release && pending.length - open <= MAX_PENDING) release = open;
      // Never split a code fence, so the fence count below sees each one whole.
      for (let k = Math.max(0, release - 2); k < release; k++) if (pending.startsWith('```', k)) { release = k; break; }
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
    const kept = Math.max(pos, release);
    // Fences in the released text (a fence is never split: its ``` would still match in the kept tail).
    FENCE.lastIndex = 0;
    for (let f = nextMatch(FENCE, pending); f !== null && f.index + 3 <= kept; f = nextMatch(FENCE, pending)) fenceOpen = !fenceOpen;
    pending = pending.slice(kept);
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
