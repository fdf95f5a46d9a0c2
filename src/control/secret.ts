/**
 * A value that must never appear in logs, JSON or error messages: passwords,
 * one-time API keys, setup tokens. Every way of turning it into text prints
 * `[REDACTED]`; the only way to read it is the explicit `reveal()`.
 */
import { inspect } from 'node:util';

export const REDACTED = '[REDACTED]';

export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The secret itself. Call only where it is deliberately handed to its owner. */
  reveal(): string {
    return this.#value;
  }

  get length(): number {
    return this.#value.length;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [Symbol.toPrimitive](): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}

export function isSecret(v: unknown): v is Secret {
  return v instanceof Secret;
}
