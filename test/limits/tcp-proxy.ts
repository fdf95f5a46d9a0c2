/**
 * A TCP proxy on port 0 in front of the shared Redis, so a test can cut or
 * stall the connection without touching the Redis server other tests use.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { once } from 'node:events';

export interface TcpProxy {
  readonly port: number;
  /** Stop forwarding client bytes (Redis stops answering, the connection stays up). */
  stall(): void;
  /** Close the listener and every open connection. */
  cut(): Promise<void>;
  /** Listen again on the same port and forward normally. */
  restore(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let stalled = false;
  let port = 0;

  function handle(client: Socket): void {
    const upstream = connect(targetPort, targetHost);
    sockets.add(client);
    sockets.add(upstream);
    client.on('data', (d) => { if (!stalled) upstream.write(d); });
    upstream.pipe(client);
    const close = (): void => { client.destroy(); upstream.destroy(); sockets.delete(client); sockets.delete(upstream); };
    client.on('close', close);
    upstream.on('close', close);
    client.on('error', close);
    upstream.on('error', close);
  }

  let server: Server = createServer(handle);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const addr = server.address();
  if (addr === null || typeof addr === 'string') throw new Error('proxy has no port');
  port = addr.port;

  return {
    port,
    stall() { stalled = true; },
    async cut() {
      const closed = new Promise<void>((r) => server.close(() => r()));
      for (const s of sockets) s.destroy();
      sockets.clear();
      await closed;
    },
    async restore() {
      stalled = false;
      server = createServer(handle);
      server.listen(port, '127.0.0.1');
      await once(server, 'listening');
    },
  };
}
