/**
 * Leave-one-source-out evaluation of the prompt guard: for each source X, train
 * with the same code and options as scripts/train-guard.ts on every row not from
 * X (threshold from out-of-fold scores of those rows), then test on X's rows
 * (train.jsonl and dev.jsonl). Prints a table; the pooled line counts every
 * held-out row once, each scored by the model that never saw its source.
 *
 *   node --import tsx scripts/eval-guard-loso.ts [--data DIR] [--extra FILE] [--only SOURCE]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultGuardPolicy } from '../src/guard/config.js';
import { parseLabelledJsonl } from '../src/guard/dataset.js';
import { decide } from '../src/guard/decide.js';
import { summarise, type Scored } from '../src/guard/metrics.js';
import { scan } from '../src/guard/scan.js';
import { DEFAULT_TRAIN_OPTIONS, trainGuard, type TrainRow } from '../src/guard/train.js';
import { loadExtraRows, resolveExtraArg } from '../src/guard/training-extras.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(name);
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? dflt;
};
const dir = resolve(root, arg('--data', '../shared/datasets/guard'));
const extraPaths = resolveExtraArg(arg('--extra', 'handwritten'), resolve(root, 'src/guard/model'), (x) => resolve(root, x));
const only = arg('--only', '');
// --show fp|fn prints the held-out rows the model got wrong (id and reason codes, never used for fitting).
const show = arg('--show', '');
// Overrides for experiments; the reported table uses the defaults of scripts/train-guard.ts.
const opts = { ...DEFAULT_TRAIN_OPTIONS, l2: Number(arg('--l2', String(DEFAULT_TRAIN_OPTIONS.l2))), metaL2: Number(arg('--meta-l2', String(DEFAULT_TRAIN_OPTIONS.metaL2))), epochs: Number(arg('--epochs', String(DEFAULT_TRAIN_OPTIONS.epochs))), learningRate: Number(arg('--lr', String(DEFAULT_TRAIN_OPTIONS.learningRate))), augment: Number(arg('--augment', String(DEFAULT_TRAIN_OPTIONS.augment))), balancedThreshold: arg('--balanced', String(DEFAULT_TRAIN_OPTIONS.balancedThreshold)) === 'true', thresholdWeightPower: Number(arg('--thr-pow', String(DEFAULT_TRAIN_OPTIONS.thresholdWeightPower))), ruleBudget: arg('--rule-budget', String(DEFAULT_TRAIN_OPTIONS.ruleBudget)) === 'true', targetFpr: Number(arg('--target-fpr', String(DEFAULT_TRAIN_OPTIONS.targetFpr))), minAttackSources: Number(arg('--min-sources', String(DEFAULT_TRAIN_OPTIONS.minAttackSources))), sourceWeightPower: Number(arg('--src-pow', String(DEFAULT_TRAIN_OPTIONS.sourceWeightPower))), window: ((w) => ({ size: Number(w[0]), stride: Number(w[1]) }))(arg('--window', `${DEFAULT_TRAIN_OPTIONS.window.size},${DEFAULT_TRAIN_OPTIONS.window.stride}`).split(',')) };

const train = parseLabelledJsonl(readFileSync(join(dir, 'train.jsonl'), 'utf8'), 'train.jsonl');
const dev = parseLabelledJsonl(readFileSync(join(dir, 'dev.jsonl'), 'utf8'), 'dev.jsonl');
const extra = loadExtraRows(extraPaths);
const all = [...train, ...dev];
const sources = [...new Set(all.map((r) => r.source ?? '-'))].sort().filter((s) => !only || s === only);
const policy = defaultGuardPolicy();
const pct = (x: number): string => (Number.isNaN(x) ? '    -' : (100 * x).toFixed(1).padStart(5) + '%');

console.log(`options ${JSON.stringify(opts)}`);
console.log(`leave-one-source-out: train on train.jsonl minus X (+ ${extra.length} hand-written rows), test on X in train+dev`);
console.log(`${'held-out source'.padEnd(28)} ${'attack'.padStart(6)} ${'benign'.padStart(6)}     TPR     FPR  TPR@1%FPR  threshold`);
const pooled: Scored[] = [];
for (const src of sources) {
  const trainRows: TrainRow[] = [...train.filter((r) => r.source !== src), ...extra];
  const test = all.filter((r) => r.source === src);
  const { model } = trainGuard(trainRows, opts);
  const scored: Scored[] = test.map((r) => {
    const s = scan(model, r.text);
    const d = decide(s.findings, policy);
    const flagged = d.verdict === 'block' || d.verdict === 'flag';
    if ((show === 'fp' && flagged && r.label === 'benign') || (show === 'fn' && !flagged && r.label === 'attack')) {
      console.log(`  ${show} ${r.id} ${s.score.toFixed(3)} ${s.findings.map((f) => f.code + ':' + f.score.toFixed(2)).join(',')} ${JSON.stringify(r.text.slice(0, 160))}`);
    }
    return { label: r.label, score: s.score, flagged: d.verdict === 'block' || d.verdict === 'flag', group: { source: src, category: r.category ?? '-' } };
  });
  pooled.push(...scored);
  const m = summarise(scored);
  console.log(`${src.padEnd(28)} ${String(m.attacks).padStart(6)} ${String(m.benign).padStart(6)}  ${pct(m.tpr)}  ${pct(m.fpr)}     ${m.benign > 0 && m.attacks > 0 ? pct(m.tprAt1Fpr) : '    -'}     ${model.threshold.toFixed(4)}`);
}
const p = summarise(pooled);
console.log(`${'pooled (each row by its LOSO model)'.padEnd(28)} ${String(p.attacks).padStart(6)} ${String(p.benign).padStart(6)}  ${pct(p.tpr)}  ${pct(p.fpr)}     ${pct(p.tprAt1Fpr)}     AUC ${p.auc.toFixed(4)}`);
