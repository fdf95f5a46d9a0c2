import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson } from './canonical.js';
import { GENESIS_HASH, chainRows, eventHash } from './chain.js';
import { checkpointId, makeCheckpoint, signatureValid } from './checkpoint.js';
import { AuditSigner } from './signing.js';
import { generateKeyPairSync } from 'node:crypto';
import { verifyAuditLog } from './verify.js';
import type { AuditRow } from './chain.js';
import type { Checkpoint } from './checkpoint.js';

const signer = (): AuditSigner => new AuditSigner(generateKeyPairSync('ed25519').privateKey, 'test');

test('canonical JSON sorts keys at every depth, drops undefined and refuses non-finite numbers', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' }, u: undefined }), '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  assert.equal(canonicalJson({ a: 1, b: 2 }), canonicalJson({ b: 2, a: 1 }));
  assert.throws(() => canonicalJson({ n: Number.NaN }), /non-finite/);
  assert.equal(canonicalJson('é"\n'), JSON.stringify('é"\n'));
});

test('chainRows links each row to the previous hash, starting from genesis or a tail', () => {
  const rows = chainRows(null, [{ at: 1, body: '{}' }, { at: 2, body: '{"a":1}' }]);
  assert.equal(rows[0]?.prevHash, GENESIS_HASH);
  assert.equal(rows[1]?.prevHash, rows[0]?.hash);
  assert.equal(rows[1]?.hash, eventHash(2, 2, rows[0]?.hash as string, '{"a":1}'));
  assert.match(rows[0]?.hash ?? '', /^[0-9a-f]{64}$/);
  const more = chainRows({ seq: 2, hash: rows[1]?.hash as string }, [{ at: 3, body: '{}' }]);
  assert.equal(more[0]?.seq, 3);
  assert.equal(more[0]?.prevHash, rows[1]?.hash);
  // seq, time, link and body are all covered
  const h = eventHash(1, 1, GENESIS_HASH, '{}');
  assert.notEqual(h, eventHash(2, 1, GENESIS_HASH, '{}'));
  assert.notEqual(h, eventHash(1, 2, GENESIS_HASH, '{}'));
  assert.notEqual(h, eventHash(1, 1, 'f'.repeat(64), '{}'));
  assert.notEqual(h, eventHash(1, 1, GENESIS_HASH, '{ }'));
});

test('checkpoints are signed, linked by id, and any field change breaks the signature', () => {
  const s = signer();
  const c1 = makeCheckpoint(s, null, 'seal', { seq: 10, hash: 'a'.repeat(64) }, 1000);
  const c2 = makeCheckpoint(s, c1, 'seal', { seq: 20, hash: 'b'.repeat(64) }, 2000);
  assert.equal(c1.n, 1);
  assert.equal(c1.prevCheckpoint, GENESIS_HASH);
  assert.equal(c2.prevCheckpoint, checkpointId(c1));
  assert.equal(c2.publicKey, s.publicKeyId);
  assert.ok(signatureValid(c1) && signatureValid(c2));
  for (const patch of [{ seq: 11 }, { hash: 'c'.repeat(64) }, { at: 1 }, { kind: 'purge' as const }, { n: 2 }, { publicKey: signer().publicKeyId }, { signature: 'AAAA' }]) {
    assert.equal(signatureValid({ ...c1, ...patch }), false, JSON.stringify(patch));
  }
});

function memoryLog(rows: AuditRow[], cps: Checkpoint[]): Parameters<typeof verifyAuditLog>[0] {
  return {
    checkpoints: async () => cps,
    scan: async function* (opts = {}) {
      yield rows.filter((r) => r.seq >= (opts.fromSeq ?? 0));
    },
  };
}

test('verify: an intact chain passes, progress is reported, an untrusted signer fails', async () => {
  const s = signer();
  const rows = chainRows(null, Array.from({ length: 50 }, (_, i) => ({ at: i, body: `{"i":${i}}` })));
  const cp = makeCheckpoint(s, null, 'seal', rows[49] as AuditRow, 1);
  const seen: number[] = [];
  const ok = await verifyAuditLog(memoryLog(rows, [cp]), { trustedKeys: [s.publicKeyId], onProgress: (n) => seen.push(n) });
  assert.equal(ok.ok, true);
  assert.deepEqual([ok.events, ok.firstSeq, ok.lastSeq, ok.checkpoints], [50, 1, 50, 1]);
  assert.deepEqual(seen, [50]);
  const other = await verifyAuditLog(memoryLog(rows, [cp]), { trustedKeys: [signer().publicKeyId] });
  assert.equal(other.ok, false);
  assert.equal(other.findings[0]?.kind, 'untrusted_key');
  const empty = await verifyAuditLog(memoryLog([], []), { trustedKeys: [] });
  assert.equal(empty.ok, true);
});

test('verify: findings beyond maxFindings are counted, not kept', async () => {
  const rows = chainRows(null, Array.from({ length: 30 }, (_, i) => ({ at: i, body: `{"i":${i}}` })));
  const broken = rows.map((r) => ({ ...r, body: r.body.replace('}', ',"x":1}') }));
  const r = await verifyAuditLog(memoryLog(broken, []), { trustedKeys: null, maxFindings: 5 });
  assert.equal(r.findings.length, 5);
  assert.equal(r.moreFindings, 25);
  assert.equal(r.ok, false);
});
