/**
 * Builds the pluggable modules from their compiled config sections and hands
 * the gateway its stage implementations: limits (src/limits), guard
 * (src/guard), audit (src/audit) and data at rest (src/data). Security events
 * of every module go to the audit log.
 */
import type { Redis } from 'ioredis';
import type { IncomingMessage } from 'node:http';
import type { BastionConfig } from '../config/schema.js';
import type { Logger } from '../log/logger.js';
import type { Store, StoreHandle } from '../store/types.js';
import type { ApiRoute } from '../control/api-types.js';
import type { SecurityEventSink } from '../control/events.js';
import type { IdentityService } from '../control/identities.js';
import type { GatewayDeps } from '../gateway/server.js';
import type { Metrics } from '../gateway/metrics.js';
import { createLimitStage, type BastionLimitStage } from '../limits/stage.js';
import { untilReady } from '../limits/redis-store.js';
import { createAuthFailureLimiter } from '../limits/auth-failures.js';
import { clientAddress } from '../limits/client-address.js';
import { createMemoryUsageRecorder } from '../limits/usage.js';
import { createUsageStore } from '../limits/usage-store.js';
import { startUsageWriter } from '../limits/usage-writer.js';
import { usageRoutes } from '../limits/usage-routes.js';
import { createAuditSink, type AuditService } from '../audit/sink.js';
import { auditRoutes } from '../audit/routes.js';
import { openDataServices, type DataServices } from '../data/services.js';
import { loadMasterKeys } from '../data/master-key.js';
import { startRetentionSchedule } from '../data/retention.js';
import { createGuardStage } from '../guard/stage.js';
import { contentPolicyFor } from '../data/config.js';
import { contentRecordFor } from '../data/gateway-content.js';
import { GUARD_EXT } from '../guard/stage.js';
import type { ContentCapture } from '../gateway/content-capture.js';

export interface ModuleDeps {
  config: BastionConfig;
  store: Store;
  handle: StoreHandle;
  log: Logger;
  metrics: Metrics;
  env?: NodeJS.ProcessEnv;
}

export interface Modules {
  gatewayDeps: Pick<GatewayDeps, 'limits' | 'guard' | 'audit' | 'authFailures' | 'clientAddress' | 'content'>;
  securityEvents: SecurityEventSink;
  limits: BastionLimitStage;
  audit: AuditService;
  data: DataServices;
  apiRoutes(deps: { identities: IdentityService }): ApiRoute[];
  health(): Record<string, unknown>;
  close(): Promise<void>;
}

export async function createModules(deps: ModuleDeps): Promise<Modules> {
  const { config, handle, store, log, metrics } = deps;
  const env = deps.env ?? process.env;
  const closers: Array<() => Promise<void> | void> = [];
  const close = async (): Promise<void> => {
    for (const c of closers.reverse()) {
      try { await c(); } catch (e) { log.warn('module shutdown step failed', { error: e }); }
    }
  };
  try {
    const audit = await createAuditSink(config.audit, {
      handle,
      dataDir: config.server.dataDir,
      env,
      onEvent: (e) => (e.type === 'audit.checkpoint' || e.type === 'audit.recovered' ? log.info('audit', e) : log.warn('audit', e)),
    });
    closers.push(() => audit.close());

    let redis: Redis | undefined;
    if (config.limits.store === 'redis' && config.limits.redis) {
      // Loaded only when configured: the client library costs memory that a SQLite-only install never uses.
      const { Redis } = await import('ioredis');
      redis = new Redis(config.limits.redis.url, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false });
      redis.on('error', () => undefined); // state changes are reported by the limit stage
      const r = redis;
      closers.push(() => { r.disconnect(); });
      // Requests are not queued while the client connects (a queued request would hang), so the first ones after
      // start-up would be refused or fall back; wait for the connection, at most one Redis timeout.
      await untilReady(r, config.limits.redis.timeoutMs);
    }
    // Usage per key, user, team, model and day: recorded by the limit stage, written to usage_daily every 10 s and at shutdown.
    const usageRecorder = createMemoryUsageRecorder();
    const usageStore = createUsageStore(handle);
    await usageStore.init();
    const usageWriter = startUsageWriter({ recorder: usageRecorder, store: usageStore, onError: (e) => log.warn('usage write failed', { error: e }) });
    closers.push(() => usageWriter.close()); // runs after the limit stage has closed
    const limits = createLimitStage(config.limits, { ...(redis ? { redis } : {}), onEvent: (e) => log.warn('limits', e), usage: usageRecorder });
    closers.push(() => limits.close());

    const guard = createGuardStage(config.guard);

    // Team names for content-logging policies that name teams; refreshed in the background.
    const teamNames = new Map<string, string>();
    const loadTeams = async (): Promise<void> => {
      try { for (const t of await store.teams.list()) teamNames.set(t.id, t.name); } catch { /* keep the last good list */ }
    };
    await loadTeams();
    const teamTimer = setInterval(() => void loadTeams(), 10_000);
    teamTimer.unref();
    closers.push(() => clearInterval(teamTimer));

    const masterKeys = await loadMasterKeys({ dataDir: config.server.dataDir, env, create: true });
    const data = await openDataServices({
      handle,
      teamName: async (teamId) => { if (!teamNames.has(teamId)) await loadTeams(); return teamNames.get(teamId) ?? null; },
      masterKeys,
      config: config.data,
      events: audit,
      retentionActor: { via: 'system' },
      teamMembers: async (teamId) => (await store.users.list()).filter((u) => u.teamId === teamId).map((u) => u.id),
      lookupUser: async (userId) => { const u = await store.users.get(userId); return u ? { teamId: u.teamId } : null; },
      describeUser: async (userId) => { const u = await store.users.get(userId); return u ? { id: u.id, email: u.email, name: u.name, role: u.role, teamId: u.teamId, createdAt: u.createdAt } : null; },
      deleteUser: async (userId) => { await store.users.update(userId, { status: 'suspended', passwordHash: null }); for (const k of await store.keys.list({ userId })) await store.keys.revoke(k.id, Date.now()); },
      purgeUsageBefore: (cutoffMs) => usageStore.purgeBefore(cutoffMs),
      purgeAuditBefore: async (cutoffMs) => {
        // Events are appended in time order: purge everything up to the newest event older than the cutoff.
        const [newestOld] = await audit.store.query({ until: cutoffMs, limit: 1 });
        return newestOld ? (await audit.purgeBefore(newestOld.seq + 1)).removed : 0;
      },
    });
    if (config.data.purge.enabled) {
      const stop = startRetentionSchedule({
        run: () => data.retention.run(),
        intervalMs: config.data.purge.intervalMs,
        initialDelayMs: 60_000,
        onError: (e: unknown) => log.warn('retention run failed', { error: e }),
      });
      closers.push(() => stop());
    }

    const keeps = (p: string): boolean => p === 'redacted' || p === 'full';
    const cl = config.data.contentLogging;
    const content = keeps(cl.default) || Object.values(cl.teams).some(keeps) ? contentCapture() : undefined;
    function contentCapture(): ContentCapture {
      return {
        wants(ctx) {
          const teamId = ctx.identity?.teamId ?? null;
          const p = contentPolicyFor(config.data, teamId, ctx.identity?.teamName ?? (teamId ? teamNames.get(teamId) ?? null : null));
          return p === 'redacted' || p === 'full';
        },
        record(ctx, originalPrompt, response) {
          const rec = contentRecordFor(ctx, { originalPrompt, guardInspected: ctx.ext.has(GUARD_EXT), response });
          if (rec) data.contentLog.record(rec).catch((e: unknown) => log.warn('content log write failed', { requestId: ctx.id, error: e }));
        },
      };
    }

    const authFailures = createAuthFailureLimiter();
    const trusted = config.server.trustedProxies;
    const addressOf = (req: IncomingMessage): string => {
      const xff = req.headers['x-forwarded-for'];
      return clientAddress(req.socket.remoteAddress ?? 'unknown', Array.isArray(xff) ? xff.join(',') : xff, trusted);
    };

    metrics.gauge('bastion_audit_queue', 'Audit events accepted but not yet committed.', () => [{ labels: {}, value: audit.health().queued }]);
    metrics.gauge('bastion_audit_dropped', 'Audit events lost while policy was fail-open.', () => [{ labels: {}, value: audit.health().dropped }]);
    metrics.gauge('bastion_limits_degraded', 'Whether the limiter runs on its fail-open local fallback.', () => [{ labels: {}, value: limits.health().degraded ? 1 : 0 }]);

    return {
      gatewayDeps: { limits, guard, audit, authFailures, clientAddress: addressOf, ...(content ? { content } : {}) },
      securityEvents: audit,
      limits,
      audit,
      data,
      apiRoutes: () => [...auditRoutes({ store: audit.store, signer: audit.signer, events: audit, flush: () => audit.flush() }), ...data.routes(), ...usageRoutes({ store: usageStore, flush: () => usageWriter.flush() })],
      health: () => ({ limits: limits.health(), audit: audit.health() }),
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
