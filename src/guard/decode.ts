/**
 * Finds payloads hidden in encodings (base64, hex, URL-encoding, rot13, Caesar, Morse, 8-bit binary) or cut into
 * short quoted fragments (`"![Link disp","lay t","ex","t"`, read joined as transform `letter_spacing`) and
 * returns their decoded text so the scanners can look at it too. Work is
 * bounded: at most MAX_CANDIDATES payloads per text, MAX_DECODED_CHARS of
 * decoded output in total, and decoding nests at most MAX_DEPTH levels.
 */
import type { Transform } from './normalize.js';
import { matchesOf } from '../util/regex.js';

export const DECODE_LIMITS = { MAX_CANDIDATES: 16, MAX_DECODED_CHARS: 64 * 1024, MAX_DEPTH: 2 } as const;

/**
 * `codeOnly`: the decoded bytes are short printable code, not language (`$(touch /tmp/x)`, `` `id` ``), or come
 * from a padded base64 run under 20 characters: read only by the encoded-command check (encoded-command.ts), which
 * keeps the reading when it finds execution in it.
 */
export interface Decoded {
  via: Transform;
  text: string;
  codeOnly?: boolean;
  /** The encoded run as it stands in the scanned text (base64, hex, URL and binary runs; not rot13, which reads the whole text). */
  raw?: string;
}

/** Characters of standard and URL-safe base64 (`[A-Za-z0-9+/_-]`). */
function isBase64Char(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 95 || c === 45;
}

/**
 * Maximal runs of at least 20 base64 characters plus up to two `=` (or of 12 to 19 closed by `=` padding): the
 * matches of /[A-Za-z0-9+/_-]{20,}={0,2}|[A-Za-z0-9+/_-]{12,19}={1,2}/g, found in one pass instead of a regex retried at
 * every position inside every shorter word.
 */
function base64Runs(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isBase64Char(text.charCodeAt(i))) { i++; continue; }
    let j = i + 1;
    while (j < n && isBase64Char(text.charCodeAt(j))) j++;
    // A shorter run counts when `=` padding closes it ("YGxzIC1hbCAvYA==" is a whole command).
    if (j - i < 20 && !(j - i >= 12 && text.charCodeAt(j) === 61)) { i = j; continue; }
    let k = j;
    while (k < n && k - j < 2 && text.charCodeAt(k) === 61 /* = */) k++;
    out.push(text.slice(i, k));
    i = k;
  }
  return out;
}
const HEX_RUN = /(?:[0-9A-Fa-f]{2}){10,}/g;
/** Hex digits in a row that every HEX_RUN match holds. */
const HEX_RUN_MIN = 20;

/**
 * Whether `text` has HEX_RUN_MIN hex digits in a row, in one pass: without them HEX_RUN cannot match, and the regex
 * retries its pairs at every position inside every word made of a–f.
 */
function hasHexRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)) { if (++run >= HEX_RUN_MIN) return true; } else run = 0;
  }
  return false;
}
const HEX_ESCAPED = /(?:\\x[0-9A-Fa-f]{2}){6,}/g;
// Eight-bit groups ("01001001 01100111 …"); each repetition consumes exactly 8 or 9 characters, so matching is linear.
const BINARY_RUN = /(?:[01]{8} ?){6,}/g;
const URL_RUN = /[^\s%]{0,24}(?:%[0-9A-Fa-f]{2}[^\s%]{0,24}){3,}/g;
// Frequent English words after rot13 ("the", "and", "you", "ignore", "instructions", "system", "prompt").
const ROT13_HINTS = /\b(?:gur|naq|lbh|vtaber|vafgehpgvbaf|flfgrz|cebzcg|cerivbhf|nyy)\b/g;

/**
 * Frequent English words (the same hint words as for rot13) under every other rotation of the
 * alphabet: a Caesar cipher with any shift is found in one pass, and two hint words of one shift
 * decide which shift to undo.
 */
const HINT_WORDS = ['the', 'and', 'you', 'ignore', 'instructions', 'system', 'prompt', 'previous', 'all', 'that', 'password'];
function rotate(s: string, k: number): string {
  return s.replace(/[A-Za-z]/g, (c) => {
    const b = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - b + k) % 26) + b);
  });
}
/** Shift that encodes each hint (1..25 without 13, which rot13 covers), keyed by the encoded word. */
const SHIFT_OF = new Map<string, number>();
for (let k = 1; k < 26; k++) if (k !== 13) for (const w of HINT_WORDS) SHIFT_OF.set(rotate(w, k), k);
const CAESAR_HINTS = new RegExp(`\\b(?:${[...SHIFT_OF.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

/** The shift that two or more distinct hint words agree on, or 0. */
function caesarShift(text: string): number {
  const seen = new Map<number, Set<string>>();
  CAESAR_HINTS.lastIndex = 0;
  let looked = 0;
  for (let m = CAESAR_HINTS.exec(text); m !== null && looked < 64; m = CAESAR_HINTS.exec(text), looked++) {
    const w = m[0].toLowerCase();
    const k = SHIFT_OF.get(w) as number;
    let set = seen.get(k);
    if (!set) seen.set(k, (set = new Set()));
    set.add(w);
    if (set.size >= 2) return k;
  }
  return 0;
}

/** International Morse code: letters, digits and a few signs. */
const MORSE: Record<string, string> = {
  '.-': 'a', '-...': 'b', '-.-.': 'c', '-..': 'd', '.': 'e', '..-.': 'f', '--.': 'g', '....': 'h', '..': 'i', '.---': 'j', '-.-': 'k', '.-..': 'l', '--': 'm',
  '-.': 'n', '---': 'o', '.--.': 'p', '--.-': 'q', '.-.': 'r', '...': 's', '-': 't', '..-': 'u', '...-': 'v', '.--': 'w', '-..-': 'x', '-.--': 'y', '--..': 'z',
  '-----': '0', '.----': '1', '..---': '2', '...--': '3', '....-': '4', '.....': '5', '-....': '6', '--...': '7', '---..': '8', '----.': '9',
  '.-.-.-': '.', '--..--': ',', '..--..': '?', '-.-.--': '!', '---...': ':', '.----.': "'", '-..-.': '/',
};
// Runs of at least eight Morse symbols separated by spaces (letters) and slashes or wider gaps (words); each symbol is at most 6 dots/dashes.
const MORSE_RUN = /(?:[.-]{1,6}(?: {1,3}| ?\/ ?)){7,}[.-]{1,6}/g;

function decodeMorse(run: string): string {
  return run.split(/ ?\/ ?| {2,3}/).map((word) => word.split(' ').map((sym) => MORSE[sym] ?? '').join('')).join(' ');
}

/** Short printable ASCII with some letters: a one-line command or code, which looksLikeText rejects (few letters, no spaces). */
function looksLikeCode(s: string): boolean {
  if (s.length < 4 || s.length > 400) return false;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c > 0x7e) return false;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
  }
  return letters / s.length >= 0.3;
}

/** True when most characters are printable text, i.e. the decoded bytes are probably language, not binary. */
function looksLikeText(s: string): boolean {
  if (s.length < 6) return false;
  // A further encoded layer (base64 inside hex, …) is kept so the next level can decode it.
  if (s.length >= 16 && /^[A-Za-z0-9+/=_-]+$/.test(s) && /[0-9]/.test(s) && /[A-Z]/.test(s)) return true;
  let good = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xfffd) continue;
    if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13 || c >= 0xa0) good++;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) letters++;
  }
  return good / s.length > 0.92 && letters / s.length > 0.5 && /\s/.test(s);
}

// Quoted fragments split at `","` or `" + "` (payload splitting: `![Link disp","lay t","ex","t","]"` …); each separator is matched in one step.
const FRAGMENT_SEPARATOR = /"[ \t]{0,2}[,+][ \t]{0,2}"/g;

/**
 * A text cut into four or more short quoted fragments, read with the cuts joined. Fragments in code and JSON are
 * words or longer strings; a split payload cuts inside words, so the fragments must average at most eight characters.
 */
function joinFragments(text: string): string | null {
  if (!text.includes('"')) return null;
  FRAGMENT_SEPARATOR.lastIndex = 0;
  let count = 0;
  let first = -1;
  let last = -1;
  let separators = 0;
  for (let m = FRAGMENT_SEPARATOR.exec(text); m !== null; m = FRAGMENT_SEPARATOR.exec(text)) {
    if (first < 0) first = m.index;
    last = m.index + m[0].length;
    separators += m[0].length;
    count++;
  }
  // The fragments between the first and the last cut.
  if (count < 4 || (last - first - separators) / (count - 1) > 8) return null;
  return text.replace(FRAGMENT_SEPARATOR, '');
}

function rot13(s: string): string {
  return s.replace(/[A-Za-z]/g, (c) => {
    const b = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
  });
}

function utf8(buf: Buffer): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(buf);
}

/** One level of decoding. */
function decodeOnce(text: string, budget: { candidates: number; chars: number }): Decoded[] {
  const out: Decoded[] = [];
  // `short`: a padded base64 run under 20 characters ('SGVsbG8gd29ybGQ=' in code) is read for commands only.
  const push = (via: Transform, s: string, short = false, raw?: string): void => {
    if (budget.candidates <= 0 || budget.chars <= 0) return;
    const clipped = s.slice(0, budget.chars);
    const text = looksLikeText(clipped);
    if (!text && !looksLikeCode(clipped)) return;
    budget.candidates--;
    budget.chars -= clipped.length;
    const d: Decoded = text && !short ? { via, text: clipped } : { via, text: clipped, codeOnly: true };
    if (raw !== undefined) d.raw = raw;
    out.push(d);
  };
  for (const run of base64Runs(text)) {
    if (budget.candidates <= 0) break;
    // Identifiers and paths are long runs too; real base64 mixes cases and digits.
    if (!/[a-z]/.test(run) || !/[A-Z]/.test(run) || !/[0-9+/=]/.test(run)) continue;
    const slice = run.slice(0, 4 * Math.ceil(budget.chars / 3) + 4);
    push('base64', utf8(Buffer.from(slice.replace(/-/g, '+').replace(/_/g, '/'), 'base64')), run.replace(/=+$/, '').length < 20, run);
  }
  if (hasHexRun(text)) for (const m of matchesOf(HEX_RUN, text)) {
    if (budget.candidates <= 0) break;
    push('hex', utf8(Buffer.from(m[0].slice(0, 2 * budget.chars), 'hex')), false, m[0]);
  }
  if (text.includes('\\x')) for (const m of matchesOf(HEX_ESCAPED, text)) {
    if (budget.candidates <= 0) break;
    push('hex', utf8(Buffer.from(m[0].slice(0, 4 * budget.chars).replace(/\\x/g, ''), 'hex')), false, m[0]);
  }
  if (text.includes('%')) for (const m of matchesOf(URL_RUN, text)) {
    if (budget.candidates <= 0) break;
    const bytes: number[] = [];
    const run = m[0];
    for (let i = 0; i < run.length && bytes.length < budget.chars; i++) {
      if (run[i] === '%' && i + 2 < run.length + 1) {
        const v = parseInt(run.slice(i + 1, i + 3), 16);
        if (!Number.isNaN(v)) { bytes.push(v); i += 2; continue; }
      }
      bytes.push(run.charCodeAt(i) & 0xff);
    }
    push('url_encoding', utf8(Buffer.from(bytes)), false, run);
  }
  if (text.includes('01')) for (const m of matchesOf(BINARY_RUN, text)) {
    if (budget.candidates <= 0) break;
    const bits = m[0].replace(/ /g, '').slice(0, 8 * budget.chars);
    const bytes: number[] = [];
    for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
    push('binary', utf8(Buffer.from(bytes)), false, m[0]);
  }
  if (text.includes('.-') || text.includes('-.')) for (const m of matchesOf(MORSE_RUN, text)) {
    if (budget.candidates <= 0) break;
    push('morse', decodeMorse(m[0].slice(0, 7 * budget.chars)));
  }
  const joined = joinFragments(text);
  if (joined !== null) push('letter_spacing', joined.slice(0, budget.chars));
  const shift = caesarShift(text);
  if (shift !== 0) push('caesar', rotate(text.slice(0, budget.chars), 26 - shift));
  ROT13_HINTS.lastIndex = 0;
  let hints = 0;
  while (ROT13_HINTS.exec(text) !== null && hints < 3) hints++;
  if (hints >= 2) push('rot13', rot13(text.slice(0, budget.chars)));
  return out;
}

/** Decodes embedded payloads up to MAX_DEPTH levels (base64 inside hex, …). */
export function decodeEmbedded(text: string): Decoded[] {
  const budget = { candidates: DECODE_LIMITS.MAX_CANDIDATES, chars: DECODE_LIMITS.MAX_DECODED_CHARS };
  const all: Decoded[] = [];
  let level: Decoded[] = decodeOnce(text, budget);
  for (let depth = 1; level.length > 0; depth++) {
    all.push(...level);
    if (depth >= DECODE_LIMITS.MAX_DEPTH) break;
    const next: Decoded[] = [];
    for (const d of level) if (d.codeOnly !== true) next.push(...decodeOnce(d.text, budget));
    level = next;
  }
  return all;
}
