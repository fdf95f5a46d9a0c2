/**
 * authorize: the identity may use the requested model (key ∩ team allowlist).
 * A model the caller may not use is refused before its existence is revealed;
 * an allowed name that no backend serves is model_not_found.
 */
import { BastionError } from '../../errors/registry.js';
import type { Identity } from '../context.js';
import type { Stage } from '../pipeline.js';

export function mayUseModel(identity: Identity, model: string): boolean {
  return identity.models === null || identity.models.has(model);
}

export function createAuthorizeStage(catalog: { has(model: string): boolean }): Stage {
  return {
    name: 'authorize',
    run(ctx) {
      const id = ctx.identity;
      if (!id) throw new BastionError('missing_credentials');
      if (ctx.endpoint === 'models') return;
      const model = ctx.model as string;
      if (!mayUseModel(id, model)) throw new BastionError('model_not_allowed');
      if (!catalog.has(model)) throw new BastionError('model_not_found', `The model "${model.slice(0, 256)}" does not exist.`);
    },
  };
}
