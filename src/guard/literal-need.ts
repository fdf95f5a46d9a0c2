/**
 * What every match of a regex must contain, read off its source: a tree of
 * literal strings ("instruction" and one of "ignore" / "disregard" …) that the
 * literal gates (literal-gate.ts) compile and test against a text's Bloom
 * filter. Alternatives give one of their branches' needs, gaps and classes
 * split the literals, optional parts are left out; anything the small parser
 * does not know (backreferences, case-insensitive patterns, a syntax it cannot
 * read) gives `true`, no condition, so the regex always runs.
 */
type Node =
  | { t: 'lit'; s: string[] } // one of a few strings (a character or a small class)
  | { t: 'any' } // one character of a larger set (., \s, \p{L}, [^…])
  | { t: 'empty' } // assertions and lookarounds: consume nothing (their content is not used)
  | { t: 'opaque' } // backreferences: anything
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; items: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number };

class Unsupported extends Error {}

/** Escapes of one control character. */
const SIMPLE_ESCAPES: Readonly<Record<string, string | undefined>> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

/** Parses a pattern source (flags u or none) into the small tree above; throws Unsupported. */
function parse(src: string): Node {
  let i = 0;
  const alt = (): Node => {
    const items: Node[] = [seq()];
    while (src[i] === '|') { i++; items.push(seq()); }
    return items.length === 1 ? (items[0] as Node) : { t: 'alt', items };
  };
  const seq = (): Node => {
    const items: Node[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let node = atom();
      for (;;) {
        const q = quant();
        if (q === null) break;
        node = { t: 'rep', node, min: q[0], max: q[1] };
      }
      // A character after a character (neither repeated) extends it: one node per run of literal text, which
      // analyse() reads the same as the characters one by one.
      const prev = items[items.length - 1];
      if (node.t === 'lit' && node.s.length === 1 && prev !== undefined && prev.t === 'lit' && prev.s.length === 1) {
        prev.s[0] = (prev.s[0] as string) + (node.s[0] as string);
        continue;
      }
      items.push(node);
    }
    return { t: 'seq', items };
  };
  const quant = (): [number, number] | null => {
    const c = src[i];
    let q: [number, number] | null = null;
    if (c === '?') { q = [0, 1]; i++; } else if (c === '*') { q = [0, Infinity]; i++; } else if (c === '+') { q = [1, Infinity]; i++; } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (m === null) return null;
      const min = Number(m[1]);
      q = [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
      i += m[0].length;
    }
    if (q !== null && src[i] === '?') i++;
    return q;
  };
  const atom = (): Node => {
    const c = src[i] as string;
    if (c === '(') {
      i++;
      let look = false;
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?=', i) || src.startsWith('?!', i)) { i += 2; look = true; } else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) { i += 3; look = true; } else if (src.startsWith('?<', i)) {
        const end = src.indexOf('>', i);
        if (end < 0) throw new Unsupported();
        i = end + 1;
      } else if (src[i] === '?') throw new Unsupported();
      const inner = alt();
      if (src[i] !== ')') throw new Unsupported();
      i++;
      return look ? { t: 'empty' } : inner;
    }
    if (c === '[') return charClass();
    if (c === '.') { i++; return { t: 'any' }; }
    if (c === '^' || c === '$') { i++; return { t: 'empty' }; }
    if (c === '\\') return escape();
    if ('*+?{}])|'.includes(c)) throw new Unsupported();
    const cp = src.codePointAt(i) as number;
    const s = String.fromCodePoint(cp);
    i += s.length;
    return { t: 'lit', s: [s] };
  };
  /** One escaped character as a literal, or null when the escape is a class, assertion or reference. */
  const escapedChar = (inClass: boolean): string | null | 'class' | 'empty' | 'opaque' => {
    const d = src[i + 1];
    if (d === undefined) throw new Unsupported();
    if (d === 'b' || d === 'B') { i += 2; return inClass ? (d === 'b' ? '\b' : 'class') : 'empty'; }
    if ('sSdDwW'.includes(d)) { i += 2; return 'class'; }
    if (d === 'p' || d === 'P') {
      const end = src.indexOf('}', i);
      if (src[i + 2] !== '{' || end < 0) throw new Unsupported();
      i = end + 1;
      return 'class';
    }
    if (d === 'k' || (d >= '1' && d <= '9')) { i += 2; if (d === 'k') { const end = src.indexOf('>', i); if (end < 0) throw new Unsupported(); i = end + 1; } else while (/\d/.test(src[i] ?? '')) i++; return 'opaque'; }
    const simple = SIMPLE_ESCAPES[d];
    if (simple !== undefined) { i += 2; return simple; }
    if (d === 'x') {
      const m = /^[0-9a-fA-F]{2}/.exec(src.slice(i + 2));
      if (m === null) throw new Unsupported();
      i += 4;
      return String.fromCharCode(parseInt(m[0], 16));
    }
    if (d === 'u') {
      const m = /^\{([0-9a-fA-F]{1,6})\}|^([0-9a-fA-F]{4})/.exec(src.slice(i + 2));
      if (m === null) throw new Unsupported();
      i += 2 + m[0].length;
      return String.fromCodePoint(parseInt((m[1] ?? m[2]) as string, 16));
    }
    if (d === 'c') throw new Unsupported();
    if (/[a-zA-Z0-9]/.test(d)) throw new Unsupported();
    const cp = src.codePointAt(i + 1) as number;
    const s = String.fromCodePoint(cp);
    i += 1 + s.length;
    return s;
  };
  const escape = (): Node => {
    const e = escapedChar(false);
    if (e === 'class') return { t: 'any' };
    if (e === 'empty') return { t: 'empty' };
    if (e === 'opaque') return { t: 'opaque' };
    if (e === null) throw new Unsupported();
    return { t: 'lit', s: [e] };
  };
  const charClass = (): Node => {
    i++;
    let negated = false;
    if (src[i] === '^') { negated = true; i++; }
    const chars = new Set<string>();
    let wide = false;
    while (i < src.length && src[i] !== ']') {
      let lo: string;
      if (src[i] === '\\') {
        const e = escapedChar(true);
        if (e === 'class' || e === 'empty' || e === 'opaque' || e === null) { wide = true; continue; }
        lo = e;
      } else {
        lo = String.fromCodePoint(src.codePointAt(i) as number);
        i += lo.length;
      }
      if (src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
        i++;
        let hi: string;
        if (src[i] === '\\') {
          const e = escapedChar(true);
          if (e === 'class' || e === 'empty' || e === 'opaque' || e === null) throw new Unsupported();
          hi = e;
        } else {
          hi = String.fromCodePoint(src.codePointAt(i) as number);
          i += hi.length;
        }
        const a = lo.codePointAt(0) as number;
        const b = hi.codePointAt(0) as number;
        if (b - a > 8) wide = true;
        else for (let k = a; k <= b; k++) chars.add(String.fromCodePoint(k));
        continue;
      }
      chars.add(lo);
    }
    if (src[i] !== ']') throw new Unsupported();
    i++;
    if (negated || wide || chars.size === 0 || chars.size > 8) return { t: 'any' };
    return { t: 'lit', s: [...chars] };
  };
  const out = alt();
  if (i !== src.length) throw new Unsupported();
  return out;
}

/**
 * What every match needs, as a tree: a literal it contains, all of several conditions, or one of several.
 * `true`: nothing is known.
 */
export type Need = true | { lit: string } | { all: Need[] } | { any: Need[] };

/** `exact`: the node matches exactly one of these strings (then `need` adds nothing to them). */
interface Info { exact: string[] | null; need: Need }

let maxExact = 16;
const NONE: Info = { exact: null, need: true };

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > maxExact) return null;
  // One string times one (most literal text, a character at a time): no repeats to remove.
  if (a.length === 1 && b.length === 1) return [(a[0] as string) + (b[0] as string)];
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/** Shortest literal a need can be met with (longer literals are rarer: they go first in an `all`). */
const weights = new WeakMap<object, number>();
function weight(n: Need): number {
  if (n === true) return 0;
  if ('lit' in n) return n.lit.length;
  let w = weights.get(n);
  if (w === undefined) {
    w = 'all' in n ? Math.max(...n.all.map(weight)) : Math.min(...n.any.map(weight));
    weights.set(n, w);
  }
  return w;
}

function all(needs: readonly Need[]): Need {
  const xs: Need[] = [];
  for (const n of needs) { if (n === true) continue; if ('all' in n) xs.push(...n.all); else xs.push(n); }
  if (xs.length === 0) return true;
  if (xs.length === 1) return xs[0] as Need;
  xs.sort((p, q) => weight(q) - weight(p));
  return { all: xs };
}

/** JSON.stringify of a need, kept per node (a need is never changed once built): the key `any` removes repeats by. */
const jsonKeys = new WeakMap<object, string>();
function jsonKey(n: Need): string {
  if (n === true) return 'true';
  if ('lit' in n) return `{"lit":${JSON.stringify(n.lit)}}`;
  let k = jsonKeys.get(n);
  if (k === undefined) {
    k = 'all' in n ? `{"all":[${n.all.map(jsonKey).join(',')}]}` : `{"any":[${n.any.map(jsonKey).join(',')}]}`;
    jsonKeys.set(n, k);
  }
  return k;
}

/**
 * A test for "some other, shorter literal of `lits` occurs in s". Candidates are looked up by the two characters
 * they start with at each position of s, so a long choice costs one lookup per character, not one per length.
 */
function containsShorter(lits: ReadonlySet<string>): (s: string) => boolean {
  const byPair = new Map<number, string[]>();
  const singles = new Set<string>();
  for (const l of lits) {
    if (l.length === 1) { singles.add(l); continue; }
    if (l.length === 0) continue;
    const key = l.charCodeAt(0) * 65_536 + l.charCodeAt(1);
    const bucket = byPair.get(key);
    if (bucket === undefined) byPair.set(key, [l]); else bucket.push(l);
  }
  const hasEmpty = lits.has('');
  return (s: string): boolean => {
    if (hasEmpty && s.length > 0) return true;
    for (let a = 0; a < s.length; a++) {
      if (singles.size > 0 && s.length > 1 && singles.has(s[a] as string)) return true;
      if (a + 1 >= s.length) break;
      const bucket = byPair.get(s.charCodeAt(a) * 65_536 + s.charCodeAt(a + 1));
      if (bucket === undefined) continue;
      for (const l of bucket) if (l.length < s.length && s.startsWith(l, a)) return true;
    }
    return false;
  };
}

function any(needs: readonly Need[]): Need {
  const xs: Need[] = [];
  for (const n of needs) { if (n === true) return true; if ('any' in n) xs.push(...n.any); else xs.push(n); }
  if (xs.length === 0) return true;
  // A literal that contains another literal of the same choice adds nothing: drop it.
  const lits = new Set<string>();
  for (const n of xs) if (n !== true && 'lit' in n) lits.add(n.lit);
  const within = containsShorter(lits);
  const seen = new Set<string>();
  const uniq = xs.filter((n) => {
    if (n !== true && 'lit' in n && within(n.lit)) return false;
    const k = n !== true && 'lit' in n ? n.lit : jsonKey(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return uniq.length === 1 ? (uniq[0] as Need) : { any: uniq };
}

/**
 * One of the strings: a need when each can be tested, that is, is at least two characters long (a bigram) or one
 * character outside ASCII ("你", "ك": the filter holds those characters alone too).
 */
function oneOf(strings: readonly string[]): Need {
  if (strings.length === 0 || !strings.every((s) => s.length >= 2 || (s.length === 1 && s.charCodeAt(0) >= 0x80))) return true;
  return any(strings.map((lit) => ({ lit })));
}

function needOf(info: Info): Need {
  return info.exact === null ? info.need : all([info.need, oneOf(info.exact)]);
}

function analyse(node: Node): Info {
  switch (node.t) {
    case 'lit': return { exact: node.s, need: true };
    case 'empty': return { exact: [''], need: true };
    case 'any': case 'opaque': return NONE;
    case 'seq': {
      const needs: Need[] = [];
      let run: string[] = [''];
      let exact = true;
      for (const item of node.items) {
        const info = analyse(item);
        needs.push(info.need);
        if (info.exact === null) { exact = false; needs.push(oneOf(run)); run = ['']; continue; }
        const next = cross(run, info.exact);
        if (next === null) { exact = false; needs.push(oneOf(run)); run = info.exact; } else run = next;
      }
      if (exact) return { exact: run, need: all(needs) };
      needs.push(oneOf(run));
      return { exact: null, need: all(needs) };
    }
    case 'alt': {
      const infos = node.items.map(analyse);
      let exact: string[] | null = [];
      for (const info of infos) {
        if (exact === null || info.exact === null || info.need !== true) { exact = null; break; }
        exact = [...new Set([...exact, ...info.exact])];
        if (exact.length > maxExact) exact = null;
      }
      if (exact !== null) return { exact, need: true };
      return { exact: null, need: any(infos.map(needOf)) };
    }
    case 'rep': {
      const info = analyse(node.node);
      if (node.min === 1 && node.max === 1) return info;
      if (node.min === 0) return node.max === 1 && info.exact !== null && info.need === true ? { exact: [...new Set(['', ...info.exact])], need: true } : NONE;
      // At least one repetition: what one repetition needs, every match needs.
      return { exact: null, need: needOf(info) };
    }
  }
}

/** Literals a need tests at most. */
function size(n: Need): number {
  if (n === true) return 0;
  if ('lit' in n) return 1;
  return ('all' in n ? n.all : n.any).reduce((t, x) => t + size(x), 0);
}

/**
 * Optional limits (the default has none but the size of the exact sets): of `all`, only the `keepAll` parts with the
 * longest literals (dropping a condition only lets more texts through); one of more than `maxAny` literals is no
 * test. Measured on the bench's prose, the full tree skipped the most regexes and cost least overall.
 */
export interface GateLimits { keepAll: number; maxAny: number; maxExact: number }
export const DEFAULT_GATE_LIMITS: GateLimits = { keepAll: Infinity, maxAny: Infinity, maxExact: 16 };
function prune(n: Need, lim: GateLimits): Need {
  if (n === true || 'lit' in n) return n;
  if ('all' in n) return all(n.all.map((x) => prune(x, lim)).filter((x) => x !== true).slice(0, lim.keepAll));
  const out = any(n.any.map((x) => prune(x, lim)));
  return size(out) > lim.maxAny ? true : out;
}

/** What every match of a pattern needs (for tests and benches): `true` when nothing can be read off it. */
export function literalNeed(re: RegExp, lim: GateLimits = DEFAULT_GATE_LIMITS): Need {
  if (re.flags.includes('i') || re.flags.includes('v')) return true;
  maxExact = lim.maxExact;
  try {
    const need = needOf(analyse(parse(re.source)));
    // Without limits pruning rebuilds the same tree (every node already comes out of all() or any()): skip it.
    return lim.keepAll === Infinity && lim.maxAny === Infinity ? need : prune(need, lim);
  } catch (e) { if (e instanceof Unsupported) return true; throw e; }
}
