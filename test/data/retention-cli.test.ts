import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runRetentionCommand } from '../../src/cli/retention.js';
import { openStore } from '../../src/store/open.js';
import { openDataServices } from '../../src/data/services.js';
import { SecretKey } from '../../src/data/crypto.js';
import { createAuditStore } from '../../src/audit/store.js';

const DAY = 86_400_000;

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  return {
    stream: new Writable({ write(c: Buffer | string, _e, cb) { chunks.push(String(c)); cb(); } }),
    text: () => chunks.join(''),
  };
}

describe('bastion retention (SQLite data directory)', () => {
  let dir: string;
  let configPath: string;
  const T0 = Date.now() - 25 * DAY;
  let convId = '';

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bastion-retention-cli-'));
    configPath = join(dir, 'bastion.yaml');
    writeFileSync(configPath, 'data:\n  retention:\n    conversations: 10d\n    content: 5d\n    auditEvents: 30d\n    usage: forever\n');
    const { store, handle } = await openStore({ dataDir: dir });
    try {
      const data = await openDataServices({ handle, masterKeys: { current: SecretKey.generate() }, now: () => T0 });
      const who = { userId: 'u1', teamId: null, role: 'member' as const, via: 'api' as const };
      convId = (await data.conversations.create(who, { model: 'm', messages: [{ role: 'user', content: 'old' }] })).id;
      await data.contentLog.record({ requestId: 'r1', userId: 'u1', teamId: null, model: 'm', prompt: 'p', response: 'r' });
    } finally {
      await store.close();
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (argv: string[]) => {
    const out = capture();
    const err = capture();
    const code = await runRetentionCommand(argv, { stdout: out.stream, stderr: err.stream }, { dataDir: dir }, { processEnv: {} });
    return { code, out: out.text(), err: err.text() };
  };

  test('dry run reports without deleting, then a run purges and is audited', async () => {
    const dry = await run(['run', '--dry-run', '--config', configPath]);
    assert.equal(dry.code, 0, dry.err);
    assert.match(dry.out, /Retention dry run/);
    assert.match(dry.out, /conversations\s+would purge 1 \(ttl 10d\)/);
    assert.match(dry.out, /stored content\s+would purge 1 \(ttl 5d\)/);
    assert.match(dry.out, /usage\s+kept forever/);

    const real = await run(['run', '--config', configPath]);
    assert.equal(real.code, 0, real.err);
    assert.match(real.out, /conversations\s+purged 1/);
    assert.match(real.out, /stored content\s+purged 1/);
    assert.match(real.out, /audit events\s+purged 0/);

    const { store, handle } = await openStore({ dataDir: dir });
    try {
      const data = await openDataServices({ handle, masterKeys: { current: SecretKey.generate() } });
      await assert.rejects(data.conversations.get({ userId: 'u1', teamId: null, role: 'member', via: 'api' }, convId), { code: 'resource_not_found' });
      const audit = await createAuditStore(handle);
      const purges = await audit.query({ action: 'retention.purge', limit: 20 });
      const classes = purges.map((r) => (JSON.parse(r.body) as { target?: { id?: string } }).target?.id).sort();
      assert.deepEqual(classes, ['auditEvents', 'content', 'conversations']);
    } finally {
      await store.close();
    }
  });

  test('status and JSON output', async () => {
    const st = await run(['status', '--config', configPath]);
    assert.equal(st.code, 0, st.err);
    assert.match(st.out, /Legal holds: none/);
    assert.match(st.out, /Recent runs:/);
    const js = await run(['run', '--dry-run', '--json', '--config', configPath]);
    assert.equal(js.code, 0);
    const report = JSON.parse(js.out) as { dryRun: boolean; classes: unknown[] };
    assert.equal(report.dryRun, true);
    assert.equal(report.classes.length, 4);
  });

  test('usage errors exit 2', async () => {
    assert.equal((await run(['run', '--force'])).code, 2);
    assert.equal((await run(['purge'])).code, 2);
    assert.equal((await run([])).code, 2);
  });
});
