/**
 * Data-module benchmark (not a test): prints figures and ratios against
 * baselines measured in the same run, on a temp SQLite database.
 *   node --import tsx test/data/bench-data.ts [N]
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDataServices } from '../../src/data/services.js';
import { SecretKey } from '../../src/data/crypto.js';
import { parseDataConfig } from '../../src/data/config.js';
import { ConfigProblems } from '../../src/config/problems.js';
import { rotateMasterKey } from '../../src/data/keyring.js';

const N = Number(process.argv[2] ?? 5000);
const dir = mkdtempSync(join(tmpdir(), 'bastion-bench-data-'));
const db = new Database(join(dir, 'bench.db'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');

const rate = (n: number, ms: number): string => `${Math.round((n / ms) * 1000).toLocaleString('en')}/s`;
async function time(fn: () => Promise<void>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const prompt = [{ role: 'system', content: 'You are helpful.' }, { role: 'user', content: 'x'.repeat(1000) }];
const response = 'y'.repeat(1000);
const problems = new ConfigProblems();
const config = parseDataConfig({ contentLogging: { default: 'metadata', teams: { full: 'full' } }, retention: { conversations: '1d' } }, 'data', problems);
const master = SecretKey.generate();
const data = await openDataServices({ handle: { kind: 'sqlite', db }, masterKeys: { current: master }, config });

// Baseline: the same row shape inserted in clear, no encryption, no policy lookup.
db.exec('CREATE TABLE bench_plain (id TEXT PRIMARY KEY, request_id TEXT, user_id TEXT, prompt TEXT, response TEXT, created_at INTEGER)');
const plain = db.prepare('INSERT INTO bench_plain VALUES (?, ?, ?, ?, ?, ?)');
const tPlain = await time(async () => {
  for (let i = 0; i < N; i++) plain.run(randomUUID(), `r${i}`, `u${i % 100}`, JSON.stringify(prompt), response, Date.now());
});
const tMeta = await time(async () => {
  for (let i = 0; i < N; i++) await data.contentLog.record({ requestId: `m${i}`, userId: `u${i % 100}`, teamId: null, model: 'm', prompt, response });
});
const tFull = await time(async () => {
  for (let i = 0; i < N; i++) await data.contentLog.record({ requestId: `f${i}`, userId: `u${i % 100}`, teamId: 'full', model: 'm', prompt, response });
});
console.log(`content log, ${N} records of ~2 KiB (100 users)`);
console.log(`  plaintext INSERT baseline   ${rate(N, tPlain)}`);
console.log(`  policy metadata             ${rate(N, tMeta)}  (${(tMeta / tPlain).toFixed(2)}x baseline time)`);
console.log(`  policy full (AES-256-GCM)   ${rate(N, tFull)}  (${(tFull / tPlain).toFixed(2)}x baseline time)`);

// Key rotation: re-wrap one data key per owner.
const owners = N;
for (let i = 0; i < owners; i++) await data.keyring.forOwner(`owner-${i}`);
const total = (db.prepare('SELECT COUNT(*) AS n FROM data_keys').get() as { n: number }).n;
let rotated = 0;
const tRotate = await time(async () => {
  rotated = (await rotateMasterKey(data.db, { current: SecretKey.generate(), previous: [master] })).rewrapped;
});
console.log(`master key rotation: ${rotated} of ${total} data keys re-wrapped at ${rate(rotated, tRotate)}`);

// Retention purge: conversations with 4 messages each, all expired.
const who = (u: string) => ({ userId: u, teamId: null, role: 'member' as const, via: 'api' as const });
const convs = Math.max(1, Math.floor(N / 5));
for (let i = 0; i < convs; i++) {
  await data.conversations.create(who(`u${i % 100}`), { model: 'm', messages: [1, 2, 3, 4].map((k) => ({ role: 'user' as const, content: `message ${k}` })) });
}
let purged = 0;
const tPurge = await time(async () => {
  const r = await data.retention.run({ now: Date.now() + 2 * 86_400_000 });
  purged = r.classes.find((c) => c.dataClass === 'conversations')?.count ?? 0;
});
console.log(`retention: ${purged} conversations (${purged * 4} messages) purged at ${rate(purged, tPurge)} conversations`);

db.close();
rmSync(dir, { recursive: true, force: true });
