/**
 * Real Bastion gateway processes for the replica test and the limits benchmark:
 * `bastion start` from source in its own Node process, several of them sharing
 * one data directory (SQLite WAL) and, for limits, one Redis. Keys are created
 * beforehand on the shared store.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/open.js';
import { IdentityService } from '../../src/control/identities.js';

const RUN = fileURLToPath(new URL('../../src/cli/run.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface GatewayProcess {
  readonly url: string;
  readonly pid: number;
  /** SIGTERM, then SIGKILL if it has not exited within 10 s. */
  stop(): Promise<void>;
  /** SIGKILL at once (a crash): nothing is cleaned up. Resolves when the process is gone. */
  crash(): Promise<void>;
}

/** A temporary data directory with `n` API keys (one user each) created in its SQLite store. */
export async function prepareDataDir(n: number): Promise<{ dataDir: string; keys: string[]; remove(): void }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bastion-limits-gw-'));
  const { store } = await openStore({ dataDir });
  const keys: string[] = [];
  try {
    const ids = new IdentityService(store);
    for (let i = 0; i < n; i++) {
      const user = await ids.createUser({ email: `replica${i}@example.com`, role: 'member' }, { via: 'system' });
      keys.push((await ids.createKey({ userId: user.id, name: `replica-${i}` }, { via: 'system' })).key.reveal());
    }
  } finally {
    await store.close();
  }
  return { dataDir, keys, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

export function writeConfig(dataDir: string, name: string, yaml: string): string {
  const path = join(dataDir, name);
  writeFileSync(path, yaml);
  return path;
}

/**
 * Starts `bastion start --config FILE --port 0 --data-dir DIR` and resolves with its URL once it
 * prints that it is listening. `prefix` runs it under another command (e.g. taskset -c 1).
 */
export function startGateway(opts: { configPath: string; dataDir: string; prefix?: string[]; env?: NodeJS.ProcessEnv; port?: number }): Promise<GatewayProcess> {
  const argv = [...(opts.prefix ?? []), process.execPath, '--import', 'tsx', RUN, 'start', '--config', opts.configPath, '--port', String(opts.port ?? 0), '--data-dir', opts.dataDir];
  const child: ChildProcess = spawn(argv[0]!, argv.slice(1), {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BASTION_LOG_LEVEL: 'error', ...opts.env },
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => { err = (err + d.toString()).slice(-4000); });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const crash = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { void stop(); reject(new Error(`bastion start did not listen within 60 s: ${err}`)); }, 60_000);
    const onExit = (code: number | null): void => { clearTimeout(timer); reject(new Error(`bastion start exited with ${code}: ${err}`)); };
    child.once('exit', onExit);
    child.once('error', (e) => { clearTimeout(timer); reject(e); });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /listening on (http:\/\/[^\s)]+)/.exec(line);
      if (!m) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve({ url: m[1]!, pid: child.pid!, stop, crash });
    });
  });
}
