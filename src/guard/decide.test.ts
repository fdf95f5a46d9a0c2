import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultGuardPolicy, type GuardPolicy } from './config.js';
import { decide } from './decide.js';
import type { GuardFinding } from './scan.js';

const f = (code: string, category: GuardFinding['category'], score: number): GuardFinding => ({ code, category, score });
const with_ = (o: Partial<GuardPolicy>): GuardPolicy => ({ ...defaultGuardPolicy(), ...o });

describe('decide', () => {
  test('strongest action wins; a specific category names the block rather than the classifier', () => {
    const d = decide([f('guard.classifier', 'classifier', 0.99), f('guard.override', 'override', 0.9), f('guard.pii.email', 'pii', 1)], defaultGuardPolicy());
    assert.deepEqual([d.verdict, d.category], ['block', 'override']);
    assert.deepEqual(d.reasons.sort(), ['guard.classifier', 'guard.override', 'guard.pii.email']);
  });
  test('below-threshold findings and allowed categories do not act', () => {
    const d = decide([f('guard.override', 'override', 0.45), f('guard.obfuscation.base64', 'obfuscation', 0.2)], defaultGuardPolicy());
    assert.deepEqual([d.verdict, d.category, d.reasons], ['allow', null, []]);
  });
  test('secrets redact; redact on an attack category means flag', () => {
    assert.equal(decide([f('guard.secret.jwt', 'secret', 1)], defaultGuardPolicy()).verdict, 'redact');
    const p = defaultGuardPolicy();
    const actions = { ...p.actions, jailbreak: 'redact' as const };
    assert.equal(decide([f('guard.jailbreak', 'jailbreak', 0.9)], with_({ actions })).verdict, 'flag');
  });
  test('shadow mode flags what would be blocked; disabled policy allows everything', () => {
    const d = decide([f('guard.override', 'override', 0.95)], with_({ shadow: true }));
    assert.deepEqual([d.verdict, d.intended], ['flag', 'block']);
    assert.equal(decide([f('guard.override', 'override', 0.95)], with_({ enabled: false })).verdict, 'allow');
  });
  test('per-category thresholds apply', () => {
    const p = defaultGuardPolicy();
    const thresholds = { ...p.thresholds, command: 0.9 };
    assert.equal(decide([f('guard.command', 'command', 0.85)], with_({ thresholds })).verdict, 'allow');
  });
});
