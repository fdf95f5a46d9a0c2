/**
 * Benchmark of the authentication hot path of the identity snapshot.
 * Run: node --import tsx src/control/snapshot.bench.ts [keys]
 *
 * Prints ns/op for `lookup(prefix)` against a plain Map.get baseline, and for
 * `authenticate(key)` against a bare SHA-256 of the key (the floor of any
 * hash-at-rest check), all in the same run; plus the number of garbage
 * collections each loop triggered (0 for an allocation-free loop).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { PerformanceObserver } from 'node:perf_hooks';
import { openStore } from '../store/open.js';
import { generateApiKey } from './api-keys.js';
import { createIdentitySnapshot } from './snapshot.js';

const KEYS = Number(process.argv[2] ?? 2000);
let gcs = 0;
new PerformanceObserver((list) => {
  gcs += list.getEntries().length;
}).observe({ entryTypes: ['gc'] });

function time(iterations: number, fn: (i: number) => unknown): number {
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) if (fn(i) !== undefined) sink++;
  const ns = Number(process.hrtime.bigint() - t0) / iterations;
  if (sink !== iterations) throw new Error('a lookup missed');
  return ns;
}

/** Alternates baseline and candidate for several rounds (noisy machines); prints medians and their ratio. */
function compare(label: string, iterations: number, baseline: (i: number) => unknown, candidate: (i: number) => unknown): void {
  const b: number[] = [];
  const c: number[] = [];
  time(Math.min(iterations, 100_000), baseline);
  time(Math.min(iterations, 100_000), candidate);
  for (let r = 0; r < 7; r++) {
    b.push(time(iterations, baseline));
    c.push(time(iterations, candidate));
  }
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
  const [mb, mc] = [median(b), median(c)];
  process.stdout.write(`${label.padEnd(40)} baseline ${mb.toFixed(1).padStart(8)} ns/op  snapshot ${mc.toFixed(1).padStart(8)} ns/op  ratio ${(mc / mb).toFixed(2)}x\n`);
}

/** GC entries are delivered asynchronously: settle before and after the loop. */
async function gcCount(fn: () => void): Promise<number> {
  await new Promise((r) => setTimeout(r, 50));
  const before = gcs;
  fn();
  await new Promise((r) => setTimeout(r, 50));
  return gcs - before;
}

const dir = mkdtempSync(join(tmpdir(), 'bastion-snapbench-'));
try {
  const { store } = await openStore({ dataDir: dir });
  const owner = await store.users.create({ email: 'bench@example.com', name: 'bench', role: 'member' });
  const keys: string[] = [];
  const prefixes: string[] = [];
  for (let i = 0; i < KEYS; i++) {
    const g = generateApiKey();
    await store.keys.create({ name: `k${i}`, prefix: g.prefix, hash: g.hash, userId: owner.id, models: ['llama3'] });
    keys.push(g.key);
    prefixes.push(g.prefix);
  }
  const t0 = process.hrtime.bigint();
  const snap = await createIdentitySnapshot(store, { pollMs: 0 });
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(`snapshot of ${KEYS} keys built in ${buildMs.toFixed(1)} ms\n`);

  const plain = new Map(prefixes.map((p) => [p, { p }]));
  const n = prefixes.length;
  const N = 1_000_000;
  compare('lookup(prefix) vs Map.get', N, (i) => plain.get(prefixes[i % n] as string), (i) => snap.lookup(prefixes[i % n] as string));
  compare('authenticate(key) vs sha256(key)', 50_000,
    (i) => createHash('sha256').update(keys[i % n] as string).digest(),
    (i) => {
      const r = snap.authenticate(keys[i % n] as string);
      return typeof r === 'object' ? r : undefined;
    });
  const gcBase = await gcCount(() => { for (let i = 0; i < N; i++) plain.get(prefixes[i % n] as string); });
  const gcLookup = await gcCount(() => { for (let i = 0; i < N; i++) snap.lookup(prefixes[i % n] as string); });
  process.stdout.write(`GCs during ${N} lookups: snapshot ${gcLookup}, baseline ${gcBase}\n`);
  snap.close();
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
