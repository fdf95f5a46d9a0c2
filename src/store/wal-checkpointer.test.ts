import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openSqliteDatabase } from './sqlite.js';
import { startWalCheckpointer } from './wal-checkpointer.js';

const autocheckpoint = (db: ReturnType<typeof openSqliteDatabase>): number => db.pragma('wal_autocheckpoint', { simple: true }) as number;

function fill(db: ReturnType<typeof openSqliteDatabase>, rows: number): void {
  db.exec('CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const ins = db.prepare('INSERT INTO t (body) VALUES (?)');
  db.transaction(() => { for (let i = 0; i < rows; i++) ins.run('x'.repeat(500)); })();
}

test('a worker thread checkpoints the WAL while the connection itself never does, and hands the job back when stopped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bastion-wal-'));
  const db = openSqliteDatabase(dir);
  try {
    assert.equal(autocheckpoint(db), 1000);
    const cp = startWalCheckpointer(db, { intervalMs: 50 });
    assert.equal(autocheckpoint(db), 0, 'the connection no longer checkpoints by itself');
    const before = statSync(join(dir, 'bastion.db')).size;
    fill(db, 20_000); // ~10 MB: far past the 1,000 pages after which the connection would have checkpointed
    assert.equal(statSync(join(dir, 'bastion.db')).size, before, 'nothing reached the database file from this thread');
    const copied = (): boolean => statSync(join(dir, 'bastion.db')).size > before + 5_000_000;
    for (let i = 0; i < 500 && !(copied() && cp.checkpoints > 0); i++) await sleep(20);
    assert.ok(copied(), 'the worker copied the log into the database file');
    assert.ok(cp.checkpoints > 0, 'and reported it');
    await cp.stop();
    assert.equal(autocheckpoint(db), 1000, 'automatic checkpoints are back');
    assert.equal((db.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n, 20_000);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('when the worker cannot work, the connection checkpoints by itself again', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bastion-wal-'));
  const db = openSqliteDatabase(dir);
  const errors: string[] = [];
  try {
    rmSync(dir, { recursive: true, force: true }); // the worker cannot open the file
    const cp = startWalCheckpointer(db, { intervalMs: 50, onError: (m) => errors.push(m) });
    for (let i = 0; i < 500 && autocheckpoint(db) === 0; i++) await sleep(20);
    assert.equal(autocheckpoint(db), 1000);
    assert.ok(errors.length > 0);
    await cp.stop();
  } finally {
    db.close();
  }
});
