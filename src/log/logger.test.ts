import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { batchedWriter, createLogger } from './logger.js';
import { Secret } from '../control/secret.js';

test('secret-named fields and self-redacting values never reach the log', () => {
  const lines: string[] = [];
  const log = createLogger({ write: (l) => lines.push(l) });
  const key = 'bst_0123456789ab_' + 'S'.repeat(43);
  log.info('request', {
    authorization: `Bearer ${key}`,
    headers: { 'x-api-key': key, accept: 'json' },
    password: 'hunter2hunter2',
    nested: { apiKey: key, token: 'tok', value: new Secret('s3cr3t-value') },
    list: [{ private_key: '-----BEGIN PRIVATE KEY-----' }],
  });
  const text = lines.join('');
  for (const s of [key, 'hunter2hunter2', 's3cr3t-value', 'BEGIN PRIVATE KEY', '"tok"']) assert.ok(!text.includes(s), `leaked ${s}`);
  const rec = JSON.parse(lines[0] as string) as Record<string, unknown>;
  assert.equal(rec.msg, 'request');
  assert.equal((rec.headers as Record<string, string>).accept, 'json');
  assert.equal(rec.authorization, '[REDACTED]');
});

test('a line is one JSON object: time, level and message first, then the fields; a field may not forge them', () => {
  const lines: string[] = [];
  const log = createLogger({ write: (l) => lines.push(l), base: { component: 'gw' } });
  log.info('plain');
  log.info('with', { a: 1, b: 'x"y' });
  log.warn('forged', { level: 'error', msg: 'other' });
  const recs = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(Object.keys(recs[0]!), ['time', 'level', 'msg', 'component']);
  assert.deepEqual([recs[1]!.msg, recs[1]!.a, recs[1]!.b], ['with', 1, 'x"y']);
  assert.match(recs[0]!.time as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  // Same as the spread it replaces: a field named like a fixed key wins, and the line stays one valid object.
  assert.deepEqual([recs[2]!.level, recs[2]!.msg], ['error', 'other']);
  assert.equal(lines[2]!.match(/"level"/g)!.length, 1);
});

test('levels filter and child loggers carry their fields', () => {
  const lines: string[] = [];
  const log = createLogger({ level: 'warn', write: (l) => lines.push(l) }).child({ component: 'gw' });
  log.info('hidden');
  log.warn('shown', { n: 1 });
  assert.equal(lines.length, 1);
  const rec = JSON.parse(lines[0] as string) as Record<string, unknown>;
  assert.equal(rec.component, 'gw');
  assert.equal(rec.level, 'warn');
});

test('the batched writer hands one turn\'s lines to the stream in one write, and error lines at once', async () => {
  const writes: string[] = [];
  const log = createLogger({ write: batchedWriter({ write: (t: string) => writes.push(t) }) });
  log.info('a', { n: 1 });
  log.info('b', { n: 2 });
  assert.equal(writes.length, 0, 'nothing written before the turn ends');
  await nextTurn();
  assert.equal(writes.length, 1);
  assert.deepEqual(writes[0]!.trim().split('\n').map((l) => (JSON.parse(l) as { msg: string }).msg), ['a', 'b']);
  log.info('c');
  log.error('d');
  assert.equal(writes.length, 2, 'an error line flushes what waits with it');
  assert.match(writes[1]!, /"msg":"c".*\n.*"msg":"d"/s);
  log.warn('e');
  assert.equal(writes.length, 3, 'so does a warning');
  // A batch past its size limit is written without waiting.
  log.info('big', { text: 'x'.repeat(300 * 1024) });
  assert.equal(writes.length, 4);
});

test('lines still batched when the process exits are written before it ends', () => {
  const code = `
    const { batchedWriter, createLogger } = await import(${JSON.stringify(new URL('./logger.ts', import.meta.url).href)});
    const log = createLogger({ write: batchedWriter(process.stderr) });
    log.info('last words', { n: 42 });
    process.exit(3);`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.equal(r.status, 3);
  assert.match(r.stderr, /"msg":"last words","n":42/);
});
