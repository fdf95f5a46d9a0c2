/**
 * Verifies the whole audit log: the signed checkpoint chain first, then every
 * event in seq order. The common case (an intact row) costs one SHA-256 of the
 * stored text and three comparisons; only around a break does the verifier
 * slow down to work out what happened, from a small window of recent rows:
 *
 *  - changed:   a row's content no longer matches its hash, or it was re-hashed
 *               (its successor still links to the original hash), or a valid
 *               checkpoint seals a different hash for that seq;
 *  - removed:   a gap in seq, a missing predecessor after renumbering, or events
 *               a checkpoint seals that are no longer there;
 *  - reordered: a row whose hash only matches another seq (rows swapped or
 *               renumbered);
 *  - inserted:  a row that is not part of the original chain (another row
 *               holds its original position, or two rows claim one predecessor);
 *  - checkpoint problems: bad signature, untrusted key, removed or relinked.
 */
import { GENESIS_HASH, eventHash, type AuditRow } from './chain.js';
import { checkpointId, signatureValid, type Checkpoint } from './checkpoint.js';
import type { AuditStore } from './store.js';

export type VerifyFindingKind =
  | 'changed' | 'removed' | 'reordered' | 'inserted'
  | 'bad_signature' | 'untrusted_key' | 'checkpoint_removed' | 'checkpoint_relinked';

export interface VerifyFinding { kind: VerifyFindingKind; seq?: number; checkpoint?: number; message: string }

export interface VerifyReport {
  ok: boolean;
  events: number;
  firstSeq: number | null;
  lastSeq: number | null;
  checkpoints: number;
  /** Seq the chain starts after (last purge checkpoint), 0 when never purged. */
  anchoredAt: number;
  findings: VerifyFinding[];
  /** Findings beyond `maxFindings` that were counted but not kept. */
  moreFindings: number;
}

export interface VerifyOptions {
  /** Public key ids (base64 SPKI DER) accepted for checkpoints; null: accept the key each checkpoint names. */
  trustedKeys: readonly string[] | null;
  /** Called after each batch with the number of events checked so far. */
  onProgress?: (checked: number) => void;
  maxFindings?: number;
  batch?: number;
}

const WINDOW = 512;
const MAX_SHIFT = 16;
const RECENT = 8;

interface Seen { hash: string; prev: string; storedAt: number; inPlace: boolean }

export async function verifyAuditLog(store: Pick<AuditStore, 'scan' | 'checkpoints'>, opts: VerifyOptions): Promise<VerifyReport> {
  const findings: VerifyFinding[] = [];
  const maxFindings = opts.maxFindings ?? 100;
  let more = 0;
  const add = (f: VerifyFinding): void => {
    if (findings.length < maxFindings) findings.push(f);
    else more += 1;
  };

  // 1. Checkpoints.
  const cps = await store.checkpoints();
  const sealed = new Map<number, Checkpoint>();
  let anchor: Checkpoint | null = null;
  let prevCp: Checkpoint | null = null;
  let lastSealed: Checkpoint | null = null;
  // An altered checkpoint also breaks its successor's link; report it once.
  let prevBad = false;
  for (const c of cps) {
    const expectedN = prevCp ? prevCp.n + 1 : 1;
    let good = true;
    if (c.n !== expectedN) {
      add({ kind: 'checkpoint_removed', checkpoint: c.n, message: `checkpoint${c.n - expectedN > 1 ? 's' : ''} #${expectedN}${c.n - expectedN > 1 ? `..#${c.n - 1}` : ''} removed: checkpoint #${c.n} follows #${expectedN - 1}` });
    } else if (!prevBad && c.prevCheckpoint !== (prevCp ? checkpointId(prevCp) : GENESIS_HASH)) {
      add({ kind: 'checkpoint_relinked', checkpoint: c.n, message: `checkpoint #${c.n} does not link to checkpoint #${expectedN - 1}: a checkpoint was replaced or forged` });
      good = false;
    }
    const sigOk = signatureValid(c);
    if (!sigOk) {
      add({ kind: 'bad_signature', checkpoint: c.n, seq: c.seq, message: `checkpoint #${c.n} (seq ${c.seq}) has a bad signature: it was altered or forged` });
      good = false;
    } else if (opts.trustedKeys && !opts.trustedKeys.includes(c.publicKey)) {
      add({ kind: 'untrusted_key', checkpoint: c.n, seq: c.seq, message: `checkpoint #${c.n} (seq ${c.seq}) is signed by a key that is not a trusted audit signing key: forged` });
      good = false;
    }
    if (good) {
      if (c.kind === 'purge') anchor = c;
      else sealed.set(c.seq, c);
      if (!lastSealed || c.seq >= lastSealed.seq) lastSealed = c;
    }
    prevCp = c;
    prevBad = !sigOk;
  }

  // 2. Events.
  const startSeq = anchor ? anchor.seq + 1 : 1;
  const byOrig = new Map<number, Seen>();
  byOrig.set(startSeq - 1, { hash: anchor ? anchor.hash : GENESIS_HASH, prev: '', storedAt: startSeq - 1, inPlace: true });
  const pending = new Map<number, { prev: string; storedAt: number }>();
  const gaps: Array<[number, number]> = [];
  const moved: Array<{ at: number; orig: number }> = [];
  const inGap = (s: number): boolean => gaps.some(([a, b]) => s >= a && s <= b);

  let expected = startSeq;
  let lastHash = anchor ? anchor.hash : GENESIS_HASH;
  let prevRow: AuditRow | null = null;
  const recent: AuditRow[] = [];
  let recentAt = 0;
  let firstSeq: number | null = null;
  let lastSeq: number | null = null;
  let events = 0;
  let slow = false;

  const remember = (orig: number, s: Seen): void => {
    byOrig.set(orig, s);
    if (byOrig.size > WINDOW) byOrig.delete(byOrig.keys().next().value as number);
  };

  const slowRow = (r: AuditRow): void => {
    if (r.seq > expected) {
      gaps.push([expected, r.seq - 1]);
      const n = r.seq - expected;
      if (firstSeq === r.seq) add({ kind: 'removed', seq: expected, message: `events ${expected}..${r.seq - 1} removed from the start of the log without a purge checkpoint` });
      else add({ kind: 'removed', seq: expected, message: n === 1 ? `event ${expected} removed: the log jumps from ${expected - 1} to ${r.seq}` : `events ${expected}..${r.seq - 1} removed (${n} events): the log jumps from ${expected - 1} to ${r.seq}` });
    }
    expected = r.seq + 1;
    let orig = r.seq;
    let inPlace = true;
    if (eventHash(r.seq, r.at, r.prevHash, r.body) !== r.hash) {
      let found: number | null = null;
      for (let d = 1; d <= MAX_SHIFT && found === null; d++) {
        if (eventHash(r.seq + d, r.at, r.prevHash, r.body) === r.hash) found = r.seq + d;
        else if (r.seq - d >= 1 && eventHash(r.seq - d, r.at, r.prevHash, r.body) === r.hash) found = r.seq - d;
      }
      if (found === null) {
        add({ kind: 'changed', seq: r.seq, message: `event ${r.seq} changed: its content does not match its hash` });
      } else {
        orig = found;
        inPlace = false;
        moved.push({ at: r.seq, orig });
      }
    }
    const dup = byOrig.get(orig);
    let insertedPrev = false;
    if (dup && dup.storedAt !== r.seq && !inPlace && dup.inPlace) {
      add({ kind: 'inserted', seq: dup.storedAt, message: `event ${dup.storedAt} inserted: it is not part of the original chain (the original event ${orig} now sits at seq ${r.seq})` });
      insertedPrev = true;
    }
    if (!inGap(orig - 1)) {
      const pred = byOrig.get(orig - 1);
      if (pred !== undefined) {
        if (pred.hash !== r.prevHash && !insertedPrev) {
          if (prevRow && prevRow.seq === r.seq - 1 && r.prevHash === prevRow.prevHash) {
            add({ kind: 'inserted', seq: prevRow.seq, message: `event ${prevRow.seq} inserted: events ${prevRow.seq} and ${r.seq} both claim the same predecessor` });
          } else {
            add({ kind: 'changed', seq: pred.storedAt, message: `event ${pred.storedAt} changed and re-hashed: event ${r.seq} links to a different hash` });
          }
        }
      } else if (orig - 1 >= startSeq) {
        pending.set(orig - 1, { prev: r.prevHash, storedAt: r.seq });
      }
    }
    const waiting = pending.get(orig);
    if (waiting) {
      pending.delete(orig);
      if (waiting.prev !== r.hash) add({ kind: 'changed', seq: r.seq, message: `event ${r.seq} changed and re-hashed: event ${waiting.storedAt} links to a different hash` });
    }
    remember(orig, { hash: r.hash, prev: r.prevHash, storedAt: r.seq, inPlace });
    if (inPlace) checkSealed(r);
    lastHash = r.hash;
  };

  const checkSealed = (r: AuditRow): void => {
    const c = sealed.get(r.seq);
    if (c && c.hash !== r.hash) {
      add({ kind: 'changed', seq: r.seq, checkpoint: c.n, message: `checkpoint #${c.n} seals event ${r.seq} with a different hash: events up to ${r.seq} were changed and re-hashed` });
    }
  };

  for await (const batch of store.scan({ fromSeq: startSeq, batch: opts.batch ?? 10000 })) {
    for (const r of batch) {
      if (firstSeq === null) firstSeq = r.seq;
      lastSeq = r.seq;
      events += 1;
      if (!slow && r.seq === expected && r.prevHash === lastHash && eventHash(r.seq, r.at, r.prevHash, r.body) === r.hash) {
        expected = r.seq + 1;
        lastHash = r.hash;
        if (sealed.size !== 0) checkSealed(r);
        prevRow = r;
        recent[recentAt] = r;
        recentAt = (recentAt + 1) % RECENT;
        continue;
      }
      if (!slow) {
        // Seed the window with the last intact rows so the slow path can look back.
        slow = true;
        for (let i = 0; i < RECENT; i++) {
          const p = recent[(recentAt + i) % RECENT];
          if (p) remember(p.seq, { hash: p.hash, prev: p.prevHash, storedAt: p.seq, inPlace: true });
        }
      }
      slowRow(r);
      prevRow = r;
    }
    opts.onProgress?.(events);
  }

  // 3. What never arrived.
  for (const [k, w] of pending) {
    if (!inGap(k)) add({ kind: 'removed', seq: k, message: `event ${k} removed: event now at seq ${w.storedAt} was originally ${k + 1} (later events were renumbered)` });
  }
  reportMoves(moved, add);
  const end = lastSeq ?? startSeq - 1;
  if (lastSealed && lastSealed.seq > end) {
    add({ kind: 'removed', seq: end + 1, checkpoint: lastSealed.n, message: `events ${end + 1}..${lastSealed.seq} removed from the end: checkpoint #${lastSealed.n} seals seq ${lastSealed.seq} but the log ends at ${end}` });
  }
  return { ok: findings.length === 0 && more === 0, events, firstSeq, lastSeq, checkpoints: cps.length, anchoredAt: startSeq - 1, findings, moreFindings: more };
}

/** Pairs swapped rows and summarises renumbered runs. */
function reportMoves(moved: Array<{ at: number; orig: number }>, add: (f: VerifyFinding) => void): void {
  const byAt = new Map(moved.map((m) => [m.at, m.orig]));
  const done = new Set<number>();
  let run: { from: number; to: number; shift: number } | null = null;
  const flush = (): void => {
    if (!run) return;
    const { from, to, shift } = run;
    add({ kind: 'reordered', seq: from, message: from === to
      ? `event ${from} reordered: the row at seq ${from} is event ${from + shift}`
      : `events ${from}..${to} renumbered: they are events ${from + shift}..${to + shift}` });
    run = null;
  };
  for (const m of moved) {
    if (done.has(m.at)) continue;
    if (byAt.get(m.orig) === m.at) {
      flush();
      done.add(m.at).add(m.orig);
      add({ kind: 'reordered', seq: Math.min(m.at, m.orig), message: `events ${Math.min(m.at, m.orig)} and ${Math.max(m.at, m.orig)} swapped (reordered)` });
      continue;
    }
    const shift = m.orig - m.at;
    if (run && run.shift === shift && run.to === m.at - 1) run.to = m.at;
    else { flush(); run = { from: m.at, to: m.at, shift }; }
  }
  flush();
}
