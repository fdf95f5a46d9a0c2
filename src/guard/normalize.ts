/**
 * Text normalisation before scanning. Pure and linear in the input length:
 * every loop is a single pass and every regex is a plain character class
 * or a bounded repetition (no nested quantifiers).
 *
 * Produces the primary normalised text (what rules and the classifier see)
 * plus the list of transformations that fired; obfuscation is itself a signal.
 */

export type Transform =
  | 'zero_width' | 'bidi' | 'tag_chars' | 'fullwidth' | 'homoglyph'
  | 'leetspeak' | 'letter_spacing' | 'reversed'
  | 'base64' | 'hex' | 'url_encoding' | 'rot13' | 'binary' | 'caesar' | 'morse';

// Zero-width, joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator.
const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g;
const TAG_CHARS = /[\u{E0000}-\u{E007F}]/gu;
/** Characters of hidden tag-character text kept as a reading. */
const MAX_HIDDEN = 4096;
const FULLWIDTH = /[\uFF01-\uFF5E]/;

/** Cyrillic and Greek letters that look like Latin ones (lower case after folding). */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  'а': 'a', 'в': 'b', 'с': 'c', 'е': 'e', 'ё': 'e', 'һ': 'h', 'і': 'i', 'ї': 'i', 'ј': 'j', 'к': 'k', 'м': 'm', 'н': 'h',
  'о': 'o', 'р': 'p', 'ԛ': 'q', 'ѕ': 's', 'т': 't', 'у': 'y', 'ԝ': 'w', 'х': 'x', 'ү': 'y', 'ɡ': 'g',
  'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'Н': 'H', 'І': 'I', 'Ј': 'J', 'К': 'K', 'М': 'M', 'О': 'O', 'Р': 'P',
  'Ѕ': 'S', 'Т': 'T', 'Х': 'X', 'Ү': 'Y',
  'α': 'a', 'β': 'b', 'ε': 'e', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x',
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P',
  'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
};
const LATIN = /[A-Za-z]/;
const CONFUSABLE = /[\u0370-\u03FF\u0400-\u052F\u0261]/;

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i' };
// A "word" mixing letters with leet digits/symbols, e.g. 1gn0r3, pr0mpt, @dmin: 3 to 40 characters of a run of them.
const LEET_WORD_MIN = 3;
const LEET_WORD_MAX = 40;
/** The rest of an e-mail domain after a leet-looking run: hyphenated labels, then a dot and a top-level domain. */
const DOMAIN_REST = /^-[A-Za-z0-9-]{1,62}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.[A-Za-z]{2,10}\b/;
/** A digit or symbol of leetspeak: only the words of a run that holds one can read differently. */
const LEET_CHAR = /[0-9@$!]/g;

/** A character of a leet word: [A-Za-z0-9@$!]. */
function isLeetWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33;
}

// Runs of single letters separated by one space, dot, dash or underscore: "i g n o r e".
const SPACED = /(?:\b[A-Za-z][ ._-]){3,200}[A-Za-z]\b/g;

/**
 * A one-letter fragment joined to a longer one by a hyphen inside a word ("t-he", "terminatio-n").
 * Only tried where a letter run starts, and the run is bounded, so a long run of letters stays linear.
 */
const SPLIT_WORD = /(?<![A-Za-z])(?:[A-Za-z]-[A-Za-z]{2}|[A-Za-z]{2,40}-[A-Za-z](?![A-Za-z]))/g;

/** Words whose reversal is a strong hint that the text was written backwards. */
const REVERSED_HINTS = /\b(?:erongi|snoitcurtsni|tpmorp|suoiverp|metsys|drowssap|edoc|terces)\b/i;

export interface Normalised {
  /** NFKC, invisible characters stripped, homoglyphs folded, spacing and leetspeak undone. */
  text: string;
  /** Transformations that changed something, in a stable order. */
  transforms: Transform[];
  /** Extra readings of the text (reversed); decoded payloads are found by decode.ts. */
  variants: Array<{ via: Transform; text: string }>;
}

/**
 * `s.replace(/[A-Za-z0-9@$!]{3,40}/g, f)` for an `f` that returns a word without a digit or symbol unchanged: only
 * the runs that hold one are visited. The regex's words in a run are its 40-character pieces from the run's start
 * (the last one only when it has at least 3 characters), so those are the pieces given to `f`.
 */
function replaceLeetWords(s: string, f: (word: string, at: number) => string): string {
  let out = '';
  let last = 0;
  LEET_CHAR.lastIndex = 0;
  for (let m = LEET_CHAR.exec(s); m !== null; m = LEET_CHAR.exec(s)) {
    // The run around the digit or symbol (the search goes on after it, so no run is visited twice).
    let start = m.index;
    while (start > 0 && isLeetWordCode(s.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < s.length && isLeetWordCode(s.charCodeAt(end))) end++;
    LEET_CHAR.lastIndex = end;
    for (let at = start; at + LEET_WORD_MIN <= end; at += LEET_WORD_MAX) {
      const to = Math.min(at + LEET_WORD_MAX, end);
      out += s.slice(last, at) + f(s.slice(at, to), at);
      last = to;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

function foldHomoglyphWord(word: string): string {
  let out = '';
  for (const ch of word) out += HOMOGLYPHS[ch] ?? ch;
  return out;
}

/** Normalises one text. Linear time; safe on any input. */
export function normalise(input: string): Normalised {
  const t = new Set<Transform>();
  let s = input;
  if (FULLWIDTH.test(s)) t.add('fullwidth');
  s = s.normalize('NFKC');
  s = s.replace(ZERO_WIDTH, () => { t.add('zero_width'); return ''; });
  s = s.replace(BIDI, () => { t.add('bidi'); return ''; });
  // Unicode tag characters mirror ASCII (U+E0020–U+E007E): text hidden in them ("ASCII smuggling") is read as a variant.
  let hidden = '';
  s = s.replace(TAG_CHARS, (c) => {
    t.add('tag_chars');
    const v = (c.codePointAt(0) as number) - 0xe0000;
    if (v >= 0x20 && v < 0x7f && hidden.length < MAX_HIDDEN) hidden += String.fromCharCode(v);
    return '';
  });

  // Homoglyphs: only inside words that mix Latin with Cyrillic/Greek, so real Russian or Greek text is untouched.
  if (CONFUSABLE.test(s) && LATIN.test(s)) {
    s = s.replace(/[\p{L}\p{M}]{2,64}/gu, (w) => {
      if (!LATIN.test(w) || !CONFUSABLE.test(w)) return w;
      const f = foldHomoglyphWord(w);
      if (f !== w) t.add('homoglyph');
      return f;
    });
  }

  if (/\b[A-Za-z][ ._-][A-Za-z][ ._-][A-Za-z][ ._-][A-Za-z]\b/.test(s)) s = s.replace(SPACED, (run) => {
    t.add('letter_spacing');
    return run.replace(/[ ._-]/g, '');
  });

  const variants: Normalised['variants'] = [];
  if (hidden.replace(/[^A-Za-z]/g, '').length >= 6) variants.push({ via: 'tag_chars', text: hidden });
  // Leetspeak is a separate reading (not applied to the primary text) so code tokens such as base64 or h264 keep their form.
  let leetChanged = false;
  const leet = !/[A-Za-z][0-9@$!]|[0-9@$][A-Za-z]/.test(s) ? s : replaceLeetWords(s, (w, at) => {
    if (!/[A-Za-z]/.test(w) || !/[0-9@$!]/.test(w)) return w;
    // E-mail addresses ("name@example.com") and upper-case shell variables ("$HOME") are not leetspeak;
    // reading them as such would only double the scan of everyday documents.
    // The domain may go on with hyphens first ("no-reply@m365-mail.co"); "%40" is a URL-encoded "@", not a leet "a".
    if (w.includes('@') && (s.charCodeAt(at + w.length) === 46 /* . */ || DOMAIN_REST.test(s.slice(at + w.length, at + w.length + 80)))) return w;
    if (s.charCodeAt(at - 1) === 37 /* % */ && /^[0-9a-fA-F]{2}/.test(w)) return w;
    if (/^\$[A-Z_][A-Z0-9_]*$/.test(w)) return w;
    if (/^[0-9]+[A-Za-z]{1,3}$/.test(w) || /^[A-Za-z]+[0-9]{1,4}$/.test(w)) return w;
    if (w.replace(/[^A-Za-z]/g, '').length < 2) return w;
    let out = '';
    for (const ch of w) out += LEET[ch] ?? ch;
    if (w.endsWith('!')) out = out.slice(0, -1) + '!';
    if (out !== w) leetChanged = true;
    return out;
  });
  if (leetChanged) {
    t.add('leetspeak');
    variants.push({ via: 'leetspeak', text: leet });
  }
  // Words cut by stray hyphens ("i-nstruction", "li-mitations", "w-ith"): a second reading with them joined.
  if (s.includes('-')) {
    let cuts = 0;
    SPLIT_WORD.lastIndex = 0;
    for (let m = SPLIT_WORD.exec(s); m !== null && cuts < 3; m = SPLIT_WORD.exec(s)) if (!/^e-mail/i.test(s.slice(m.index, m.index + 6))) cuts++;
    if (cuts >= 3) {
      t.add('letter_spacing');
      variants.push({ via: 'letter_spacing', text: s.replace(/([A-Za-z])-(?=[A-Za-z])/g, '$1') });
    }
  }
  if (REVERSED_HINTS.test(s)) {
    t.add('reversed');
    variants.push({ via: 'reversed', text: Array.from(s).reverse().join('') });
  }
  return { text: s, transforms: orderTransforms(t), variants };
}

const ORDER: readonly Transform[] = [
  'zero_width', 'bidi', 'tag_chars', 'fullwidth', 'homoglyph', 'leetspeak', 'letter_spacing', 'reversed',
  'base64', 'hex', 'url_encoding', 'rot13', 'binary', 'caesar', 'morse',
];

export function orderTransforms(set: ReadonlySet<Transform>): Transform[] {
  return ORDER.filter((x) => set.has(x));
}
