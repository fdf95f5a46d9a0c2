/**
 * Prompt-guard latency: full input scan (normalise, decode, rules, windowed
 * classifier, secrets/PII) at 2,000 and 8,000 characters, and the output
 * filter's cost per streamed chunk. Prints p50/p99 and ratios against a
 * baseline measured in the same run (NFKC + lower-casing of the same text, the
 * least any scanner does; string append for the output filter).
 *
 *   node --import tsx bench/guard.ts [--iterations N]
 */
import { defaultGuardPolicy } from '../src/guard/config.js';
import { loadDefaultGuardModel } from '../src/guard/default-model.js';
import { createOutputFilter } from '../src/guard/output-filter.js';
import { scan } from '../src/guard/scan.js';
import { benchText } from './guard-text.js';

const iArg = process.argv.indexOf('--iterations');
const ITER = iArg >= 0 ? Number(process.argv[iArg + 1]) : 2000;



function pct(xs: number[], p: number): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
}

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const model = await loadDefaultGuardModel();
console.log(`guard bench: ${ITER} iterations per size, node ${process.version}`);
console.log(`${'input'.padEnd(24)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'base p50'.padStart(9)} ${'ratio p50'.padStart(10)}`);
let sink = 0;
for (const len of [2000, 8000]) {
  const texts = Array.from({ length: 200 }, (_, k) => benchText(len, k + 1));
  for (let k = 0; k < 100; k++) sink += scan(model, texts[k % texts.length] as string).score;
  const guard: number[] = [];
  const base: number[] = [];
  for (let k = 0; k < ITER; k++) {
    const t = texts[k % texts.length] as string;
    base.push(time(() => { sink += t.normalize('NFKC').toLowerCase().length; }));
    guard.push(time(() => { sink += scan(model, t).score; }));
  }
  const p50 = pct(guard, 50);
  console.log(`${('scan ' + len + ' chars').padEnd(24)} ${p50.toFixed(3).padStart(8)} ${pct(guard, 99).toFixed(3).padStart(8)} ${pct(base, 50).toFixed(4).padStart(9)} ${(p50 / Math.max(1e-6, pct(base, 50))).toFixed(1).padStart(9)}x`);
}

// Output filter: an 8,000-character answer streamed in chunks of about 16 characters (a few tokens each).
const answer = benchText(8000, 5);
const chunks: string[] = [];
for (let i = 0; i < answer.length; i += 16) chunks.push(answer.slice(i, i + 16));
const perChunk: number[] = [];
const basePerChunk: number[] = [];
const rounds = Math.max(5, Math.floor(ITER / 100));
for (let r = 0; r < rounds + 2; r++) {
  const f = createOutputFilter({ policy: defaultGuardPolicy().output, canary: 'bst-canary-benchmark0001' });
  let acc = '';
  for (const c of chunks) {
    const b = time(() => { acc += c; });
    const t = time(() => { const v = f.write(c); sink += 'release' in v ? v.release.length : 0; });
    if (r >= 2) { perChunk.push(t); basePerChunk.push(b); }
  }
  sink += acc.length;
  f.end();
}
console.log(`${'output filter / chunk'.padEnd(24)} ${pct(perChunk, 50).toFixed(4).padStart(8)} ${pct(perChunk, 99).toFixed(4).padStart(8)} ${pct(basePerChunk, 50).toFixed(5).padStart(9)} ${(pct(perChunk, 50) / Math.max(1e-6, pct(basePerChunk, 50))).toFixed(1).padStart(9)}x`);
const mean = perChunk.reduce((a, b) => a + b, 0) / perChunk.length;
console.log(`output filter mean per chunk ${mean.toFixed(4)} ms over ${perChunk.length} chunks of 16 chars`);
console.log(`targets: scan 2k p50 <= 1 ms, p99 <= 5 ms; scan 8k p99 <= 10 ms; output filter <= 0.2 ms per chunk (sink ${sink > 0 ? 'ok' : '0'})`);
