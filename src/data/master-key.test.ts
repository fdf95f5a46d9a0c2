import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SecretKey } from './crypto.js';
import { beginFileRotation, loadMasterKeys, MasterKeyError, masterKeyPaths, retirePreviousKeyFile } from './master-key.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'bastion-mk-'));

describe('master key loading', () => {
  test('creates master.key with mode 0600 on first start, then reuses it', async () => {
    const dir = tmp();
    try {
      const a = await loadMasterKeys({ dataDir: dir, env: {} });
      assert.equal(a.created, true);
      assert.equal(a.source, 'file');
      assert.equal(statSync(join(dir, 'master.key')).mode & 0o777, 0o600);
      const b = await loadMasterKeys({ dataDir: dir, env: {} });
      assert.equal(b.created, false);
      assert.equal(b.current.id, a.current.id);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  test('the environment wins over the file; bad values are refused without echoing them', async () => {
    const dir = tmp();
    try {
      const k = SecretKey.generate();
      const got = await loadMasterKeys({ dataDir: dir, env: { BASTION_MASTER_KEY: k.exportBase64() } });
      assert.equal(got.source, 'env');
      assert.equal(got.current.id, k.id);
      assert.equal(existsSync(join(dir, 'master.key')), false);
      const short = Buffer.alloc(16, 7).toString('base64');
      await assert.rejects(loadMasterKeys({ dataDir: dir, env: { BASTION_MASTER_KEY: short } }), (err: Error) => {
        assert.ok(err instanceof MasterKeyError);
        assert.ok(!err.message.includes(short));
        return true;
      });
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  test('a key file readable by others is refused', { skip: process.platform === 'win32' }, async () => {
    const dir = tmp();
    try {
      writeFileSync(join(dir, 'master.key'), SecretKey.generate().exportBase64());
      chmodSync(join(dir, 'master.key'), 0o644);
      await assert.rejects(loadMasterKeys({ dataDir: dir, env: {} }), /chmod 600/);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  test('file rotation installs a new key, keeps the old one as previous until retired', async () => {
    const dir = tmp();
    try {
      const first = await loadMasterKeys({ dataDir: dir, env: {} });
      const during = await beginFileRotation(dir);
      assert.notEqual(during.current.id, first.current.id);
      assert.deepEqual(during.previous.map((k) => k.id), [first.current.id]);
      // Resuming an interrupted rotation does not generate yet another key.
      const again = await beginFileRotation(dir);
      assert.equal(again.current.id, during.current.id);
      assert.equal(await retirePreviousKeyFile(dir), masterKeyPaths(dir).previous);
      const after = await loadMasterKeys({ dataDir: dir, env: {} });
      assert.equal(after.current.id, during.current.id);
      assert.deepEqual(after.previous, []);
      assert.ok(!readFileSync(masterKeyPaths(dir).current, 'utf8').includes(first.current.exportBase64()));
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  test('a missing master.key left by an interrupted rotation is an error, never a silently new key', async () => {
    const dir = tmp();
    try {
      await loadMasterKeys({ dataDir: dir, env: {} });
      const p = masterKeyPaths(dir);
      const { renameSync } = await import('node:fs');
      renameSync(p.current, p.previous);
      await assert.rejects(loadMasterKeys({ dataDir: dir, env: {} }), MasterKeyError);
      assert.equal(existsSync(p.current), false);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});
