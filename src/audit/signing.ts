/**
 * The Ed25519 key that signs audit checkpoints. Held by the control plane:
 * taken from env BASTION_AUDIT_SIGNING_KEY (PKCS#8 PEM) when set, otherwise
 * from `<dataDir>/audit-signing.key` (mode 0600), created on first use.
 * The private key never leaves this object: it redacts itself when logged
 * or serialised.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';

export const SIGNING_KEY_FILE = 'audit-signing.key';
export const SIGNING_KEY_ENV = 'BASTION_AUDIT_SIGNING_KEY';

/** Public key as recorded in checkpoints: base64 of the SPKI DER encoding. */
export function publicKeyId(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'der' }).toString('base64');
}

export function publicKeyFromId(id: string): KeyObject {
  return createPublicKey({ key: Buffer.from(id, 'base64'), format: 'der', type: 'spki' });
}

export class AuditSigner {
  readonly #key: KeyObject;
  readonly publicKey: KeyObject;
  /** base64 SPKI DER, recorded with every checkpoint. */
  readonly publicKeyId: string;
  /** Where the key came from: 'env' or the key file path. */
  readonly source: string;

  constructor(key: KeyObject, source: string) {
    if (key.type !== 'private' || key.asymmetricKeyType !== 'ed25519') throw new Error('the audit signing key must be an Ed25519 private key');
    this.#key = key;
    this.publicKey = createPublicKey(key);
    this.publicKeyId = publicKeyId(this.publicKey);
    this.source = source;
  }

  sign(data: string): string {
    return sign(null, Buffer.from(data, 'utf8'), this.#key).toString('base64');
  }

  publicKeyPem(): string {
    return this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  toJSON(): Record<string, string> {
    return { type: 'AuditSigner', publicKeyId: this.publicKeyId, privateKey: '[REDACTED]' };
  }

  [inspect.custom](): string {
    return `AuditSigner { publicKeyId: '${this.publicKeyId}', privateKey: [REDACTED] }`;
  }
}

function fromPem(pem: string, source: string): AuditSigner {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw new Error(`the audit signing key from ${source} is not a valid PEM private key`);
  }
  return new AuditSigner(key, source);
}

/** Loads the signing key, creating the key file (0600) on first use unless `create` is false (then returns null). */
export function loadAuditSigner(opts: { dataDir: string; env?: NodeJS.ProcessEnv; create?: boolean }): AuditSigner | null {
  const env = opts.env ?? process.env;
  const fromEnv = env[SIGNING_KEY_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return fromPem(fromEnv, 'env ' + SIGNING_KEY_ENV);
  const file = join(opts.dataDir, SIGNING_KEY_FILE);
  let pem: string | undefined;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (pem !== undefined) {
    if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return fromPem(pem, file);
  }
  if (opts.create === false) return null;
  const { privateKey } = generateKeyPairSync('ed25519');
  const out = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  try {
    writeFileSync(file, out, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    // Another process created it first: use theirs so both sign with one key.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return fromPem(readFileSync(file, 'utf8'), file);
    throw err;
  }
  return new AuditSigner(privateKey, file);
}

/** Reads a public key (PEM, SPKI or a private key PEM whose public half is wanted) and returns its id. */
export function publicKeyIdFromPem(pem: string): string {
  return publicKeyId(createPublicKey(pem));
}
