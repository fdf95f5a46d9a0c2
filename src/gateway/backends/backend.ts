/**
 * One inference backend: an undici connection pool (TLS client options are
 * plain connection options, so mTLS is configuration), a circuit breaker and
 * the result of the last active health check. Its URL never leaves the gateway.
 */
import { Pool } from 'undici';
import type { BackendConfig } from '../../config/schema.js';
import { CircuitBreaker } from './breaker.js';

export class Backend {
  readonly id: string;
  readonly config: BackendConfig;
  readonly pool: Pool;
  /** Path prefix of the OpenAI-compatible API on the backend, e.g. `/v1`. */
  readonly basePath: string;
  readonly breaker: CircuitBreaker;
  /** Result of the last active health check; true until one fails. */
  healthy = true;
  /** Set once the backend refused `stream_options` (400) and took the same request without it. */
  refusesStreamUsage = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(config: BackendConfig) {
    this.id = config.id;
    this.config = config;
    const u = new URL(config.url);
    this.basePath = u.pathname.replace(/\/+$/, '');
    const tls = config.tls;
    this.pool = new Pool(u.origin, {
      connections: config.maxConnections,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      headersTimeout: config.timeouts.firstByteMs,
      bodyTimeout: config.timeouts.idleMs,
      connect: {
        timeout: config.timeouts.connectMs,
        ...(tls ? {
          ca: tls.ca,
          cert: tls.cert,
          key: tls.key,
          servername: tls.serverName,
          rejectUnauthorized: tls.rejectUnauthorized,
        } : {}),
      },
    });
    this.breaker = new CircuitBreaker(config.breaker.failureThreshold, config.breaker.cooldownMs);
  }

  /** Usable for new requests: health check passing and circuit not open. */
  get available(): boolean {
    return this.healthy && this.breaker.available;
  }

  /** Whether streamed calls ask this backend for usage (`stream_options.include_usage`). */
  get asksStreamUsage(): boolean {
    return this.config.streamUsage && !this.refusesStreamUsage;
  }

  authHeader(): string | undefined {
    return this.config.apiKey ? `Bearer ${this.config.apiKey}` : undefined;
  }

  /** GET {base}{path}; returns the parsed JSON on 2xx, throws otherwise. */
  async getJson(path: string, timeoutMs: number): Promise<unknown> {
    const auth = this.authHeader();
    const r = await this.pool.request({
      method: 'GET',
      path: this.basePath + path,
      headers: auth ? { authorization: auth, accept: 'application/json' } : { accept: 'application/json' },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (r.statusCode < 200 || r.statusCode >= 300) {
      await r.body.dump();
      throw new Error(`HTTP ${r.statusCode}`);
    }
    return r.body.json();
  }

  startHealthChecks(onChange: (b: Backend) => void): void {
    const { intervalMs, timeoutMs, path } = this.config.health;
    if (intervalMs <= 0) return;
    const check = async (): Promise<void> => {
      let ok = false;
      try {
        await this.getJson(path, timeoutMs);
        ok = true;
      } catch {
        ok = false;
      }
      if (ok !== this.healthy) {
        this.healthy = ok;
        onChange(this);
      }
    };
    this.timer = setInterval(() => void check(), intervalMs);
    this.timer.unref();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.pool.destroy();
  }
}
