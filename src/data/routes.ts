/**
 * Control-plane routes of the data module for the calling user:
 *   GET    /conversations                 own conversations (summaries)
 *   POST   /conversations                 { model, title?, messages? }
 *   GET    /conversations/:id             one own conversation with its messages
 *   PATCH  /conversations/:id             { title?, model? }
 *   POST   /conversations/:id/messages    { messages } (continue)
 *   DELETE /conversations/:id
 *   GET    /me/export                     all of one's own data as JSON
 *   DELETE /me                            delete one's account and data
 * plus the admin routes of admin-routes.ts. Ownership is enforced by the
 * service, never by anything the client sends.
 */
import type { ApiRequest, ApiResponse, ApiRoute } from '../control/api-types.js';
import { BastionError } from '../errors/registry.js';
import { adminDataRoutes, type AdminRouteDeps } from './admin-routes.js';
import { callerFromIdentity, type DataCaller } from './caller.js';
import type { ConversationService } from './conversations.js';
import type { UserRights } from './user-rights.js';
import { body, LIMITS, limitParam, messages, text } from './validate.js';

export interface DataRouteDeps extends AdminRouteDeps {
  conversations: ConversationService;
  userRights: UserRights;
}

export function callerOf(req: ApiRequest): DataCaller {
  if (!req.identity) throw new BastionError('missing_credentials');
  return callerFromIdentity(req.identity, req.clientAddress);
}

const ok = (b: unknown, status = 200): ApiResponse => ({ status, body: b });

export function dataRoutes(deps: DataRouteDeps): ApiRoute[] {
  const { conversations: svc, userRights } = deps;
  const id = (req: ApiRequest): string => req.params.id ?? '';
  return [
    {
      method: 'GET', pattern: '/conversations', auth: 'user',
      handler: async (req) => ok({ data: await svc.list(callerOf(req), { limit: limitParam(req.query.get('limit'), 100, 500) }) }),
    },
    {
      method: 'POST', pattern: '/conversations', auth: 'user',
      handler: async (req) => {
        const b = body(req.body, ['title', 'model', 'messages']);
        const input = {
          model: text(b.model, 'model', LIMITS.modelChars),
          ...(b.title !== undefined ? { title: text(b.title, 'title', LIMITS.titleChars) } : {}),
          ...(b.messages !== undefined ? { messages: messages(b.messages) } : {}),
        };
        return ok(await svc.create(callerOf(req), input), 201);
      },
    },
    {
      method: 'GET', pattern: '/conversations/:id', auth: 'user',
      handler: async (req) => ok(await svc.get(callerOf(req), id(req))),
    },
    {
      method: 'PATCH', pattern: '/conversations/:id', auth: 'user',
      handler: async (req) => {
        const b = body(req.body, ['title', 'model']);
        const patch = {
          ...(b.title !== undefined ? { title: text(b.title, 'title', LIMITS.titleChars) } : {}),
          ...(b.model !== undefined ? { model: text(b.model, 'model', LIMITS.modelChars) } : {}),
        };
        if (Object.keys(patch).length === 0) throw new BastionError('invalid_request', 'Give a title or a model to change.');
        return ok(await svc.rename(callerOf(req), id(req), patch));
      },
    },
    {
      method: 'POST', pattern: '/conversations/:id/messages', auth: 'user',
      handler: async (req) => {
        const b = body(req.body, ['messages']);
        const msgs = messages(b.messages);
        if (msgs.length === 0) throw new BastionError('invalid_request', 'messages must not be empty.');
        return ok(await svc.append(callerOf(req), id(req), msgs));
      },
    },
    {
      method: 'DELETE', pattern: '/conversations/:id', auth: 'user',
      handler: async (req) => {
        await svc.delete(callerOf(req), id(req));
        return { status: 204 };
      },
    },
    {
      method: 'GET', pattern: '/me/export', auth: 'user',
      handler: async (req) => ({
        status: 200,
        body: await userRights.exportAll(callerOf(req)),
        headers: { 'content-disposition': 'attachment; filename="bastion-export.json"' },
      }),
    },
    {
      method: 'DELETE', pattern: '/me', auth: 'user',
      handler: async (req) => ok({ deleted: await userRights.deleteAccount(callerOf(req)) }),
    },
    ...adminDataRoutes(deps),
  ];
}
