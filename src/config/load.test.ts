import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './load.js';
import { ConfigError } from './problems.js';

function file(text: string): string {
  const p = join(mkdtempSync(join(tmpdir(), 'bastion-cfg-')), 'bastion.yaml');
  writeFileSync(p, text);
  return p;
}

test('defaults: loopback, port 8080, ./data, no backends', () => {
  const c = loadConfig({}, {});
  assert.equal(c.server.host, '127.0.0.1');
  assert.equal(c.server.port, 8080);
  assert.equal(c.server.dataDir, './data');
  assert.deepEqual(c.backends, []);
  assert.ok(Object.isFrozen(c.server));
});

test('flags beat environment beats file', () => {
  const p = file('server:\n  port: 9000\n  dataDir: /from/file\n');
  const c = loadConfig({ configPath: p, port: 9002 }, { BASTION_PORT: '9001', BASTION_DATA_DIR: '/from/env' });
  assert.equal(c.server.port, 9002);
  assert.equal(c.server.dataDir, '/from/env');
});

test('--backend URLs become backends with discovered models', () => {
  const c = loadConfig({ backendUrls: ['http://127.0.0.1:11434/v1', 'http://10.0.0.5:8000/v1/'] }, {});
  assert.equal(c.backends.length, 2);
  assert.equal(c.backends[1]?.url, 'http://10.0.0.5:8000/v1');
  assert.equal(c.backends[0]?.models, null);
});

test('every problem is reported together, with its path', () => {
  const p = file(`server:
  port: 99999
  unknownFields: maybe
  colour: blue
backends:
  - id: a
    url: ftp://x
    timeouts: { connectMs: -1 }
  - id: a
    url: http://user:pw@host/v1
models:
  - name: m
    backends: [{ backend: nope }]
extra: 1
`);
  try {
    loadConfig({ configPath: p }, {});
    assert.fail('expected a ConfigError');
  } catch (e) {
    assert.ok(e instanceof ConfigError);
    const paths = e.problems.map((x) => x.path);
    for (const want of ['server.port', 'server.unknownFields', 'server.colour', 'backends[0].url', 'backends[0].timeouts.connectMs', 'backends[1].id', 'backends[1].url', 'models[0].backends[0].backend', 'extra']) {
      assert.ok(paths.includes(want), `missing ${want} in ${paths.join(', ')}`);
    }
    assert.ok(!e.message.includes('pw@'), 'credentials in URLs are not echoed');
  }
});

test('bad YAML and an unreadable file are clear errors', () => {
  assert.throws(() => loadConfig({ configPath: file('server: [') }, {}), (e: unknown) => e instanceof ConfigError && /YAML/.test(e.message));
  assert.throws(() => loadConfig({ configPath: '/nonexistent/bastion.yaml' }, {}), (e: unknown) => e instanceof ConfigError && /ENOENT/.test(e.message));
  assert.throws(() => loadConfig({}, { BASTION_PORT: 'eighty' }), (e: unknown) => e instanceof ConfigError && /BASTION_PORT/.test(e.message));
});

test('server.metrics: token reads the scrape token from the environment or a file, and refuses a short or missing one', () => {
  const token = 'm'.repeat(20) + '0123456789abcdef';
  const fromEnv = loadConfig({ configPath: file('server: { metrics: token }\n') }, { BASTION_METRICS_TOKEN: token });
  assert.equal(fromEnv.server.metrics, 'token');
  assert.equal(fromEnv.server.metricsToken?.reveal(), token);
  assert.ok(!JSON.stringify(fromEnv).includes(token), 'the token never serialises');
  const dir = mkdtempSync(join(tmpdir(), 'bastion-cfg-'));
  writeFileSync(join(dir, 'scrape.token'), `${token}\n`);
  writeFileSync(join(dir, 'bastion.yaml'), 'server:\n  metrics: token\n  metricsTokenFile: scrape.token\n');
  assert.equal(loadConfig({ configPath: join(dir, 'bastion.yaml') }, {}).server.metricsToken?.reveal(), token);
  const problems = (yaml: string, env: NodeJS.ProcessEnv = {}): string[] => {
    try {
      loadConfig({ configPath: file(yaml) }, env);
      return [];
    } catch (e) {
      assert.ok(e instanceof ConfigError);
      assert.ok(!e.message.includes('short-token'), 'the token is not echoed');
      return e.problems.map((x) => `${x.path}: ${x.message}`);
    }
  };
  assert.match(problems('server: { metrics: token }\n').join('\n'), /^server\.metrics: token needs BASTION_METRICS_TOKEN/);
  assert.match(problems('server: { metrics: token }\n', { BASTION_METRICS_TOKEN: 'short-token' }).join('\n'), /^BASTION_METRICS_TOKEN: must be one line of at least 32/);
  assert.match(problems('server: { metrics: token, metricsTokenFile: /nonexistent/t }\n').join('\n'), /^server\.metricsTokenFile: cannot read/);
  assert.match(problems('server: { metricsTokenFile: t }\n').join('\n'), /^server\.metricsTokenFile: is only read with server\.metrics: token/);
  assert.match(problems('server: { metrics: public }\n').join('\n'), /^server\.metrics:/);
  assert.equal(loadConfig({}, {}).server.metrics, 'open');
});
