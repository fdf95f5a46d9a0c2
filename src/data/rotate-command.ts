/**
 * `bastion data rotate-key [--keep-previous] [--config PATH]`: rotates the
 * master key. Every data key is re-wrapped under the new master key; no
 * record is decrypted or rewritten.
 *
 * File mode (<dataDir>/master.key): a new key is generated and installed, the
 * outgoing one is kept as master.key.previous until every data key is
 * re-wrapped, then deleted (--keep-previous renames it
 * master.key.retired-<time>, for old backups). An interrupted rotation
 * is finished by running the command again.
 *
 * Environment mode: set BASTION_MASTER_KEY to the new key and
 * BASTION_MASTER_KEY_PREVIOUS to the old one, run the command, then remove
 * BASTION_MASTER_KEY_PREVIOUS.
 *
 * Restart control-plane processes afterwards so they load the new key.
 */
import { createAuditSink } from '../audit/sink.js';
import { parseAuditConfig } from '../audit/config.js';
import { loadConfig } from '../config/load.js';
import { ConfigError, ConfigProblems } from '../config/problems.js';
import type { SecurityEventSink } from '../control/events.js';
import { openStore } from '../store/open.js';
import { rotateMasterKey } from './keyring.js';
import { beginFileRotation, loadMasterKeys, MASTER_KEY_ENV, PREVIOUS_KEY_ENV, retirePreviousKeyFile, type MasterKeys } from './master-key.js';
import { ensureDataSchema } from './schema.js';
import { dataDb } from './sql.js';

const HELP = `Usage: bastion data rotate-key [--keep-previous] [--config PATH] [--data-dir DIR]

Re-wraps every data key under a new master key (records are not rewritten).
  file mode  generates a new <dataDir>/master.key; the old one is deleted
             afterwards (--keep-previous: renamed master.key.retired-<time>)
  env mode   set ${MASTER_KEY_ENV}=<new> and ${PREVIOUS_KEY_ENV}=<old> first
Restart Bastion afterwards so every process loads the new key.
`;

export async function runRotateKeyCommand(
  argv: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
  env: { dataDir: string; databaseUrl?: string },
  deps: { events?: SecurityEventSink; processEnv?: NodeJS.ProcessEnv } = {},
): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'rotate-key') {
    io[sub === undefined || sub === '--help' || sub === '-h' ? 'stdout' : 'stderr'].write(HELP);
    return sub === '--help' || sub === '-h' ? 0 : 2;
  }
  let keepPrevious = false;
  let configPath: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a === '--keep-previous') keepPrevious = true;
    else if (a === '--config' && i + 1 < rest.length) configPath = rest[++i];
    else { io.stderr.write(`bastion data: unknown option ${a}\n${HELP}`); return 2; }
  }
  const penv = deps.processEnv ?? process.env;
  const envMode = Boolean(penv[MASTER_KEY_ENV]);
  let keys: MasterKeys;
  if (envMode) {
    keys = await loadMasterKeys({ dataDir: env.dataDir, env: penv, create: false });
    if (keys.previous.length === 0) {
      io.stderr.write(`bastion data: ${MASTER_KEY_ENV} is set; set it to the new key and ${PREVIOUS_KEY_ENV} to the old one, then run again\n`);
      return 2;
    }
  } else {
    keys = await beginFileRotation(env.dataDir);
  }

  const config = loadConfig({
    ...(configPath !== undefined ? { configPath } : {}),
    dataDir: env.dataDir,
    ...(env.databaseUrl ? { databaseUrl: env.databaseUrl } : {}),
  }, penv);
  const { store, handle } = await openStore({ dataDir: env.dataDir, ...(env.databaseUrl ? { databaseUrl: env.databaseUrl } : {}) });
  let audit: Awaited<ReturnType<typeof createAuditSink>> | undefined;
  try {
    let events = deps.events;
    if (!events) {
      const problems = new ConfigProblems();
      const auditConfig = parseAuditConfig(config.audit, 'audit', problems);
      if (!problems.empty) throw new ConfigError(problems.list, 'audit');
      audit = await createAuditSink(auditConfig, { handle, dataDir: env.dataDir, env: penv });
      events = audit;
    }
    await ensureDataSchema(handle);
    io.stdout.write(`Rotating to master key ${keys.current.id} (${keys.source})\n`);
    const report = await rotateMasterKey(dataDb(handle), { current: keys.current, previous: keys.previous }, (done, total) => {
      io.stderr.write(`  ${done}/${total} data keys\n`);
    });
    io.stdout.write(`  ${report.rewrapped} re-wrapped, ${report.alreadyCurrent} already current, ${report.unreadable} unreadable (of ${report.total})\n`);
    const ok = report.unreadable === 0;
    events.emit({
      action: 'data.master_key_rotated',
      outcome: ok ? 'success' : 'failure',
      actor: { via: 'cli' },
      target: { type: 'master_key', id: keys.current.id },
      details: { rewrapped: report.rewrapped, alreadyCurrent: report.alreadyCurrent, unreadable: report.unreadable, source: keys.source },
    });
    if (!ok) {
      io.stderr.write('bastion data: some data keys are wrapped by a master key that is not loaded; the previous key is kept\n');
      return 1;
    }
    if (envMode) io.stdout.write(`Done. Remove ${PREVIOUS_KEY_ENV} and restart Bastion.\n`);
    else if (keepPrevious) {
      const kept = await retirePreviousKeyFile(env.dataDir, { keep: true });
      io.stdout.write(`Done. The old key is kept as ${kept ?? '(none)'} for old backups; delete it when they expire. Restart Bastion.\n`);
    } else {
      await retirePreviousKeyFile(env.dataDir);
      io.stdout.write('Done. The old key file was deleted; restart Bastion.\n');
    }
    return 0;
  } finally {
    if (audit) await audit.close();
    await store.close();
  }
}
