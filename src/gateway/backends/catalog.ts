/**
 * The model catalog: public model name → weighted backend targets. Built from
 * the config's explicit `models:` and from each backend's own model list
 * (configured, or discovered with GET {url}/models at start-up).
 */
import type { BackendConfig, ModelRoute, ModelTarget } from '../../config/schema.js';
import type { Logger } from '../../log/logger.js';
import { Backend } from './backend.js';

export interface Candidate { backend: Backend; backendModel: string }

export class Catalog {
  readonly backends = new Map<string, Backend>();
  private readonly routes = new Map<string, ModelTarget[]>();

  constructor(configs: readonly BackendConfig[]) {
    for (const c of configs) this.backends.set(c.id, new Backend(c));
  }

  /** Discovers backend models and merges explicit routes. Backends that cannot be reached are reported, not fatal. */
  async build(explicit: readonly ModelRoute[], log: Logger): Promise<void> {
    await Promise.all([...this.backends.values()].map(async (b) => {
      let models = b.config.models;
      if (models === null && !explicit.some((r) => r.targets.some((t) => t.backendId === b.id))) {
        try {
          const body = (await b.getJson('/models', b.config.timeouts.firstByteMs)) as { data?: Array<{ id?: unknown }> };
          models = (body.data ?? []).map((m) => m.id).filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 256);
          log.info('discovered backend models', { backend: b.id, models });
        } catch (e) {
          log.warn('could not discover models of backend; it serves none until configured', { backend: b.id, error: (e as Error).message });
          models = [];
        }
      }
      for (const m of models ?? []) this.add(m, { backendId: b.id, backendModel: m, weight: b.config.weight });
    }));
    for (const r of explicit) {
      this.routes.set(r.name, r.targets.map((t) => ({ ...t })));
    }
  }

  add(name: string, target: ModelTarget): void {
    const list = this.routes.get(name) ?? [];
    if (!list.some((t) => t.backendId === target.backendId && t.backendModel === target.backendModel)) list.push(target);
    this.routes.set(name, list);
  }

  has(model: string): boolean {
    return this.routes.has(model);
  }

  models(): string[] {
    return [...this.routes.keys()].sort();
  }

  /**
   * Available targets for a model, in the order to try them: a weighted random
   * permutation (weights as in the config), with unavailable backends dropped.
   */
  candidates(model: string, rand: () => number = Math.random): Candidate[] {
    const targets = this.routes.get(model);
    if (!targets) return [];
    const pool: Array<{ c: Candidate; w: number }> = [];
    for (const t of targets) {
      const b = this.backends.get(t.backendId);
      if (b && b.available && t.weight > 0) pool.push({ c: { backend: b, backendModel: t.backendModel }, w: t.weight });
    }
    if (pool.length <= 1) return pool.map((x) => x.c);
    const out: Candidate[] = [];
    while (pool.length > 0) {
      let total = 0;
      for (const x of pool) total += x.w;
      let r = rand() * total;
      let i = 0;
      for (; i < pool.length - 1; i++) {
        r -= (pool[i] as { w: number }).w;
        if (r < 0) break;
      }
      out.push((pool[i] as { c: Candidate }).c);
      pool.splice(i, 1);
    }
    return out;
  }

  startHealthChecks(onChange: (b: Backend) => void): void {
    for (const b of this.backends.values()) b.startHealthChecks(onChange);
  }

  async close(): Promise<void> {
    await Promise.all([...this.backends.values()].map((b) => b.close()));
  }
}
