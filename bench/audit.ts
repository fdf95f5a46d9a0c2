// Audit log benchmark: writer throughput and `verify` speed on one core.
// Usage: node --import tsx bench/audit.ts [events=500000]
// Prints figures and ratios against baselines measured in the same run.
// Optional: BASTION_BENCH_DATABASE_URL=postgres://... also measures PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openSqliteDatabase } from '../src/store/sqlite.js';
import type { StoreHandle } from '../src/store/types.js';
import { createAuditStore, type AuditStore } from '../src/audit/store.js';
import { AuditWriter } from '../src/audit/writer.js';
import { AUDIT_DEFAULTS } from '../src/audit/config.js';
import { loadAuditSigner } from '../src/audit/signing.js';
import { eventHash } from '../src/audit/chain.js';
import { modelCallEvent, serializeEvent } from '../src/audit/event.js';
import { verifyAuditLog } from '../src/audit/verify.js';
import { progressReporter } from '../src/audit/progress.js';
import type { RequestContext } from '../src/gateway/context.js';

const N = Number(process.argv[2] ?? 500_000);
const WRITER_N = Math.min(Math.floor(N / 2), 100_000);

function ctx(i: number): RequestContext {
  return {
    id: `req-${i.toString(36)}`, startedAt: 0n, receivedAtMs: 0, method: 'POST', path: '/v1/chat/completions', query: '', clientAddress: '10.1.2.3',
    endpoint: 'chat', identity: { keyId: `key${i % 50}`, keyName: 'k', keyPrefix: 'p', userId: `user${i % 500}`, teamId: `team${i % 20}`, role: 'member', models: null },
    model: i % 2 ? 'llama-3-8b' : 'qwen-7b', stream: true, backendId: 'gpu-1', usage: { promptTokens: 120 + (i % 50), completionTokens: 300 },
    reasons: i % 10 === 0 ? ['guard.pii'] : [], findings: i % 10 === 0 ? [{ stage: 'guard', code: 'guard.pii', score: 0.7 }] : [],
    decision: i % 10 === 0 ? 'blocked' : 'allowed', status: 200, signal: new AbortController().signal, ext: new Map(),
  };
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en');
const secs = (t0: number): number => (performance.now() - t0) / 1000;
/** CPU seconds (user + system) of this process since `c0`: on a shared, noisy machine this is the fairer "one core" figure. */
const cpu = (c0: NodeJS.CpuUsage): number => { const d = process.cpuUsage(c0); return (d.user + d.system) / 1e6; };

async function bench(label: string, handle: StoreHandle, dataDir: string): Promise<void> {
  console.log(`\n== ${label} ==`);
  const store: AuditStore = await createAuditStore(handle);
  const signer = loadAuditSigner({ dataDir, env: {} });
  if (!signer) throw new Error('no signer');
  const contexts = Array.from({ length: 1000 }, (_, i) => ctx(i));

  // Hot path: what a request pays (build the event and queue it), against building the event alone.
  let t0 = performance.now();
  let sink = 0;
  for (let i = 0; i < WRITER_N; i++) sink += modelCallEvent(contexts[i % 1000] as RequestContext, 12).latencyMs;
  const buildOnly = secs(t0);

  // Baseline: pre-serialised bodies appended straight to the store in batches of 500.
  const bodies = contexts.map((c) => serializeEvent(modelCallEvent(c, 12)));
  t0 = performance.now();
  for (let i = 0; i < WRITER_N; i += 500) {
    const items = [];
    for (let j = i; j < Math.min(WRITER_N, i + 500); j++) items.push({ at: 1_700_000_000_000 + j, body: bodies[j % 1000] as string });
    await store.append(items);
  }
  const rawAppend = secs(t0);

  // The writer: batched, bounded, with checkpoints every 10,000 events.
  const writer = new AuditWriter(store, signer, { ...AUDIT_DEFAULTS, queueLimit: WRITER_N, failMode: 'open' });
  t0 = performance.now();
  const w0 = process.cpuUsage();
  for (let i = 0; i < WRITER_N; i++) writer.push(modelCallEvent(contexts[i % 1000] as RequestContext, 12));
  const enqueue = secs(t0);
  await writer.flush();
  const writerTotal = secs(t0);
  const writerCpu = cpu(w0);
  await writer.close();
  console.log(`hot path per request: build+queue ${(enqueue / WRITER_N * 1e6).toFixed(2)} µs, build alone ${(buildOnly / WRITER_N * 1e6).toFixed(2)} µs (checksum ${sink > 0 ? 'ok' : '?'})`);
  console.log(`store append (baseline, pre-serialised): ${fmt(WRITER_N / rawAppend)} events/s`);
  console.log(`writer end-to-end (serialise+chain+commit+seal): ${fmt(WRITER_N / writerTotal)} events/s wall (${fmt(WRITER_N / writerCpu)} per CPU-second) = ${(rawAppend / writerTotal).toFixed(2)}x baseline`);

  // Fill up to N events for verify.
  let have = await store.count();
  const target = Math.max(N, have);
  while (have < target) {
    const items = [];
    for (let j = 0; j < Math.min(5000, target - have); j++) items.push({ at: 1_700_000_000_000 + have + j, body: bodies[(have + j) % 1000] as string });
    await store.append(items);
    have += items.length;
  }
  await writer.close();
  const w2 = new AuditWriter(store, signer, AUDIT_DEFAULTS);
  await w2.seal();
  await w2.close();

  // Baselines for verify: reading the rows only, and reading + hashing without checks.
  t0 = performance.now();
  let rows = 0;
  for await (const b of store.scan({ batch: 10000 })) rows += b.length;
  const scanOnly = secs(t0);
  t0 = performance.now();
  let x = 0;
  for await (const b of store.scan({ batch: 10000 })) for (const r of b) x ^= eventHash(r.seq, r.at, r.prevHash, r.body).charCodeAt(0);
  const scanHash = secs(t0);
  const bar = progressReporter(process.stderr, rows, 'verify');
  t0 = performance.now();
  const c0 = process.cpuUsage();
  const report = await verifyAuditLog(store, { trustedKeys: [signer.publicKeyId], onProgress: (n) => bar.update(n) });
  const verify = secs(t0);
  const verifyCpu = cpu(c0);
  bar.end();
  if (!report.ok) throw new Error('verify failed: ' + JSON.stringify(report.findings.slice(0, 3)));
  console.log(`rows: ${fmt(rows)}, checkpoints: ${report.checkpoints} (hash check ${x >= 0 ? 'ok' : '?'})`);
  console.log(`scan only (baseline): ${fmt(rows / scanOnly)} rows/s`);
  console.log(`scan + SHA-256: ${fmt(rows / scanHash)} rows/s`);
  console.log(`verify (chain + checkpoints): ${fmt(report.events / verify)} events/s wall, ${fmt(report.events / verifyCpu)} events per CPU-second; ${(verify / scanOnly).toFixed(2)}x the scan-only time (target >= 100,000 events/s)`);
}

const dir = mkdtempSync(join(tmpdir(), 'bastion-bench-audit-'));
try {
  const db = openSqliteDatabase(dir);
  await bench(`SQLite, writer ${fmt(WRITER_N)} events, verify ${fmt(N)} events`, { kind: 'sqlite', db }, dir);
  db.close();
  const url = process.env.BASTION_BENCH_DATABASE_URL;
  if (url) {
    const schema = `bench_audit_${randomBytes(4).toString('hex')}`;
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    await pool.query(`CREATE SCHEMA "${schema}"`);
    try {
      await bench(`PostgreSQL, writer ${fmt(WRITER_N)} events, verify ${fmt(N)} events`, { kind: 'postgres', pool, schema }, dir);
    } finally {
      await pool.query(`DROP SCHEMA "${schema}" CASCADE`);
      await pool.end();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
