// Guards streamed /api answers (audit export and the like) against a client
// that stops reading and goes away: the stream's producer is closed (its
// cleanup runs), instead of waiting forever for a 'drain' that never comes
// while holding its cursor and memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiRouter } from '../../src/gateway/api-router.js';
import type { ApiRoute } from '../../src/control/api-types.js';
import type { Authenticator } from '../../src/gateway/stages/authenticate.js';

test('a streamed answer whose client disconnects closes its producer', { timeout: 60_000 }, async () => {
  let cleaned!: () => void;
  const cleanedUp = new Promise<void>((r) => { cleaned = r; });
  let produced = 0;
  const chunk = 'x'.repeat(64 * 1024) + '\n';
  const route: ApiRoute = {
    method: 'GET', pattern: '/export', auth: 'none',
    handler: () => Promise.resolve({
      status: 200,
      stream: (async function* () {
        try {
          for (;;) { produced++; yield chunk; }
        } finally {
          cleaned();
        }
      })(),
    }),
  };
  const authenticate = (() => { throw new Error('not used'); }) as unknown as Authenticator;
  const api = createApiRouter([route], { authenticate, maxBodyBytes: 1024 });
  const server = createServer((req, res) => {
    api(req, res, { path: req.url ?? '/', query: '', requestId: 'r1', clientAddress: '127.0.0.1' }).catch(() => res.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  try {
    await new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/export', agent: false }, (res) => {
        assert.equal(res.statusCode, 200);
        res.pause(); // stop reading: the server's writes back up
        setTimeout(() => { req.destroy(); resolve(); }, 200);
      });
      req.on('error', () => undefined);
      req.on('close', () => resolve());
      req.end();
      void reject;
    });
    await cleanedUp;
    assert.ok(produced > 0);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  }
});
