/**
 * Turns driver constraint errors into the store's own errors so callers never
 * see SQLite or PostgreSQL codes: a unique violation becomes StoreConflictError,
 * a foreign-key violation StoreReferenceError, each with a clear message.
 */
import { StoreConflictError, StoreReferenceError } from './types.js';

export type ConstraintKind = 'unique' | 'foreign' | null;

export function constraintKind(err: unknown): ConstraintKind {
  if (typeof err !== 'object' || err === null) return null;
  const code = (err as { code?: unknown }).code;
  switch (code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
    case '23505':
      return 'unique';
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
    case '23503':
      return 'foreign';
    default:
      return null;
  }
}

/** Rethrows `err` as a store error when it is a constraint violation, else as is. */
export function translate(err: unknown, messages: { unique: string; foreign: string }): never {
  const kind = constraintKind(err);
  if (kind === 'unique') throw new StoreConflictError(messages.unique);
  if (kind === 'foreign') throw new StoreReferenceError(messages.foreign);
  throw err;
}
