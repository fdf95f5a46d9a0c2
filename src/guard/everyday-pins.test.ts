// Shared by the everyday-precision test files (no tests of its own; the .test.ts
// name keeps it out of the build): scoring with the shipped weights, and `pin`,
// which registers one test per everyday text that must pass and per attack of
// the same surface form that must still be blocked.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDefaultGuardModel } from './default-model.js';
import type { GuardModel } from './model.js';
import { scan } from './scan.js';

let model: GuardModel | undefined;
/** Loads the shipped weights before the calling file's tests run. */
export function useShippedModel(): void {
  before(async () => { model = await loadDefaultGuardModel(); });
}

const scanned = (t: string) => {
  if (model === undefined) throw new Error('call useShippedModel() first');
  return scan(model, t);
};
export const why = (t: string): string => scanned(t).findings.map((f) => `${f.code}:${f.score}`).join(' ');
export const blocked = (t: string): boolean => scanned(t).score >= 0.5;

/** Each benign text passes and each attack of the same surface form is still blocked. */
export function pin(benign: readonly string[], attacks: readonly string[] = []): void {
  for (const t of benign) test(`passes: ${t.slice(0, 50)}`, () => assert.ok(!blocked(t), why(t)));
  for (const t of attacks) test(`still blocked: ${t.slice(0, 50).replace(/\n/g, ' ')}`, () => assert.ok(blocked(t), why(t)));
}
