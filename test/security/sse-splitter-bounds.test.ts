// Guards the SSE splitter that every streamed answer passes through: events
// come out the same however the network cuts the stream (LF and CRLF
// separators, a separator split across chunks), a large event arriving in
// small pieces is searched once rather than from the start on every piece
// (a backend could otherwise stall the gateway), and an event over the cap is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SseSplitter } from '../../src/gateway/sse.js';

function splitAll(text: string, cuts: number[]): string[] {
  const s = new SseSplitter();
  const out: string[] = [];
  let at = 0;
  for (const c of [...cuts, text.length]) {
    out.push(...s.push(text.slice(at, c)));
    at = c;
  }
  return out;
}

test('events are the same for every way of cutting the stream', () => {
  const events = ['data: {"a":1}', 'data: {"b":"x\\ny"}', ': comment', 'data: [DONE]'];
  for (const sep of ['\n\n', '\r\n\r\n']) {
    const text = events.map((e) => e + sep).join('');
    const whole = splitAll(text, []);
    assert.deepEqual(whole, events);
    for (let i = 1; i < text.length; i++) {
      for (let j = i + 1; j < Math.min(text.length, i + 5); j++) assert.deepEqual(splitAll(text, [i, j]), events, `cuts ${i},${j}`);
    }
    let seed = 7;
    for (let round = 0; round < 200; round++) {
      const cuts: number[] = [];
      for (let p = 0; p < text.length; p += 1 + ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 7)) cuts.push(p);
      assert.deepEqual(splitAll(text, cuts.filter((c) => c > 0)), events);
    }
  }
});

test('a 4 MB event in 1 KB pieces is assembled, and one byte more is refused', () => {
  const s = new SseSplitter(4 * 1024 * 1024 + 16);
  const piece = 'x'.repeat(1024);
  s.push('data: ');
  for (let i = 0; i < 4096; i++) assert.deepEqual(s.push(piece), []);
  const out = s.push('\n\n');
  assert.equal(out.length, 1);
  assert.equal(out[0]?.length, 6 + 4096 * 1024);
  const capped = new SseSplitter(4096);
  capped.push('data: ');
  assert.throws(() => { for (let i = 0; i < 5; i++) capped.push(piece); }, /too large/);
});
