/**
 * validate: the body must be valid UTF-8 JSON matching the endpoint's schema
 * (src/gateway/stages/validate-schema.ts). Sets ctx.body, ctx.model, ctx.stream.
 */
import { BastionError } from '../../errors/registry.js';
import type { ServerConfig } from '../../config/schema.js';
import type { Stage } from '../pipeline.js';
import { validateBody } from './validate-schema.js';
import { readBody } from './receive.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeJson(buf: Buffer): unknown {
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    throw new BastionError('invalid_encoding');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new BastionError('invalid_json');
  }
}

export function createValidateStage(caps: ServerConfig): Stage {
  return {
    name: 'validate',
    async run(ctx, io) {
      if (ctx.endpoint === 'models' || ctx.endpoint === undefined) return;
      const raw = io.bodyLimit !== undefined ? await readBody(io.req, io.bodyLimit) : io.body;
      if (!raw || raw.length === 0) throw new BastionError('invalid_json', 'The request body is empty.');
      const body = validateBody(ctx.endpoint, decodeJson(raw), caps);
      ctx.body = body;
      ctx.model = body.model as string;
      ctx.stream = body.stream === true;
    },
  };
}
