/**
 * Loads the weights the repo ships (src/guard/model/weights.json, produced by
 * scripts/train-guard.ts) or a weights file given by path. The only module of
 * the guard library that does I/O besides the CLI.
 */
import { readFile } from 'node:fs/promises';
import { decodeModel, type GuardModel } from './model.js';

let shipped: Promise<GuardModel> | undefined;

/** The shipped model, parsed once per process. */
export function loadDefaultGuardModel(): Promise<GuardModel> {
  shipped ??= import('./model/weights.json', { with: { type: 'json' } }).then((m: { default: unknown }) => decodeModel(m.default));
  return shipped;
}

/** A weights file at `path` (e.g. one trained by scripts/eval-guard-loso.ts). */
export async function loadGuardModelFile(path: string): Promise<GuardModel> {
  return decodeModel(JSON.parse(await readFile(path, 'utf8')) as unknown);
}
