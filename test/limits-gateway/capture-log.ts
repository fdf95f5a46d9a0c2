/** A Logger that keeps every record in memory so a test can look for the limit stage's events. */
import type { Logger } from '../../src/log/logger.js';

export interface LogRecord { level: string; msg: string; fields: Record<string, unknown> }

export function captureLog(records: LogRecord[] = []): Logger & { records: LogRecord[] } {
  const at = (level: string) => (msg: string, fields?: Record<string, unknown>): void => { records.push({ level, msg, fields: fields ?? {} }); };
  const log: Logger & { records: LogRecord[] } = {
    records,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: () => log,
  };
  return log;
}
