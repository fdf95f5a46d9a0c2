import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PROBES_SOURCE, checkSetExtraFiles, extraRows, handwrittenFiles, isHeldOutCheckSet, resolveExtraArg } from './training-extras.js';

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
  test('every handwritten-*.jsonl file is a training file: the first two fixed, then the rest by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bastion-extras-'));
    try {
      for (const f of ['handwritten-z.jsonl', 'handwritten-attacks.jsonl', 'probe-x.jsonl', 'handwritten-a.jsonl', 'handwritten-benign.jsonl', 'handwritten-notes.txt']) writeFileSync(join(dir, f), '');
      assert.deepEqual(handwrittenFiles(dir).map((p) => basename(p)), ['handwritten-benign.jsonl', 'handwritten-attacks.jsonl', 'handwritten-a.jsonl', 'handwritten-z.jsonl']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('every row of a check-set file gets the probes source, whatever it names; other files keep theirs', () => {
    const content = [
      JSON.stringify({ id: 'p1', text: 'x', label: 'attack', source: 'bastion/probe-persona-en' }),
      JSON.stringify({ id: 'p2', text: 'y', label: 'benign', source: 'bastion/probe5' }),
      JSON.stringify({ id: 'p3', text: 'z', label: 'benign' }),
    ].join('\n');
    assert.deepEqual(extraRows(content, '/m/probe-everyday-5.jsonl').map((r) => r.source), [PROBES_SOURCE, PROBES_SOURCE, PROBES_SOURCE]);
    assert.deepEqual(extraRows(content, 'probe-records-2.jsonl').map((r) => r.source), [PROBES_SOURCE, PROBES_SOURCE, PROBES_SOURCE]);
    assert.deepEqual(extraRows(content, '/m/handwritten-benign.jsonl').map((r) => r.source), ['bastion/probe-persona-en', 'bastion/probe5', undefined]);
  });
  test('every check set in the repository is read as the probes source', () => {
    for (const f of checkSetExtraFiles(modelDir).filter((p) => basename(p).startsWith('probe-'))) {
      const rows = extraRows(readFileSync(f, 'utf8'), f);
      assert.ok(rows.length > 0 && rows.every((r) => r.source === PROBES_SOURCE), basename(f));
    }
  });
  test('the --extra argument: handwritten, checks, none, or a list', () => {
    assert.deepEqual(resolveExtraArg('checks', modelDir, (x) => x), checkSetExtraFiles(modelDir));
    const handwritten = resolveExtraArg('handwritten', modelDir, (x) => x).map((p) => basename(p));
    assert.deepEqual(handwritten.slice(0, 2), ['handwritten-benign.jsonl', 'handwritten-attacks.jsonl']);
    assert.ok(handwritten.every((f) => f.startsWith('handwritten-')));
    assert.deepEqual(resolveExtraArg('none', modelDir, (x) => x), []);
    assert.deepEqual(resolveExtraArg('a.jsonl,b.jsonl', modelDir, (x) => '/r/' + x), ['/r/a.jsonl', '/r/b.jsonl']);
  });
});
