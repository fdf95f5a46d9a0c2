/**
 * Retention: deletes data older than its class's TTL.
 *  - conversations (by last update) and stored content (by creation) are
 *    purged here, in batches, skipping users and teams under legal hold;
 *  - audit events and usage are purged by their own modules through injected
 *    functions. Those purge by age only, so while any legal hold exists they
 *    are suspended rather than risk deleting held records.
 * Every purge (and every failed purge) is emitted as a security event.
 */
import { randomUUID } from 'node:crypto';
import type { SecurityEvent, SecurityEventSink } from '../control/events.js';
import type { DataClass, DataConfig } from './config.js';
import { DATA_CLASSES } from './config.js';
import type { LegalHolds } from './legal-holds.js';
import type { DataDb, SqlValue } from './sql.js';
import { num, placeholders } from './sql.js';

export type ClassStatus = 'purged' | 'would_purge' | 'kept_forever' | 'not_available' | 'suspended_by_legal_hold' | 'failed';

export interface ClassReport {
  dataClass: DataClass;
  ttlMs: number | null;
  /** Records older than this (epoch ms) are purged; null when kept forever. */
  cutoff: number | null;
  status: ClassStatus;
  /** Purged (or, in a dry run, purgeable) records; null when unknown. */
  count: number | null;
  /** Expired records kept because of a legal hold; null when unknown. */
  held: number | null;
  error?: string;
}

export interface RetentionReport { id: string; startedAt: number; finishedAt: number; dryRun: boolean; activeHolds: number; classes: ClassReport[] }

export interface RetentionProgress { dataClass: DataClass; phase: 'start' | 'batch' | 'done'; count: number }

export interface RetentionDeps {
  db: DataDb;
  config: Pick<DataConfig, 'retention'>;
  holds: LegalHolds;
  events: SecurityEventSink;
  /** Users of a team, so a team hold also covers its members' data. */
  teamMembers?: (teamId: string) => Promise<string[]>;
  /** Provided by the audit module: purges events older than the cutoff behind a signed checkpoint. */
  purgeAuditBefore?: (cutoffMs: number) => Promise<number>;
  /** Provided by the usage module. */
  purgeUsageBefore?: (cutoffMs: number) => Promise<number>;
  actor?: SecurityEvent['actor'];
  batchSize?: number;
}

export interface RunOptions { now?: number; dryRun?: boolean; onProgress?: (p: RetentionProgress) => void }

interface LocalClass { table: string; time: string; owner: string; team: string; children?: { table: string; fk: string } }
const LOCAL: Partial<Record<DataClass, LocalClass>> = {
  conversations: { table: '{data_conversations}', time: 'updated_at', owner: 'owner_id', team: 'team_id', children: { table: '{data_messages}', fk: 'conversation_id' } },
  content: { table: '{data_content}', time: 'created_at', owner: 'user_id', team: 'team_id' },
};

/** Sorts by recording order: wall clock, then a per-process monotonic clock, then randomness. */
function runId(): string {
  return `${Date.now().toString().padStart(15, '0')}-${process.hrtime.bigint().toString().padStart(20, '0')}-${randomUUID().slice(0, 8)}`;
}

export class Retention {
  readonly #d: RetentionDeps;
  constructor(deps: RetentionDeps) {
    this.#d = deps;
  }

  async #heldClause(c: LocalClass): Promise<{ sql: string; params: SqlValue[] }> {
    const holds = await this.#d.holds.list();
    const users = new Set(holds.filter((h) => h.subjectType === 'user').map((h) => h.subjectId));
    const teams = holds.filter((h) => h.subjectType === 'team').map((h) => h.subjectId);
    if (this.#d.teamMembers) for (const t of teams) for (const u of await this.#d.teamMembers(t)) users.add(u);
    const parts: string[] = [];
    const params: SqlValue[] = [];
    if (users.size > 0) { parts.push(`${c.owner} IN (${placeholders(users.size)})`); params.push(...users); }
    if (teams.length > 0) { parts.push(`${c.team} IN (${placeholders(teams.length)})`); params.push(...teams); }
    return { sql: parts.length ? `(${parts.join(' OR ')})` : '(1 = 0)', params };
  }

  async #local(cls: DataClass, c: LocalClass, cutoff: number, opts: RunOptions): Promise<{ count: number; held: number }> {
    const { db } = this.#d;
    const held = await this.#heldClause(c);
    const heldRow = await db.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${c.table} WHERE ${c.time} < ? AND ${held.sql}`, [cutoff, ...held.params]);
    const heldCount = num(heldRow?.n ?? 0);
    const where = `${c.time} < ? AND NOT ${held.sql}`;
    if (opts.dryRun) {
      const row = await db.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${c.table} WHERE ${where}`, [cutoff, ...held.params]);
      return { count: num(row?.n ?? 0), held: heldCount };
    }
    const size = this.#d.batchSize ?? 500;
    let count = 0;
    for (;;) {
      const ids = (await db.all<{ id: string }>(`SELECT id FROM ${c.table} WHERE ${where} ORDER BY ${c.time}, id LIMIT ?`, [cutoff, ...held.params, size])).map((r) => r.id);
      if (ids.length === 0) break;
      const inIds = placeholders(ids.length);
      const stmts = [];
      if (c.children) {
        stmts.push({
          sql: `DELETE FROM ${c.children.table} WHERE ${c.children.fk} IN (SELECT id FROM ${c.table} WHERE id IN (${inIds}) AND ${c.time} < ?)`,
          params: [...ids, cutoff],
        });
      }
      stmts.push({ sql: `DELETE FROM ${c.table} WHERE id IN (${inIds}) AND ${c.time} < ?`, params: [...ids, cutoff] });
      const res = await db.batch(stmts);
      count += res[res.length - 1] ?? 0;
      opts.onProgress?.({ dataClass: cls, phase: 'batch', count });
      if (ids.length < size) break;
    }
    return { count, held: heldCount };
  }

  async #one(cls: DataClass, now: number, activeHolds: number, opts: RunOptions): Promise<ClassReport> {
    const ttlMs = this.#d.config.retention[cls];
    const base = { dataClass: cls, ttlMs, cutoff: ttlMs === null ? null : now - ttlMs };
    if (ttlMs === null || base.cutoff === null) return { ...base, status: 'kept_forever', count: 0, held: 0 };
    const cutoff = base.cutoff;
    opts.onProgress?.({ dataClass: cls, phase: 'start', count: 0 });
    try {
      const local = LOCAL[cls];
      let report: ClassReport;
      if (local) {
        const r = await this.#local(cls, local, cutoff, opts);
        report = { ...base, status: opts.dryRun ? 'would_purge' : 'purged', count: r.count, held: r.held };
      } else {
        const purge = cls === 'auditEvents' ? this.#d.purgeAuditBefore : this.#d.purgeUsageBefore;
        if (!purge) report = { ...base, status: 'not_available', count: null, held: null };
        else if (activeHolds > 0) report = { ...base, status: 'suspended_by_legal_hold', count: 0, held: null };
        else if (opts.dryRun) report = { ...base, status: 'would_purge', count: null, held: null };
        else report = { ...base, status: 'purged', count: await purge(cutoff), held: null };
      }
      opts.onProgress?.({ dataClass: cls, phase: 'done', count: report.count ?? 0 });
      if (report.status === 'purged') this.#emit(cls, 'success', { cutoff, purged: report.count ?? 0, held: report.held ?? 0 });
      return report;
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      if (!opts.dryRun) this.#emit(cls, 'failure', { cutoff, error: error.slice(0, 200) });
      opts.onProgress?.({ dataClass: cls, phase: 'done', count: 0 });
      return { ...base, status: 'failed', count: null, held: null, error };
    }
  }

  #emit(cls: DataClass, outcome: 'success' | 'failure', details: Record<string, string | number>): void {
    this.#d.events.emit({
      action: 'retention.purge',
      outcome,
      actor: this.#d.actor ?? { via: 'system' },
      target: { type: 'data_class', id: cls },
      details: { dataClass: cls, ...details },
    });
  }

  /** Runs every class once; never throws for a class that fails (its report says `failed`). */
  async run(opts: RunOptions = {}): Promise<RetentionReport> {
    const startedAt = opts.now ?? Date.now();
    const activeHolds = (await this.#d.holds.list()).length;
    const classes: ClassReport[] = [];
    for (const cls of DATA_CLASSES) classes.push(await this.#one(cls, startedAt, activeHolds, opts));
    const report: RetentionReport = { id: runId(), startedAt, finishedAt: Date.now(), dryRun: opts.dryRun === true, activeHolds, classes };
    await this.#d.db.batch([
      { sql: 'INSERT INTO {data_retention_runs} (id, started_at, finished_at, dry_run, report) VALUES (?, ?, ?, ?, ?)',
        params: [report.id, report.startedAt, report.finishedAt, report.dryRun ? 1 : 0, JSON.stringify(report)] },
      { sql: 'DELETE FROM {data_retention_runs} WHERE id NOT IN (SELECT id FROM {data_retention_runs} ORDER BY id DESC LIMIT 50)' },
    ]);
    return report;
  }

  /** The most recent run reports, newest first. */
  async recentRuns(limit = 10): Promise<RetentionReport[]> {
    const rows = await this.#d.db.all<{ report: string }>('SELECT report FROM {data_retention_runs} ORDER BY id DESC LIMIT ?', [limit]);
    return rows.map((r) => JSON.parse(r.report) as RetentionReport);
  }
}

/** One retention run with the given dependencies (same as `new Retention(deps).run(opts)`). */
export function runRetention(deps: RetentionDeps, opts: RunOptions = {}): Promise<RetentionReport> {
  return new Retention(deps).run(opts);
}

/**
 * Runs `run` every `intervalMs` (first run after `initialDelayMs`), never two at
 * once; errors go to `onError`. Returns a stop function that waits for a run in progress.
 */
export function startRetentionSchedule(opts: {
  run: () => Promise<RetentionReport>;
  intervalMs: number;
  initialDelayMs?: number;
  onReport?: (r: RetentionReport) => void;
  onError?: (err: unknown) => void;
}): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const schedule = (delay: number): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      const fail = (err: unknown): void => {
        try { opts.onError?.(err); } catch { /* a failing error handler must not stop the schedule */ }
      };
      running = opts.run().then((r) => opts.onReport?.(r)).catch(fail).finally(() => {
        running = undefined;
        schedule(opts.intervalMs);
      });
    }, delay);
    timer.unref();
  };
  schedule(opts.initialDelayMs ?? Math.min(opts.intervalMs, 60_000));
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
