import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger } from './logger.js';
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
