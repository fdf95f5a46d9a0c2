/**
 * Cheap gates in front of the rule regexes. Many rules can only match where one
 * of a few words stands as a whole word: `\b(?:ignore|disregard|forget)\b…`
 * cannot match a text without the token "ignore", "disregard" or "forget". The
 * words are read off each rule's own pattern (so they cannot drift from it); the
 * tokens of a text are hashed once into a small Bloom filter, and a rule whose
 * words are all absent is skipped without running its regex. A Bloom false
 * positive only means the regex runs, so the gate never changes a result.
 */

/** Top-level alternatives of a pattern source. */
export function branches(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(source.slice(start, i)); start = i + 1; }
  }
  out.push(source.slice(start));
  return out;
}

/**
 * True when the pattern text `rest` (what follows a word) can only continue with
 * a non-word character or the end: `\\b`, or one non-word atom (`\\s`, a space,
 * `,`, `:` …) that must occur at least once (no `?`, `*` or `{0,` after it).
 */
function endsWord(rest: string): boolean {
  if (rest === '' || rest.startsWith('\\b')) return true;
  const atom = /^(?:\\[sn.?:,;!'-]|[ ,'’:;!-])/.exec(rest);
  if (atom === null) return false;
  return !/^(?:[?*]|\{0,)/.test(rest.slice(atom[0].length));
}

/** Index of the parenthesis closing the group that opens at `open`, or -1. */
export function closing(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Whole words one of which starts every match of `alt` (already preceded by \\b),
 * where `after` is what follows `alt` in the pattern; null when that cannot be read off.
 * Handles a leading literal word (optionally plural: `answers?`) and a leading `(?:…)` group.
 */
function leadingWords(alt: string, after: string): string[] | null {
  if (alt.startsWith('(?:')) {
    const end = closing(alt, 0);
    if (end < 0 || /^[?*{]/.test(alt.slice(end + 1))) return null;
    const rest = alt.slice(end + 1) + after;
    const out: string[] = [];
    for (const inner of branches(alt.slice(3, end))) {
      const w = leadingWords(inner, rest);
      if (w === null) return null;
      out.push(...w);
    }
    return out;
  }
  const m = /^[a-z0-9_]+/.exec(alt);
  if (m === null) return null;
  const word = m[0];
  const rest = alt.slice(word.length) + after;
  if (endsWord(rest)) return [word];
  // An optional last letter ("answers?"): both spellings.
  if (rest.startsWith('?') && word.length > 1 && endsWord(rest.slice(1))) return [word.slice(0, -1), word];
  return null;
}

/** Leading words of one top-level alternative: it must start with \\b. */
function branchWords(b: string): string[] | null {
  return b.startsWith('\\b') ? leadingWords(b.slice(2), '') : null;
}

/**
 * Words of which at least one must stand as a whole word wherever the pattern
 * matches, or null when the pattern has an alternative that does not start with
 * such a word (then the rule is not gated).
 */
export function gateWords(source: string): string[] | null {
  const words = new Set<string>();
  for (const b of branches(source)) {
    const w = branchWords(b);
    if (w === null) return null;
    for (const x of w) words.add(x);
  }
  return [...words];
}

const BLOOM_BITS = 65_536;
const bloom = new Uint32Array(BLOOM_BITS / 32);

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

function bitOf(h: number): number {
  return (h >>> 0) & (BLOOM_BITS - 1);
}

/** Bloom bits of words (FNV-1a over their characters, as tokenBloom hashes tokens). */
export function wordBits(words: readonly string[]): Int32Array {
  return Int32Array.from(words.map((w) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
    return bitOf(h);
  }));
}

/** Hashes every whole word of `text` (runs of [A-Za-z0-9_], the `\b` of the rules) into the filter. */
export function fillTokenBloom(text: string): void {
  bloom.fill(0);
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isWordCode(c)) { h = Math.imul(h ^ c, 0x01000193); inWord = true; continue; }
    if (inWord) {
      const bit = bitOf(h);
      bloom[bit >>> 5] = (bloom[bit >>> 5] as number) | (1 << (bit & 31));
      h = 0x811c9dc5;
      inWord = false;
    }
  }
}

/** True when one of the words may be in the text last given to fillTokenBloom. */
export function mayContainWord(bits: Int32Array): boolean {
  for (let k = 0; k < bits.length; k++) {
    const bit = bits[k] as number;
    if (((bloom[bit >>> 5] as number) & (1 << (bit & 31))) !== 0) return true;
  }
  return false;
}
