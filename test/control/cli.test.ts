import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Writable, Readable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIdentityCommand, CLI_USER_EMAIL, type IdentityGroup } from '../../src/cli/identity.js';
import { openStore } from '../../src/store/open.js';
import { createIdentitySnapshot } from '../../src/control/snapshot.js';
import { IdentityService } from '../../src/control/identities.js';
import { Secret } from '../../src/control/secret.js';
import type { SecurityEvent } from '../../src/control/events.js';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

interface Run { code: number; out: string; err: string }

describe('bastion keys|users|teams', () => {
  let dataDir: string;
  const events: SecurityEvent[] = [];

  async function run(group: IdentityGroup, argv: string[], stdin?: string): Promise<Run> {
    const stdout = new Sink();
    const stderr = new Sink();
    const code = await runIdentityCommand(group, argv, { stdout, stderr, ...(stdin !== undefined ? { stdin: Readable.from([stdin]) } : {}) }, {
      dataDir, events: () => ({ emit: (e) => void events.push(e) }),
    });
    return { code, out: stdout.text, err: stderr.text };
  }

  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'bastion-cli-'));
  });
  after(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('--help prints usage and exits 0; no command or unknown flags exit 2', async () => {
    for (const g of ['keys', 'users', 'teams'] as const) {
      const h = await run(g, ['--help']);
      assert.equal(h.code, 0);
      assert.match(h.out, new RegExp(`Usage: bastion ${g}`));
      assert.equal((await run(g, [])).code, 2);
    }
    const sub = await run('keys', ['create', '--help']);
    assert.equal(sub.code, 0);
    const bad = await run('keys', ['create', '--name', 'x', '--bogus']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /bogus/);
    assert.equal((await run('keys', ['explode'])).code, 2);
    assert.match((await run('keys', ['create'])).err, /--name is required/);
    assert.equal((await run('teams', ['create'])).code, 2);
  });

  test('users: create an admin with a password from stdin, list, suspend, activate, set-role', async () => {
    const weak = await run('users', ['create', '--email', 'weak@example.com', '--admin', '--password-stdin'], 'short\n');
    assert.equal(weak.code, 2);
    assert.match(weak.err, /at least 12/);
    const ok = await run('users', ['create', '--email', 'Root@Example.com', '--admin', '--password-stdin'], 'a strong admin password\n');
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.out, /Created admin root@example\.com/);
    const dup = await run('users', ['create', '--email', 'root@example.com']);
    assert.equal(dup.code, 1);
    assert.match(dup.err, /already exists/);
    assert.equal((await run('users', ['create', '--email', 'nope'])).code, 2);

    const { store } = await openStore({ dataDir });
    try {
      assert.ok(await new IdentityService(store).verifyLogin('root@example.com', new Secret('a strong admin password')));
    } finally {
      await store.close();
    }

    assert.equal((await run('users', ['create', '--email', 'dev@example.com', '--name', 'Dev'])).code, 0);
    const list = await run('users', ['list', '--json']);
    const users = JSON.parse(list.out) as Array<{ email: string; role: string; status: string }>;
    assert.deepEqual(users.map((u) => u.email).sort(), ['dev@example.com', 'root@example.com']);
    assert.ok(!list.out.includes('scrypt'));
    assert.match((await run('users', ['list'])).out, /EMAIL.*\n.*@example\.com/);
    assert.equal((await run('users', ['suspend', 'root@example.com'])).code, 2, 'last admin cannot be suspended');
    assert.equal((await run('users', ['suspend', 'dev@example.com'])).code, 0);
    assert.equal((await run('users', ['activate', 'dev@example.com'])).code, 0);
    assert.equal((await run('users', ['set-role', 'dev@example.com', 'root'])).code, 2);
    const promoted = await run('users', ['set-role', 'dev@example.com', 'admin', '--json']);
    assert.equal((JSON.parse(promoted.out) as { role: string }).role, 'admin');
    assert.equal((await run('users', ['suspend', 'ghost@example.com'])).code, 1);

    assert.equal((await run('users', ['set-password', 'dev@example.com'])).code, 2);
    assert.equal((await run('users', ['set-password', 'dev@example.com', '--password-stdin'], 'tiny\n')).code, 2);
    const setPw = await run('users', ['set-password', 'dev@example.com', '--password-stdin'], 'a new dev password\n');
    assert.equal(setPw.code, 0, setPw.err);
    const check = await openStore({ dataDir });
    try {
      assert.ok(await new IdentityService(check.store).verifyLogin('dev@example.com', new Secret('a new dev password')));
    } finally {
      await check.store.close();
    }
    const removed = await run('users', ['set-password', 'dev@example.com', '--remove', '--json']);
    assert.equal((JSON.parse(removed.out) as { hasPassword: boolean }).hasPassword, false);
  });

  test('teams: create, list, set-models, delete', async () => {
    const c = await run('teams', ['create', 'ml', '--models', 'llama3,qwen']);
    assert.equal(c.code, 0, c.err);
    assert.equal((await run('teams', ['create', 'ml'])).code, 1);
    assert.equal((await run('teams', ['create', 'Bad Name'])).code, 2);
    const teams = JSON.parse((await run('teams', ['list', '--json'])).out) as Array<{ name: string; models: string[] | null }>;
    assert.deepEqual(teams.find((t) => t.name === 'ml')?.models, ['llama3', 'qwen']);
    const all = await run('teams', ['set-models', 'ml', 'all', '--json']);
    assert.equal((JSON.parse(all.out) as { models: null }).models, null);
    assert.equal((await run('teams', ['set-models', 'ml', 'llama3'])).code, 0);
    assert.equal((await run('teams', ['create', 'temp'])).code, 0);
    assert.equal((await run('teams', ['delete', 'temp'])).code, 0);
    assert.equal((await run('teams', ['delete', 'temp'])).code, 1);
    assert.match((await run('teams', ['list'])).out, /ml\s+llama3/);
  });

  test('keys: create prints the key once (--json: one object with key and id), list, revoke; a running server sees it', async () => {
    const server = await openStore({ dataDir });
    const snap = await createIdentitySnapshot(server.store, { pollMs: 0 });
    try {
      const r = await run('keys', ['create', '--name', 'ci-bot', '--models', 'llama3,qwen', '--expires', '30d', '--json']);
      assert.equal(r.code, 0, r.err);
      const created = JSON.parse(r.out) as { key: string; id: string; prefix: string; models: string[]; expiresAt: number; userId: string };
      assert.match(created.key, /^bst_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
      assert.ok(created.id);
      assert.deepEqual(created.models, ['llama3', 'qwen']);
      await snap.refresh();
      const entry = snap.authenticate(created.key);
      assert.ok(typeof entry === 'object');
      assert.equal(entry.user.email, CLI_USER_EMAIL);
      assert.equal(entry.user.role, 'member');

      const again = await run('keys', ['create', '--name', 'second']);
      assert.equal(again.code, 0, again.err);
      assert.match(again.out, /shown only now/);
      assert.match(again.out, /\nbst_[0-9a-f]{12}_\S{43}\n$/);
      const users = JSON.parse((await run('users', ['list', '--json'])).out) as Array<{ email: string }>;
      assert.equal(users.filter((u) => u.email === CLI_USER_EMAIL).length, 1, 'the cli user is reused');

      const teamKey = await run('keys', ['create', '--name', 'team-bot', '--team', 'ml', '--models', 'qwen']);
      assert.equal(teamKey.code, 2, 'qwen is outside team ml (llama3 only)');
      assert.match(teamKey.err, /may not use qwen/);
      assert.equal((await run('keys', ['create', '--name', 'x', '--expires', 'soon'])).code, 2);
      assert.equal((await run('keys', ['create', '--name', 'x', '--user', 'ghost@example.com'])).code, 1);
      const owned = await run('keys', ['create', '--name', 'dev-key', '--user', 'dev@example.com', '--json']);
      assert.equal(owned.code, 0, owned.err);

      const listed = await run('keys', ['list', '--json']);
      const keys = JSON.parse(listed.out) as Array<{ id: string; status: string }>;
      assert.equal(keys.length, 3);
      assert.ok(!listed.out.includes(created.key));
      assert.ok(!listed.out.includes('"hash"'));
      const text = await run('keys', ['list']);
      assert.match(text.out, /ci-bot/);
      assert.ok(!text.out.includes(created.key));

      const rev = await run('keys', ['revoke', created.id]);
      assert.equal(rev.code, 0, rev.err);
      assert.equal((await run('keys', ['revoke', 'nope'])).code, 1);
      await snap.refresh();
      assert.equal(snap.authenticate(created.key), 'unknown_key');
      assert.ok(events.some((e) => e.action === 'key.revoked' && e.actor.via === 'cli'));
      assert.ok(!JSON.stringify(events).includes(created.key));
    } finally {
      snap.close();
      await server.store.close();
    }
  });

  test('a bad database URL is a clear error, not a crash', async () => {
    const stdout = new Sink();
    const stderr = new Sink();
    const code = await runIdentityCommand('keys', ['list'], { stdout, stderr }, { dataDir, databaseUrl: 'mysql://x' });
    assert.equal(code, 1);
    assert.match(stderr.text, /postgres:\/\//);
  });
});
