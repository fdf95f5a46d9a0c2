/**
 * The hash chain. Every event row is (seq, at, prev_hash, body, hash) with
 *
 *   hash = SHA-256( `${seq}\n${at}\n${prev_hash}\n${body}` )  (lower-case hex)
 *
 * where `body` is the canonical JSON of the event, stored as text exactly as
 * hashed (so verification hashes stored bytes and never re-serialises), and
 * prev_hash is the hash of event seq-1 (GENESIS_HASH for seq 1, or the hash a
 * purge checkpoint anchors after old events were removed).
 */
import { hash as oneShotHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export function eventHash(seq: number, at: number, prevHash: string, body: string): string {
  return oneShotHash('sha256', `${seq}\n${at}\n${prevHash}\n${body}`, 'hex');
}

/** One stored row of the audit log, as every store returns it. */
export interface AuditRow {
  seq: number;
  at: number;
  prevHash: string;
  body: string;
  hash: string;
}

/** Chains `items` after `tail` (null for an empty log), assigning gapless sequence numbers. */
export function chainRows(tail: { seq: number; hash: string } | null, items: ReadonlyArray<{ at: number; body: string }>): AuditRow[] {
  let seq = tail ? tail.seq : 0;
  let prev = tail ? tail.hash : GENESIS_HASH;
  const out: AuditRow[] = [];
  for (const it of items) {
    seq += 1;
    const hash = eventHash(seq, it.at, prev, it.body);
    out.push({ seq, at: it.at, prevHash: prev, body: it.body, hash });
    prev = hash;
  }
  return out;
}
