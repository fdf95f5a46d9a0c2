/**
 * Builds the pluggable modules (limits, guard, audit, data) from their config
 * sections and hands the gateway its stage implementations. Each module owns
 * its config parser; problems are reported together with the rest of the
 * configuration.
 */
import type { BastionConfig } from '../config/schema.js';
import type { Logger } from '../log/logger.js';
import type { Store, StoreHandle } from '../store/types.js';
import type { ApiRoute } from '../control/api-types.js';
import type { SecurityEventSink } from '../control/events.js';
import type { IdentityService } from '../control/identities.js';
import type { GatewayDeps } from '../gateway/server.js';
import type { Metrics } from '../gateway/metrics.js';

export interface ModuleDeps {
  config: BastionConfig;
  store: Store;
  handle: StoreHandle;
  log: Logger;
  metrics: Metrics;
}

export interface Modules {
  gatewayDeps: Pick<GatewayDeps, 'limits' | 'guard' | 'audit' | 'authFailures' | 'clientAddress'>;
  securityEvents?: SecurityEventSink;
  apiRoutes(deps: { identities: IdentityService }): ApiRoute[];
  health(): Record<string, unknown>;
  close(): Promise<void>;
}

export async function createModules(_deps: ModuleDeps): Promise<Modules> {
  return {
    gatewayDeps: {},
    apiRoutes: () => [],
    health: () => ({}),
    close: async () => undefined,
  };
}
