/**
 * Evaluation metrics for labelled guard results: TPR, FPR, F1, TPR at a fixed
 * FPR, ROC-AUC, grouped tables and latency percentiles. Pure.
 */

export interface Scored { label: 'attack' | 'benign'; score: number; flagged: boolean; group?: Record<string, string>; ms?: number; length?: number }

export interface Summary { n: number; attacks: number; benign: number; tpr: number; fpr: number; f1: number; tprAt1Fpr: number; auc: number }

export function rocAuc(rows: readonly Scored[]): number {
  const sorted = rows.slice().sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let pos = 0;
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j < sorted.length && (sorted[j] as Scored).score === (sorted[i] as Scored).score) j++;
    const avgRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if ((sorted[k] as Scored).label === 'attack') { rankSum += avgRank; pos++; }
    i = j;
  }
  const neg = rows.length - pos;
  if (pos === 0 || neg === 0) return NaN;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Highest TPR over score thresholds whose FPR is at most `maxFpr`. */
export function tprAtFpr(rows: readonly Scored[], maxFpr: number): number {
  const ben = rows.filter((r) => r.label === 'benign').map((r) => r.score).sort((a, b) => b - a);
  const att = rows.filter((r) => r.label === 'attack').map((r) => r.score);
  if (att.length === 0) return NaN;
  const allowed = Math.floor(maxFpr * ben.length);
  // Flag scores strictly above the (allowed)-th highest benign score.
  const cut = ben[allowed];
  const flagged = cut === undefined ? att.length : att.filter((s) => s > cut).length;
  return flagged / att.length;
}

export function summarise(rows: readonly Scored[]): Summary {
  const attacks = rows.filter((r) => r.label === 'attack');
  const benign = rows.filter((r) => r.label === 'benign');
  const tp = attacks.filter((r) => r.flagged).length;
  const fp = benign.filter((r) => r.flagged).length;
  const tpr = attacks.length ? tp / attacks.length : NaN;
  const fpr = benign.length ? fp / benign.length : NaN;
  const precision = tp + fp ? tp / (tp + fp) : NaN;
  const f1 = precision + tpr > 0 ? (2 * precision * tpr) / (precision + tpr) : 0;
  return { n: rows.length, attacks: attacks.length, benign: benign.length, tpr, fpr, f1, tprAt1Fpr: tprAtFpr(rows, 0.01), auc: rocAuc(rows) };
}

export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] as number;
}

const pct = (x: number): string => (Number.isNaN(x) ? '   -  ' : (100 * x).toFixed(1).padStart(5) + '%');

/** A text table per value of `key`: rows, attacks, benign, TPR, FPR. */
export function groupTable(rows: readonly Scored[], key: string): string {
  const groups = new Map<string, Scored[]>();
  for (const r of rows) {
    const g = r.group?.[key] ?? '-';
    groups.set(g, [...(groups.get(g) ?? []), r]);
  }
  const lines = [`${key.padEnd(22)} ${'rows'.padStart(5)} ${'attack'.padStart(6)} ${'benign'.padStart(6)}    TPR     FPR`];
  for (const g of [...groups.keys()].sort()) {
    const s = summarise(groups.get(g) as Scored[]);
    lines.push(`${g.slice(0, 22).padEnd(22)} ${String(s.n).padStart(5)} ${String(s.attacks).padStart(6)} ${String(s.benign).padStart(6)}  ${pct(s.tpr)}  ${pct(s.fpr)}`);
  }
  return lines.join('\n');
}

export function formatSummary(s: Summary): string {
  return [
    `rows ${s.n} (attack ${s.attacks}, benign ${s.benign})`,
    `TPR ${pct(s.tpr)}  FPR ${pct(s.fpr)}  F1 ${s.f1.toFixed(3)}  TPR@1%FPR ${pct(s.tprAt1Fpr)}  ROC-AUC ${s.auc.toFixed(4)}`,
  ].join('\n');
}

/** Latency percentiles by input length bucket. */
export function latencyTable(rows: readonly Scored[]): string {
  const buckets: Array<[string, number, number]> = [['<500', 0, 500], ['500-2k', 500, 2000], ['2k-8k', 2000, 8000], ['>=8k', 8000, Infinity]];
  const lines = [`${'chars'.padEnd(8)} ${'rows'.padStart(5)}  p50 ms  p99 ms`];
  for (const [name, lo, hi] of buckets) {
    const ms = rows.filter((r) => r.ms !== undefined && (r.length ?? 0) >= lo && (r.length ?? 0) < hi).map((r) => r.ms as number);
    if (ms.length === 0) continue;
    lines.push(`${name.padEnd(8)} ${String(ms.length).padStart(5)}  ${percentile(ms, 50).toFixed(3).padStart(6)}  ${percentile(ms, 99).toFixed(3).padStart(6)}`);
  }
  return lines.join('\n');
}
