/**
 * Builds the WHERE clause of the admin query for both dialects. Filters read
 * the hashed event body itself (JSON functions), so no separate column can
 * drift from what the chain protects.
 */
import type { AuditQuery } from './store.js';

export function buildQuery(q: AuditQuery, dialect: 'sqlite' | 'postgres', table: string): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const ph = (v: unknown): string => {
    params.push(v);
    return dialect === 'sqlite' ? '?' : `$${params.length}`;
  };
  const field = (name: string): string => (dialect === 'sqlite' ? `json_extract(body, '$.${name}')` : `((body::jsonb) ->> '${name}')`);
  const where: string[] = [];
  if (q.userId !== undefined) where.push(`${field('userId')} = ${ph(q.userId)}`);
  if (q.teamId !== undefined) where.push(`${field('teamId')} = ${ph(q.teamId)}`);
  if (q.model !== undefined) where.push(`${field('model')} = ${ph(q.model)}`);
  if (q.decision !== undefined) where.push(`${field('decision')} = ${ph(q.decision)}`);
  if (q.kind !== undefined) where.push(`${field('kind')} = ${ph(q.kind)}`);
  if (q.action !== undefined) where.push(`${field('action')} = ${ph(q.action)}`);
  if (q.reason !== undefined) {
    where.push(dialect === 'sqlite'
      ? `EXISTS (SELECT 1 FROM json_each(body, '$.reasons') WHERE value = ${ph(q.reason)})`
      : `((body::jsonb) -> 'reasons') ? ${ph(q.reason)}`);
  }
  if (q.since !== undefined) where.push(`at >= ${ph(q.since)}`);
  if (q.until !== undefined) where.push(`at < ${ph(q.until)}`);
  if (q.beforeSeq !== undefined) where.push(`seq < ${ph(q.beforeSeq)}`);
  const sql = `SELECT seq, at, prev_hash, body, hash FROM ${table}${where.length ? ' WHERE ' + where.join(' AND ') : ''} ORDER BY seq DESC LIMIT ${ph(q.limit)}`;
  return { sql, params };
}
