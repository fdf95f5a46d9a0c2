/**
 * The identity admin API over real HTTP: the gateway server (src/gateway/server.ts)
 * on port 0 with the identity routes mounted and the identity snapshot as its
 * key lookup, against the SQLite store.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { IdentityService } from '../../src/control/identities.js';
import { bootstrap, SetupService } from '../../src/control/bootstrap.js';
import { identityRoutes } from '../../src/control/routes.js';
import { createIdentitySnapshot, type IdentitySnapshot } from '../../src/control/snapshot.js';
import { createGateway, type Gateway } from '../../src/gateway/server.js';
import { Catalog } from '../../src/gateway/backends/catalog.js';
import { SERVER_DEFAULTS } from '../../src/config/load.js';
import { silentLogger } from '../../src/log/logger.js';
import { openSqlite, type TestStore } from './stores.js';
import { RecordingSink } from './events.js';

interface Reply { status: number; body: Record<string, unknown> & { error?: { code: string; message: string } } }

describe('identity admin API over HTTP', () => {
  let ts: TestStore;
  let snap: IdentitySnapshot;
  let gw: Gateway;
  let base: string;
  let setupToken: string;
  let adminKey = '';
  const sink = new RecordingSink();

  async function call(method: string, path: string, body?: unknown, key: string | null = adminKey): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (key) headers.authorization = `Bearer ${key}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${base}/api${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await res.text();
    assert.ok(!/scrypt\$|"hash"|passwordHash/.test(text), `response leaks a hash: ${text}`);
    return { status: res.status, body: text ? (JSON.parse(text) as Reply['body']) : {} };
  }

  before(async () => {
    ts = await openSqlite();
    const identities = new IdentityService(ts.store, { events: sink });
    const boot = await bootstrap(identities, {});
    assert.ok(boot.kind === 'setup_token');
    setupToken = boot.token.reveal();
    snap = await createIdentitySnapshot(ts.store, { pollMs: 0 });
    gw = createGateway({
      server: SERVER_DEFAULTS, catalog: new Catalog([]), identities: snap, log: silentLogger,
      apiRoutes: identityRoutes({ identities, setup: new SetupService(identities, { events: sink }) }),
    });
    base = (await gw.listen(0, '127.0.0.1')).url.replace(/\/$/, '');
  });
  after(async () => {
    await gw?.close();
    snap?.close();
    await ts?.cleanup();
  });

  test('setup: wrong token refused, right token creates the admin and returns a key once', async () => {
    const bad = await call('POST', '/setup', { token: 'bst_setup_nope', email: 'owner@example.com', password: 'a strong password' }, null);
    assert.equal(bad.status, 401);
    assert.equal(bad.body.error?.code, 'invalid_credentials');
    const unknown = await call('POST', '/setup', { token: setupToken, email: 'owner@example.com', password: 'a strong password', role: 'x' }, null);
    assert.equal(unknown.body.error?.code, 'unknown_field');
    const ok = await call('POST', '/setup', { token: setupToken, email: 'owner@example.com', password: 'a strong password' }, null);
    assert.equal(ok.status, 201);
    adminKey = String(ok.body.key);
    assert.match(adminKey, /^bst_[0-9a-f]{12}_/);
    const again = await call('POST', '/setup', { token: setupToken, email: 'x@example.com', password: 'a strong password' }, null);
    assert.equal(again.status, 403);
    await snap.refresh();
  });

  test('GET /me with the admin key; without a key 401', async () => {
    const me = await call('GET', '/me');
    assert.equal(me.status, 200);
    assert.equal((me.body.user as { email: string }).email, 'owner@example.com');
    assert.equal(me.body.role, 'admin');
    assert.equal(me.body.models, null);
    assert.equal((await call('GET', '/me', undefined, null)).status, 401);
  });

  test('teams, users and keys through the API; members are refused admin routes', async () => {
    const team = await call('POST', '/teams', { name: 'ml', models: ['llama3', 'qwen'] });
    assert.equal(team.status, 201);
    assert.equal((await call('POST', '/teams', { name: 'ml' })).body.error?.code, 'conflict');
    assert.equal((await call('POST', '/teams', { name: 'Bad Name' })).status, 400);
    const user = await call('POST', '/users', { email: 'dev@example.com', team: 'ml', password: 'dev password 123' });
    assert.equal(user.status, 201);
    assert.equal(user.body.hasPassword, true);
    const userId = String(user.body.id);
    assert.equal((await call('POST', '/users', { email: 'dev@example.com' })).status, 409);
    assert.equal((await call('POST', '/users', { email: 'bad' })).status, 400);
    const users = await call('GET', '/users');
    assert.equal((users.body.data as unknown[]).length, 2);

    const key = await call('POST', '/keys', { name: 'dev-key', userId, models: ['qwen'], expiresIn: '12h' });
    assert.equal(key.status, 201);
    assert.match(String(key.body.key), /^bst_/);
    assert.equal(key.body.status, 'active');
    const tooWide = await call('POST', '/keys', { name: 'x', userId, models: ['gpt-4'] });
    assert.equal(tooWide.status, 400);
    const listed = await call('GET', `/keys?userId=${userId}`);
    assert.equal((listed.body.data as unknown[]).length, 1);
    assert.ok(!JSON.stringify(listed.body).includes(String(key.body.key)));

    await snap.refresh();
    const memberKey = String(key.body.key);
    const mine = await call('GET', '/me', undefined, memberKey);
    assert.equal(mine.status, 200);
    assert.deepEqual(mine.body.models, ['qwen']);
    assert.equal((await call('GET', '/users', undefined, memberKey)).status, 403);
    assert.equal((await call('POST', '/keys', { name: 'self' }, memberKey)).status, 403);

    const patched = await call('PATCH', `/teams/${String(team.body.id)}`, { models: null });
    assert.equal(patched.body.models, null);
    const suspended = await call('PATCH', `/users/${userId}`, { status: 'suspended' });
    assert.equal(suspended.body.status, 'suspended');
    await snap.refresh();
    assert.equal((await call('GET', '/me', undefined, memberKey)).status, 401);
    await call('PATCH', `/users/${userId}`, { status: 'active', team: null });

    const revoked = await call('DELETE', `/keys/${String(key.body.id)}`);
    assert.equal(revoked.body.status, 'revoked');
    await snap.refresh();
    assert.equal((await call('GET', '/me', undefined, memberKey)).status, 401);
    assert.equal((await call('DELETE', '/keys/nope')).status, 404);
    assert.equal((await call('DELETE', `/teams/${String(team.body.id)}`)).status, 204);
    assert.equal((await call('PATCH', '/users/nope', { name: 'x' })).status, 404);
    assert.equal((await call('PATCH', `/users/${userId}`, { password: 'short' })).status, 400);
    assert.equal((await call('PATCH', `/users/${userId}`, { status: 'gone' })).status, 400);
    for (const a of ['team.created', 'user.created', 'key.created', 'user.suspended', 'key.revoked', 'team.deleted']) {
      assert.ok(sink.actions().includes(a), a);
    }
    assert.ok(sink.events.every((e) => e.actor.via === 'api'));
  });
});
