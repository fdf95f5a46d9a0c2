import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composePipeline, runPipeline, STAGE_ORDER, type Stage, type StageName } from './pipeline.js';
import type { RequestContext } from './context.js';
import { BastionError } from '../errors/registry.js';

test('the stage order is pinned', () => {
  assert.deepEqual([...STAGE_ORDER], ['receive', 'authenticate', 'validate', 'authorize', 'limit', 'guard', 'route', 'proxy', 'audit']);
});

function recorder(calls: string[], failAt?: StageName): Record<StageName, Stage> {
  const out = {} as Record<StageName, Stage>;
  // Build in reverse to prove composePipeline orders by STAGE_ORDER, not by insertion.
  for (const name of [...STAGE_ORDER].reverse()) {
    out[name] = { name, run: async () => { calls.push(name); if (name === failAt) throw new BastionError('forbidden'); } };
  }
  return out;
}

const ctx = {} as RequestContext;

test('stages run in the documented order; audit is left to the caller', async () => {
  const calls: string[] = [];
  const p = composePipeline(recorder(calls));
  assert.deepEqual(p.map((s) => s.name), [...STAGE_ORDER]);
  await runPipeline(p, ctx, { req: undefined as never, res: undefined as never, body: null });
  assert.deepEqual(calls, STAGE_ORDER.slice(0, -1));
});

test('a refusing stage stops the pipeline before later stages', async () => {
  const calls: string[] = [];
  const p = composePipeline(recorder(calls, 'authorize'));
  await assert.rejects(runPipeline(p, ctx, { req: undefined as never, res: undefined as never, body: null }), BastionError);
  assert.deepEqual(calls, ['receive', 'authenticate', 'validate', 'authorize']);
});

test('a missing or misnamed stage is refused at composition', () => {
  const stages = recorder([]);
  assert.throws(() => composePipeline({ ...stages, guard: { name: 'limit', run: () => undefined } }), /guard/);
});
