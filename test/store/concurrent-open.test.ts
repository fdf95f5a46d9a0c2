// Several processes opening the same fresh database at once must each migrate
// safely: every migration applied exactly once, no process failing.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openStore } from '../../src/store/open.js';
import type { StoreHandle } from '../../src/store/types.js';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'open-child.ts');
const PG_URL = process.env.BASTION_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PROCESSES = 4;

function runChild(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function ledger(handle: StoreHandle): Promise<string[]> {
  const sql = 'SELECT namespace, id FROM bastion_migrations ORDER BY namespace, id';
  const rows = handle.kind === 'sqlite'
    ? handle.db.prepare(sql).all() as { namespace: string; id: string }[]
    : (await handle.pool.query<{ namespace: string; id: string }>(sql)).rows;
  return rows.map((r) => `${r.namespace}/${r.id}`);
}

async function runAll(args: (label: string) => string[]): Promise<void> {
  const results = await Promise.all(Array.from({ length: PROCESSES }, (_, i) => runChild(args(`p${i}`))));
  for (const r of results) {
    assert.equal(r.code, 0, `child failed: ${r.stderr}`);
    assert.equal(typeof (JSON.parse(r.stdout) as { revision: unknown }).revision, 'number');
  }
}

async function checkOutcome(dataDir: string, databaseUrl?: string, schema?: string): Promise<void> {
  const { store, handle } = await openStore({ dataDir, ...(databaseUrl ? { databaseUrl } : {}), ...(schema ? { schema } : {}) });
  try {
    assert.deepEqual(await ledger(handle), ['concurrent_child/001', 'concurrent_child/002', 'store/001-identities']);
    assert.equal((await store.teams.list()).length, PROCESSES);
    assert.equal(await store.revision(), PROCESSES);
  } finally {
    await store.close();
  }
}

test(`sqlite: ${PROCESSES} processes opening one fresh file migrate it exactly once`, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bastion-concurrent-'));
  try {
    await runAll((label) => [dataDir, '', '', label]);
    await checkOutcome(dataDir);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test(`postgres: ${PROCESSES} processes opening one fresh schema migrate it exactly once`, async () => {
  const schema = `bst_conc_${randomBytes(6).toString('hex')}`;
  try {
    await runAll((label) => [tmpdir(), PG_URL, schema, label]);
    await checkOutcome(tmpdir(), PG_URL, schema);
  } finally {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => client.end());
  }
});
