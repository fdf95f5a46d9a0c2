/**
 * Starts a real Bastion (store, control plane, gateway) in-process for tests,
 * in a temporary data directory, with helpers to create users and keys.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/load.js';
import { silentLogger, type Logger } from '../log/logger.js';
import { startBastion, type RunningBastion } from '../app/bastion.js';

export interface TestBastionOptions {
  /** bastion.yaml contents (server.port is forced to 0). */
  yaml?: string;
  /** --backend URLs. */
  backends?: string[];
  env?: NodeJS.ProcessEnv;
  log?: Logger;
  noEmbedded?: boolean;
}

export interface TestBastion extends RunningBastion {
  dataDir: string;
  /** Creates a user (member unless admin) and a key for it; returns the full key. */
  key(opts?: { admin?: boolean; models?: string[]; team?: string; expiresIn?: string; email?: string }): Promise<{ key: string; id: string; userId: string }>;
  stop(): Promise<void>;
}

let counter = 0;

export async function startTestBastion(opts: TestBastionOptions = {}): Promise<TestBastion> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bastion-test-'));
  let configPath: string | undefined;
  if (opts.yaml !== undefined) {
    configPath = join(dataDir, 'bastion.yaml');
    writeFileSync(configPath, opts.yaml);
  }
  const config = loadConfig({ dataDir, port: 0, host: '127.0.0.1', ...(configPath ? { configPath } : {}), backendUrls: opts.backends ?? [] }, opts.env ?? {});
  const app = await startBastion({ config, log: opts.log ?? silentLogger, env: opts.env ?? {}, noEmbedded: opts.noEmbedded ?? true, probeOllama: false, print: () => undefined });
  const actor = { via: 'system' as const };
  return {
    ...app,
    dataDir,
    async key(k = {}) {
      const n = ++counter;
      const user = await app.identities.createUser({ email: k.email ?? `user${n}-${Date.now()}@example.com`, role: k.admin ? 'admin' : 'member', ...(k.team ? { team: k.team } : {}) }, actor);
      const created = await app.identities.createKey({ userId: user.id, name: `test-${n}`, ...(k.models ? { models: k.models } : {}), ...(k.expiresIn ? { expiresIn: k.expiresIn } : {}) }, actor);
      await app.snapshot.refresh();
      return { key: created.key.reveal(), id: created.record.id, userId: user.id };
    },
    async stop() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
