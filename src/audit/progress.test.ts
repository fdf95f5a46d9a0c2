import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { progressReporter } from './progress.js';

test('progress: off a terminal, one line per 10 % with counts', () => {
  const s = new PassThrough();
  let out = '';
  s.on('data', (d: Buffer) => { out += d.toString(); });
  const bar = progressReporter(s, 1000, 'verifying');
  for (let n = 100; n <= 1000; n += 50) bar.update(n);
  bar.end();
  const lines = out.trim().split('\n');
  assert.equal(lines.length, 10);
  assert.match(lines[0] ?? '', /^verifying \[###\.{27}\] {2}10% 100\/1,000 /);
  assert.match(lines[9] ?? '', /^verifying \[#{30}\] 100% 1,000\/1,000 /);
});

test('progress: on a terminal, redrawn in place and finished with a newline', () => {
  const s = Object.assign(new PassThrough(), { isTTY: true });
  let out = '';
  s.on('data', (d: Buffer) => { out += d.toString(); });
  const bar = progressReporter(s, 10, 'verifying');
  bar.update(5);
  bar.end();
  assert.ok(out.startsWith('\rverifying ['));
  assert.ok(out.endsWith('\n'));
  assert.match(out, /100% 10\/10/);
});
