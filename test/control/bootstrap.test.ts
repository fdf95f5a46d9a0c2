import { describe, test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { IdentityService } from '../../src/control/identities.js';
import { bootstrap, SetupService, setupTokenBanner, SETUP_TOKEN_TTL_MS } from '../../src/control/bootstrap.js';
import { SETTING_SETUP_TOKEN } from '../../src/control/settings-keys.js';
import { Secret } from '../../src/control/secret.js';
import { apiKeyMatches } from '../../src/control/api-keys.js';
import { BastionError, type ErrorCode } from '../../src/errors/registry.js';
import { openSqlite, type TestStore } from './stores.js';
import { RecordingSink } from './events.js';

const code = (c: ErrorCode) => (e: unknown): boolean => e instanceof BastionError && e.code === c;
const WEB = { via: 'api' as const, address: '127.0.0.1' };

describe('bootstrap', () => {
  let ts: TestStore;
  let ids: IdentityService;
  beforeEach(async () => {
    ts = await openSqlite();
    ids = new IdentityService(ts.store);
  });
  afterEach(async () => {
    await ts.cleanup();
  });

  test('BASTION_ADMIN_PASSWORD creates the first admin; later starts do nothing', async () => {
    const r = await bootstrap(ids, { BASTION_ADMIN_PASSWORD: 'a strong admin password' });
    assert.equal(r.kind, 'admin_created');
    assert.ok(r.kind === 'admin_created' && r.user.email === 'admin@localhost' && r.user.role === 'admin');
    assert.equal((await ids.verifyLogin('admin@localhost', new Secret('a strong admin password')))?.role, 'admin');
    assert.deepEqual(await bootstrap(ids, { BASTION_ADMIN_PASSWORD: 'another strong password' }), { kind: 'ready' });
    assert.equal(await ts.store.settings.get(SETTING_SETUP_TOKEN), null);
  });

  test('a weak BASTION_ADMIN_PASSWORD is refused (no default or weak admin)', async () => {
    await assert.rejects(bootstrap(ids, { BASTION_ADMIN_PASSWORD: 'admin', BASTION_ADMIN_EMAIL: 'ops@example.com' }), code('invalid_request'));
    assert.equal((await ids.listUsers()).length, 0);
  });

  test('without a password: a one-time token, stored only as a hash, printed once', async () => {
    const r = await bootstrap(ids, {});
    assert.equal(r.kind, 'setup_token');
    if (r.kind !== 'setup_token') return;
    const token = r.token.reveal();
    assert.match(token, /^bst_setup_[A-Za-z0-9_-]{43}$/);
    assert.ok(!JSON.stringify(r).includes(token));
    const stored = await ts.store.settings.get(SETTING_SETUP_TOKEN);
    assert.ok(stored && !stored.includes(token));
    assert.ok(setupTokenBanner(r, 'http://127.0.0.1:8080').includes(token));
    assert.equal((await ids.listUsers()).length, 0);
  });

  test('setup consumes the token: admin and admin key created once, token invalid afterwards', async () => {
    const sink = new RecordingSink();
    const r = await bootstrap(ids, {});
    assert.ok(r.kind === 'setup_token');
    const setup = new SetupService(ids, { events: sink });
    assert.equal(await setup.pending(), true);
    await assert.rejects(setup.complete({ token: new Secret('bst_setup_wrong'), email: 'a@example.com', password: new Secret('a strong password') }, WEB), code('invalid_credentials'));
    // Bad input keeps the token usable.
    await assert.rejects(setup.complete({ token: r.token, email: 'a@example.com', password: new Secret('weak') }, WEB), code('invalid_request'));
    await assert.rejects(setup.complete({ token: r.token, email: 'nope', password: new Secret('a strong password') }, WEB), code('invalid_request'));
    const done = await setup.complete({ token: r.token, email: 'Owner@Example.com', password: new Secret('a strong password') }, WEB);
    assert.equal(done.user.email, 'owner@example.com');
    assert.equal(done.user.role, 'admin');
    const rec = await ts.store.keys.get(done.keyRecord.id);
    assert.ok(rec && apiKeyMatches(done.key.reveal(), rec.hash));
    assert.equal(await ts.store.settings.get(SETTING_SETUP_TOKEN), null);
    assert.equal(await setup.pending(), false);
    await assert.rejects(setup.complete({ token: r.token, email: 'b@example.com', password: new Secret('a strong password') }, WEB), code('forbidden'));
    assert.deepEqual(sink.events.map((e) => `${e.action}:${e.outcome}`), [
      'setup.completed:failure', 'setup.completed:success', 'setup.completed:failure',
    ]);
    assert.ok(!JSON.stringify(sink.events).includes(r.token.reveal()));
  });

  test('two concurrent setups with one token create one admin', async () => {
    const r = await bootstrap(ids, {});
    assert.ok(r.kind === 'setup_token');
    const setup = new SetupService(ids);
    const results = await Promise.allSettled([
      setup.complete({ token: r.token, email: 'one@example.com', password: new Secret('a strong password') }, WEB),
      setup.complete({ token: r.token, email: 'two@example.com', password: new Secret('a strong password') }, WEB),
    ]);
    assert.equal(results.filter((x) => x.status === 'fulfilled').length, 1);
    assert.equal((await ids.listUsers()).filter((u) => u.role === 'admin').length, 1);
  });

  test('an expired token is refused; a restart issues a new one and the old stops working', async () => {
    let now = Date.now();
    const clock = (): number => now;
    const first = await bootstrap(ids, {}, { now: clock });
    assert.ok(first.kind === 'setup_token');
    const setup = new SetupService(ids, { now: clock });
    now += SETUP_TOKEN_TTL_MS + 1;
    await assert.rejects(setup.complete({ token: first.token, email: 'a@example.com', password: new Secret('a strong password') }, WEB), /invalid or expired/);
    const second = await bootstrap(ids, {}, { now: clock });
    assert.ok(second.kind === 'setup_token');
    await assert.rejects(setup.complete({ token: first.token, email: 'a@example.com', password: new Secret('a strong password') }, WEB), code('invalid_credentials'));
    const ok = await setup.complete({ token: second.token, email: 'a@example.com', password: new Secret('a strong password') }, WEB);
    assert.equal(ok.user.role, 'admin');
  });

  test('creating an admin any other way (e.g. the CLI) closes setup', async () => {
    const r = await bootstrap(ids, {});
    assert.ok(r.kind === 'setup_token');
    await ids.createUser({ email: 'cli-admin@example.com', role: 'admin' }, { via: 'cli' });
    assert.equal(await ts.store.settings.get(SETTING_SETUP_TOKEN), null);
    const setup = new SetupService(ids);
    await assert.rejects(setup.complete({ token: r.token, email: 'x@example.com', password: new Secret('a strong password') }, WEB), code('forbidden'));
  });
});
