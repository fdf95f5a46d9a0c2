/**
 * Trains the prompt-guard classifier and writes the weights the repo ships.
 * Deterministic: fixed seed, rows sorted by id, no clock or randomness in the output.
 *
 *   node --import tsx scripts/train-guard.ts [--data FILE] [--extra FILE] [--out FILE] [--l2 N] [--meta-l2 N] [--epochs N] [--rule-budget true|false]
 *
 * Defaults: --data ../shared/datasets/guard/train.jsonl (relative to the repo root),
 * --extra handwritten: the hand-written rows written for Bastion (src/guard/model/handwritten-*.jsonl:
 * benign texts in many languages, so the model does not learn "non-English means attack",
 * benign documents and hard negatives, and a small set of attacks); `--extra checks` adds every
 * check set src/guard/model/probe-*.jsonl except the blind sets (an experiment, see
 * src/guard/training-extras.ts); a comma-separated list replaces them, `--extra none` trains on
 * the data set alone;
 * --out src/guard/model/weights.json;
 * --l2, --meta-l2, --epochs, --rule-budget override the training options (DEFAULT_TRAIN_OPTIONS in src/guard/train.ts)
 * for experiments; the shipped weights use the defaults.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLabelledJsonl } from '../src/guard/dataset.js';
import { encodeModel } from '../src/guard/model.js';
import { DEFAULT_TRAIN_OPTIONS, trainGuard } from '../src/guard/train.js';
import { loadExtraRows, resolveExtraArg } from '../src/guard/training-extras.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  return v ?? dflt;
}

const dataPath = resolve(root, arg('--data', '../shared/datasets/guard/train.jsonl'));
const extraPaths = resolveExtraArg(arg('--extra', 'handwritten'), resolve(root, 'src/guard/model'), (x) => resolve(root, x));
const outPath = resolve(root, arg('--out', 'src/guard/model/weights.json'));

const dataText = readFileSync(dataPath, 'utf8');
const extraText = extraPaths.map((x) => readFileSync(x, 'utf8')).join('');
const rows = [...parseLabelledJsonl(dataText, dataPath), ...loadExtraRows(extraPaths)];
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
const t0 = Date.now();
const o = {
  ...DEFAULT_TRAIN_OPTIONS,
  l2: Number(arg('--l2', String(DEFAULT_TRAIN_OPTIONS.l2))),
  metaL2: Number(arg('--meta-l2', String(DEFAULT_TRAIN_OPTIONS.metaL2))),
  epochs: Number(arg('--epochs', String(DEFAULT_TRAIN_OPTIONS.epochs))),
  ruleBudget: arg('--rule-budget', String(DEFAULT_TRAIN_OPTIONS.ruleBudget)) === 'true',
};
const res = trainGuard(rows, o);
for (const l of res.log) console.error(l);
const file = encodeModel({
  weights: res.model.weights, bias: res.model.bias, threshold: res.model.threshold, window: res.model.window,
  info: {
    trainSha256: sha(dataText), extraSha256: sha(extraText), rows: rows.length,
    attacks: rows.filter((r) => r.label === 'attack').length, seed: o.seed, epochs: o.epochs,
    learningRate: o.learningRate, l2: o.l2, folds: o.folds, targetFpr: o.targetFpr,
  },
});
writeFileSync(outPath, JSON.stringify(file) + '\n');
console.error(`wrote ${outPath} (${rows.length} rows, threshold ${res.model.threshold.toFixed(4)}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
