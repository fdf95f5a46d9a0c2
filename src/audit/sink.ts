/**
 * The audit module as the gateway and control plane see it: an AuditSink
 * (one event per model call, see src/gateway/stages/types.ts) and a
 * SecurityEventSink (src/control/events.ts), backed by the batched writer.
 */
import type { AuditSink } from '../gateway/stages/types.js';
import type { RequestContext } from '../gateway/context.js';
import type { SecurityEvent, SecurityEventSink } from '../control/events.js';
import type { StoreHandle } from '../store/types.js';
import type { AuditConfig } from './config.js';
import { createAuditStore, type AuditStore } from './store.js';
import { loadAuditSigner, type AuditSigner } from './signing.js';
import { AuditWriter, type AuditHealth } from './writer.js';
import { modelCallEvent, securityEvent } from './event.js';

export type AuditOnEvent = (e: { type: string; [k: string]: unknown }) => void;

export interface AuditService extends AuditSink, SecurityEventSink {
  flush(): Promise<void>;
  close(): Promise<void>;
  health(): { queued: number; dropped: number; degraded: boolean };
  /** The store and signer, for the admin routes, purge and the CLI. */
  readonly store: AuditStore;
  readonly signer: AuditSigner;
  readonly writer: AuditWriter;
  /** PEM of the checkpoint signing key's public half (safe to publish). */
  publicKeyPem(): string;
  /** Removes events with seq < `seq` behind a signed purge checkpoint (retention). */
  purgeBefore(seq: number): Promise<{ removed: number }>;
  /** Retention by age: removes every event older than `cutoffMs` (epoch ms) the same way. */
  purgeOlderThan(cutoffMs: number): Promise<{ removed: number }>;
}

export async function createAuditSink(
  config: AuditConfig,
  deps: { handle: StoreHandle; dataDir: string; onEvent?: AuditOnEvent; env?: NodeJS.ProcessEnv },
): Promise<AuditService> {
  const store = await createAuditStore(deps.handle);
  const signer = loadAuditSigner({ dataDir: deps.dataDir, ...(deps.env ? { env: deps.env } : {}) }) as AuditSigner;
  const writer = new AuditWriter(store, signer, { ...config, ...(deps.onEvent ? { onEvent: deps.onEvent } : {}) });
  const health = (): AuditHealth => writer.health();
  async function purgeBefore(seq: number): Promise<{ removed: number }> {
    await writer.flush();
    const r = await store.purgeBefore(seq, signer);
    writer.push(securityEvent({
      action: 'retention.purge', outcome: 'success', actor: { via: 'system' },
      target: { type: 'audit_log', id: 'events' },
      details: { beforeSeq: seq, removed: r.removed, checkpoint: r.checkpoint ? r.checkpoint.n : null },
    }));
    return { removed: r.removed };
  }
  return {
    store,
    signer,
    writer,
    admit(_ctx: RequestContext): void {
      writer.admit();
    },
    record(ctx: RequestContext, latencyMs: number): void {
      writer.push(modelCallEvent(ctx, latencyMs));
    },
    emit(e: SecurityEvent): void {
      writer.push(securityEvent(e));
    },
    flush: () => writer.flush(),
    close: () => writer.close(),
    health: () => {
      const h = health();
      return { queued: h.queued, dropped: h.dropped, degraded: h.degraded };
    },
    publicKeyPem: () => signer.publicKeyPem(),
    purgeBefore,
    async purgeOlderThan(cutoffMs: number): Promise<{ removed: number }> {
      const [newestOld] = await store.query({ until: cutoffMs, limit: 1 });
      return newestOld ? purgeBefore(newestOld.seq + 1) : { removed: 0 };
    },
  };
}
