// A child writes audit events under load and prints every acknowledged seq;
// it is killed with SIGKILL mid-run. Every acknowledged event must be present
// and the chain must verify (SQLite file and PostgreSQL).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openSqliteDatabase } from '../../src/store/sqlite.js';
import type { StoreHandle } from '../../src/store/types.js';
import { createAuditStore } from '../../src/audit/store.js';
import { verifyAuditLog } from '../../src/audit/verify.js';
import { loadAuditSigner } from '../../src/audit/signing.js';
import { PG_URL, tempDir } from './helpers.js';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'sigkill-child.ts');
const KILL_AFTER = 3000;

function runAndKill(args: string[]): Promise<Set<number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked = new Set<number>();
    let buf = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const l of lines) if (l) acked.add(Number(l));
      if (!killed && acked.size >= KILL_AFTER) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    // Watchdog only (not a timing assertion): a child that never acknowledges must not hang the suite.
    const watchdog = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`child acknowledged only ${acked.size} events: ${stderr}`)); }, 120_000);
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(watchdog);
      if (signal !== 'SIGKILL') reject(new Error(`child exited without being killed: ${stderr}`));
      else resolve(acked);
    });
  });
}

async function check(handle: StoreHandle, dataDir: string, acked: Set<number>): Promise<void> {
  const store = await createAuditStore(handle);
  const present = new Set<number>();
  for await (const batch of store.scan()) for (const r of batch) present.add(r.seq);
  const missing = [...acked].filter((s) => !present.has(s));
  assert.deepEqual(missing, [], `${missing.length} acknowledged events lost`);
  assert.ok(present.size >= acked.size);
  const signer = loadAuditSigner({ dataDir, create: false });
  assert.ok(signer, 'the child created the signing key');
  const report = await verifyAuditLog(store, { trustedKeys: [signer.publicKeyId] });
  assert.deepEqual(report.findings, []);
  assert.ok(report.checkpoints > 0, 'checkpoints were written under load');
}

describe('audit: SIGKILL under load loses nothing acknowledged', () => {
  test('sqlite', async () => {
    const dataDir = tempDir();
    try {
      const acked = await runAndKill([dataDir]);
      assert.ok(acked.size >= KILL_AFTER);
      const db = openSqliteDatabase(dataDir);
      try {
        await check({ kind: 'sqlite', db }, dataDir, acked);
      } finally {
        db.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('postgres', async () => {
    const dataDir = tempDir();
    const schema = `bst_audit_kill_${randomBytes(6).toString('hex')}`;
    const pool = new pg.Pool({ connectionString: PG_URL, max: 2, options: `-c search_path=${schema}` });
    try {
      await pool.query(`CREATE SCHEMA "${schema}"`);
      const acked = await runAndKill([dataDir, PG_URL, schema]);
      assert.ok(acked.size >= KILL_AFTER);
      await check({ kind: 'postgres', pool, schema }, dataDir, acked);
    } finally {
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => {});
      await pool.end();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
