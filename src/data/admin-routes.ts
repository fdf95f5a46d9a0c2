/**
 * Admin routes of the data module (auth 'admin'):
 *   GET    /admin/data/retention                      TTLs, schedule, holds, recent runs
 *   POST   /admin/data/retention/run                  { dryRun? } run retention now
 *   GET    /admin/data/holds
 *   POST   /admin/data/holds                          { subjectType: user|team, subjectId, reason }
 *   DELETE /admin/data/holds/:subjectType/:subjectId
 *   GET    /admin/users/:userId/conversations         only where policy allows; audited
 *   GET    /admin/conversations/:id                   only where policy allows; audited
 */
import type { ApiRequest, ApiRoute } from '../control/api-types.js';
import type { SecurityEventSink } from '../control/events.js';
import { BastionError } from '../errors/registry.js';
import { actorOf, callerFromIdentity, type DataCaller } from './caller.js';
import type { DataConfig } from './config.js';
import type { ConversationService } from './conversations.js';
import { HOLD_SUBJECTS, type HoldSubject, type LegalHolds } from './legal-holds.js';
import type { Retention } from './retention.js';
import { body, LIMITS, pathId, text } from './validate.js';

export interface AdminRouteDeps {
  conversations: ConversationService;
  holds: LegalHolds;
  retention: Retention;
  events: SecurityEventSink;
  config: DataConfig;
  /** Resolves a user's team, so a team hold covers admin reads of its members. */
  lookupUser?: (userId: string) => Promise<{ teamId: string | null } | null>;
}

function adminCaller(req: ApiRequest): DataCaller {
  if (!req.identity) throw new BastionError('missing_credentials');
  if (req.identity.role !== 'admin') throw new BastionError('forbidden');
  return callerFromIdentity(req.identity, req.clientAddress);
}

function subjectType(v: unknown): HoldSubject {
  if (typeof v !== 'string' || !(HOLD_SUBJECTS as readonly string[]).includes(v)) {
    throw new BastionError('invalid_request', `subjectType must be one of ${HOLD_SUBJECTS.join(', ')}.`);
  }
  return v as HoldSubject;
}

export function adminDataRoutes(deps: AdminRouteDeps): ApiRoute[] {
  const { holds, retention, events, config } = deps;
  return [
    {
      method: 'GET', pattern: '/admin/data/retention', auth: 'admin',
      handler: async (req) => {
        adminCaller(req);
        return {
          status: 200,
          body: { retention: config.retention, purge: config.purge, holds: await holds.list(), recentRuns: await retention.recentRuns(10) },
        };
      },
    },
    {
      method: 'POST', pattern: '/admin/data/retention/run', auth: 'admin',
      handler: async (req) => {
        const caller = adminCaller(req);
        const b = body(req.body, ['dryRun']);
        if (b.dryRun !== undefined && typeof b.dryRun !== 'boolean') throw new BastionError('invalid_request', 'dryRun must be true or false.');
        events.emit({ action: 'retention.run_requested', outcome: 'success', actor: actorOf(caller), details: { dryRun: b.dryRun === true } });
        return { status: 200, body: await retention.run({ dryRun: b.dryRun === true }) };
      },
    },
    {
      method: 'GET', pattern: '/admin/data/holds', auth: 'admin',
      handler: async (req) => {
        adminCaller(req);
        return { status: 200, body: { data: await holds.list() } };
      },
    },
    {
      method: 'POST', pattern: '/admin/data/holds', auth: 'admin',
      handler: async (req) => {
        const caller = adminCaller(req);
        const b = body(req.body, ['subjectType', 'subjectId', 'reason']);
        const type = subjectType(b.subjectType);
        const sid = text(b.subjectId, 'subjectId', LIMITS.idChars);
        const hold = await holds.place(type, sid, text(b.reason, 'reason', LIMITS.reasonChars), caller.userId);
        events.emit({ action: 'legal_hold.placed', outcome: 'success', actor: actorOf(caller), target: { type, id: sid } });
        return { status: 201, body: hold };
      },
    },
    {
      method: 'DELETE', pattern: '/admin/data/holds/:subjectType/:subjectId', auth: 'admin',
      handler: async (req) => {
        const caller = adminCaller(req);
        const type = subjectType(req.params.subjectType);
        const sid = pathId(req.params.subjectId, 'subjectId');
        if (!(await holds.release(type, sid))) throw new BastionError('resource_not_found', 'No such legal hold.');
        events.emit({ action: 'legal_hold.released', outcome: 'success', actor: actorOf(caller), target: { type, id: sid } });
        return { status: 204 };
      },
    },
    {
      method: 'GET', pattern: '/admin/users/:userId/conversations', auth: 'admin',
      handler: async (req) => {
        const caller = adminCaller(req);
        const userId = pathId(req.params.userId, 'userId');
        const user = deps.lookupUser ? await deps.lookupUser(userId) : null;
        return { status: 200, body: { data: await deps.conversations.adminList(caller, { userId, teamId: user?.teamId ?? null }) } };
      },
    },
    {
      method: 'GET', pattern: '/admin/conversations/:id', auth: 'admin',
      handler: async (req) => ({ status: 200, body: await deps.conversations.adminGet(adminCaller(req), req.params.id ?? '') }),
    },
  ];
}
