/**
 * The composition root of `bastion start`: control plane, gateway and (when
 * nothing else is configured) the embedded inference worker in one process,
 * on SQLite by default. Every module is constructed here and handed its
 * dependencies; nothing below imports a concrete store or client itself.
 */
import { mkdirSync } from 'node:fs';
import type { BastionConfig } from '../config/schema.js';
import type { Logger } from '../log/logger.js';
import { openStore } from '../store/open.js';
import type { Store, StoreHandle } from '../store/types.js';
import { IdentityService } from '../control/identities.js';
import { bootstrap, setupTokenBanner, SetupService } from '../control/bootstrap.js';
import { createIdentitySnapshot, type IdentitySnapshot } from '../control/snapshot.js';
import { identityRoutes } from '../control/routes.js';
import type { ApiRoute } from '../control/api-types.js';
import { noSecurityEvents, type SecurityEventSink } from '../control/events.js';
import { Catalog } from '../gateway/backends/catalog.js';
import { createGateway, type Gateway } from '../gateway/server.js';
import { Metrics } from '../gateway/metrics.js';
import { startEmbeddedBackend, type EmbeddedBackend } from './embedded-backend.js';
import { createModules, type Modules } from './modules.js';
import { startWalCheckpointer } from '../store/wal-checkpointer.js';

/** True for addresses that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export interface StartOptions {
  config: BastionConfig;
  log: Logger;
  /** Model file for the embedded worker (--model). */
  modelFile?: string;
  /** Skip the embedded worker even with no backend (tests). @default false */
  noEmbedded?: boolean;
  /** Probe for a local Ollama when no backend is configured. @default true */
  probeOllama?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Where the banner goes. @default process.stdout */
  print?: (text: string) => void;
}

export interface RunningBastion {
  url: string;
  port: number;
  store: Store;
  handle: StoreHandle;
  identities: IdentityService;
  snapshot: IdentitySnapshot;
  catalog: Catalog;
  gateway: Gateway;
  modules: Modules;
  embedded?: EmbeddedBackend;
  close(): Promise<void>;
}

export async function startBastion(opts: StartOptions): Promise<RunningBastion> {
  const { config, log } = opts;
  const env = opts.env ?? process.env;
  const print = opts.print ?? ((t: string) => process.stdout.write(t + '\n'));
  const cleanups: Array<() => Promise<void> | void> = [];
  const close = async (): Promise<void> => {
    for (const c of cleanups.reverse()) {
      try { await c(); } catch (e) { log.warn('shutdown step failed', { error: e }); }
    }
  };
  try {
    mkdirSync(config.server.dataDir, { recursive: true, mode: 0o700 });
    const { store, handle } = await openStore({ dataDir: config.server.dataDir, ...(config.server.databaseUrl ? { databaseUrl: config.server.databaseUrl } : {}) });
    cleanups.push(() => store.close());
    if (handle.kind === 'sqlite') {
      const checkpointer = startWalCheckpointer(handle.db, { onError: (message) => log.warn('SQLite WAL checkpoint failed', { message }) });
      cleanups.push(() => checkpointer.stop());
    }

    const metrics = new Metrics();
    const modules = await createModules({ config, handle, store, log, metrics, env });
    cleanups.push(() => modules.close());
    const events: SecurityEventSink = modules.securityEvents ?? noSecurityEvents;

    const identities = new IdentityService(store, { events });
    const setup = new SetupService(identities, { events });
    const boot = await bootstrap(identities, { BASTION_ADMIN_PASSWORD: env.BASTION_ADMIN_PASSWORD, BASTION_ADMIN_EMAIL: env.BASTION_ADMIN_EMAIL });
    const snapshot = await createIdentitySnapshot(store, { log: (level, msg, fields) => log[level](msg, fields) });
    cleanups.push(() => snapshot.close());

    let backends = config.backends;
    let embedded: EmbeddedBackend | undefined;
    if (backends.length === 0 && !opts.noEmbedded) {
      embedded = await startEmbeddedBackend({ dataDir: config.server.dataDir, probeOllama: opts.probeOllama ?? true, log, ...(opts.modelFile ? { modelFile: opts.modelFile } : {}) });
      const w = embedded.worker;
      if (w) cleanups.push(() => w.stop());
      backends = [embedded.backend];
    }
    const catalog = new Catalog(backends);
    cleanups.push(() => catalog.close());
    await catalog.build(config.models, log);
    catalog.startHealthChecks((b) => log.warn(b.healthy ? 'backend healthy again' : 'backend failed its health check', { backend: b.id }));

    const apiRoutes: ApiRoute[] = [...identityRoutes({ identities, setup }), ...modules.apiRoutes({ identities })];
    const gateway = createGateway({
      server: config.server,
      catalog,
      identities: snapshot,
      log,
      metrics,
      apiRoutes,
      ...modules.gatewayDeps,
      // Not ready when a fail-closed dependency is down: every model call would be refused.
      ready: () => {
        const limitsDown = config.limits.failMode === 'closed' && modules.limits.health().degraded;
        const auditDown = config.audit.failMode === 'closed' && modules.audit.health().degraded;
        return { ready: snapshot.revision >= 0 && !limitsDown && !auditDown, detail: modules.health() };
      },
    });
    const { port, url } = await gateway.listen(config.server.port, config.server.host);
    cleanups.push(() => gateway.close());

    print(`Bastion is listening on ${url} (OpenAI-compatible API at ${url}/v1)`);
    print(`Data: ${config.server.databaseUrl ? 'PostgreSQL' : `SQLite under ${config.server.dataDir}`}; config: ${config.source}`);
    if (embedded?.kind === 'demo') {
      print('No backend is configured, so Bastion started its embedded llama.cpp worker on a tiny generated demo model.');
      print('That model produces random text: it only proves the path works. Point Bastion at a real model with');
      print('  npx bastion start --model FILE.gguf            (embedded llama.cpp, any GGUF file)');
      print('  npx bastion start --backend http://HOST:PORT/v1  (Ollama, vLLM, llama.cpp server, any OpenAI-compatible server)');
    } else if (embedded?.kind === 'ollama') {
      print(`No backend is configured; using the local Ollama at 127.0.0.1:11434 (models: ${catalog.models().join(', ') || 'none yet'}).`);
    } else if (backends.length === 0) {
      print('No backend is configured. Add one with --backend http://HOST:PORT/v1 or a bastion.yaml (see docs/config.md).');
    }
    print(`Models: ${catalog.models().join(', ') || '(none)'}`);
    if (boot.kind === 'setup_token') print(setupTokenBanner(boot, url));
    if (boot.kind === 'admin_created') print(`Created the first admin ${boot.user.email} from BASTION_ADMIN_PASSWORD.`);
    print('Create an API key: npx bastion keys create --name my-app');
    if (config.server.metrics === 'open' && !isLoopbackHost(config.server.host)) {
      print(`Note: /metrics is readable by anyone who reaches ${config.server.host}; set server.metrics: token (and BASTION_METRICS_TOKEN) or off (see docs/config.md).`);
    }

    return { url, port, store, handle, identities, snapshot, catalog, gateway, modules, ...(embedded ? { embedded } : {}), close };
  } catch (err) {
    await close();
    throw err;
  }
}
