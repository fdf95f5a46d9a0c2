/**
 * The hand-written rows the classifier trains on besides the shared data set
 * (scripts/train-guard.ts and scripts/eval-guard-loso.ts read the same lists).
 *
 * - By default every hand-written file `handwritten-*.jsonl`: `handwritten-benign.jsonl` and
 *   `handwritten-attacks.jsonl` first, then the others (training corpora per attack family) by name.
 * - With `--extra checks`, also every check set `probe-*.jsonl` except the blind
 *   sets (`probe-blind*.jsonl`), which stay out of training so they keep
 *   measuring transfer to text written without reading the rules. This is an
 *   experiment, not the shipped model: it ranks unseen authors' text better but
 *   lowers the trained threshold (docs/guard.md, "Training").
 *
 * Check-set rows are read as one source, `bastion/probes`, so the source-balanced
 * weights and threshold count them as one source rather than giving each small
 * set the weight of a whole data source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLabelledJsonl } from './dataset.js';
import type { TrainRow } from './train.js';

export const PROBES_SOURCE = 'bastion/probes';
const HANDWRITTEN_FIRST = ['handwritten-benign.jsonl', 'handwritten-attacks.jsonl'];

/** The hand-written training files in `modelDir`: the first two in their fixed order, then the rest by name. */
export function handwrittenFiles(modelDir: string): string[] {
  const rest = readdirSync(modelDir).filter((f) => f.startsWith('handwritten-') && f.endsWith('.jsonl') && !HANDWRITTEN_FIRST.includes(f)).sort();
  return [...HANDWRITTEN_FIRST, ...rest].map((f) => join(modelDir, f));
}

/** True for the check sets kept out of training. */
export function isHeldOutCheckSet(fileName: string): boolean {
  return fileName.startsWith('probe-blind');
}

/** The hand-written files and the check sets in `modelDir` (src/guard/model), blind sets excluded, in a stable order. */
export function checkSetExtraFiles(modelDir: string): string[] {
  const probes = readdirSync(modelDir).filter((f) => f.startsWith('probe-') && f.endsWith('.jsonl') && !isHeldOutCheckSet(f)).sort();
  return [...handwrittenFiles(modelDir), ...probes.map((f) => join(modelDir, f))];
}

/** True for a check-set file (`probe-*.jsonl`), by its name or path. */
function isCheckSetFile(name: string): boolean {
  return /(?:^|[\\/])probe-[^\\/]*\.jsonl$/.test(name);
}

/**
 * Rows of one extra file. Every row of a check-set file gets the shared probes source, whatever its own
 * `source` field says (older sets name it `bastion/probe`, `bastion/probe5` or not at all); rows of other
 * files keep theirs.
 */
export function extraRows(content: string, name: string): TrainRow[] {
  const rows = parseLabelledJsonl(content, name);
  return isCheckSetFile(name) ? rows.map((r) => ({ ...r, source: PROBES_SOURCE })) : rows;
}

/** Reads the given files (or the defaults) into training rows. */
export function loadExtraRows(paths: readonly string[]): TrainRow[] {
  return paths.flatMap((p) => extraRows(readFileSync(p, 'utf8'), p));
}

/**
 * The `--extra` argument of the training scripts: `handwritten` (the default: every hand-written file),
 * `checks` (those and the check sets), `none`, or a comma-separated list of files (resolved with `resolvePath`).
 */
export function resolveExtraArg(value: string, modelDir: string, resolvePath: (p: string) => string): string[] {
  if (value === 'checks') return checkSetExtraFiles(modelDir);
  if (value === 'handwritten') return handwrittenFiles(modelDir);
  return value.split(',').filter((x) => x !== '' && x !== 'none').map(resolvePath);
}
