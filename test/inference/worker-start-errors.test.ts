import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BastionError } from '../../src/errors/registry.js';
import { spawnInferenceWorker } from '../../src/inference/spawn.js';
import { buildTinyModel } from '../../src/inference/tiny-model.js';
import { tempDir } from './helpers.js';

function hasCode(code: string) {
  return (err: unknown): boolean => {
    assert.ok(err instanceof BastionError, `expected a BastionError, got ${String(err)}`);
    assert.equal(err.code, code);
    return true;
  };
}

describe('inference worker: bad model files fail at start with a stable code', { timeout: 180_000, concurrency: 3 }, () => {
  let dir: string;
  before(async () => { dir = await tempDir(); });
  after(async () => { await rm(dir, { recursive: true, force: true }); });

  test('missing file: model_file_missing', async () => {
    await assert.rejects(spawnInferenceWorker({ model: join(dir, 'absent.gguf') }), hasCode('model_file_missing'));
  });

  test('not a GGUF file: model_file_invalid', async () => {
    const f = join(dir, 'text.gguf');
    await writeFile(f, 'this is not a model\n'.repeat(100));
    await assert.rejects(spawnInferenceWorker({ model: f }), hasCode('model_file_invalid'));
  });

  test('truncated tensor data: model_file_invalid', async () => {
    const full = buildTinyModel();
    const f = join(dir, 'truncated.gguf');
    await writeFile(f, full.subarray(0, Math.floor(full.length * 0.6)));
    await assert.rejects(spawnInferenceWorker({ model: f }), hasCode('model_file_invalid'));
  });

  test('truncated header: model_file_invalid', async () => {
    const f = join(dir, 'header.gguf');
    await writeFile(f, buildTinyModel().subarray(0, 300));
    await assert.rejects(spawnInferenceWorker({ model: f }), hasCode('model_file_invalid'));
  });

  test('model above the memory limit: model_too_large', async () => {
    const f = join(dir, 'ok.gguf');
    await writeFile(f, buildTinyModel());
    assert.ok((await readFile(f)).length > 1024 * 1024 / 4);
    await assert.rejects(spawnInferenceWorker({ model: f, extraArgs: ['--memory-limit', '1'] }), hasCode('model_too_large'));
  });

  test('bad options: invalid_request', async () => {
    await assert.rejects(spawnInferenceWorker({ model: join(dir, 'x.gguf'), extraArgs: ['--threads', 'zero'] }), hasCode('invalid_request'));
  });
});
