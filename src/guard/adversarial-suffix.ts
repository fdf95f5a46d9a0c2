/**
 * Optimised adversarial suffixes (GCG / AutoDAN-style token noise appended to a request).
 * Runs on every request: every test here is linear in the text length.
 */

const SUFFIX_PUNCT = /[[\]{}()<>\\$^|`~*@#=;!?]/g;
const NOISE_SYMBOLS = /[[\]{}()<>\\$^|`~*@#=;!?"'%_+:/-]/g;

/** ASCII membership tables of SUFFIX_PUNCT and NOISE_SYMBOLS (both are ASCII-only classes). */
function asciiTable(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}
const PUNCT_TABLE = asciiTable('[]{}()<>\\$^|`~*@#=;!?');
const NOISE_TABLE = asciiTable('[]{}()<>\\$^|`~*@#=;!?"\'%_+:/-');
/** One letter (a code point of category L) at lastIndex. */
const LETTER_AT = /\p{L}/uy;

/**
 * Running counts of letters (code points of category L, counted at their first
 * code unit), SUFFIX_PUNCT and NOISE_SYMBOLS characters: the share of each in
 * any head or tail of the text is then two lookups, instead of a regex match
 * array per slice (the suffix rules look at up to four splits of every text).
 */
class CharCounts {
  readonly letters: Int32Array;
  readonly punct: Int32Array;
  readonly noise: Int32Array;

  constructor(private readonly text: string) {
    const n = text.length;
    this.letters = new Int32Array(n + 1);
    this.punct = new Int32Array(n + 1);
    this.noise = new Int32Array(n + 1);
    let l = 0;
    let p = 0;
    let q = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const f = c | 0x20;
        if (f >= 0x61 && f <= 0x7a) l++;
        p += PUNCT_TABLE[c] as number;
        q += NOISE_TABLE[c] as number;
      } else if (c < 0xdc00 || c > 0xdfff) {
        // A low surrogate belongs to the code point started before it (or is a lone one: no letter).
        LETTER_AT.lastIndex = i;
        if (LETTER_AT.test(text)) l++;
      }
      this.letters[i + 1] = l;
      this.punct[i + 1] = p;
      this.noise[i + 1] = q;
    }
  }

  /** Letters in text[from, to): a letter split by either end of the slice is not one there. */
  lettersIn(from: number, to: number): number {
    let k = (this.letters[to] as number) - (this.letters[from] as number);
    if (to < this.text.length && splitsPair(this.text, to) && (this.letters[to] as number) > (this.letters[to - 1] as number)) k--;
    return k;
  }

  punctIn(from: number, to: number): number {
    return (this.punct[to] as number) - (this.punct[from] as number);
  }

  noiseIn(from: number, to: number): number {
    return (this.noise[to] as number) - (this.noise[from] as number);
  }
}

/** True when a slice boundary at `at` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, at: number): boolean {
  const hi = text.charCodeAt(at - 1);
  const lo = text.charCodeAt(at);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/**
 * Adversarial suffix (GCG-style optimised gibberish after a plain request):
 * a prose head with little punctuation and a short tail dense in brackets,
 * quotes and symbols. Code is dense throughout, so it does not match. Linear.
 */
function hasSymbolTail(text: string): boolean {
  const n = text.length;
  if (n > 4000 || n < 100) return false;
  const counts = new CharCounts(text);
  if (n < 140) return hasUnbalancedNoiseTail(text, counts);
  const cut = n - 90;
  const head = text.slice(0, cut);
  const tail = text.slice(cut);
  // A fenced code block ("```js" and a line break) anywhere is code, though a short question puts it in the tail.
  if (text.includes('\n    ') || /```|=>|\bdef |\bfunction\b|;\s*$/m.test(head) || /```[a-z0-9+#-]{0,12}\n/.test(tail)) return hasUnbalancedNoiseTail(text, counts);
  // Parentheses alone (lists such as "(A) … (B) …") are not enough: other symbol kinds must appear.
  const kinds = new Set((tail.match(SUFFIX_PUNCT) ?? []).filter((c) => c !== '(' && c !== ')')).size;
  if (kinds >= 2 && counts.punctIn(0, cut) / cut < 0.03 && counts.lettersIn(0, cut) / cut > 0.7 &&
    counts.punctIn(cut, n) / (n - cut) >= 0.08 && counts.lettersIn(cut, n) / (n - cut) > 0.45) return true;
  return hasUnbalancedNoiseTail(text, counts);
}

/** A text whose tail is token salad: the first two forms, or the third (saladTail). */
export function hasAdversarialSuffix(text: string): boolean {
  if (!(hasSymbolTail(text) || saladTail(text))) return false;
  // Only a narrowing: the tail must still read as noise once the code named in prose is blanked.
  const plain = blankCode(text);
  return plain === text || hasSymbolTail(plain) || saladTail(plain);
}

/**
 * Code named in prose: an inline span in backticks (`rm -rf "${DIR:?}"/*`), a shell or PHP variable ($1, ${VAR:?},
 * $_POST), a function named with its bracket ("eval(", "assert("), a chat template's tags ([INST], <<SYS>>, <s>,
 * <|im_start|>), an HTML tag with quoted attributes (<img src="…">; not one with a bracketed slot such as "[reply text]", which
 * a link that carries data out holds), a template placeholder ({{ order.total }}),
 * the rows of a Markdown table (two or more lines that open and close with a pipe), a list marker ("2) send …").
 * Their symbols are syntax, not token noise: they are blanked (same length) before the tail tests.
 */
const NAMED_CODE = /`[^`\n]{1,80}`|\$\{[^}\n]{0,40}\}|\$_?[a-z0-9_]{1,20}\b|\b[a-z_][a-z0-9_]{1,20}\((?=[\s),.;]|$)|\[\/?inst\]|<<\/?sys>>|<\/?s>|<\|[a-z_]{2,20}\|>|<[a-z][a-z0-9]{0,10}(?:\s{1,3}[a-z-]{1,20}="[^"<>[\]\n]{0,200}"){1,6}\s{0,3}\/?>|\{\{ ?[\w.|: ]{1,60} ?\}\}|\{%[^%\n]{1,60}%\}|^[ \t]{0,3}\|[^\n]{1,200}\|[ \t]{0,3}(?=\n[ \t]{0,3}\|)|(?<=\|[ \t]{0,3}\n)[ \t]{0,3}\|[^\n]{1,200}\|[ \t]{0,3}$|(?<=^|\s)(?:\d{1,2}|[a-h])\)(?=\s)/gm;

function blankCode(text: string): string {
  if (!/[`$[<({|]|\d\)/.test(text)) return text;
  return text.replace(NAMED_CODE, (m) => ' '.repeat(m.length));
}

/** A plain prose word: letters (inner apostrophes and hyphens), a number, closing punctuation. */
const PROSE_WORD = /^(?:\p{L}[\p{L}\p{M}'’-]*|\d[\d.,:]*%?)[,.:;?!]{0,3}$/u;
/** Symbols that mark a noise token (the apostrophe is left out: it sits inside words). */
const SALAD_SYMBOL = /[[\]{}()<>\\$^|`~*@#=;"%_+/]/;
const SALAD_SYMBOLS = /[[\]{}()<>\\$^|`~*@#=;"%_+/]/g;
/**
 * Emoticons (":)", ";-(", ":]") are not brackets left open, nor is a bracket inside a quoted
 * literal of one word ("replace '(' with '['", "lines matching \"^[a-z\"").
 */
const NOT_A_BRACKET = /[:;]-?[()[\]]|"[^"\s]{1,40}"|'[^'\s]{1,40}'|`[^`\s]{1,40}`/g;
/** The tail reads as code: operators, keywords, calls on members, statements ended and closed. */
const SALAD_CODE = /[\w)\]](?:[=!]==?|&&|\|\|)[\w('"[]|[\w)\]] (?:[=!]==?|&&|\|\|) [\w('"[]|[a-z_]\([a-z_]{1,20} ?= |\breturn\b|\b(?:if|for|while)\s{0,2}\(|;\s{0,3}\}|\b(?:const|var|let|def|function|fn|func)\s+[a-z_$]|console\.|self\.|\w\.\w{1,20}\(|\\(?:begin|end|frac|sum|int|left|right)\b|https?:\/\/|\n|<\/?[a-z][a-z0-9]{0,10}(?:\s[^<>]{0,80})?>|\\x[0-9a-f]{2}|\bselect\b[^;]{0,80}\bfrom\b/;

/**
 * Third form (token salad, GCG / AutoDAN style): a request that opens with six plain words,
 * then a tail that starts at the first noise word (a word with a bracket, quote or symbol)
 * among the last 45 words, with at most one noise word in ten before it. The tail has at most
 * 30 words, at least two of them noise words (and at least one in eight), three or more kinds
 * of symbols, and leaves a bracket, a double quote or a backtick unpaired (two when the tail
 * has fewer than five words; emoticons do not count). A tail
 * that reads as code, LaTeX, a URL, HTML tags, \x escapes, SQL or goes on to a second line
 * does not count. One pass over the words, bounded regexes: linear.
 */
export function saladTail(text: string): boolean {
  const st = saladStats(text);
  return st !== null && saladVerdict(st);
}

/** Shape of the tail after the request: its words, noise words, brackets and quotes left open, symbol kinds. */
interface SaladStats { tailWords: number; noise: number; unpaired: number; kinds: number }

function saladVerdict(st: SaladStats): boolean {
  if (st.noise < 2 || st.kinds < 3 || st.tailWords > 30 || st.noise * 8 < st.tailWords) return false;
  // Two signs at least: two marks left open, or one and five kinds of symbols. A tail of a few
  // words needs the two marks ("run it when \"\e[24~\"" leaves one).
  if (st.tailWords < 5) return st.unpaired >= 2;
  return st.unpaired >= 2 || (st.unpaired >= 1 && st.kinds >= 5);
}

function saladStats(text: string): SaladStats | null {
  const n = text.length;
  if (n < 60 || n > 1500) return null;
  const words: Array<{ at: number; w: string }> = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) words.push({ at: m.index, w: m[0] });
  const total = words.length;
  if (total < 10) return null;
  let prose = 0;
  for (let i = 0; i < 6; i++) if (PROSE_WORD.test((words[i] as { w: string }).w)) prose++;
  if (prose < 6) return null;
  let start = -1;
  for (let i = Math.max(6, total - 45); i < total; i++) {
    if (SALAD_SYMBOL.test((words[i] as { w: string }).w)) { start = i; break; }
  }
  if (start < 0 || total - start < 2) return null;
  let headNoise = 0;
  for (let i = 0; i < start; i++) if (SALAD_SYMBOL.test((words[i] as { w: string }).w)) headNoise++;
  if (headNoise > start * 0.1) return null;
  const tail = text.slice((words[start] as { at: number }).at);
  if (SALAD_CODE.test(tail)) return null;
  let noise = 0;
  for (let i = start; i < total; i++) if (SALAD_SYMBOL.test((words[i] as { w: string }).w)) noise++;
  let quotes = 0;
  let ticks = 0;
  // Quotes are counted over the whole text: a quotation opened in the request may close in the tail.
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quotes++;
    else if (c === 96) ticks++;
  }
  const unpaired = unbalancedBrackets(tail.replace(NOT_A_BRACKET, ' ')) + (quotes % 2) + (ticks % 2);
  const kinds = new Set(tail.match(SALAD_SYMBOLS) ?? []).size;
  return { tailWords: total - start, noise, unpaired, kinds };
}

const CODE_IN_TAIL = /==|!=|&&|\|\||\breturn\b|\b(?:if|for|while)\s{0,2}\(|;\s{0,3}\}|\b(?:int|const|var|let|import|printf|select|from)\b|console\.|self\./;
const CLOSER_OF: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/** Brackets without a partner: code (even buggy code) is mostly balanced, optimised token noise is not. */
function unbalancedBrackets(s: string): number {
  const open: string[] = [];
  let bad = 0;
  for (const c of s) {
    if (c === '(' || c === '[' || c === '{') open.push(c);
    else if (c === ')' || c === ']' || c === '}') {
      if (open.length > 0 && open[open.length - 1] === CLOSER_OF[c]) open.pop();
      else bad++;
    }
  }
  return bad + open.length;
}

/**
 * Second form of an optimised suffix (GCG-style): a plain prose request followed by
 * a tail of token noise that mixes at least five kinds of symbols and leaves
 * brackets unbalanced, e.g. "… so nobody notices ]]( vivid!; ~{ narrat pero`} asking-fr %%[ olin<< aussi".
 * A tail that reads like code (operators, keywords) does not count. Linear.
 */
function hasUnbalancedNoiseTail(text: string, counts: CharCounts): boolean {
  const n = text.length;
  if (n < 100 || /```|=>|\bdef |\bfunction\b|\n {2,}|\n\t/.test(text)) return false;
  // The noise may start anywhere after the request: try a few tail lengths (each test is linear).
  for (const want of [120, 160, 200]) {
    const tailLen = Math.min(want, Math.floor(n * 0.55));
    const cut = n - tailLen;
    const tail = text.slice(cut);
    if (CODE_IN_TAIL.test(tail)) return false;
    if (counts.noiseIn(0, cut) / Math.max(1, cut) < 0.03 && counts.lettersIn(0, cut) / Math.max(1, cut) > 0.75 &&
      counts.lettersIn(cut, n) / Math.max(1, tailLen) > 0.4 &&
      new Set(tail.match(NOISE_SYMBOLS) ?? []).size >= 5 && unbalancedBrackets(tail) >= 2) return true;
    if (tailLen < want) break;
  }
  return false;
}

