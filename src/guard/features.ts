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

const WORD = /[\p{L}\p{N}_]{1,40}/gu;

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
  let prev = '';
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const w = m[0];
    emit(m.index, hashString(w, 0x77));
    if (prev) emit(m.index, hashString(prev + ' ' + w, 0xb1));
    prev = w;
  }
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
