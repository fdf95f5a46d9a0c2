/**
 * Word boundaries for the multilingual rules. JavaScript's \b is ASCII-only, so
 * the rules spell out a Unicode one; an alternative that opens with it is
 * rewritten by `leadBoundary` into the cheaper one-sided form that V8 can scan
 * for (see there).
 */

/** A word boundary that also holds after "ń", "ü" or "é" (both sides looked at). */
export const UNICODE_B = '(?:(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])|(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_]))';

/** "No word character before": all a boundary says when a word character follows. */
const NO_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';

/**
 * A \b that opens an alternative and stands before a letter (or a group whose first branch
 * opens with one) means only "no word character before". Written as that lookbehind alone,
 * V8 can skip ahead to candidate positions; the two-sided form costs about 25 ns per
 * character for every alternative that opens with it (on the dev set, the "if you are an
 * AI" alternatives went from 550 to 35 ns per character). The tests check the two forms
 * match alike on generated text, and the rule outputs on every data row were compared.
 */
export function leadBoundary(s: string): string {
  return /^\\b(?:\p{L}|\(\?:\p{L})/u.test(s) ? NO_WORD_BEFORE + s.slice(2) : s;
}

/** "No word character after": all a boundary says when a word character stands before it. */
const NO_WORD_AFTER = '(?![\\p{L}\\p{N}_])';
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Every \b of a pattern source as the Unicode boundary, written one-sided where the pattern itself fixes one side:
 * before a literal word character that is not optional ("\bapi", "\bdostałeś") only "no word character before" is
 * left, after one ("api\b", "dostałeś\b") only "no word character after". Elsewhere (before a group, after a
 * quantifier or an escape) the two-sided form stays. The same matches as `replaceAll('\\b', UNICODE_B)`; V8 scans
 * the one-sided forms much faster. Character classes are left as they are.
 */
export function unicodeBoundaries(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (c === '\\') {
      const n = src[i + 1];
      if (n === 'b' && !inClass) {
        out += boundaryAt(src, i);
        i++;
        continue;
      }
      out += c + (n ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/** The boundary for the \b at `i` (see unicodeBoundaries). */
function boundaryAt(src: string, i: number): string {
  // After: the literal word characters just before \b, not an escape's tail ("\d", "\x2d") and not quantified.
  let k = i;
  while (k > 0 && WORD_CHAR.test(String.fromCodePoint(src.codePointAt(k - 1) as number))) k--;
  // A run that opens an escape: after a one-letter escape ("\b", "\s") the rest of the run is literal; after "\x41",
  // "\u00e9" or "\p{L}" it is not read.
  if (k > 0 && src[k - 1] === '\\') k = 'bBdDsSwWnrtfv'.includes(src[k] as string) ? k + 1 : i;
  if (k < i) return NO_WORD_AFTER;
  // Before: a literal word character that is not optional, or a group each of whose branches opens with one.
  return opensWithWord(src, i + 2) ? NO_WORD_BEFORE : UNICODE_B;
}

/** A literal word character at `j`, or a group each of whose branches opens with one (nested groups read too). */
function opensWithWord(src: string, j: number, depth = 0): boolean {
  if (opensWithWordChar(src, j)) return true;
  if (depth > 3 || !src.startsWith('(?:', j)) return false;
  const starts = branchStarts(src, j + 3);
  return starts !== null && starts.every((k) => opensWithWord(src, k, depth + 1));
}

/** A literal word character at `j` that must be matched ("a?", "a*" and "a{0,…}" may be skipped). */
function opensWithWordChar(src: string, j: number): boolean {
  const cp = src.codePointAt(j);
  if (cp === undefined) return false;
  const ch = String.fromCodePoint(cp);
  const after = src[j + ch.length];
  return WORD_CHAR.test(ch) && after !== '?' && after !== '*' && !(after === '{' && src[j + ch.length + 1] === '0');
}

/**
 * Where each top-level branch of the group whose body starts at `j` begins, or null when the group cannot be read
 * (unclosed) or is optional after its closing parenthesis.
 */
function branchStarts(src: string, j: number): number[] | null {
  const starts = [j];
  let depth = 0;
  let inClass = false;
  for (let k = j; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') { k++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) {
        const q = src[k + 1];
        return q === '?' || q === '*' || (q === '{' && src[k + 2] === '0') ? null : starts;
      }
      depth--;
    } else if (c === '|' && depth === 0) starts.push(k + 1);
  }
  return null;
}

/**
 * The field with the \\b that opens each of its top-level branches dropped. A pattern that opens with an alternation
 * of plain words is scanned fast; one that opens with a boundary lookbehind is tried at every position (about twenty
 * times slower). The words are long or followed by a space, so a match inside a longer word is rare.
 */
export function lead(s: string): string {
  let out = '';
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '\\') {
      if (!inClass && depth === 0 && (i === 0 || s[i - 1] === '|') && s[i + 1] === 'b') { i++; continue; }
      out += c + (s[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) { if (c === ']') inClass = false; } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    out += c;
  }
  return out;
}
