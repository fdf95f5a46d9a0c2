import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runInferenceCommand } from '../../src/cli/inference.js';
import { buildTinyModel } from '../../src/inference/tiny-model.js';
import { tempDir } from './helpers.js';

function capture(): { io: { stdout: PassThrough; stderr: PassThrough }; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d: Buffer) => { o += d.toString(); });
  stderr.on('data', (d: Buffer) => { e += d.toString(); });
  return { io: { stdout, stderr }, out: () => o, err: () => e };
}

test('bastion inference demo-model writes the seeded model and reports its hash', async () => {
  const dir = await tempDir();
  try {
    const file = join(dir, 'nested', 'demo.gguf');
    const c = capture();
    assert.equal(await runInferenceCommand(['demo-model', '--out', file, '--seed', '5'], c.io), 0);
    const report = JSON.parse(c.out().trim()) as { path: string; sha256: string; seed: number };
    const expected = createHash('sha256').update(buildTinyModel(5)).digest('hex');
    assert.equal(report.sha256, expected);
    assert.equal(report.seed, 5);
    assert.equal(createHash('sha256').update(await readFile(file)).digest('hex'), expected);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('bastion inference: usage errors exit 2 with a message, --help exits 0', async () => {
  const bad = capture();
  assert.equal(await runInferenceCommand(['demo-model', '--seed', '-3'], bad.io), 2);
  assert.match(bad.err(), /--seed/);
  const unknown = capture();
  assert.equal(await runInferenceCommand(['demo-model', '--bogus'], unknown.io), 2);
  const noModel = capture();
  assert.equal(await runInferenceCommand(['--listen', '127.0.0.1:0'], noModel.io), 2);
  assert.match(noModel.err(), /--model/);
  assert.match(noModel.out(), /"code":"invalid_request"/);
  const help = capture();
  assert.equal(await runInferenceCommand(['--help'], help.io), 0);
  assert.match(help.out(), /--sequences/);
});
