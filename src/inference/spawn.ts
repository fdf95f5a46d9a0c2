/**
 * Starts the inference worker as a separate child process and waits for its
 * `{"event":"listening"}` line. Works from the compiled tree (runs
 * worker-main.js) and from source (runs worker-main.ts through tsx). The child
 * exits when its stdin closes, so it does not outlive this process.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { BastionError, ERRORS, type ErrorCode } from '../errors/registry.js';

export interface SpawnInferenceOptions {
  model: string;
  /** @default '127.0.0.1' */
  host?: string;
  /** @default 0 (a free port) */
  port?: number;
  /** @default 1 */
  threads?: number;
  /** @default 2 */
  sequences?: number;
  /** Extra worker flags, e.g. ['--context-size', '512']. */
  extraArgs?: string[];
  env?: NodeJS.ProcessEnv;
  /** Give up waiting for the worker to listen after this long. @default 120000 */
  startTimeoutMs?: number;
}

export interface SpawnedInferenceWorker {
  /** Base URL ending in /v1. */
  url: string;
  pid: number;
  /** Resolves with the exit code (null when killed by a signal) whenever the worker exits, including a crash. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

function workerCommand(): { args: string[] } {
  const js = fileURLToPath(new URL('./worker-main.js', import.meta.url));
  if (existsSync(js)) return { args: [js] };
  const ts = fileURLToPath(new URL('./worker-main.ts', import.meta.url));
  return { args: ['--import', import.meta.resolve('tsx'), ts] };
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERRORS, code);
}

export async function spawnInferenceWorker(opts: SpawnInferenceOptions): Promise<SpawnedInferenceWorker> {
  const host = opts.host ?? '127.0.0.1';
  const listen = `${host.includes(':') ? `[${host}]` : host}:${opts.port ?? 0}`;
  const args = [
    ...workerCommand().args,
    '--model', opts.model, '--listen', listen,
    '--threads', String(opts.threads ?? 1), '--sequences', String(opts.sequences ?? 2),
    '--exit-on-stdin-close', ...(opts.extraArgs ?? []),
  ];
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env: opts.env ?? process.env });
  let stderrTail = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => { stderrTail = (stderrTail + d).slice(-4000); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => fail(new Error('the inference worker did not start in time')), opts.startTimeoutMs ?? 120_000);
    const fail = (err: Error): void => { clearTimeout(timer); child.kill('SIGKILL'); reject(err); };
    lines.on('line', (text) => {
      let msg: unknown;
      try { msg = JSON.parse(text); } catch { return; }
      if (typeof msg !== 'object' || msg === null) return;
      const { event, url: u, code, message } = msg as Record<string, unknown>;
      if (event === 'listening' && typeof u === 'string') { clearTimeout(timer); resolve(u); }
      if (event === 'error') {
        const m = typeof message === 'string' ? message : 'the inference worker failed to start';
        fail(isErrorCode(code) ? new BastionError(code, m) : new Error(m));
      }
    });
    child.once('error', (err) => fail(err));
    void exited.then((code) => fail(new Error(`the inference worker exited with code ${code} before listening: ${stderrTail.trim()}`)));
  });
  // Keep draining stdout so the child never blocks on a full pipe.
  child.stdout.resume();

  let stopping: Promise<void> | undefined;
  return {
    url,
    pid: child.pid ?? -1,
    exited,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.kill('SIGTERM');
        await exited;
        clearTimeout(force);
      })();
      return stopping;
    },
  };
}
