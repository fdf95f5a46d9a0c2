/**
 * Wires the data module over a store handle: schema, keyring, conversations,
 * content log, legal holds, retention and user rights, plus its API routes.
 * The control plane calls `openDataServices` once at start-up.
 */
import type { ApiRoute } from '../control/api-types.js';
import { noSecurityEvents, type SecurityEvent, type SecurityEventSink } from '../control/events.js';
import type { StoreHandle } from '../store/types.js';
import { contentPolicyFor, DATA_DEFAULTS, type DataConfig } from './config.js';
import { ContentLog } from './content-log.js';
import { ConversationService } from './conversations.js';
import type { SecretKey } from './crypto.js';
import { Keyring } from './keyring.js';
import { LegalHolds } from './legal-holds.js';
import { Retention } from './retention.js';
import { dataRoutes } from './routes.js';
import { ensureDataSchema } from './schema.js';
import { dataDb, type DataDb } from './sql.js';
import { UserRights } from './user-rights.js';

export interface DataServiceOptions {
  handle: StoreHandle;
  /** From loadMasterKeys (master-key.ts). */
  masterKeys: { current: SecretKey; previous?: readonly SecretKey[] };
  config?: DataConfig;
  events?: SecurityEventSink;
  /** Actor recorded on scheduled purges. */
  retentionActor?: SecurityEvent['actor'];
  teamMembers?: (teamId: string) => Promise<string[]>;
  purgeAuditBefore?: (cutoffMs: number) => Promise<number>;
  purgeUsageBefore?: (cutoffMs: number) => Promise<number>;
  describeUser?: (userId: string) => Promise<Record<string, unknown> | null>;
  deleteUser?: (userId: string) => Promise<void>;
  lookupUser?: (userId: string) => Promise<{ teamId: string | null } | null>;
  /** Team name for an id, so `contentLogging.teams` may name teams; cached for a minute. */
  teamName?: (teamId: string) => Promise<string | null>;
  now?: () => number;
}

const TEAM_NAME_TTL_MS = 60_000;

function cachedTeamNames(lookup: (teamId: string) => Promise<string | null>): (teamId: string) => Promise<string | null> {
  const cache = new Map<string, { name: string | null; until: number }>();
  return async (teamId) => {
    const hit = cache.get(teamId);
    if (hit && hit.until > Date.now()) return hit.name;
    const name = await lookup(teamId).catch(() => null);
    if (cache.size > 10_000) cache.clear();
    cache.set(teamId, { name, until: Date.now() + TEAM_NAME_TTL_MS });
    return name;
  };
}

export interface DataServices {
  db: DataDb;
  config: DataConfig;
  keyring: Keyring;
  holds: LegalHolds;
  conversations: ConversationService;
  contentLog: ContentLog;
  retention: Retention;
  userRights: UserRights;
  routes(): ApiRoute[];
}

export async function openDataServices(opts: DataServiceOptions): Promise<DataServices> {
  const db = dataDb(opts.handle);
  await ensureDataSchema(opts.handle);
  const config = opts.config ?? DATA_DEFAULTS;
  const events = opts.events ?? noSecurityEvents;
  const keyring = new Keyring(db, opts.masterKeys);
  const holds = new LegalHolds(db);
  const now = opts.now ?? Date.now;
  const conversations = new ConversationService({ db, keyring, holds, events, adminAccess: config.adminConversationAccess, now });
  const teamName = opts.teamName ? cachedTeamNames(opts.teamName) : undefined;
  const contentLog = new ContentLog({
    db, keyring, now,
    policyFor: async (teamId) => contentPolicyFor(config, teamId, teamId !== null && teamName ? await teamName(teamId) : null),
  });
  const retention = new Retention({
    db, config, holds, events,
    ...(opts.retentionActor ? { actor: opts.retentionActor } : {}),
    ...(opts.teamMembers ? { teamMembers: opts.teamMembers } : {}),
    ...(opts.purgeAuditBefore ? { purgeAuditBefore: opts.purgeAuditBefore } : {}),
    ...(opts.purgeUsageBefore ? { purgeUsageBefore: opts.purgeUsageBefore } : {}),
  });
  const userRights = new UserRights({
    conversations, content: contentLog, keyring, holds, events, now,
    ...(opts.describeUser ? { describeUser: opts.describeUser } : {}),
    ...(opts.deleteUser ? { deleteUser: opts.deleteUser } : {}),
  });
  return {
    db, config, keyring, holds, conversations, contentLog, retention, userRights,
    routes: () => dataRoutes({
      conversations, userRights, holds, retention, events, config,
      ...(opts.lookupUser ? { lookupUser: opts.lookupUser } : {}),
    }),
  };
}
