// A gateway for bench/audit-gateway.ts: the composition of `bastion start`
// (store, modules, identity snapshot, catalog, gateway) with the audit sink
// either on (as shipped) or replaced by the no-op sink when AUDIT=off.
// Usage: AUDIT=on|off node --import tsx bench/audit-gateway-main.ts CONFIG DATA_DIR
import { loadConfig } from '../src/config/load.js';
import { silentLogger } from '../src/log/logger.js';
import { openStore } from '../src/store/open.js';
import { Metrics } from '../src/gateway/metrics.js';
import { createModules } from '../src/app/modules.js';
import { createIdentitySnapshot } from '../src/control/snapshot.js';
import { Catalog } from '../src/gateway/backends/catalog.js';
import { createGateway } from '../src/gateway/server.js';
import { noAudit } from '../src/gateway/stages/types.js';

const [configPath, dataDir] = process.argv.slice(2) as [string, string];
const auditOn = process.env.AUDIT !== 'off';
const config = loadConfig({ configPath, dataDir, port: 0, host: '127.0.0.1' });
const { store, handle } = await openStore({ dataDir });
const modules = await createModules({ config, handle, store, log: silentLogger, metrics: new Metrics() });
const snapshot = await createIdentitySnapshot(store);
const catalog = new Catalog(config.backends);
await catalog.build(config.models, silentLogger);
const gateway = createGateway({
  server: config.server, catalog, identities: snapshot, log: silentLogger,
  ...modules.gatewayDeps,
  audit: auditOn ? modules.gatewayDeps.audit : noAudit,
});
const { url } = await gateway.listen(0, '127.0.0.1');
process.stdout.write(JSON.stringify({ event: 'listening', url, audit: auditOn }) + '\n');
process.on('SIGTERM', () => {
  void (async () => {
    await gateway.close();
    const h = modules.health();
    await modules.close();
    await snapshot.close();
    catalog.close();
    await store.close();
    process.stderr.write(JSON.stringify({ audit: auditOn, health: h }) + '\n');
    process.exit(0);
  })();
});
