/**
 * The `audit` section of the configuration:
 *
 *   audit:
 *     failMode: closed          # closed (default): refuse requests when the log cannot keep up; open: continue, count and alarm the gap
 *     batchSize: 500            # events per commit
 *     flushIntervalMs: 50       # longest an event waits before its batch is committed
 *     queueLimit: 10000         # events waiting to be committed before admit() refuses (closed) or drops (open)
 *     checkpointEvery: 10000    # seal with a signed checkpoint after this many events…
 *     checkpointIntervalMs: 60000  # …or this often when there were new events (0: only by count and on shutdown)
 */
import { deepFreeze, read, type ConfigProblems } from '../config/problems.js';

export interface AuditConfig {
  readonly failMode: 'closed' | 'open';
  readonly batchSize: number;
  readonly flushIntervalMs: number;
  readonly queueLimit: number;
  readonly checkpointEvery: number;
  readonly checkpointIntervalMs: number;
}

export const AUDIT_DEFAULTS: AuditConfig = deepFreeze({
  failMode: 'closed',
  batchSize: 500,
  flushIntervalMs: 50,
  queueLimit: 10_000,
  checkpointEvery: 10_000,
  checkpointIntervalMs: 60_000,
});

const KNOWN = ['failMode', 'batchSize', 'flushIntervalMs', 'queueLimit', 'checkpointEvery', 'checkpointIntervalMs'] as const;

export function parseAuditConfig(raw: unknown, path: string, problems: ConfigProblems): AuditConfig {
  const o = read.obj(raw, path, problems) ?? {};
  read.unknownKeys(o, path, problems, KNOWN);
  const at = (k: string): string => (path ? `${path}.${k}` : k);
  const d = AUDIT_DEFAULTS;
  const cfg = {
    failMode: read.oneOf(o.failMode, at('failMode'), problems, ['closed', 'open'] as const) ?? d.failMode,
    batchSize: read.int(o.batchSize, at('batchSize'), problems, 1, 100_000) ?? d.batchSize,
    flushIntervalMs: read.int(o.flushIntervalMs, at('flushIntervalMs'), problems, 1, 60_000) ?? d.flushIntervalMs,
    queueLimit: read.int(o.queueLimit, at('queueLimit'), problems, 1, 10_000_000) ?? d.queueLimit,
    checkpointEvery: read.int(o.checkpointEvery, at('checkpointEvery'), problems, 1, 100_000_000) ?? d.checkpointEvery,
    checkpointIntervalMs: read.int(o.checkpointIntervalMs, at('checkpointIntervalMs'), problems, 0, 86_400_000) ?? d.checkpointIntervalMs,
  };
  if (cfg.batchSize > cfg.queueLimit) problems.add(at('batchSize'), `must not exceed queueLimit (${cfg.queueLimit})`);
  return deepFreeze(cfg);
}
