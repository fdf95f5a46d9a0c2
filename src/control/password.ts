/**
 * Password hashing with node:crypto scrypt. Encoded form:
 *   `scrypt$<N>$<r>$<p>$<salt base64url>$<hash base64url>`
 * so parameters can be raised later without invalidating stored hashes.
 * Verification recomputes with the stored parameters and compares in constant time.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { BastionError } from '../errors/registry.js';
import { Secret } from './secret.js';

export const SCRYPT_N = 2 ** 15;
export const SCRYPT_R = 8;
export const SCRYPT_P = 1;
const KEY_LEN = 32;
const SALT_LEN = 16;
/** Refuse to verify against parameters that would cost more than this (a tampered hash must not exhaust memory). */
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

function scryptAsync(password: string, salt: Buffer, keyLen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyLen, opts, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

function costOptions(N: number, r: number, p: number): ScryptOptions {
  // scrypt needs about 128 * N * r bytes; leave headroom above node's 32 MiB default.
  return { N, r, p, maxmem: 128 * N * r * 2 + 1024 * 1024 };
}

/** Returns a problem description, or null when the password is acceptable. */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `password must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (password.length > PASSWORD_MAX_LENGTH) return `password must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  if (password.trim().length === 0) return 'password must not be only whitespace';
  if (new Set(password).size < 4) return 'password must contain at least 4 different characters';
  if (context.email !== undefined && password.toLowerCase() === context.email.toLowerCase()) {
    return 'password must not be the email address';
  }
  return null;
}

/** Throws BastionError('invalid_request') when the password is too weak. */
export function assertPasswordStrength(password: Secret, context: { email?: string } = {}): void {
  const problem = passwordProblem(password.reveal(), context);
  if (problem !== null) throw new BastionError('invalid_request', problem);
}

export async function hashPassword(password: Secret): Promise<string> {
  const salt = randomBytes(SALT_LEN);
  const key = await scryptAsync(password.reveal().normalize('NFC'), salt, KEY_LEN, costOptions(SCRYPT_N, SCRYPT_R, SCRYPT_P));
  return ['scrypt', SCRYPT_N, SCRYPT_R, SCRYPT_P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface ParsedHash { N: number; r: number; p: number; salt: Buffer; key: Buffer }

function parseHash(encoded: string): ParsedHash | null {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (![N, r, p].every((n) => Number.isSafeInteger(n) && n > 0)) return null;
  if (N > MAX_N || (N & (N - 1)) !== 0 || r > MAX_R || p > MAX_P) return null;
  const salt = Buffer.from(parts[4] as string, 'base64url');
  const key = Buffer.from(parts[5] as string, 'base64url');
  if (salt.length < 8 || key.length < 16) return null;
  return { N, r, p, salt, key };
}

/** Constant-time check of a password against an encoded hash. A malformed hash verifies nothing. */
export async function verifyPassword(password: Secret, encoded: string): Promise<boolean> {
  const parsed = parseHash(encoded);
  if (parsed === null) return false;
  const candidate = await scryptAsync(password.reveal().normalize('NFC'), parsed.salt, parsed.key.length, costOptions(parsed.N, parsed.r, parsed.p));
  return timingSafeEqual(candidate, parsed.key);
}

/** True when the hash was made with weaker parameters than today's (rehash on next login). */
export function needsRehash(encoded: string): boolean {
  const parsed = parseHash(encoded);
  return parsed === null || parsed.N < SCRYPT_N || parsed.r < SCRYPT_R || parsed.p < SCRYPT_P;
}
