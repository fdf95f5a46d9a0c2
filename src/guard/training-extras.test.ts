import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROBES_SOURCE, checkSetExtraFiles, extraRows, isHeldOutCheckSet, resolveExtraArg } from './training-extras.js';

const modelDir = join(dirname(fileURLToPath(import.meta.url)), 'model');

describe('training extras', () => {
  test('the blind check sets are held out; the hand-written files and other check sets are in', () => {
    const files = checkSetExtraFiles(modelDir).map((p) => basename(p));
    assert.deepEqual(files.slice(0, 2), ['handwritten-benign.jsonl', 'handwritten-attacks.jsonl']);
    assert.ok(files.includes('probe-persona-en.jsonl'));
    assert.ok(files.every((f) => !f.startsWith('probe-blind')));
    assert.ok(isHeldOutCheckSet('probe-blind.jsonl') && isHeldOutCheckSet('probe-blind-2.jsonl'));
    assert.equal(isHeldOutCheckSet('probe-everyday.jsonl'), false);
  });
  test('check-set rows share one source; other rows keep theirs', () => {
    const rows = extraRows([
      JSON.stringify({ id: 'p1', text: 'x', label: 'attack', source: 'bastion/probe-persona-en' }),
      JSON.stringify({ id: 'h1', text: 'y', label: 'benign', source: 'bastion/handwritten' }),
      JSON.stringify({ id: 'n1', text: 'z', label: 'benign' }),
    ].join('\n'), 'mem');
    assert.deepEqual(rows.map((r) => r.source), [PROBES_SOURCE, 'bastion/handwritten', undefined]);
  });
  test('the --extra argument: handwritten, checks, none, or a list', () => {
    assert.deepEqual(resolveExtraArg('checks', modelDir, (x) => x), checkSetExtraFiles(modelDir));
    assert.deepEqual(resolveExtraArg('handwritten', modelDir, (x) => x).map((p) => basename(p)), ['handwritten-benign.jsonl', 'handwritten-attacks.jsonl']);
    assert.deepEqual(resolveExtraArg('none', modelDir, (x) => x), []);
    assert.deepEqual(resolveExtraArg('a.jsonl,b.jsonl', modelDir, (x) => '/r/' + x), ['/r/a.jsonl', '/r/b.jsonl']);
  });
});
