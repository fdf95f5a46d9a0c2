import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runRotateKeyCommand } from '../../src/data/rotate-command.js';
import { beginFileRotation, loadMasterKeys, masterKeyPaths } from '../../src/data/master-key.js';
import { openStore } from '../../src/store/open.js';
import { openDataServices } from '../../src/data/services.js';
import { SecretKey } from '../../src/data/crypto.js';
import { EventLog } from './harness.js';

const sink = (): Writable => new Writable({ write(_c, _e, cb) { cb(); } });
const who = { userId: 'u1', teamId: null, role: 'member' as const, via: 'api' as const };

describe('bastion data rotate-key (SQLite data directory)', () => {
  let dir: string;
  let convId = '';
  const events = new EventLog();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bastion-rotate-'));
    const keys = await loadMasterKeys({ dataDir: dir, env: {} });
    const { store, handle } = await openStore({ dataDir: dir });
    try {
      const data = await openDataServices({ handle, masterKeys: keys });
      convId = (await data.conversations.create(who, { model: 'm', title: 'kept', messages: [{ role: 'user', content: 'survives rotation' }] })).id;
    } finally { await store.close(); }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const readBack = async (): Promise<string> => {
    const keys = await loadMasterKeys({ dataDir: dir, env: {}, create: false });
    const { store, handle } = await openStore({ dataDir: dir });
    try {
      const data = await openDataServices({ handle, masterKeys: keys });
      return String((await data.conversations.get(who, convId)).messages[0]?.content);
    } finally { await store.close(); }
  };
  const rotate = (argv: string[], processEnv: NodeJS.ProcessEnv = {}) =>
    runRotateKeyCommand(argv, { stdout: sink(), stderr: sink() }, { dataDir: dir }, { events, processEnv });

  test('rotates, deletes the old key file, keeps data readable, and is audited', async () => {
    const before = (await loadMasterKeys({ dataDir: dir, env: {}, create: false })).current.id;
    assert.equal(await rotate(['rotate-key']), 0);
    const after = await loadMasterKeys({ dataDir: dir, env: {}, create: false });
    assert.notEqual(after.current.id, before);
    assert.deepEqual(after.previous, []);
    assert.equal(existsSync(masterKeyPaths(dir).previous), false);
    assert.equal(await readBack(), 'survives rotation');
    const ev = events.of('data.master_key_rotated');
    assert.deepEqual(ev.map((e) => [e.outcome, e.details?.rewrapped]), [['success', 1]]);
  });

  test('an interrupted rotation is finished by running the command again', async () => {
    const started = await beginFileRotation(dir);
    assert.equal(await rotate(['rotate-key', '--keep-previous']), 0);
    const after = await loadMasterKeys({ dataDir: dir, env: {}, create: false });
    assert.equal(after.current.id, started.current.id, 'resumed, not a third key');
    assert.deepEqual(after.previous, []);
    assert.ok(readdirSync(dir).some((f) => f.startsWith('master.key.retired-')));
    assert.equal(await readBack(), 'survives rotation');
  });

  test('environment mode needs the previous key; usage errors exit 2', async () => {
    assert.equal(await rotate(['rotate-key'], { BASTION_MASTER_KEY: SecretKey.generate().exportBase64() }), 2);
    assert.equal(await rotate(['rotate-key', '--force']), 2);
    assert.equal(await rotate(['spin']), 2);
  });
});
