/**
 * Process plumbing shared by the benchmarks: CPU pinning with taskset (load
 * generator and upstream on CPU 0, the gateway under test on CPU 1), free
 * ports, starting a child and waiting for its "listening" line, CPU time from
 * /proc. Children are killed when the benchmark exits.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { openStore } from '../src/store/open.js';
import { IdentityService } from '../src/control/identities.js';

/** The Node flags `npm start` runs Bastion with (package.json's start script), so benchmarks measure what users run. */
export const bastionNodeFlags: string[] = (() => {
  const start = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }).scripts.start;
  return start.split(/\s+/).filter((w) => w.startsWith('--'));
})();

export const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

export function pin(cpu: string, cmd: string[]): string[] {
  return hasTaskset ? ['taskset', '-c', cpu, ...cmd] : cmd;
}

/** Pins this process (the load generator) to `cpu`. */
export function pinSelf(cpu = '0'): void {
  if (hasTaskset) spawnSync('taskset', ['-pc', cpu, String(process.pid)], { stdio: 'ignore' });
}

export const children: ChildProcess[] = [];
process.on('exit', () => { for (const c of children) c.kill('SIGKILL'); });

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

/** The URL of a `{"event":"listening","url":…}` line (upstream, inference worker), else undefined. */
export function listeningUrl(line: string): string | undefined {
  try {
    const j = JSON.parse(line) as { event?: string; url?: string };
    return j.event === 'listening' ? j.url : undefined;
  } catch {
    return undefined;
  }
}

/** The URL `bastion start` prints when it listens. */
export function bastionUrl(line: string): string | undefined {
  return /listening on (http:\/\/\S+)/.exec(line)?.[1];
}

/** Starts `cmd` and resolves once a stdout line gives its URL (via `match`); fails after 60 s or on exit. */
export function startProcess(cmd: string[], match: (line: string) => string | undefined, opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd[0] as string, cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: opts.env ?? process.env, ...(opts.cwd ? { cwd: opts.cwd } : {}) });
    children.push(child);
    let err = '';
    child.stderr!.on('data', (d: Buffer) => { err = (err + d.toString()).slice(-2000); });
    const t = setTimeout(() => reject(new Error(`${cmd.join(' ')} did not start: ${err}`)), 60_000);
    createInterface({ input: child.stdout! }).on('line', (l) => {
      const u = match(l);
      if (u) { clearTimeout(t); resolve({ url: u, child }); }
    });
    child.on('exit', (c) => { clearTimeout(t); reject(new Error(`${cmd.join(' ')} exited ${c}: ${err}`)); });
  });
}

/** CPU time (user + system) a process has used so far, in ms; NaN where /proc is unavailable. */
export function cpuMs(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const f = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] as string).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** Creates a member and an API key for it in the store under `dataDir`; returns the key. */
export async function benchKey(dataDir: string): Promise<string> {
  const { store } = await openStore({ dataDir });
  try {
    const ids = new IdentityService(store);
    const user = await ids.createUser({ email: 'bench@example.com', role: 'member' }, { via: 'system' });
    return (await ids.createKey({ userId: user.id, name: 'bench' }, { via: 'system' })).key.reveal();
  } finally {
    await store.close();
  }
}
