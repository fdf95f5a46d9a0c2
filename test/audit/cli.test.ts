// `bastion audit verify | export | public-key` against real databases.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, test } from 'node:test';
import { runAuditCommand } from '../../src/cli/audit.js';
import { createAuditSink } from '../../src/audit/sink.js';
import { AUDIT_DEFAULTS } from '../../src/audit/config.js';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASES, PG_URL, dropGuards, sqliteDb, tempDir, type TestDb } from './helpers.js';
import type { AuditRecord } from '../../src/audit/event.js';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let buf = '';
  stream.on('data', (d: Buffer) => { buf += d.toString(); });
  return { stream, text: () => buf };
}

async function run(argv: string[], db: TestDb): Promise<{ code: number; out: string; err: string }> {
  const out = capture();
  const err = capture();
  const env = db.handle.kind === 'postgres' ? { dataDir: db.dataDir, databaseUrl: PG_URL, schema: db.handle.schema } : { dataDir: db.dataDir };
  const code = await runAuditCommand(argv, { stdout: out.stream, stderr: err.stream }, env);
  return { code, out: out.text(), err: err.text() };
}

async function seed(db: TestDb, n: number): Promise<void> {
  const sink = await createAuditSink(AUDIT_DEFAULTS, { handle: db.handle, dataDir: db.dataDir });
  for (let i = 0; i < n; i++) {
    sink.emit({ action: 'user.updated', outcome: 'success', actor: { userId: 'admin', via: 'api' }, target: { type: 'user', id: `u${i}` }, details: { field: 'role' } });
  }
  await sink.close();
}

for (const { name, open } of DATABASES) {
  describe(`bastion audit CLI: ${name}`, () => {
    test('verify: exit 0 on an intact log, 1 with the precise break after tampering', async () => {
      const db = await open();
      try {
        await seed(db, 25);
        const ok = await run(['verify'], db);
        assert.equal(ok.code, 0, ok.out + ok.err);
        assert.match(ok.out, /25 events \(seq 1\.\.25\), 1 checkpoints/);
        assert.match(ok.out, /^OK: chain intact/m);
        await db.exec(dropGuards(db.kind) + "UPDATE audit_events SET body = replace(body, 'u7', 'u8') WHERE seq = 8; DELETE FROM audit_events WHERE seq = 20;");
        const bad = await run(['verify', '--no-progress'], db);
        assert.equal(bad.code, 1);
        assert.match(bad.out, /FAILED: 2 problem\(s\)/);
        assert.match(bad.out, /- event 8 changed: its content does not match its hash/);
        assert.match(bad.out, /- event 20 removed: the log jumps from 19 to 21/);
      } finally {
        await db.cleanup();
      }
    });

    test('export streams JSON lines within the time range and records itself', async () => {
      const db = await open();
      try {
        await seed(db, 5);
        const all = await run(['export', '--format', 'jsonl'], db);
        assert.equal(all.code, 0, all.err);
        const lines = all.out.trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);
        assert.deepEqual(lines.map((l) => l.seq), [1, 2, 3, 4, 5]);
        assert.equal(lines[0]?.event.kind, 'security');
        const future = await run(['export', '--since', '2999-01-01T00:00:00Z'], db);
        assert.equal(future.out, '');
        const after = await run(['verify'], db);
        assert.equal(after.code, 0, after.out);
        assert.match(after.out, /7 events/); // 5 + the two exports
        const exp = await run(['export', '--until', new Date(Date.now() + 60_000).toISOString()], db);
        const actions = exp.out.trim().split('\n').map((l) => (JSON.parse(l) as AuditRecord).event).map((e) => (e.kind === 'security' ? e.action : e.kind));
        assert.deepEqual(actions.slice(5), ['audit.export', 'audit.export']);
      } finally {
        await db.cleanup();
      }
    });

    test('usage errors exit 2 with a clear message', async () => {
      const db = await open();
      try {
        await seed(db, 1);
        const badTime = await run(['export', '--since', 'yesterday'], db);
        assert.equal(badTime.code, 2);
        assert.match(badTime.err, /--since must be an ISO 8601 time/);
        const badFmt = await run(['export', '--format', 'csv'], db);
        assert.equal(badFmt.code, 2);
        assert.equal((await run(['frobnicate'], db)).code, 2);
        const unknown = await run(['verify', '--bogus'], db);
        assert.equal(unknown.code, 2);
        const key = await run(['public-key'], db);
        assert.equal(key.code, 0);
        assert.match(key.out, /^-----BEGIN PUBLIC KEY-----/);
      } finally {
        await db.cleanup();
      }
    });
  });
}

test('bastion audit verify: a data directory without a database exits 2', async () => {
  const out = capture();
  const err = capture();
  const code = await runAuditCommand(['verify'], { stdout: out.stream, stderr: err.stream }, { dataDir: tempDir() });
  assert.equal(code, 2);
  assert.match(err.text(), /no database at/);
});

test('bastion audit verify: without any trusted key it refuses to vouch for the checkpoints and creates nothing', async () => {
  const db = await sqliteDb();
  try {
    // The log was written with a key from the environment, which this shell does not have.
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const sink = await createAuditSink(AUDIT_DEFAULTS, { handle: db.handle, dataDir: db.dataDir, env: { BASTION_AUDIT_SIGNING_KEY: pem } });
    sink.emit({ action: 'config.changed', outcome: 'success', actor: { via: 'cli' } });
    await sink.close();
    const saved = process.env.BASTION_AUDIT_SIGNING_KEY;
    delete process.env.BASTION_AUDIT_SIGNING_KEY;
    try {
      const r = await run(['verify'], db);
      assert.equal(r.code, 1);
      assert.match(r.out, /cannot tell who signed the checkpoints/);
      assert.equal(existsSync(join(db.dataDir, 'audit-signing.key')), false);
      const pub = join(db.dataDir, 'trusted.pem');
      writeFileSync(pub, createPublicKey(pem).export({ type: 'spki', format: 'pem' }).toString());
      const ok = await run(['verify', '--public-key', pub], db);
      assert.equal(ok.code, 0, ok.out + ok.err);
    } finally {
      if (saved !== undefined) process.env.BASTION_AUDIT_SIGNING_KEY = saved;
    }
  } finally {
    await db.cleanup();
  }
});
