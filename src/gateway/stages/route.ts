/**
 * route: picks the order in which backends serving the model are tried
 * (weighted, healthy, circuit not open). The proxy stage walks that order,
 * moving on only before the first byte of an answer has been received.
 */
import { BastionError } from '../../errors/registry.js';
import type { Catalog, Candidate } from '../backends/catalog.js';
import type { RequestContext } from '../context.js';
import type { Stage } from '../pipeline.js';

export const CANDIDATES = 'route.candidates';

export function candidatesOf(ctx: RequestContext): Candidate[] {
  return (ctx.ext.get(CANDIDATES) as Candidate[] | undefined) ?? [];
}

export function createRouteStage(catalog: Catalog, maxAttempts = 3): Stage {
  return {
    name: 'route',
    run(ctx) {
      if (ctx.endpoint === 'models') return;
      const list = catalog.candidates(ctx.model as string);
      if (list.length === 0) throw new BastionError('no_healthy_backend');
      ctx.ext.set(CANDIDATES, list.slice(0, maxAttempts));
    },
  };
}
