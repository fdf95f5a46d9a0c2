/**
 * API key format: `bst_<prefix>_<secret>`
 *   prefix: 12 lowercase hex chars (48 random bits), not secret, unique, used for lookup
 *   secret: 43 base64url chars (256 random bits)
 * Only SHA-256(full key) is stored. Verification looks the record up by prefix
 * and compares hashes in constant time.
 */
import { createHash, hash as oneShotHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const KEY_PREFIX_TAG = 'bst_';
const KEY_RE = /^bst_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface GeneratedKey { key: string; prefix: string; hash: string }

export function generateApiKey(): GeneratedKey {
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const key = `${KEY_PREFIX_TAG}${prefix}_${secret}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Returns the lookup prefix of a well-formed key, or null. Does not touch the secret part. */
export function parseApiKey(key: string): { prefix: string } | null {
  const m = KEY_RE.exec(key);
  return m ? { prefix: m[1] as string } : null;
}

/** Constant-time comparison of a presented key against a stored hash (hex). */
export function apiKeyMatches(key: string, storedHashHex: string): boolean {
  // The hex digests are compared as bytes: the one-shot hex digest is the cheapest form Node produces.
  const a = Buffer.from(oneShotHash('sha256', key, 'hex'), 'latin1');
  const b = storedHashBytes(storedHashHex.toLowerCase());
  return b.length === a.length && timingSafeEqual(a, b);
}

/** Stored hashes as bytes (public values: hashes, not keys), kept so a lookup does not convert them every time. */
const asBytes = new Map<string, Buffer>();

function storedHashBytes(hex: string): Buffer {
  let b = asBytes.get(hex);
  if (!b) {
    if (asBytes.size >= 10_000) asBytes.clear();
    b = Buffer.from(hex, 'latin1');
    asBytes.set(hex, b);
  }
  return b;
}
