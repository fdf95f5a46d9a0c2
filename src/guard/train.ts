/**
 * Deterministic training of the guard classifier (used by scripts/train-guard.ts
 * and scripts/eval-guard-loso.ts). Logistic regression with AdaGrad and L2 on
 * the hashed features; fixed seed, rows in stable (id) order.
 *
 * The decision threshold is set on out-of-fold scores (k-fold over the training
 * rows only): the smallest classifier threshold at which the union of rules and
 * classifier flags at most `targetFpr` of the benign rows.
 */
import { augmentIndirect } from './augment.js';
import { FEATURE_DIM, forEachTextFeature, metaBuckets, sparseFeatures, type Sparse } from './features.js';
import { sigmoid, type GuardModel, type WindowSpec } from './model.js';
import { analyse, combinedScore, metaNames, rawScore } from './scan.js';
import type { RuleContext } from './rules.js';
import { mulberry32 } from '../util/prng.js';

export interface TrainRow { id: string; text: string; label: 'attack' | 'benign'; source?: string; category?: string; lang?: string }

export interface TrainOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  /** L2 for the hashed n-gram buckets: strong, so the n-grams (which learn each source's style) cannot outweigh the rule, transform and cue features. */
  l2: number;
  /** L2 for the meta buckets (rule hits, transforms, cues); a smaller value than `l2` lets these source-independent features carry more weight than the n-grams. */
  metaL2: number;
  folds: number;
  targetFpr: number;
  /** Extra attack rows made by inserting short attacks into benign texts (see augment.ts); 0 disables. */
  augment: number;
  /** Threshold on a source-balanced out-of-fold FPR (each benign source weighs the same) instead of a pooled one. */
  balancedThreshold: boolean;
  /**
   * With `balancedThreshold`, a benign row weighs (benign rows of its source)^-thresholdWeightPower in the FPR
   * budget: 1 gives each source the same share (a source of five rows then sets the threshold alone, since one of
   * its rows outweighs the whole 1% budget); 0.5 damps large sources the way the training weights do.
   */
  thresholdWeightPower: number;
  /**
   * Whether benign rows that the rules alone flag spend the threshold's FPR budget (true) or the budget is the
   * classifier's own: the share of the benign rows the rules let through that it may flag (false).
   */
  ruleBudget: boolean;
  /** Text n-grams must occur in the attacks of at least this many sources to be learned (see sourceSpecificBuckets); 0 or 1 disables. */
  minAttackSources: number;
  /** Row weight is (rows of its source and label)^-sourceWeightPower: 0.5 damps large sources, 1 balances sources fully. */
  sourceWeightPower: number;
  window: WindowSpec;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  seed: 1337, epochs: 8, learningRate: 0.3, l2: 0.03, metaL2: 1e-3, folds: 4, targetFpr: 0.01, augment: 0, balancedThreshold: true, thresholdWeightPower: 0.5, ruleBudget: true, minAttackSources: 0, sourceWeightPower: 0.5, window: { size: 768, stride: 384 },
};

const USER_CTX: RuleContext = { role: 'user', toolsDeclared: false };

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = xs.slice();
  const rnd = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export function vectorise(row: TrainRow, metaSeen?: Set<number>): Sparse {
  const a = analyse(row.text, USER_CTX);
  const meta = metaBuckets(metaNames(a.hits, a.transforms, a.cues));
  if (metaSeen) for (const b of meta) metaSeen.add(b);
  return sparseFeatures(a.canon, meta);
}

/**
 * Text-feature buckets that occur in the attack rows of fewer than `minSources`
 * sources. Such n-grams can only identify a source's template, not an attack,
 * so they are left out of training (rule and transform features always stay).
 */
export function sourceSpecificBuckets(rows: readonly TrainRow[], minSources: number): Set<number> {
  const sources = new Map<number, Set<string>>();
  for (const r of rows) {
    if (r.label !== 'attack') continue;
    const src = r.source ?? '-';
    forEachTextFeature(analyse(r.text, USER_CTX).canon, (_p, b) => {
      let set = sources.get(b);
      if (!set) sources.set(b, (set = new Set()));
      set.add(src);
    });
  }
  const out = new Set<number>();
  for (const [b, set] of sources) if (set.size < minSources) out.add(b);
  return out;
}

function withoutBuckets(v: Sparse, drop: ReadonlySet<number>, keep: ReadonlySet<number>): Sparse {
  const idx: number[] = [];
  const val: number[] = [];
  for (let k = 0; k < v.idx.length; k++) {
    const b = v.idx[k] as number;
    if (drop.has(b) && !keep.has(b)) continue;
    idx.push(b);
    val.push(v.val[k] as number);
  }
  return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
}

/** Fits weights and bias on pre-computed vectors. */
export function fit(vecs: readonly Sparse[], labels: readonly number[], opts: TrainOptions, rowWeights?: readonly number[], metaBucketSet?: ReadonlySet<number>): { weights: Float32Array; bias: number } {
  const w = new Float64Array(FEATURE_DIM);
  const l2 = new Float64Array(FEATURE_DIM).fill(opts.l2);
  if (metaBucketSet) for (const b of metaBucketSet) l2[b] = opts.metaL2;
  const g2 = new Float64Array(FEATURE_DIM).fill(1e-8);
  let b = 0;
  let gb2 = 1e-8;
  const pos = labels.filter((l) => l === 1).length;
  const neg = labels.length - pos;
  // Balance the classes so the prior of this data set does not become the bias.
  const cw = [labels.length / (2 * Math.max(1, neg)), labels.length / (2 * Math.max(1, pos))];
  const order = labels.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const i of shuffled(order, opts.seed + epoch)) {
      const x = vecs[i] as Sparse;
      const y = labels[i] as number;
      let z = b;
      for (let k = 0; k < x.idx.length; k++) z += (w[x.idx[k] as number] as number) * (x.val[k] as number);
      const g = (sigmoid(z) - y) * (cw[y] as number) * (rowWeights ? (rowWeights[i] as number) : 1);
      for (let k = 0; k < x.idx.length; k++) {
        const j = x.idx[k] as number;
        const gj = g * (x.val[k] as number) + (l2[j] as number) * (w[j] as number);
        g2[j] = (g2[j] as number) + gj * gj;
        w[j] = (w[j] as number) - (opts.learningRate * gj) / Math.sqrt(g2[j] as number);
      }
      gb2 += g * g;
      b -= (opts.learningRate * g) / Math.sqrt(gb2);
    }
  }
  return { weights: Float32Array.from(w), bias: b };
}

function asModel(f: { weights: Float32Array; bias: number }, threshold: number, window: WindowSpec): GuardModel {
  return { weights: f.weights, bias: f.bias, threshold, window, info: {} };
}

/**
 * Smallest classifier threshold such that benign rows flagged by rules or the
 * classifier stay within `targetFpr`. `scored` holds each benign row's classifier
 * probability, whether its rules alone already flag it, and optionally a weight
 * (default 1): with per-source weights the budget is a source-balanced FPR, so a
 * large easy source cannot absorb the whole budget while a small one is over it.
 */
export function pickThreshold(benign: ReadonlyArray<{ p: number; ruleFlag: boolean; weight?: number }>, targetFpr: number, ruleBudget = true): number {
  const counted = ruleBudget ? benign : benign.filter((x) => !x.ruleFlag);
  const total = counted.reduce((s, x) => s + (x.weight ?? 1), 0);
  let budget = targetFpr * total - (ruleBudget ? benign.filter((x) => x.ruleFlag).reduce((s, x) => s + (x.weight ?? 1), 0) : 0);
  const ps = benign.filter((x) => !x.ruleFlag).sort((a, b) => b.p - a.p);
  // Flag scores >= t: let the highest benign through while the budget lasts, stop just above the next one.
  let k = 0;
  while (k < ps.length && budget - ((ps[k] as { weight?: number }).weight ?? 1) >= -1e-9) {
    budget -= (ps[k] as { weight?: number }).weight ?? 1;
    k++;
  }
  const next = ps[k]?.p;
  if (next === undefined) return 0.5;
  const t = next + Math.max(1e-6, (1 - next) * 1e-3);
  return Math.min(0.999, Math.max(0.05, t));
}

/**
 * A benign row's weight in the threshold's FPR budget (see pickThreshold): (benign rows of its source)^-power.
 * Power 1 gives every source the same share, 0.5 damps large sources as the training weights do, 0 is pooled.
 */
export function budgetWeights(rows: readonly TrainRow[], power: number): (r: TrainRow) => number {
  const perSource = new Map<string, number>();
  for (const r of rows) if (r.label === 'benign') perSource.set(r.source ?? '-', (perSource.get(r.source ?? '-') ?? 0) + 1);
  return (r) => Math.pow(perSource.get(r.source ?? '-') ?? 1, -power);
}

/** Classifier probability and rule decision for held-out rows under a given model. */
export function scoreRows(model: GuardModel, rows: readonly TrainRow[]): Array<{ p: number; ruleFlag: boolean }> {
  return rows.map((r) => {
    const s = rawScore(model, r.text, USER_CTX);
    return { p: s.classifier, ruleFlag: s.hits.some((h) => h.score >= 0.5) };
  });
}

/**
 * Per-row weights so no single source dominates its class: each row counts
 * 1/sqrt(rows of its source and label), normalised to mean 1 per label.
 */
export function sourceWeights(rows: readonly TrainRow[], power = 0.5): number[] {
  const n = new Map<string, number>();
  const key = (r: TrainRow): string => `${r.label}\u0000${r.source ?? '-'}`;
  for (const r of rows) n.set(key(r), (n.get(key(r)) ?? 0) + 1);
  const raw = rows.map((r) => Math.pow(n.get(key(r)) as number, -power));
  for (const label of ['attack', 'benign'] as const) {
    const idx = rows.map((r, i) => (r.label === label ? i : -1)).filter((i) => i >= 0);
    const mean = idx.reduce((s, i) => s + (raw[i] as number), 0) / Math.max(1, idx.length);
    for (const i of idx) raw[i] = (raw[i] as number) / mean;
  }
  return raw;
}

export interface TrainResult { model: GuardModel; oofThreshold: number; log: string[] }

/** Trains on all rows; the threshold comes from k-fold out-of-fold scores on the same rows. */
export function trainGuard(rowsIn: readonly TrainRow[], opts: TrainOptions = DEFAULT_TRAIN_OPTIONS): TrainResult {
  const base = rowsIn.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = [...base, ...augmentIndirect(base, opts.augment, mulberry32(opts.seed ^ 0xa5a5))];
  const metaSeen = new Set<number>();
  let vecs = rows.map((r) => vectorise(r, metaSeen));
  if (opts.minAttackSources > 1) {
    const drop = sourceSpecificBuckets(rows, opts.minAttackSources);
    const meta = new Set<number>();
    for (const r of rows) { const a = analyse(r.text, USER_CTX); for (const b of metaBuckets(metaNames(a.hits, a.transforms, a.cues))) meta.add(b); }
    vecs = vecs.map((v) => withoutBuckets(v, drop, meta));
  }
  const labels = rows.map((r) => (r.label === 'attack' ? 1 : 0));
  const weights = sourceWeights(rows, opts.sourceWeightPower);
  const log: string[] = [];
  const foldOf = shuffled(rows.map((_, i) => i), opts.seed ^ 0x5eed);
  const fold = new Int32Array(rows.length);
  foldOf.forEach((rowIdx, pos) => { fold[rowIdx] = pos % opts.folds; });
  const oofBenign: Array<{ p: number; ruleFlag: boolean; weight: number }> = [];
  const balance = budgetWeights(rows, opts.balancedThreshold ? opts.thresholdWeightPower : 0);
  for (let f = 0; f < opts.folds; f++) {
    const trIdx = rows.map((_, i) => i).filter((i) => fold[i] !== f);
    const fitted = fit(trIdx.map((i) => vecs[i] as Sparse), trIdx.map((i) => labels[i] as number), opts, trIdx.map((i) => weights[i] as number), metaSeen);
    const m = asModel(fitted, 0.5, opts.window);
    const held = rows.filter((r, i) => fold[i] === f && r.label === 'benign');
    scoreRows(m, held).forEach((x, i) => oofBenign.push({ ...x, weight: balance(held[i] as TrainRow) }));
    log.push(`fold ${f + 1}/${opts.folds}: trained on ${trIdx.length} rows, scored ${held.length} held-out benign rows`);
  }
  const threshold = pickThreshold(oofBenign, opts.targetFpr, opts.ruleBudget);
  log.push(`threshold ${threshold.toFixed(4)} (out-of-fold benign FPR target ${opts.targetFpr})`);
  const fitted = fit(vecs, labels, opts, weights, metaSeen);
  const model = asModel(fitted, threshold, opts.window);
  return { model, oofThreshold: threshold, log };
}

/** Convenience for evaluation scripts: the combined decision-scale score of a text (user role, no tools). */
export function decisionScore(model: GuardModel, text: string): number {
  return combinedScore(model, rawScore(model, text, USER_CTX));
}
