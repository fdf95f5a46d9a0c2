/**
 * Literal gates in front of the rule regexes, read off each pattern: sets of
 * literal strings such that every match of the pattern contains at least one
 * string of every set ("ignore|disregard" then "instructions|rules" …). The
 * character trigrams of a text are hashed once into a Bloom filter; a literal
 * can only occur in the text when all of its trigrams are there, so a pattern
 * one of whose sets has no literal whose trigrams are all present cannot match
 * and is not run. A Bloom false positive only means the regex runs: like the
 * word gates (rule-gates.ts) the gate never changes a result.
 *
 * The sets come from literal-need.ts (a small parse of the pattern); a pattern
 * it reads nothing off gets no gate, so the regex always runs.
 */
import { DEFAULT_GATE_LIMITS, literalNeed, type GateLimits, type Need } from './literal-need.js';


/**
 * A gate as run: the tree compiled to short-circuit jumps over its literals, in the order the tree lists them. Each
 * literal is a record [count, ifPresent, ifAbsent, bit…] of its Bloom bits and of where to go next when all of them
 * are set or when one is not; a target of TRUE or FALSE is the answer. Everything fits 16 bits (a program too long
 * for that gives no gate), which halves the memory every scan walks. Evaluating a gate is one loop over the records
 * it visits: no recursion, no per-text state besides the filter.
 */
export type LiteralGate = Uint16Array;

const FALSE = 0xffff;
const TRUE = 0xfffe;
const BITS = 65_536;
const bloom = new Uint32Array(BITS / 32);

function trigramBit(a: number, b: number, c: number): number {
  return (Math.imul(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d), 0x27d4eb2f) >>> 16) & (BITS - 1);
}

function bigramBit(a: number, b: number): number {
  return (Math.imul(Math.imul(a, 0x165667b1) ^ Math.imul(b, 0xd3a2646c), 0x27d4eb2f) >>> 16) & (BITS - 1);
}

/** A character outside ASCII alone: scripts without word spaces put whole words in one character ("你", "ك"). */
function unigramBit(a: number): number {
  return (Math.imul(a, 0x2c1b3c6d) >>> 16) & (BITS - 1);
}

/** A one-character literal (outside ASCII) by its unigram, a two-character one by its bigram, a longer one by its trigrams (each bit once). */
const literalBitsMemo = new Map<string, readonly number[]>();
function literalBits(s: string): readonly number[] {
  let bits = literalBitsMemo.get(s);
  if (bits === undefined) {
    if (s.length === 1) bits = [unigramBit(s.charCodeAt(0))];
    else if (s.length === 2) bits = [bigramBit(s.charCodeAt(0), s.charCodeAt(1))];
    else {
      const out: number[] = [];
      for (let k = 0; k + 2 < s.length; k++) out.push(trigramBit(s.charCodeAt(k), s.charCodeAt(k + 1), s.charCodeAt(k + 2)));
      bits = [...new Set(out)];
    }
    literalBitsMemo.set(s, bits);
  }
  return bits;
}

/** Length of a need's records in the program (kept per node: emit asks again at every level). */
const programSizes = new WeakMap<object, number>();
function programSize(n: Exclude<Need, true>): number {
  if ('lit' in n) return 3 + literalBits(n.lit).length;
  let total = programSizes.get(n);
  if (total === undefined) {
    total = 0;
    for (const x of 'all' in n ? n.all : n.any) total += programSize(x as Exclude<Need, true>);
    programSizes.set(n, total);
  }
  return total;
}

/**
 * Writes the records of `n` from `at` on: its answer is `onTrue` or `onFalse` (a record or a final answer). The
 * parts of an `all` go on to the next part when met and to `onFalse` when not; those of an `any` the other way round.
 * The parts of an `all` are tested shortest program first: any part that fails decides, and a long choice of
 * literals usually fails only after testing every one of them.
 */
function emit(n: Exclude<Need, true>, out: Uint16Array, at: number, onTrue: number, onFalse: number): void {
  if ('lit' in n) {
    const bits = literalBits(n.lit);
    out[at] = bits.length;
    out[at + 1] = onTrue;
    out[at + 2] = onFalse;
    for (let k = 0; k < bits.length; k++) out[at + 3 + k] = bits[k] as number;
    return;
  }
  const isAll = 'all' in n;
  let parts = (isAll ? n.all : n.any) as ReadonlyArray<Exclude<Need, true>>;
  if (isAll) parts = [...parts].sort((x, y) => programSize(x) - programSize(y));
  let pos = at;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as Exclude<Need, true>;
    const next = pos + programSize(part);
    const last = k === parts.length - 1;
    if (isAll) emit(part, out, pos, last ? onTrue : next, onFalse);
    else emit(part, out, pos, onTrue, last ? onFalse : next);
    pos = next;
  }
}

/** Gates compiled with the default limits, by flags and source: rules that share a pattern share its gate. */
const compiledGates = new Map<string, LiteralGate | null>();

/** The gate of a pattern, or null when nothing can be read off it. */
export function literalGate(re: RegExp, lim: GateLimits = DEFAULT_GATE_LIMITS): LiteralGate | null {
  if (lim !== DEFAULT_GATE_LIMITS) return compileGate(re, lim);
  const key = `${re.flags}/${re.source}`;
  let gate = compiledGates.get(key);
  if (gate === undefined) {
    gate = compileGate(re, lim);
    compiledGates.set(key, gate);
  }
  return gate;
}

function compileGate(re: RegExp, lim: GateLimits): LiteralGate | null {
  const need = literalNeed(re, lim);
  if (need === true) return null;
  const size = programSize(need);
  if (size >= TRUE) return null;
  const out = new Uint16Array(size);
  emit(need, out, 0, TRUE, FALSE);
  return out;
}

/** The text last given to fillTrigramBloom. */
let filledWith: string | undefined;

/** Hashes every character bigram and trigram of `text` into the filter, and every character outside ASCII alone. */
export function fillTrigramBloom(text: string): void {
  filledWith = text;
  bloom.fill(0);
  let bit: number;
  for (let k = 0; k < Math.min(2, text.length); k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) { bit = unigramBit(c); bloom[bit >>> 5] = (bloom[bit >>> 5] as number) | (1 << (bit & 31)); }
  }
  if (text.length < 2) return;
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  bit = bigramBit(a, b);
  bloom[bit >>> 5] = (bloom[bit >>> 5] as number) | (1 << (bit & 31));
  for (let k = 2; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) { bit = unigramBit(c); bloom[bit >>> 5] = (bloom[bit >>> 5] as number) | (1 << (bit & 31)); }
    bit = trigramBit(a, b, c);
    bloom[bit >>> 5] = (bloom[bit >>> 5] as number) | (1 << (bit & 31));
    bit = bigramBit(b, c);
    bloom[bit >>> 5] = (bloom[bit >>> 5] as number) | (1 << (bit & 31));
    a = b;
    b = c;
  }
}

/** False when the pattern cannot match the text last given to fillTrigramBloom. */
export function mayMatch(gate: LiteralGate): boolean {
  let pc = 0;
  for (;;) {
    const end = pc + 3 + (gate[pc] as number);
    let present = true;
    for (let k = pc + 3; k < end; k++) {
      const bit = gate[k] as number;
      if (((bloom[bit >>> 5] as number) & (1 << (bit & 31))) === 0) { present = false; break; }
    }
    pc = gate[present ? pc + 1 : pc + 2] as number;
    if (pc >= TRUE) return pc === TRUE;
  }
}

/** Gates of the patterns given to mayMatchText, compiled on first use. */
const patternGates = new WeakMap<RegExp, LiteralGate | null>();

/**
 * False when `re` cannot match `text`: the filter holds `text` (the last text given to fillTrigramBloom) and the
 * pattern's gate fails. True otherwise, and then the pattern must be run. It never refills the filter, so a caller
 * between its own fill and gates (runRules) is not disturbed.
 */
export function mayMatchText(re: RegExp, text: string): boolean {
  if (text !== filledWith) return true;
  let gate = patternGates.get(re);
  if (gate === undefined) {
    gate = literalGate(re);
    patternGates.set(re, gate);
  }
  return gate === null || mayMatch(gate);
}
