/**
 * Small readers for JSON request bodies of the admin API. Unknown fields are
 * refused ('unknown_field'), wrong types are 'invalid_request' naming the field.
 */
import { BastionError } from '../errors/registry.js';

export type Fields = Readonly<Record<string, unknown>>;

export function objectBody(body: unknown, allowed: readonly string[]): Fields {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw new BastionError('invalid_request', 'the request body must be a JSON object');
  for (const k of Object.keys(body)) {
    if (!allowed.includes(k)) throw new BastionError('unknown_field', `unknown field "${k.slice(0, 64)}"; allowed: ${allowed.join(', ')}`);
  }
  return body as Fields;
}

export function requiredString(o: Fields, field: string): string {
  const v = o[field];
  if (typeof v !== 'string') throw new BastionError('invalid_request', `${field} is required and must be a string`);
  return v;
}

export function optionalString(o: Fields, field: string): string | undefined {
  const v = o[field];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new BastionError('invalid_request', `${field} must be a string`);
  return v;
}

export function nullableString(o: Fields, field: string): string | null | undefined {
  const v = o[field];
  if (v === null) return null;
  return optionalString(o, field);
}

/** A model list: array of strings, "all", or null; left to normalizeModels for content checks. */
export function modelsField(o: Fields, field: string): string[] | string | null | undefined {
  const v = o[field];
  if (v === undefined || v === null || typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((m) => typeof m === 'string')) return v as string[];
  throw new BastionError('invalid_request', `${field} must be an array of model names, or null for every model`);
}
