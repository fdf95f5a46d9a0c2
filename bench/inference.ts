/**
 * Inference benchmark: time to first token (TTFT) and tokens/s for streamed
 * chat completions. Prints figures; never asserts on time.
 *
 *   node --import tsx bench/inference.ts                 # tiny model: in-process engine vs worker over HTTP
 *   node --import tsx bench/inference.ts --url http://127.0.0.1:8080/v1 --header 'authorization: Bearer KEY' --model tiny
 *                                                         # also measure a gateway (or any OpenAI server) against the worker
 *
 * Options: --requests N (default 30), --max-tokens N (default 64), --concurrency N (default 2),
 * --url URL, --header 'Name: value' (repeatable), --model ID, --direct-url URL (baseline worker instead of spawning one).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { InferenceEngine } from '../src/inference/engine.js';
import { spawnInferenceWorker, type SpawnedInferenceWorker } from '../src/inference/spawn.js';
import { tinyVocabulary, writeTinyModel } from '../src/inference/tiny-model.js';

interface Sample { ttftMs: number; tokens: number; decodeMs: number }

const { values } = parseArgs({
  options: {
    url: { type: 'string' }, header: { type: 'string', multiple: true }, model: { type: 'string' },
    'direct-url': { type: 'string' }, requests: { type: 'string' }, 'max-tokens': { type: 'string' }, concurrency: { type: 'string' },
  },
});
const REQUESTS = Number(values.requests ?? 30);
const MAX_TOKENS = Number(values['max-tokens'] ?? 64);
const CONCURRENCY = Number(values.concurrency ?? 2);
const MODEL_ID = values.model ?? 'tiny';
const { tokens: vocab } = tinyVocabulary();
// The tiny model's end tokens are banned so every request generates exactly max_tokens.
const BAN = Object.fromEntries(['</s>', '<|im_end|>'].map((t) => [String(vocab.indexOf(t)), -100]));

function headersFrom(list: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = { 'content-type': 'application/json' };
  for (const h of list ?? []) {
    const i = h.indexOf(':');
    if (i > 0) out[h.slice(0, i).trim().toLowerCase()] = h.slice(i + 1).trim();
  }
  return out;
}

async function streamOnce(baseUrl: string, headers: Record<string, string>, i: number): Promise<Sample> {
  const body = JSON.stringify({
    model: MODEL_ID, stream: true, max_tokens: MAX_TOKENS, logit_bias: BAN,
    messages: [{ role: 'user', content: `Benchmark request ${i}: say something.` }],
  });
  const t0 = performance.now();
  const res = await fetch(`${baseUrl}/chat/completions`, { method: 'POST', headers, body });
  if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  let first = 0;
  let last = 0;
  let tokens = 0;
  let buf = '';
  const decoder = new TextDecoder();
  for await (const chunk of res.body) {
    buf += decoder.decode(chunk as Uint8Array, { stream: true });
    let nl: number;
    while ((nl = buf.indexOf('\n\n')) >= 0) {
      const event = buf.slice(0, nl);
      buf = buf.slice(nl + 2);
      if (!event.startsWith('data: ') || event === 'data: [DONE]') continue;
      const msg = JSON.parse(event.slice(6)) as { choices?: Array<{ delta?: { role?: string; content?: string } }> };
      const delta = msg.choices?.[0]?.delta;
      if (delta && delta.role === undefined && delta.content !== undefined) {
        tokens++;
        last = performance.now();
        if (first === 0) first = last;
      }
    }
  }
  return { ttftMs: first - t0, tokens, decodeMs: last - first };
}

async function engineOnce(engine: InferenceEngine, i: number): Promise<Sample> {
  const t0 = performance.now();
  const prompt = engine.tokenizeChat([{ role: 'user', content: `Benchmark request ${i}: say something.` }]);
  const params = { maxTokens: MAX_TOKENS, temperature: 1, topP: 1, seed: undefined, stop: [], stream: true, includeUsage: false, logitBias: new Map(Object.entries(BAN).map(([k, v]) => [Number(k), v])) };
  let first = 0;
  let last = 0;
  let tokens = 0;
  for await (const _piece of engine.generate(prompt, params, new AbortController().signal)) {
    tokens++;
    last = performance.now();
    if (first === 0) first = last;
  }
  return { ttftMs: first - t0, tokens, decodeMs: last - first };
}

async function run(label: string, once: (i: number) => Promise<Sample>): Promise<{ label: string; ttft: number; ttftP95: number; tps: number; aggTps: number }> {
  for (let i = 0; i < 3; i++) await once(-1 - i); // warm-up
  const samples: Sample[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < REQUESTS) samples.push(await once(next++));
  }));
  const wall = performance.now() - t0;
  const ttfts = samples.map((s) => s.ttftMs).sort((a, b) => a - b);
  const rates = samples.filter((s) => s.decodeMs > 0).map((s) => ((s.tokens - 1) * 1000) / s.decodeMs).sort((a, b) => a - b);
  const q = (a: number[], p: number): number => a[Math.min(a.length - 1, Math.floor(p * a.length))] ?? NaN;
  const total = samples.reduce((n, s) => n + s.tokens, 0);
  return { label, ttft: q(ttfts, 0.5), ttftP95: q(ttfts, 0.95), tps: q(rates, 0.5), aggTps: (total * 1000) / wall };
}

function print(r: Awaited<ReturnType<typeof run>>, base?: Awaited<ReturnType<typeof run>>): void {
  const vs = base && base !== r ? `  | TTFT +${(r.ttft - base.ttft).toFixed(2)} ms, tokens/s x${(r.tps / base.tps).toFixed(2)} vs ${base.label}` : '';
  console.log(`${r.label.padEnd(22)} TTFT p50 ${r.ttft.toFixed(2).padStart(7)} ms  p95 ${r.ttftP95.toFixed(2).padStart(7)} ms  ` +
    `decode ${r.tps.toFixed(0).padStart(6)} tok/s/stream  aggregate ${r.aggTps.toFixed(0).padStart(6)} tok/s${vs}`);
}

const dir = await mkdtemp(join(tmpdir(), 'bastion-bench-'));
let worker: SpawnedInferenceWorker | undefined;
try {
  console.log(`inference bench: ${REQUESTS} streamed chats, max_tokens ${MAX_TOKENS}, concurrency ${CONCURRENCY}, model ${MODEL_ID}`);
  const modelPath = join(dir, `${MODEL_ID}.gguf`);
  const results = [];
  let directUrl = values['direct-url'];
  if (!directUrl) {
    await writeTinyModel(modelPath);
    const engine = await InferenceEngine.load({ modelPath, sequences: CONCURRENCY, threads: 1 });
    results.push(await run('in-process engine', (i) => engineOnce(engine, i)));
    await engine.close();
    worker = await spawnInferenceWorker({ model: modelPath, sequences: CONCURRENCY });
    directUrl = worker.url;
  }
  const direct = await run('worker (HTTP)', (i) => streamOnce(directUrl, headersFrom([]), i));
  results.push(direct);
  if (values.url) results.push(await run('target --url', (i) => streamOnce(values.url as string, headersFrom(values.header), i)));
  const base = results[0];
  for (const r of results) print(r, r.label === 'target --url' ? direct : base);
} finally {
  await worker?.stop();
  await rm(dir, { recursive: true, force: true });
}
