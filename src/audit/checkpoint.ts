/**
 * Signed checkpoints seal the chain. A checkpoint states "event `seq` has hash
 * `hash`", is numbered gaplessly (`n`), links to the previous checkpoint by its
 * id (SHA-256 of the previous payload) and is signed with Ed25519. The public
 * key is part of the signed payload.
 *
 * Kinds: 'seal' (periodic and on shutdown) and 'purge' (written before events
 * up to `seq` are removed; it anchors the new start of the chain).
 */
import { createHash, verify as edVerify } from 'node:crypto';
import { canonicalJson } from './canonical.js';
import { publicKeyFromId, type AuditSigner } from './signing.js';
import { GENESIS_HASH } from './chain.js';

export type CheckpointKind = 'seal' | 'purge';

export interface CheckpointPayload {
  v: 1;
  n: number;
  kind: CheckpointKind;
  /** Last event sealed (for 'purge': the last event removed). */
  seq: number;
  /** Hash of event `seq`. */
  hash: string;
  at: number;
  /** Id of checkpoint n-1 (GENESIS_HASH for the first). */
  prevCheckpoint: string;
  /** base64 SPKI DER of the signing key. */
  publicKey: string;
}

export interface Checkpoint extends CheckpointPayload {
  /** base64 Ed25519 signature of the canonical payload. */
  signature: string;
}

export function payloadText(c: CheckpointPayload): string {
  return canonicalJson({ v: c.v, n: c.n, kind: c.kind, seq: c.seq, hash: c.hash, at: c.at, prevCheckpoint: c.prevCheckpoint, publicKey: c.publicKey });
}

export function checkpointId(c: CheckpointPayload): string {
  return createHash('sha256').update(payloadText(c)).digest('hex');
}

/** Creates the next checkpoint after `prev` (null when none exists yet). */
export function makeCheckpoint(
  signer: AuditSigner,
  prev: Checkpoint | null,
  kind: CheckpointKind,
  tail: { seq: number; hash: string },
  at: number,
): Checkpoint {
  const payload: CheckpointPayload = {
    v: 1,
    n: prev ? prev.n + 1 : 1,
    kind,
    seq: tail.seq,
    hash: tail.hash,
    at,
    prevCheckpoint: prev ? checkpointId(prev) : GENESIS_HASH,
    publicKey: signer.publicKeyId,
  };
  return { ...payload, signature: signer.sign(payloadText(payload)) };
}

/** True when the signature over the payload verifies with the key the checkpoint names. */
export function signatureValid(c: Checkpoint): boolean {
  try {
    return edVerify(null, Buffer.from(payloadText(c), 'utf8'), publicKeyFromId(c.publicKey), Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
}
