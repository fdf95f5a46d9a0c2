import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { budgetWeights, pickThreshold } from './train.js';
import type { TrainRow } from './train.js';

const rows = (source: string, n: number): TrainRow[] => Array.from({ length: n }, (_, i) => ({ id: `${source}-${i}`, text: 'x', label: 'benign', source }));

describe('the classifier threshold and its FPR budget', () => {
  test('the threshold lets the highest benign scores through only while the budget lasts', () => {
    const benign = Array.from({ length: 100 }, (_, i) => ({ p: i / 100, ruleFlag: false }));
    const t = pickThreshold(benign, 0.01); // one row of 100 may be flagged: the top one (0.99)
    assert.ok(t > 0.98 && t <= 0.99, String(t));
    // A row the rules flag already spends the budget.
    const t2 = pickThreshold([...benign.slice(0, 99), { p: 0.99, ruleFlag: true }, { p: 0.5, ruleFlag: true }], 0.01);
    assert.ok(t2 > 0.98, String(t2));
  });

  test("with the classifier's own budget, rows the rules flag neither spend it nor count in it", () => {
    const clean = Array.from({ length: 100 }, (_, i) => ({ p: i / 100, ruleFlag: false }));
    // Ten rule-flagged rows would overspend the shared budget: the threshold then sits above every score.
    const flagged = Array.from({ length: 10 }, () => ({ p: 0.2, ruleFlag: true }));
    assert.ok(pickThreshold([...clean, ...flagged], 0.01, true) > 0.99);
    // The classifier's own budget is 1% of the 100 rows the rules let through: the top one (0.99) again.
    const t = pickThreshold([...clean, ...flagged], 0.01, false);
    assert.ok(t > 0.98 && t <= 0.99, String(t));
    assert.equal(t, pickThreshold(clean, 0.01, false));
  });

  test('with the square-root budget a five-row source no longer sets the threshold alone', () => {
    const small = rows('small', 5);
    const all = [...small, ...rows('shell', 1000), ...rows('chat', 1000)];
    // The small source has one high-scoring row (0.9); the large sources' rows score under 0.5.
    const score = (r: TrainRow, i: number): number => (r.source === 'small' ? (i === 0 ? 0.9 : 0.1) : ((i * 7) % 1000) / 2001);
    const scored = (power: number): Array<{ p: number; ruleFlag: boolean; weight: number }> => {
      const w = budgetWeights(all, power);
      return all.map((r, i) => ({ p: score(r, i), ruleFlag: false, weight: w(r) }));
    };
    // Full balance: that one row is a fifth of a third of the weight, over the 1% budget, so the threshold sits above it.
    assert.ok(pickThreshold(scored(1), 0.01) > 0.9);
    // Square root: 1/sqrt(5) = 0.45 of about 65 in all fits the budget; the threshold comes from the large sources.
    assert.ok(pickThreshold(scored(0.5), 0.01) < 0.5);
    // Pooled (power 0): one row of 2,005.
    assert.ok(pickThreshold(scored(0), 0.01) < 0.5);
  });
});
