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

function measure(label: string, iterations: number, fn: (i: number) => unknown): number {
  for (let i = 0; i < Math.min(iterations, 100_000); i++) fn(i);
  const t0 = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < iterations; i++) if (fn(i) !== undefined) sink++;
  const ns = Number(process.hrtime.bigint() - t0) / iterations;
  process.stdout.write(`${label.padEnd(34)} ${ns.toFixed(1).padStart(8)} ns/op  (hits ${sink})\n`);
  return ns;
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
  const N = 2_000_000;
  const base = measure('baseline Map.get', N, (i) => plain.get(prefixes[i % n] as string));
  const look = measure('snapshot.lookup', N, (i) => snap.lookup(prefixes[i % n] as string));
  const M = 200_000;
  const sha = measure('baseline sha256(key)', M, (i) => createHash('sha256').update(keys[i % n] as string).digest());
  const auth = measure('snapshot.authenticate', M, (i) => {
    const r = snap.authenticate(keys[i % n] as string);
    return typeof r === 'object' ? r : undefined;
  });
  process.stdout.write(`ratio lookup/Map.get: ${(look / base).toFixed(2)}x; authenticate/sha256: ${(auth / sha).toFixed(2)}x\n`);
  const gcBase = await gcCount(() => { for (let i = 0; i < N; i++) plain.get(prefixes[i % n] as string); });
  const gcLookup = await gcCount(() => { for (let i = 0; i < N; i++) snap.lookup(prefixes[i % n] as string); });
  process.stdout.write(`GCs during ${N} lookups: snapshot ${gcLookup}, baseline ${gcBase}\n`);
  snap.close();
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
