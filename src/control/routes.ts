/**
 * Admin API for identities, mounted under /api by the server:
 *   GET/POST /users, PATCH /users/:id, GET/POST /teams, PATCH/DELETE /teams/:id,
 *   GET/POST /keys, DELETE /keys/:id (revoke)  — admin only
 *   GET /me                                     — any authenticated identity
 *   POST /setup                                 — public, needs the one-time setup token
 * Responses never carry password or key hashes; a new key's value appears once,
 * in the response that creates it.
 */
import { BastionError } from '../errors/registry.js';
import type { ApiRequest, ApiResponse, ApiRoute } from './api-types.js';
import { modelsField, nullableString, objectBody, optionalString, requiredString } from './body.js';
import type { Actor, IdentityService } from './identities.js';
import type { SetupService } from './bootstrap.js';
import { Secret } from './secret.js';
import { normalizeRole } from './validate.js';

export interface IdentityRouteDeps {
  identities: IdentityService;
  setup: Pick<SetupService, 'complete'>;
}

function actorOf(req: ApiRequest): Actor {
  const id = req.identity;
  return id ? { via: 'api', userId: id.userId, keyId: id.keyId, address: req.clientAddress } : { via: 'api', address: req.clientAddress };
}

/** Defence in depth: the server enforces `auth`, and admin handlers check again. */
function admin(handler: (req: ApiRequest, actor: Actor) => Promise<ApiResponse>): (req: ApiRequest) => Promise<ApiResponse> {
  return (req) => {
    if (req.identity?.role !== 'admin') return Promise.reject(new BastionError('forbidden', 'admin role required'));
    return handler(req, actorOf(req));
  };
}

function param(req: ApiRequest, name: string): string {
  const v = req.params[name];
  if (v === undefined || v.length === 0 || v.length > 200) throw new BastionError('invalid_request', `${name} is missing from the path`);
  return v;
}

function ok(body: unknown, status = 200): ApiResponse {
  return { status, body, headers: { 'cache-control': 'no-store' } };
}

export function identityRoutes(deps: IdentityRouteDeps): ApiRoute[] {
  const { identities, setup } = deps;
  return [
    // users
    { method: 'GET', pattern: '/users', auth: 'admin', handler: admin(async () => ok({ object: 'list', data: await identities.listUsers() })) },
    {
      method: 'POST', pattern: '/users', auth: 'admin',
      handler: admin(async (req, actor) => {
        const b = objectBody(req.body, ['email', 'name', 'role', 'team', 'password']);
        const password = optionalString(b, 'password');
        const user = await identities.createUser({
          email: requiredString(b, 'email'),
          ...(b.name !== undefined ? { name: requiredString(b, 'name') } : {}),
          ...(b.role !== undefined ? { role: normalizeRole(b.role) } : {}),
          ...(b.team !== undefined ? { team: nullableString(b, 'team') ?? null } : {}),
          ...(password !== undefined ? { password: new Secret(password) } : {}),
        }, actor);
        return ok(user, 201);
      }),
    },
    {
      method: 'PATCH', pattern: '/users/:id', auth: 'admin',
      handler: admin(async (req, actor) => {
        const b = objectBody(req.body, ['name', 'role', 'team', 'status', 'password']);
        const password = nullableString(b, 'password');
        const status = optionalString(b, 'status');
        if (status !== undefined && status !== 'active' && status !== 'suspended') throw new BastionError('invalid_request', 'status must be "active" or "suspended"');
        const user = await identities.updateUser(param(req, 'id'), {
          ...(b.name !== undefined ? { name: requiredString(b, 'name') } : {}),
          ...(b.role !== undefined ? { role: normalizeRole(b.role) } : {}),
          ...(b.team !== undefined ? { team: nullableString(b, 'team') ?? null } : {}),
          ...(status !== undefined ? { status } : {}),
          ...(password !== undefined ? { password: password === null ? null : new Secret(password) } : {}),
        }, actor);
        return ok(user);
      }),
    },
    // teams
    { method: 'GET', pattern: '/teams', auth: 'admin', handler: admin(async () => ok({ object: 'list', data: await identities.listTeams() })) },
    {
      method: 'POST', pattern: '/teams', auth: 'admin',
      handler: admin(async (req, actor) => {
        const b = objectBody(req.body, ['name', 'models']);
        const models = modelsField(b, 'models');
        return ok(await identities.createTeam({ name: requiredString(b, 'name'), ...(models !== undefined ? { models } : {}) }, actor), 201);
      }),
    },
    {
      method: 'PATCH', pattern: '/teams/:id', auth: 'admin',
      handler: admin(async (req, actor) => {
        const b = objectBody(req.body, ['name', 'models']);
        const models = modelsField(b, 'models');
        const name = optionalString(b, 'name');
        return ok(await identities.updateTeam(param(req, 'id'), { ...(name !== undefined ? { name } : {}), ...(models !== undefined ? { models } : {}) }, actor));
      }),
    },
    {
      method: 'DELETE', pattern: '/teams/:id', auth: 'admin',
      handler: admin(async (req, actor) => {
        await identities.deleteTeam(param(req, 'id'), actor);
        return { status: 204 };
      }),
    },
    // keys
    {
      method: 'GET', pattern: '/keys', auth: 'admin',
      handler: admin(async (req) => {
        const userId = req.query.get('userId') ?? undefined;
        const teamId = req.query.get('teamId') ?? undefined;
        return ok({ object: 'list', data: await identities.listKeys({ ...(userId ? { userId } : {}), ...(teamId ? { teamId } : {}) }) });
      }),
    },
    {
      method: 'POST', pattern: '/keys', auth: 'admin',
      handler: admin(async (req, actor) => {
        const b = objectBody(req.body, ['name', 'models', 'expiresIn', 'team', 'userId']);
        const models = modelsField(b, 'models');
        const created = await identities.createKey({
          name: requiredString(b, 'name'),
          userId: optionalString(b, 'userId') ?? (req.identity as NonNullable<ApiRequest['identity']>).userId,
          expiresIn: nullableString(b, 'expiresIn') ?? null,
          teamName: nullableString(b, 'team') ?? null,
          ...(models !== undefined ? { models } : {}),
        }, actor);
        return ok({ ...created.record, key: created.key.reveal() }, 201);
      }),
    },
    {
      method: 'DELETE', pattern: '/keys/:id', auth: 'admin',
      handler: admin(async (req, actor) => ok(await identities.revokeKey(param(req, 'id'), actor))),
    },
    // self
    {
      method: 'GET', pattern: '/me', auth: 'user',
      handler: async (req) => {
        const id = req.identity;
        if (!id) throw new BastionError('missing_credentials');
        const user = await identities.getUser(id.userId);
        const models = id.models === null ? null : [...id.models].sort();
        return ok({ user, key: id.keyId ? { id: id.keyId, name: id.keyName, prefix: id.keyPrefix } : null, teamId: id.teamId, role: id.role, models });
      },
    },
    // first-run setup
    {
      method: 'POST', pattern: '/setup', auth: 'none',
      handler: async (req) => {
        const b = objectBody(req.body, ['token', 'email', 'password', 'name']);
        const name = optionalString(b, 'name');
        const result = await setup.complete({
          token: new Secret(requiredString(b, 'token')),
          email: requiredString(b, 'email'),
          password: new Secret(requiredString(b, 'password')),
          ...(name !== undefined ? { name } : {}),
        }, actorOf(req));
        return ok({ user: result.user, key: result.key.reveal(), keyId: result.keyRecord.id }, 201);
      },
    },
  ];
}
