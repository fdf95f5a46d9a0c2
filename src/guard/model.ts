/**
 * The learned classifier at run time: a logistic regression over the hashed
 * features of features.ts. Long texts are scored in overlapping windows (the
 * maximum wins) so an injection in the middle of a long benign document is not
 * diluted; all windows come from one pass with prefix sums.
 */
import { FEATURE_BITS, FEATURE_DIM, addTextFeatureWeights } from './features.js';

export const MODEL_FORMAT = 'bastion-guard-lr/1';

export interface WindowSpec { size: number; stride: number }

export interface GuardModel {
  readonly weights: Float32Array;
  readonly bias: number;
  /** Decision threshold on the raw combined score, calibrated on a validation split. */
  readonly threshold: number;
  readonly window: WindowSpec;
  readonly info: Readonly<Record<string, string | number>>;
}

/** Serialised form (src/guard/model/weights.json). Weights are int16, scaled by `scale`, base64 little-endian. */
export interface GuardModelFile {
  format: typeof MODEL_FORMAT;
  bits: number;
  bias: number;
  scale: number;
  threshold: number;
  window: WindowSpec;
  weights: string;
  info: Record<string, string | number>;
}

export class GuardModelError extends Error {
  constructor(message: string) { super(message); this.name = 'GuardModelError'; }
}

export function encodeModel(m: { weights: Float32Array; bias: number; threshold: number; window: WindowSpec; info: Record<string, string | number> }): GuardModelFile {
  let max = 0;
  for (const w of m.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(m.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round((m.weights[i] as number) / scale);
  const buf = Buffer.alloc(q.length * 2);
  for (let i = 0; i < q.length; i++) buf.writeInt16LE(q[i] as number, i * 2);
  return { format: MODEL_FORMAT, bits: FEATURE_BITS, bias: m.bias, scale, threshold: m.threshold, window: m.window, weights: buf.toString('base64'), info: m.info };
}

export function decodeModel(raw: unknown): GuardModel {
  const f = raw as Partial<GuardModelFile> | null;
  if (!f || typeof f !== 'object' || f.format !== MODEL_FORMAT) throw new GuardModelError(`not a ${MODEL_FORMAT} weights file`);
  if (f.bits !== FEATURE_BITS) throw new GuardModelError(`weights use ${String(f.bits)} feature bits, this build uses ${FEATURE_BITS}`);
  if (typeof f.bias !== 'number' || typeof f.scale !== 'number' || typeof f.threshold !== 'number' || typeof f.weights !== 'string') throw new GuardModelError('weights file is missing fields');
  const w = f.window;
  if (!w || !Number.isInteger(w.size) || !Number.isInteger(w.stride) || w.size < 64 || w.stride < 16) throw new GuardModelError('weights file has an invalid window');
  const buf = Buffer.from(f.weights, 'base64');
  if (buf.length !== FEATURE_DIM * 2) throw new GuardModelError('weights file has the wrong number of weights');
  const weights = new Float32Array(FEATURE_DIM);
  for (let i = 0; i < FEATURE_DIM; i++) weights[i] = buf.readInt16LE(i * 2) * f.scale;
  return Object.freeze({ weights, bias: f.bias, threshold: f.threshold, window: { size: w.size, stride: w.stride }, info: Object.freeze({ ...(f.info ?? {}) }) });
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Reused prefix-sum buffers (scoring is synchronous, so one pair per process suffices). */
let scratch = { contrib: new Float64Array(16_384), count: new Uint32Array(16_384) };

/** Work counter for tests: feature occurrences visited by the last scoreText call in this process. */
export const scoreWork = { features: 0 };

/**
 * Probability that `canon` (from canonical()) is an attack: the maximum over
 * the whole text and its windows. `metaSum` is the summed weight of the meta features.
 */
export function scoreText(model: GuardModel, canon: string, metaSum: number): number {
  const n = canon.length;
  // Texts up to 64k characters reuse one buffer pair; larger ones get their own (not kept).
  if (scratch.contrib.length < n + 1 && n < 65_536) scratch = { contrib: new Float64Array(2 * n + 2), count: new Uint32Array(2 * n + 2) };
  const { contrib, count } = scratch.contrib.length >= n + 1 ? scratch : { contrib: new Float64Array(n + 1), count: new Uint32Array(n + 1) };
  contrib.fill(0, 0, n + 1);
  count.fill(0, 0, n + 1);
  scoreWork.features = addTextFeatureWeights(canon, model.weights, contrib, count);
  for (let i = 1; i <= n; i++) { contrib[i] = (contrib[i] as number) + (contrib[i - 1] as number); count[i] = (count[i] as number) + (count[i - 1] as number); }
  const logit = (a: number, b: number): number => {
    const c = (count[b] as number) - (count[a] as number);
    return model.bias + metaSum + (c > 0 ? ((contrib[b] as number) - (contrib[a] as number)) / Math.sqrt(c) : 0);
  };
  let best = logit(0, n);
  const { size, stride } = model.window;
  if (n > size + stride) {
    for (let a = 0; a < n; a += stride) {
      const b = Math.min(n, a + size);
      best = Math.max(best, logit(a, b));
      if (b === n) break;
    }
  }
  return sigmoid(best);
}

export function metaWeightSum(model: GuardModel, buckets: readonly number[]): number {
  let s = 0;
  for (const b of buckets) s += model.weights[b] as number;
  return s;
}
