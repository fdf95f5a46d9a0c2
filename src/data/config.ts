/**
 * The `data` section of bastion.yaml: retention TTLs per data class, content
 * logging policy per team, admin access to conversations, purge schedule.
 * Validated once (every problem reported with its path), then frozen.
 *
 * ```yaml
 * data:
 *   retention:            # a duration (30m, 12h, 90d) or "forever"
 *     conversations: 365d
 *     content: 30d
 *     auditEvents: 400d
 *     usage: 400d
 *   contentLogging:
 *     default: metadata   # off | metadata | redacted | full
 *     teams: { <team name or id>: full }
 *   adminConversationAccess: never   # never | legal_hold | always
 *   purge: { enabled: true, interval: 24h }
 * ```
 */
import { deepFreeze, read, type ConfigProblems } from '../config/problems.js';

export type ContentPolicy = 'off' | 'metadata' | 'redacted' | 'full';
export const CONTENT_POLICIES: readonly ContentPolicy[] = ['off', 'metadata', 'redacted', 'full'];

/**
 * never: admins cannot read anyone's conversations;
 * legal_hold: only conversations of users (or teams) under legal hold;
 * always: any conversation. Every admin read is emitted as a security event.
 */
export type AdminConversationAccess = 'never' | 'legal_hold' | 'always';
export const ADMIN_ACCESS: readonly AdminConversationAccess[] = ['never', 'legal_hold', 'always'];

export type DataClass = 'conversations' | 'content' | 'auditEvents' | 'usage';
export const DATA_CLASSES: readonly DataClass[] = ['conversations', 'content', 'auditEvents', 'usage'];

export interface DataConfig {
  /** TTL in milliseconds per class; null keeps data forever. */
  retention: Readonly<Record<DataClass, number | null>>;
  contentLogging: { default: ContentPolicy; teams: Readonly<Record<string, ContentPolicy>> };
  adminConversationAccess: AdminConversationAccess;
  purge: { enabled: boolean; intervalMs: number };
}

const DAY = 86_400_000;
export const DATA_DEFAULTS: DataConfig = deepFreeze({
  retention: { conversations: 365 * DAY, content: 30 * DAY, auditEvents: 400 * DAY, usage: 400 * DAY },
  contentLogging: { default: 'metadata', teams: {} },
  adminConversationAccess: 'never',
  purge: { enabled: true, intervalMs: DAY },
});

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: DAY };
const MIN_TTL_MS = 3_600_000;
const MIN_INTERVAL_MS = 60_000;

/** `30m`, `12h`, `90d` → milliseconds; `forever` → null; undefined when invalid. */
export function parseDuration(v: string): number | null | undefined {
  if (v === 'forever') return null;
  const m = /^(\d{1,7})(m|h|d)$/.exec(v);
  if (!m) return undefined;
  return Number(m[1]) * (UNIT_MS[m[2] as string] as number);
}

function duration(v: unknown, path: string, p: ConfigProblems, min: number, allowForever: boolean): number | null | undefined {
  const s = read.str(v, path, p);
  if (s === undefined) return undefined;
  const ms = parseDuration(s);
  if (ms === undefined) { p.add(path, 'must be a duration such as 30m, 12h or 90d' + (allowForever ? ', or forever' : '')); return undefined; }
  if (ms === null && !allowForever) { p.add(path, 'must be a finite duration'); return undefined; }
  if (ms !== null && ms < min) { p.add(path, `must be at least ${min / 60_000} minutes`); return undefined; }
  return ms;
}

export function parseDataConfig(raw: unknown, path: string, problems: ConfigProblems): DataConfig {
  const at = (k: string): string => (path ? `${path}.${k}` : k);
  const o = read.obj(raw, path, problems);
  if (!o) return DATA_DEFAULTS;
  read.unknownKeys(o, path, problems, ['retention', 'contentLogging', 'adminConversationAccess', 'purge']);

  const retention: Record<DataClass, number | null> = { ...DATA_DEFAULTS.retention };
  const r = read.obj(o.retention, at('retention'), problems);
  if (r) {
    read.unknownKeys(r, at('retention'), problems, DATA_CLASSES);
    for (const cls of DATA_CLASSES) {
      const ms = duration(r[cls], `${at('retention')}.${cls}`, problems, MIN_TTL_MS, true);
      if (ms !== undefined) retention[cls] = ms;
    }
  }

  let contentDefault = DATA_DEFAULTS.contentLogging.default;
  const teams: Record<string, ContentPolicy> = {};
  const cl = read.obj(o.contentLogging, at('contentLogging'), problems);
  if (cl) {
    const clPath = at('contentLogging');
    read.unknownKeys(cl, clPath, problems, ['default', 'teams']);
    contentDefault = read.oneOf(cl.default, `${clPath}.default`, problems, CONTENT_POLICIES) ?? contentDefault;
    const t = read.obj(cl.teams, `${clPath}.teams`, problems);
    for (const [team, v] of Object.entries(t ?? {})) {
      const policy = read.oneOf(v, `${clPath}.teams.${team}`, problems, CONTENT_POLICIES);
      if (policy) teams[team] = policy;
    }
  }

  const adminConversationAccess = read.oneOf(o.adminConversationAccess, at('adminConversationAccess'), problems, ADMIN_ACCESS)
    ?? DATA_DEFAULTS.adminConversationAccess;

  const purge = { ...DATA_DEFAULTS.purge };
  const pg = read.obj(o.purge, at('purge'), problems);
  if (pg) {
    read.unknownKeys(pg, at('purge'), problems, ['enabled', 'interval']);
    purge.enabled = read.bool(pg.enabled, `${at('purge')}.enabled`, problems) ?? purge.enabled;
    const iv = duration(pg.interval, `${at('purge')}.interval`, problems, MIN_INTERVAL_MS, false);
    if (typeof iv === 'number') purge.intervalMs = iv;
  }

  return deepFreeze({ retention, contentLogging: { default: contentDefault, teams }, adminConversationAccess, purge });
}

/** The content logging policy for a team, matched by team id or team name (`contentLogging.teams` accepts either). */
export function contentPolicyFor(config: Pick<DataConfig, 'contentLogging'>, teamId: string | null, teamName?: string | null): ContentPolicy {
  const teams = config.contentLogging.teams;
  const byId = teamId !== null && Object.hasOwn(teams, teamId) ? teams[teamId] : undefined;
  const byName = teamName && Object.hasOwn(teams, teamName) ? teams[teamName] : undefined;
  return byId ?? byName ?? config.contentLogging.default;
}
