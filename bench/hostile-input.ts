// Hostile-input figures for the gateway's text handling: the cost of a
// pathological input against an ordinary one of the same size, measured in
// the same run (ratios near 1 mean no super-linear blow-up).
//   node --import tsx bench/hostile-input.ts
import { sanitizeBackendMessage } from '../src/gateway/stages/proxy.js';
import { SseSplitter } from '../src/gateway/sse.js';

function time(fn: () => void, rounds = 5): number {
  const t: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const s = process.hrtime.bigint();
    fn();
    t.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  return t.sort((a, b) => a - b)[Math.floor(rounds / 2)] as number;
}

const N = 64 * 1024;
const ordinary = 'The model rejected the request because the context is too long. '.repeat(N / 64).slice(0, N);
const base = time(() => sanitizeBackendMessage(ordinary));
for (const [name, text] of [['dotted labels', 'a.'.repeat(N / 2)], ['whitespace', `${' '.repeat(N - 1)}x`], ['colons', '1:'.repeat(N / 2)]] as const) {
  const t = time(() => sanitizeBackendMessage(text));
  console.log(`sanitizeBackendMessage 64 KB ${name.padEnd(14)} ${t.toFixed(2)} ms  (ordinary ${base.toFixed(2)} ms, ratio ${(t / base).toFixed(1)})`);
}

const piece = 'x'.repeat(1024);
const oneEvent = time(() => { const s = new SseSplitter(); s.push('data: '); s.push(piece.repeat(4000)); s.push('\n\n'); }, 3);
const pieces = time(() => { const s = new SseSplitter(); s.push('data: '); for (let i = 0; i < 4000; i++) s.push(piece); s.push('\n\n'); }, 3);
console.log(`SseSplitter 4 MB event: one chunk ${oneEvent.toFixed(2)} ms, 4000 × 1 KB chunks ${pieces.toFixed(2)} ms (ratio ${(pieces / oneEvent).toFixed(1)})`);
