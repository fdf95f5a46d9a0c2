/**
 * `bastion retention run [--dry-run] [--json] [--config PATH]`: applies the
 * retention policy of the `data` config section now, with a progress report.
 * `bastion retention status`: legal holds and the most recent runs.
 *
 * Purges are audited: security events go to the audit log (opened here unless
 * the caller passes `deps.events`), and audit events are purged through the
 * audit module behind its signed checkpoint. Exit code 0 when every data
 * class succeeded, 1 when one failed, 2 on a usage error.
 */
import { createUsageStore } from '../limits/usage-store.js';
import { createAuditSink } from '../audit/sink.js';
import { parseAuditConfig } from '../audit/config.js';
import { loadConfig } from '../config/load.js';
import { ConfigError, ConfigProblems } from '../config/problems.js';
import type { SecurityEventSink } from '../control/events.js';
import { parseDataConfig, type DataConfig } from '../data/config.js';
import { LegalHolds } from '../data/legal-holds.js';
import { Retention, type ClassReport, type RetentionProgress, type RetentionReport } from '../data/retention.js';
import { ensureDataSchema } from '../data/schema.js';
import { dataDb } from '../data/sql.js';
import { openStore } from '../store/open.js';

export interface RetentionCommandDeps {
  /** Where purge events go; defaults to the audit log of this data directory. */
  events?: SecurityEventSink;
  purgeAuditBefore?: (cutoffMs: number) => Promise<number>;
  purgeUsageBefore?: (cutoffMs: number) => Promise<number>;
  /** Reference time (epoch ms) for cutoffs. */
  now?: number;
  /** Environment used for config loading (BASTION_CONFIG …). */
  processEnv?: NodeJS.ProcessEnv;
}

const HELP = `Usage: bastion retention run [--dry-run] [--json] [--config PATH] [--data-dir DIR]
       bastion retention status [--json] [--config PATH] [--data-dir DIR]

  run       purge conversations, stored content, audit events and usage older
            than their TTL (config: data.retention), except under legal hold
  --dry-run count what would be purged; delete nothing
  --json    print the report as JSON
  status    show legal holds and the most recent runs
`;

const CLASS_LABEL: Record<string, string> = { conversations: 'conversations', content: 'stored content', auditEvents: 'audit events', usage: 'usage' };

function compiledData(v: unknown): DataConfig {
  const o = v as { purge?: { intervalMs?: unknown } } | null | undefined;
  if (o && typeof o === 'object' && typeof o.purge?.intervalMs === 'number') return v as DataConfig;
  const problems = new ConfigProblems();
  const cfg = parseDataConfig(v, 'data', problems);
  if (!problems.empty) throw new ConfigError(problems.list, 'data');
  return cfg;
}

function ttl(ms: number | null): string {
  if (ms === null) return 'forever';
  const d = ms / 86_400_000;
  return Number.isInteger(d) ? `${d}d` : `${Math.round(ms / 3_600_000)}h`;
}

function line(c: ClassReport): string {
  const label = (CLASS_LABEL[c.dataClass] ?? c.dataClass).padEnd(15);
  const count = c.count === null ? '-' : String(c.count);
  const held = c.held ? `, ${c.held} kept under legal hold` : '';
  switch (c.status) {
    case 'purged': return `${label} purged ${count} (ttl ${ttl(c.ttlMs)}${held})`;
    case 'would_purge': return `${label} would purge ${count} (ttl ${ttl(c.ttlMs)}${held})`;
    case 'kept_forever': return `${label} kept forever`;
    case 'not_available': return `${label} not purged here (no purge function for this class)`;
    case 'suspended_by_legal_hold': return `${label} suspended: a legal hold is active (ttl ${ttl(c.ttlMs)})`;
    case 'failed': return `${label} FAILED: ${c.error ?? 'unknown error'}`;
  }
}

export async function runRetentionCommand(
  argv: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
  env: { dataDir: string; databaseUrl?: string },
  deps: RetentionCommandDeps = {},
): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout.write(HELP);
    return sub === undefined ? 2 : 0;
  }
  let dryRun = false;
  let json = false;
  let configPath: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a === '--dry-run' && sub === 'run') dryRun = true;
    else if (a === '--json') json = true;
    else if (a === '--config' && i + 1 < rest.length) configPath = rest[++i];
    else if (a.startsWith('--config=')) configPath = a.slice('--config='.length);
    else { io.stderr.write(`bastion retention: unknown option ${a}\n${HELP}`); return 2; }
  }
  if (sub !== 'run' && sub !== 'status') { io.stderr.write(`bastion retention: unknown subcommand ${sub}\n${HELP}`); return 2; }

  const config = loadConfig({
    ...(configPath !== undefined ? { configPath } : {}),
    dataDir: env.dataDir,
    ...(env.databaseUrl ? { databaseUrl: env.databaseUrl } : {}),
  }, deps.processEnv ?? process.env);
  const data = compiledData(config.data);
  const { store, handle } = await openStore({ dataDir: env.dataDir, ...(env.databaseUrl ? { databaseUrl: env.databaseUrl } : {}) });
  let audit: Awaited<ReturnType<typeof createAuditSink>> | undefined;
  try {
    const db = dataDb(handle);
    await ensureDataSchema(handle);
    const holds = new LegalHolds(db);
    const out = (s: string): void => { io.stdout.write(s); };

    if (sub === 'status') {
      const retention = new Retention({ db, config: data, holds, events: { emit: () => undefined } });
      const status = { retention: data.retention, holds: await holds.list(), recentRuns: await retention.recentRuns(5) };
      if (json) { out(JSON.stringify(status, null, 2) + '\n'); return 0; }
      out(`Retention: ${Object.entries(data.retention).map(([k, v]) => `${k} ${ttl(v)}`).join(', ')}\n`);
      out(`Legal holds: ${status.holds.length === 0 ? 'none' : ''}\n`);
      for (const h of status.holds) out(`  ${h.subjectType} ${h.subjectId}: ${h.reason} (by ${h.createdBy}, ${new Date(h.createdAt).toISOString()})\n`);
      out('Recent runs:\n');
      for (const r of status.recentRuns) out(`  ${new Date(r.startedAt).toISOString()}${r.dryRun ? ' (dry run)' : ''}: ${r.classes.map((c) => `${c.dataClass} ${c.status}${c.count !== null ? ` ${c.count}` : ''}`).join(', ')}\n`);
      return 0;
    }

    let events = deps.events;
    let purgeAuditBefore = deps.purgeAuditBefore;
    if (!events) {
      const problems = new ConfigProblems();
      const auditConfig = parseAuditConfig(config.audit, 'audit', problems);
      if (!problems.empty) throw new ConfigError(problems.list, 'audit');
      const sink = await createAuditSink(auditConfig, { handle, dataDir: env.dataDir });
      audit = sink;
      events = sink;
      purgeAuditBefore ??= async (cutoffMs) => {
        // Audit events are appended in time order: purge up to the newest event older than the cutoff.
        const [newestOld] = await sink.store.query({ until: cutoffMs, limit: 1 });
        return newestOld ? (await sink.purgeBefore(newestOld.seq + 1)).removed : 0;
      };
    }
    const retention = new Retention({
      db, config: data, holds, events,
      actor: { via: 'cli' },
      teamMembers: async (teamId) => (await store.users.list()).filter((u) => u.teamId === teamId).map((u) => u.id),
      ...(purgeAuditBefore ? { purgeAuditBefore } : {}),
      purgeUsageBefore: deps.purgeUsageBefore ?? (async (cutoffMs) => {
        const usage = createUsageStore(handle);
        await usage.init();
        return usage.purgeBefore(cutoffMs);
      }),
    });
    const progress = (p: RetentionProgress): void => {
      if (json) return;
      const label = CLASS_LABEL[p.dataClass] ?? p.dataClass;
      if (p.phase === 'batch') io.stderr.write(`  ${label}: ${p.count} ${dryRun ? 'counted' : 'purged'} so far\n`);
    };
    if (!json) out(`Retention ${dryRun ? 'dry run' : 'run'} at ${new Date(deps.now ?? Date.now()).toISOString()}\n`);
    const report: RetentionReport = await retention.run({ ...(deps.now !== undefined ? { now: deps.now } : {}), dryRun, onProgress: progress });
    if (json) out(JSON.stringify(report, null, 2) + '\n');
    else {
      for (const c of report.classes) out(`  ${line(c)}\n`);
      if (report.activeHolds > 0) out(`  ${report.activeHolds} legal hold(s) active\n`);
    }
    return report.classes.some((c) => c.status === 'failed') ? 1 : 0;
  } finally {
    if (audit) await audit.close();
    await store.close();
  }
}
