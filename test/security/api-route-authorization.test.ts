// Guards the /api authorization table as a whole: every route mounted by the
// running server is checked, so a route added later with the wrong `auth` is
// caught. Without credentials every non-public route is 401; a member is 403 on
// every admin route; first-run setup is closed once an admin exists; admin
// listings never carry key or password hashes; a member cannot read another
// member's conversation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FakeBackend } from '../../src/testkit/fake-backend.js';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';
import { identityRoutes } from '../../src/control/routes.js';
import type { ApiRoute } from '../../src/control/api-types.js';
import { SetupService } from '../../src/control/bootstrap.js';

let backend: FakeBackend;
let bastion: TestBastion;
let routes: ApiRoute[];

before(async () => {
  backend = new FakeBackend();
  await backend.start();
  bastion = await startTestBastion({ backends: [backend.url] });
  const { identities } = bastion;
  routes = [...identityRoutes({ identities, setup: new SetupService(identities) }), ...bastion.modules.apiRoutes({ identities })];
});
after(async () => {
  await bastion.stop();
  await backend.stop();
});

function pathOf(r: ApiRoute): string {
  return '/api' + r.pattern.split('/').map((s) => (s.startsWith(':') ? 'x0000000000' : s)).join('/');
}

async function send(r: ApiRoute, key?: string): Promise<{ status: number; code: string | undefined }> {
  const headers: Record<string, string> = key ? { authorization: `Bearer ${key}` } : {};
  const hasBody = r.method === 'POST' || r.method === 'PATCH' || r.method === 'PUT';
  if (hasBody) headers['content-type'] = 'application/json';
  const res = await fetch(bastion.url + pathOf(r), { method: r.method, headers, ...(hasBody ? { body: '{}' } : {}) });
  const text = await res.text();
  let code: string | undefined;
  try { code = (JSON.parse(text) as { error?: { code?: string } }).error?.code; } catch { code = undefined; }
  return { status: res.status, code };
}

test('the route table has admin, user and public routes', () => {
  assert.ok(routes.filter((r) => r.auth === 'admin').length >= 10);
  assert.ok(routes.some((r) => r.auth === 'user'));
  assert.deepEqual(routes.filter((r) => r.auth === 'none').map((r) => r.pattern), ['/setup']);
});

test('without credentials every non-public route is 401', async () => {
  for (const r of routes.filter((x) => x.auth !== 'none')) {
    const a = await send(r);
    assert.equal(a.status, 401, `${r.method} ${r.pattern}: ${a.status} ${a.code}`);
  }
});

test('a member is refused every admin route', async () => {
  const member = await bastion.key();
  for (const r of routes.filter((x) => x.auth === 'admin')) {
    const a = await send(r, member.key);
    assert.equal(a.status, 403, `${r.method} ${r.pattern}: ${a.status} ${a.code}`);
    assert.equal(a.code, 'forbidden');
  }
});

test('first-run setup is closed once an admin exists', async () => {
  await bastion.key({ admin: true });
  const r = await fetch(`${bastion.url}/api/setup`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: 'bst_setup_guess', email: 'evil@example.com', password: 'correct horse battery staple' }),
  });
  assert.ok(r.status === 401 || r.status === 403, String(r.status));
  const users = await bastion.identities.listUsers();
  assert.ok(!users.some((u) => u.email === 'evil@example.com'));
});

test('admin listings of users and keys carry no hashes and no key values', async () => {
  const admin = await bastion.key({ admin: true });
  for (const p of ['/api/users', '/api/keys']) {
    const text = await (await fetch(bastion.url + p, { headers: { authorization: `Bearer ${admin.key}` } })).text();
    assert.ok(text.includes('"data"'), text.slice(0, 200));
    assert.ok(!/"hash"|passwordHash|scrypt\$|bst_[0-9a-f]{12}_[A-Za-z0-9_-]{43}/.test(text), `${p} leaks: ${text.slice(0, 300)}`);
    assert.ok(!text.includes(admin.key));
  }
});

test("a member cannot read, change or delete another member's conversation", async () => {
  const alice = await bastion.key();
  const bob = await bastion.key();
  const auth = (k: string): Record<string, string> => ({ authorization: `Bearer ${k}`, 'content-type': 'application/json' });
  const created = await fetch(`${bastion.url}/api/conversations`, { method: 'POST', headers: auth(alice.key), body: JSON.stringify({ model: 'fake-model', title: 'alice private', messages: [{ role: 'user', content: 'secret plan' }] }) });
  assert.equal(created.status, 201);
  const { id } = (await created.json()) as { id: string };
  for (const [method, path, body] of [['GET', `/api/conversations/${id}`], ['PATCH', `/api/conversations/${id}`, { title: 'mine' }], ['POST', `/api/conversations/${id}/messages`, { messages: [{ role: 'user', content: 'x' }] }], ['DELETE', `/api/conversations/${id}`]] as const) {
    const r = await fetch(bastion.url + path, { method, headers: auth(bob.key), ...(body ? { body: JSON.stringify(body) } : {}) });
    const text = await r.text();
    assert.equal(r.status, 404, `${method} ${path}: ${r.status}`);
    assert.ok(!text.includes('secret plan') && !text.includes('alice private'));
  }
  const list = await (await fetch(`${bastion.url}/api/conversations`, { headers: auth(bob.key) })).text();
  assert.ok(!list.includes(id));
  const still = await fetch(`${bastion.url}/api/conversations/${id}`, { headers: auth(alice.key) });
  assert.equal(still.status, 200);
});
