import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGgufFileInfo } from 'node-llama-cpp';
import { buildTinyModel, ensureDemoModel, DEMO_MODEL_FILE, tinyVocabulary } from './tiny-model.js';

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

test('the same seed gives byte-identical models; another seed does not', () => {
  const a = buildTinyModel(7);
  const b = buildTinyModel(7);
  const c = buildTinyModel(8);
  assert.equal(sha256(a), sha256(b));
  assert.notEqual(sha256(a), sha256(c));
  assert.equal(a.length, c.length);
});

test('the model is a few hundred KB and starts with the GGUF v3 header', () => {
  const m = buildTinyModel();
  assert.ok(m.length > 100_000 && m.length < 1_000_000, `size ${m.length}`);
  assert.equal(m.subarray(0, 4).toString('latin1'), 'GGUF');
  assert.equal(m.readUInt32LE(4), 3);
});

test('rejects an invalid seed', () => {
  assert.throws(() => buildTinyModel(-1), RangeError);
  assert.throws(() => buildTinyModel(1.5), RangeError);
});

test('vocabulary has byte tokens and the ChatML control tokens', () => {
  const { tokens } = tinyVocabulary();
  assert.equal(new Set(tokens).size, tokens.length);
  assert.ok(tokens.includes('<0x41>'));
  assert.ok(tokens.includes('<|im_start|>'));
  assert.ok(tokens.includes('<|im_end|>'));
});

test('ensureDemoModel writes once, atomically, and the GGUF reader accepts it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bastion-tiny-'));
  try {
    const path = await ensureDemoModel(dir);
    assert.equal(path, join(dir, 'models', DEMO_MODEL_FILE));
    const first = await stat(path);
    assert.equal(await ensureDemoModel(dir), path);
    assert.equal((await stat(path)).mtimeMs, first.mtimeMs);
    assert.equal(sha256(await readFile(path)), sha256(buildTinyModel()));

    const info = await readGgufFileInfo(path, { logWarnings: false });
    assert.equal(info.version, 3);
    assert.equal(info.metadata.general.architecture, 'llama');
    assert.equal(info.tensorInfo?.length, 2 + 2 * 9 + 1);
    assert.match(String(info.metadata.tokenizer.chat_template), /<\|im_start\|>/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
