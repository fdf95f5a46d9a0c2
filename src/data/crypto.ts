/**
 * AES-256-GCM sealing (node:crypto) for envelope encryption.
 *
 * A sealed value is `0x01 | iv (12) | tag (16) | ciphertext`. Every seal uses a
 * fresh random IV and additional authenticated data (AAD) naming what the
 * ciphertext belongs to (owner, record id, …): a blob copied into another row
 * fails authentication instead of decrypting under the wrong owner.
 *
 * `SecretKey` keeps its bytes in a private field and never prints or
 * serialises them (toJSON, toString and util.inspect all show `[REDACTED]`).
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { inspect } from 'node:util';

export const KEY_BYTES = 32;
const VERSION = 0x01;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER = 1 + IV_BYTES + TAG_BYTES;

/** Decryption failed: wrong key, wrong AAD (moved row) or altered ciphertext. */
export class DecryptError extends Error {
  constructor(message = 'sealed data failed authentication') {
    super(message);
    this.name = 'DecryptError';
  }
}

export class SecretKey {
  readonly #bytes: Buffer;
  /** Non-secret identifier: HMAC of a fixed label under the key (not a hash of the key itself). */
  readonly id: string;

  private constructor(bytes: Buffer) {
    if (bytes.length !== KEY_BYTES) throw new RangeError(`a key must be ${KEY_BYTES} bytes`);
    this.#bytes = Buffer.from(bytes);
    this.id = createHmac('sha256', this.#bytes).update('bastion key id v1').digest('hex').slice(0, 16);
  }

  static generate(): SecretKey {
    return new SecretKey(randomBytes(KEY_BYTES));
  }

  static fromBytes(bytes: Buffer): SecretKey {
    return new SecretKey(bytes);
  }

  /** Parses base64 (standard or url-safe); throws RangeError unless it is exactly 32 bytes. */
  static fromBase64(text: string): SecretKey {
    const t = text.trim();
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(t)) throw new RangeError('key is not base64');
    return new SecretKey(Buffer.from(t, t.includes('-') || t.includes('_') ? 'base64url' : 'base64'));
  }

  /** For writing the key to its file or wrapping it; the only way the bytes leave. */
  exportBase64(): string {
    return this.#bytes.toString('base64');
  }

  seal(plaintext: Buffer | string, aad: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#bytes, iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const ct = Buffer.concat([cipher.update(typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), ct]);
  }

  open(sealed: Buffer, aad: string): Buffer {
    if (sealed.length < HEADER || sealed[0] !== VERSION) throw new DecryptError('sealed data has an unknown format');
    const decipher = createDecipheriv('aes-256-gcm', this.#bytes, sealed.subarray(1, 1 + IV_BYTES));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(sealed.subarray(1 + IV_BYTES, HEADER));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(HEADER)), decipher.final()]);
    } catch {
      throw new DecryptError();
    }
  }

  /** Wraps another key under this one (envelope encryption). */
  wrap(key: SecretKey, aad: string): Buffer {
    return this.seal(key.#bytes, aad);
  }

  unwrap(wrapped: Buffer, aad: string): SecretKey {
    const bytes = this.open(wrapped, aad);
    try {
      return new SecretKey(bytes);
    } finally {
      bytes.fill(0);
    }
  }

  toJSON(): string {
    return '[REDACTED]';
  }

  toString(): string {
    return `SecretKey(${this.id}) [REDACTED]`;
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

/** AAD for a record: kind, owner and id (plus any extra fields the row binds, such as role or position). */
export function recordAad(kind: string, ownerId: string, recordId: string, ...extra: Array<string | number>): string {
  return ['bastion/v1', kind, ownerId, recordId, ...extra.map(String)].map((p) => `${p.length}:${p}`).join('|');
}
