import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Agent, fetch as undiciFetch } from 'undici';
import { spawnInferenceWorker } from '../../src/inference/spawn.js';
import { writeTinyModel } from '../../src/inference/tiny-model.js';
import { tempDir, waitFor } from './helpers.js';

function isAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

describe('inference worker process', { timeout: 180_000 }, () => {
  let dir: string;
  let model: string;
  before(async () => {
    dir = await tempDir();
    model = join(dir, 'tiny.gguf');
    await writeTinyModel(model);
  });
  after(async () => { await rm(dir, { recursive: true, force: true }); });

  test('the worker exits when the process that spawned it dies', async () => {
    const parentScript = join(dir, 'parent.mts');
    const spawnModule = new URL('../../src/inference/spawn.ts', import.meta.url).href;
    await writeFile(parentScript, `
      import { spawnInferenceWorker } from ${JSON.stringify(spawnModule)};
      const w = await spawnInferenceWorker({ model: ${JSON.stringify(model)} });
      console.log(JSON.stringify({ pid: w.pid, url: w.url }));
      setInterval(() => {}, 1000);
    `);
    const parent = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), parentScript], { stdio: ['ignore', 'pipe', 'inherit'] });
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: parent.stdout }).once('line', resolve);
      parent.once('exit', (code) => reject(new Error(`parent exited early with ${code}`)));
    });
    const { pid, url } = JSON.parse(line) as { pid: number; url: string };
    assert.equal((await fetch(url.replace(/\/v1$/, '/healthz'))).status, 200);
    parent.kill('SIGKILL');
    assert.ok(await waitFor(async () => !isAlive(pid)), 'the worker is gone after its parent was killed');
  });

  test('TLS seam: HTTPS with a required client certificate (mTLS)', async () => {
    const pem = (name: string): string => join(dir, name);
    const ssl = (args: string[]): void => { execFileSync('openssl', args, { stdio: 'ignore' }); };
    ssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', pem('ca.key'), '-out', pem('ca.crt'), '-days', '1', '-subj', '/CN=bastion-test-ca']);
    await writeFile(pem('san.ext'), 'subjectAltName=IP:127.0.0.1\n');
    for (const who of ['server', 'client']) {
      ssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', pem(`${who}.key`), '-out', pem(`${who}.csr`), '-subj', `/CN=${who}`]);
      ssl(['x509', '-req', '-in', pem(`${who}.csr`), '-CA', pem('ca.crt'), '-CAkey', pem('ca.key'), '-CAcreateserial', '-out', pem(`${who}.crt`), '-days', '1',
        ...(who === 'server' ? ['-extfile', pem('san.ext')] : [])]);
    }
    const w = await spawnInferenceWorker({
      model,
      extraArgs: ['--tls-cert', pem('server.crt'), '--tls-key', pem('server.key'), '--tls-ca', pem('ca.crt'), '--tls-require-client-cert'],
    });
    try {
      assert.match(w.url, /^https:\/\/127\.0\.0\.1:\d+\/v1$/);
      const ca = await readFile(pem('ca.crt'));
      const withCert = new Agent({ connect: { ca, cert: await readFile(pem('client.crt')), key: await readFile(pem('client.key')) } });
      const withoutCert = new Agent({ connect: { ca } });
      const ok = await undiciFetch(`${w.url}/models`, { dispatcher: withCert });
      assert.equal(ok.status, 200);
      assert.equal(((await ok.json()) as { data: unknown[] }).data.length, 1);
      await assert.rejects(undiciFetch(`${w.url}/models`, { dispatcher: withoutCert }));
      await withCert.close();
      await withoutCert.close();
    } finally {
      await w.stop();
    }
    assert.equal(await w.exited, 0, 'a stopped worker exits cleanly');
  });
});
