/**
 * `bastion audit verify | export | public-key`.
 *
 *   verify [--public-key FILE]... [--schema NAME] [--no-progress]
 *       Checks the whole chain and every checkpoint; prints where and how it
 *       breaks. Exit 0 only when intact, 1 when tampering is found, 2 on usage
 *       or access errors. Opens the database read-only.
 *   export [--since ISO] [--until ISO] [--format jsonl] [--schema NAME]
 *       Streams events as JSON lines on stdout. The export is itself recorded
 *       in the audit log (committed before the first line is written).
 *   public-key
 *       Prints the PEM public key that verifies checkpoints.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { SQLITE_FILE, openSqliteDatabase } from '../store/sqlite.js';
import { checkSchemaName } from '../store/migrate.js';
import type { StoreHandle } from '../store/types.js';
import { SqliteAuditStore } from '../audit/store-sqlite.js';
import { PostgresAuditStore } from '../audit/store-postgres.js';
import { createAuditStore, type AuditStore } from '../audit/store.js';
import { loadAuditSigner, publicKeyIdFromPem } from '../audit/signing.js';
import { verifyAuditLog } from '../audit/verify.js';
import { progressReporter } from '../audit/progress.js';
import { AuditWriter } from '../audit/writer.js';
import { AUDIT_DEFAULTS } from '../audit/config.js';
import { securityEvent, toRecord } from '../audit/event.js';
import { readFileSync } from 'node:fs';

export interface AuditCliIo { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }
export interface AuditCliEnv { dataDir: string; databaseUrl?: string; schema?: string }

const USAGE = `usage:
  bastion audit verify [--public-key FILE]... [--schema NAME] [--no-progress]
  bastion audit export [--since ISO-TIME] [--until ISO-TIME] [--format jsonl] [--schema NAME]
  bastion audit public-key
`;

class UsageError extends Error {}
/** The database or key cannot be read: exit 2 without the usage text. */
class AccessError extends Error {}

interface Opened { store: AuditStore; close(): Promise<void> }

/** Opens the audit tables without creating anything; read-only unless `write`. */
async function openAudit(env: AuditCliEnv, schemaFlag: string | undefined, write: boolean): Promise<Opened & { handle?: StoreHandle }> {
  if (env.databaseUrl && /^postgres(ql)?:\/\//i.test(env.databaseUrl)) {
    const schema = checkSchemaName(schemaFlag ?? env.schema ?? 'public');
    const pool = new pg.Pool({ connectionString: env.databaseUrl, max: 2, options: `-c search_path=${schema}${write ? '' : ' -c default_transaction_read_only=on'}` });
    try {
      const r = await pool.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [`"${schema}".audit_events`]);
      if (!r.rows[0]?.t) throw new AccessError(`no audit log in schema "${schema}" of the configured database`);
    } catch (err) {
      await pool.end();
      if (err instanceof AccessError) throw err;
      throw new AccessError(`cannot reach the database: ${(err as Error).message.replace(/postgres(ql)?:\/\/\S+/g, '[database url]')}`);
    }
    const handle: StoreHandle = { kind: 'postgres', pool, schema };
    return { store: write ? await createAuditStore(handle) : new PostgresAuditStore(pool, schema), handle, close: () => pool.end() };
  }
  const file = join(env.dataDir, SQLITE_FILE);
  if (!existsSync(file)) throw new AccessError(`no database at ${file}`);
  const db = write ? openSqliteDatabase(env.dataDir) : new Database(file, { readonly: true, fileMustExist: true });
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_events'").get();
  if (!has) {
    db.close();
    throw new AccessError(`no audit log in ${file}`);
  }
  const handle: StoreHandle = { kind: 'sqlite', db };
  return { store: write ? await createAuditStore(handle) : new SqliteAuditStore(db), handle, close: async () => { db.close(); } };
}

function trustedKeys(env: AuditCliEnv, files: string[]): string[] {
  const keys = files.map((f) => {
    try {
      return publicKeyIdFromPem(readFileSync(f, 'utf8'));
    } catch (err) {
      throw new AccessError(`cannot read public key ${f}: ${(err as Error).message}`);
    }
  });
  const signer = loadAuditSigner({ dataDir: env.dataDir, create: false });
  if (signer) keys.push(signer.publicKeyId);
  return keys;
}

async function verify(args: string[], io: AuditCliIo, env: AuditCliEnv): Promise<number> {
  const { values } = parseArgs({ args, options: { 'public-key': { type: 'string', multiple: true }, schema: { type: 'string' }, 'no-progress': { type: 'boolean' } }, strict: true });
  const keys = trustedKeys(env, values['public-key'] ?? []);
  const opened = await openAudit(env, values.schema, false);
  try {
    const total = await opened.store.count();
    const showProgress = !values['no-progress'] && total >= 100_000;
    const bar = showProgress ? progressReporter(io.stderr, total, 'verifying') : null;
    const started = performance.now();
    const report = await verifyAuditLog(opened.store, { trustedKeys: keys, ...(bar ? { onProgress: (n: number) => bar.update(n) } : {}) });
    bar?.end();
    const secs = (performance.now() - started) / 1000;
    const range = report.firstSeq === null ? 'empty' : `seq ${report.firstSeq}..${report.lastSeq}`;
    io.stdout.write(`audit log: ${report.events} events (${range}), ${report.checkpoints} checkpoints${report.anchoredAt ? `, purged up to seq ${report.anchoredAt}` : ''}\n`);
    const problems = [...report.findings.map((f) => f.message)];
    if (keys.length === 0 && report.checkpoints > 0) {
      problems.push('cannot tell who signed the checkpoints: no signing key in the data directory or BASTION_AUDIT_SIGNING_KEY; pass --public-key FILE');
    }
    if (problems.length === 0) {
      io.stdout.write(`OK: chain intact and every checkpoint validly signed (${report.events} events in ${secs.toFixed(2)} s)\n`);
      return 0;
    }
    io.stdout.write(`FAILED: ${problems.length + report.moreFindings} problem(s)\n`);
    for (const p of problems) io.stdout.write(`  - ${p}\n`);
    if (report.moreFindings) io.stdout.write(`  … and ${report.moreFindings} more\n`);
    return 1;
  } finally {
    await opened.close();
  }
}

function parseTime(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const t = Date.parse(v);
  if (!Number.isFinite(t)) throw new UsageError(`${flag} must be an ISO 8601 time, e.g. 2026-01-31T00:00:00Z`);
  return t;
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> | null {
  if (stream.write(text)) return null;
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('error', done);
    stream.once('close', done);
  });
}

async function exportEvents(args: string[], io: AuditCliIo, env: AuditCliEnv): Promise<number> {
  const { values } = parseArgs({ args, options: { since: { type: 'string' }, until: { type: 'string' }, format: { type: 'string' }, schema: { type: 'string' } }, strict: true });
  if (values.format !== undefined && values.format !== 'jsonl') throw new UsageError('--format must be jsonl');
  const since = parseTime(values.since, '--since');
  const until = parseTime(values.until, '--until');
  const opened = await openAudit(env, values.schema, true);
  try {
    const signer = loadAuditSigner({ dataDir: env.dataDir });
    if (!signer) throw new AccessError('no audit signing key');
    const writer = new AuditWriter(opened.store, signer, { ...AUDIT_DEFAULTS, checkpointIntervalMs: 0 });
    const details: Record<string, string> = { format: 'jsonl' };
    if (values.since) details.since = new Date(since as number).toISOString();
    if (values.until) details.until = new Date(until as number).toISOString();
    const seq = await writer.append(securityEvent({ action: 'audit.export', outcome: 'success', actor: { via: 'cli' }, target: { type: 'audit_log', id: 'events' }, details }));
    await writer.close();
    let n = 0;
    // A reader that goes away (`| head`) ends the export quietly.
    let gone = false;
    const onError = (): void => { gone = true; };
    io.stdout.on('error', onError);
    try {
      for await (const batch of opened.store.scan({ ...(since !== undefined ? { since } : {}), ...(until !== undefined ? { until } : {}), batch: 2000 })) {
        for (const r of batch) {
          if (seq !== null && r.seq >= seq) continue; // the export's own record is not part of what it exports
          if (gone) break;
          n += 1;
          const wait = write(io.stdout, JSON.stringify(toRecord(r)) + '\n');
          if (wait) await wait;
        }
        if (gone) break;
      }
    } finally {
      io.stdout.off('error', onError);
    }
    io.stderr.write(`exported ${n} events (recorded as audit event ${seq})\n`);
    return 0;
  } finally {
    await opened.close();
  }
}

export async function runAuditCommand(argv: string[], io: AuditCliIo, env: AuditCliEnv): Promise<number> {
  const [sub, ...rest] = argv;
  try {
    switch (sub) {
      case 'verify':
        return await verify(rest, io, env);
      case 'export':
        return await exportEvents(rest, io, env);
      case 'public-key': {
        const signer = loadAuditSigner({ dataDir: env.dataDir, create: false });
        if (!signer) throw new AccessError('no audit signing key in the data directory or BASTION_AUDIT_SIGNING_KEY');
        io.stdout.write(signer.publicKeyPem());
        return 0;
      }
      default:
        io.stderr.write(USAGE);
        return 2;
    }
  } catch (err) {
    const known = err instanceof UsageError || (err instanceof TypeError && (err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS'));
    io.stderr.write(`bastion audit ${sub ?? ''}: ${(err as Error).message}\n`);
    if (known) io.stderr.write(USAGE);
    return 2;
  }
}
