import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextAssembler, type Detokenize } from './text-assembler.js';

// Tokens are byte values; decoding is UTF-8 with replacement, like a byte-level tokenizer.
const bytes: Detokenize = (tokens) => Buffer.from(tokens).toString('utf8');
const push = (a: TextAssembler, s: string): string[] => [...Buffer.from(s, 'utf8')].map((b) => a.push(b));

test('holds back an incomplete UTF-8 sequence until it completes', () => {
  const a = new TextAssembler(bytes, []);
  const pieces = push(a, 'aé');
  assert.deepEqual(pieces, ['a', '', 'é']);
  assert.equal(a.finish(), '');
  assert.equal(a.text, 'aé');
});

test('gives up holding after a few tokens of invalid bytes', () => {
  const a = new TextAssembler(bytes, []);
  const pieces = [0xff, 0xff, 0xff, 0xff].map((b) => a.push(b));
  assert.equal(pieces.slice(0, 3).join(''), '');
  assert.ok(pieces[3]!.length > 0);
});

test('stops at a stop sequence and never releases it', () => {
  const a = new TextAssembler(bytes, ['END']);
  const out = push(a, 'abcENDxyz').join('');
  assert.equal(out, 'abc');
  assert.equal(a.hitStop, true);
  assert.equal(a.finish(), '');
  assert.equal(a.text, 'abc');
});

test('releases a held partial stop sequence when it does not complete', () => {
  const a = new TextAssembler(bytes, ['END']);
  const out = push(a, 'abEN').join('');
  assert.equal(out, 'ab');
  assert.equal(a.finish(), 'EN');
  assert.equal(a.text, 'abEN');
  assert.equal(a.hitStop, false);
});
