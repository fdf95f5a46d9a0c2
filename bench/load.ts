/** A small closed-loop HTTP load generator and a paced latency probe (undici, keep-alive). */
import { Pool } from 'undici';

/** The ~1 KB chat request the gateway benchmarks send (system prompt, one user message). */
export function chatRequestBody(stream: boolean): string {
  const base = { model: 'bench-model', messages: [{ role: 'system', content: 'You are a helpful assistant. Answer concisely and accurately.' }, { role: 'user', content: '' }], temperature: 0.2, max_tokens: 64, stream };
  let u = '';
  while (JSON.stringify(base).length + u.length < 1000) u += 'The quick brown fox jumps over the lazy dog. ';
  base.messages[1]!.content = u;
  return JSON.stringify(base);
}

export interface LoadResult { rps: number; ok: number; errors: number; p50: number; p99: number }

export function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export async function closedLoop(url: string, body: string, headers: Record<string, string>, conns: number, seconds: number): Promise<LoadResult> {
  const u = new URL(url);
  const pool = new Pool(u.origin, { connections: conns, pipelining: 1 });
  const lat: number[] = [];
  let ok = 0;
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  const t0 = process.hrtime.bigint();
  const worker = async (): Promise<void> => {
    while (Date.now() < end) {
      const s = process.hrtime.bigint();
      try {
        const r = await pool.request({ method: 'POST', path: u.pathname, headers: { 'content-type': 'application/json', ...headers }, body });
        await r.body.dump({ limit: 1 << 24 });
        if (r.statusCode === 200) ok++; else errors++;
      } catch {
        errors++;
      }
      lat.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: conns }, worker));
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  await pool.close();
  lat.sort((a, b) => a - b);
  return { rps: ok / secs, ok, errors, p50: pct(lat, 50), p99: pct(lat, 99) };
}

export interface ProbeResult { ttfbP50: number; ttfbP99: number; totalP50: number; totalP99: number; errors: number }

/** N sequential requests at `rate` per second over one connection: time to first body byte and to the end. */
export async function probe(url: string, body: string, headers: Record<string, string>, n: number, rate: number): Promise<ProbeResult> {
  const u = new URL(url);
  const pool = new Pool(u.origin, { connections: 1 });
  const ttfb: number[] = [];
  const total: number[] = [];
  let errors = 0;
  for (let i = 0; i < n + 5; i++) {
    const start = Date.now();
    const s = process.hrtime.bigint();
    try {
      const r = await pool.request({ method: 'POST', path: u.pathname, headers: { 'content-type': 'application/json', ...headers }, body });
      let first = 0n;
      for await (const _ of r.body) if (first === 0n) first = process.hrtime.bigint();
      const e = process.hrtime.bigint();
      if (r.statusCode !== 200) errors++;
      else if (i >= 5) { ttfb.push(Number((first || e) - s) / 1e6); total.push(Number(e - s) / 1e6); }
    } catch {
      errors++;
    }
    const wait = 1000 / rate - (Date.now() - start);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await pool.close();
  ttfb.sort((a, b) => a - b);
  total.sort((a, b) => a - b);
  return { ttfbP50: pct(ttfb, 50), ttfbP99: pct(ttfb, 99), totalP50: pct(total, 50), totalP99: pct(total, 99), errors };
}
