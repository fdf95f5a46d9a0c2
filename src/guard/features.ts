/**
 * Feature extraction shared by the training script and the runtime scorer, so
 * both see exactly the same features. Language-agnostic: hashed character
 * 3–5-grams and word 1–2-grams of the normalised lower-cased text, plus
 * unscaled "meta" features for rule hits and obfuscation transforms.
 *
 * Text features are attributed to a character position, so the scorer can
 * score every window of a long text from prefix sums in one linear pass.
 */

export const FEATURE_BITS = 18;
export const FEATURE_DIM = 1 << FEATURE_BITS;
const MASK = FEATURE_DIM - 1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function hashString(s: string, seed = 0): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return (h >>> 0) & MASK;
}

/** Word characters: letters, digits and `_` (as `[\\p{L}\\p{N}_]`); a word is at most 40 code points. */
const WORD_CHAR = /^[\p{L}\p{N}_]$/u;
const MAX_WORD = 40;
/** Classification of BMP code units outside ASCII, filled on first sight: 0 unknown, 1 word, 2 not. */
const bmpClass = new Uint8Array(65_536);

function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

/** Length in code units of the word character at `i` (1 or 2), or 0 when it is not one. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiWord(c) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = bmpClass[c] as number;
  if (k === 0) bmpClass[c] = k = WORD_CHAR.test(text[i] as string) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

function fnvRange(h: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Collapses whitespace to single spaces; the text must already be normalised and lower-cased. */
export function canonical(lower: string): string {
  return ' ' + lower.replace(/\s+/g, ' ').trim() + ' ';
}

/**
 * Calls `emit(position, bucket)` for every text feature occurrence.
 * `text` must come from canonical(); the order of calls is deterministic.
 */
export function forEachTextFeature(text: string, emit: (pos: number, bucket: number) => void): void {
  const n = text.length;
  for (let i = 0; i + 3 <= n; i++) {
    let h = FNV_OFFSET;
    h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
    h = Math.imul(h ^ text.charCodeAt(i + 2), FNV_PRIME);
    emit(i, ((h ^ 3) >>> 0) & MASK);
    if (i + 4 <= n) {
      h = Math.imul(h ^ text.charCodeAt(i + 3), FNV_PRIME);
      emit(i, ((h ^ 4) >>> 0) & MASK);
      if (i + 5 <= n) {
        h = Math.imul(h ^ text.charCodeAt(i + 4), FNV_PRIME);
        emit(i, ((h ^ 5) >>> 0) & MASK);
      }
    }
  }
  // Words and word pairs, hashed in place (same buckets as hashString(w, 0x77) and hashString(prev + ' ' + w, 0xb1)).
  let prevStart = -1;
  let prevEnd = -1;
  let i = 0;
  while (i < n) {
    let len = wordCharAt(text, i);
    if (len === 0) { i++; continue; }
    const start = i;
    let points = 0;
    do { i += len; points++; } while (points < MAX_WORD && i < n && (len = wordCharAt(text, i)) > 0);
    emit(start, (fnvRange((FNV_OFFSET ^ 0x77) >>> 0, text, start, i) >>> 0) & MASK);
    if (prevStart >= 0) {
      const h = Math.imul(fnvRange((FNV_OFFSET ^ 0xb1) >>> 0, text, prevStart, prevEnd) ^ 32, FNV_PRIME);
      emit(start, (fnvRange(h, text, start, i) >>> 0) & MASK);
    }
    prevStart = start;
    prevEnd = i;
  }
}

/**
 * forEachTextFeature with the scorer's emit built in (no call per feature): for every feature, in the same order,
 * adds `weights[bucket]` to `sums[pos + 1]` and one to `counts[pos + 1]`, so the sums are the same to the bit.
 * Returns the number of features. A test checks it against forEachTextFeature.
 */
export function addTextFeatureWeights(text: string, weights: Float32Array, sums: Float64Array, counts: Uint32Array): number {
  const n = text.length;
  let total = 0;
  for (let i = 0; i + 3 <= n; i++) {
    let h = FNV_OFFSET;
    h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
    h = Math.imul(h ^ text.charCodeAt(i + 2), FNV_PRIME);
    let sum = (sums[i + 1] as number) + (weights[((h ^ 3) >>> 0) & MASK] as number);
    let k = 1;
    if (i + 4 <= n) {
      h = Math.imul(h ^ text.charCodeAt(i + 3), FNV_PRIME);
      sum += weights[((h ^ 4) >>> 0) & MASK] as number;
      k++;
      if (i + 5 <= n) {
        h = Math.imul(h ^ text.charCodeAt(i + 4), FNV_PRIME);
        sum += weights[((h ^ 5) >>> 0) & MASK] as number;
        k++;
      }
    }
    sums[i + 1] = sum;
    counts[i + 1] = (counts[i + 1] as number) + k;
    total += k;
  }
  let prevStart = -1;
  let prevEnd = -1;
  let i = 0;
  while (i < n) {
    let len = wordCharAt(text, i);
    if (len === 0) { i++; continue; }
    const start = i;
    let points = 0;
    do { i += len; points++; } while (points < MAX_WORD && i < n && (len = wordCharAt(text, i)) > 0);
    let sum = (sums[start + 1] as number) + (weights[(fnvRange((FNV_OFFSET ^ 0x77) >>> 0, text, start, i) >>> 0) & MASK] as number);
    let k = 1;
    if (prevStart >= 0) {
      const h = Math.imul(fnvRange((FNV_OFFSET ^ 0xb1) >>> 0, text, prevStart, prevEnd) ^ 32, FNV_PRIME);
      sum += weights[(fnvRange(h, text, start, i) >>> 0) & MASK] as number;
      k++;
    }
    sums[start + 1] = sum;
    counts[start + 1] = (counts[start + 1] as number) + k;
    total += k;
    prevStart = start;
    prevEnd = i;
  }
  return total;
}

/** Buckets of the meta features (rule ids, rule categories, transforms), unscaled value 1 each. */
export function metaBuckets(names: Iterable<string>): number[] {
  const out = new Set<number>();
  for (const n of names) out.add(hashString('meta:' + n, 0x3e7a));
  return [...out].sort((a, b) => a - b);
}

/** Sparse vector of a whole text: text features scaled by 1/sqrt(count), meta features 1. */
export interface Sparse { idx: Int32Array; val: Float32Array }

export function sparseFeatures(text: string, meta: readonly number[]): Sparse {
  const counts = new Map<number, number>();
  let total = 0;
  forEachTextFeature(text, (_p, b) => { counts.set(b, (counts.get(b) ?? 0) + 1); total++; });
  const scale = total > 0 ? 1 / Math.sqrt(total) : 0;
  const all = new Map<number, number>();
  for (const [b, c] of counts) all.set(b, c * scale);
  for (const b of meta) all.set(b, (all.get(b) ?? 0) + 1);
  const keys = [...all.keys()].sort((a, b) => a - b);
  const idx = new Int32Array(keys.length);
  const val = new Float32Array(keys.length);
  keys.forEach((k, i) => { idx[i] = k; val[i] = all.get(k) as number; });
  return { idx, val };
}
