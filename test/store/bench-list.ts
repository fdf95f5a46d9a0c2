// Benchmark: loading every identity (what a snapshot rebuild does) with one
// list() per repo, against a baseline of one get() per row (the N+1 pattern)
// measured in the same run on the same data. Prints figures and ratios.
// Usage: node --import tsx test/store/bench-list.ts [users=1000]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';

const USERS = Number(process.argv[2] ?? 1000);
const TEAMS = Math.max(1, Math.floor(USERS / 10));
const PG_URL = process.env.BASTION_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROUNDS = 5;

async function seed(store: Store): Promise<void> {
  const teams: string[] = [];
  for (let i = 0; i < TEAMS; i++) teams.push((await store.teams.create({ name: `team-${i}`, models: i % 2 ? null : ['m1', 'm2'] })).id);
  for (let i = 0; i < USERS; i++) {
    const u = await store.users.create({ email: `u${i}@example.com`, name: `User ${i}`, role: 'member', teamId: teams[i % TEAMS] ?? null });
    await store.keys.create({ name: 'k', prefix: `bst_${i}_a`, hash: 'ab'.repeat(32), userId: u.id });
    await store.keys.create({ name: 'k', prefix: `bst_${i}_b`, hash: 'ab'.repeat(32), userId: u.id, models: ['m1'] });
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function measure(fn: () => Promise<number>): Promise<{ ms: number; rows: number }> {
  const times: number[] = [];
  let rows = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    rows = await fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), rows };
}

async function run(label: string, store: Store): Promise<void> {
  const t0 = performance.now();
  await seed(store);
  const seedMs = performance.now() - t0;
  const ids = { users: (await store.users.list()).map((u) => u.id), teams: (await store.teams.list()).map((t) => t.id), keys: (await store.keys.list()).map((k) => k.id) };
  const bulk = await measure(async () => {
    const [u, t, k] = await Promise.all([store.users.list(), store.teams.list(), store.keys.list()]);
    return u.length + t.length + k.length;
  });
  const perRow = await measure(async () => {
    let n = 0;
    for (const id of ids.users) if (await store.users.get(id)) n++;
    for (const id of ids.teams) if (await store.teams.get(id)) n++;
    for (const id of ids.keys) if (await store.keys.get(id)) n++;
    return n;
  });
  const writes = TEAMS + USERS * 3;
  console.log(`${label.padEnd(10)} seed ${writes} writes: ${seedMs.toFixed(0)} ms (${(seedMs * 1000 / writes).toFixed(0)} µs/write)`);
  console.log(`${label.padEnd(10)} list() all ${bulk.rows} rows: ${bulk.ms.toFixed(1)} ms | baseline get() per row: ${perRow.ms.toFixed(1)} ms | ratio ${(perRow.ms / bulk.ms).toFixed(1)}x`);
}

const dir = mkdtempSync(join(tmpdir(), 'bastion-bench-'));
try {
  const sqlite = await openStore({ dataDir: dir });
  try { await run('sqlite', sqlite.store); } finally { await sqlite.store.close(); }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const schema = `bst_bench_${randomBytes(6).toString('hex')}`;
try {
  const pgStore = await openStore({ dataDir: dir, databaseUrl: PG_URL, schema });
  try { await run('postgres', pgStore.store); } finally { await pgStore.store.close(); }
} finally {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => c.end());
}
