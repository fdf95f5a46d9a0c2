/**
 * The compiled, frozen configuration the request path sees. Built once at
 * start-up by src/config/load.ts from bastion.yaml, environment and flags.
 * Every option and its default is documented in docs/config.md.
 */
import type { Secret } from '../control/secret.js';
import type { LimitsConfig } from '../limits/config.js';
import type { GuardConfig } from '../guard/config.js';
import type { AuditConfig } from '../audit/config.js';
import type { DataConfig } from '../data/config.js';

export type UnknownFieldPolicy = 'drop' | 'reject';

export interface ServerConfig {
  /** @default '127.0.0.1' */
  host: string;
  /** @default 8080 */
  port: number;
  /** @default './data' */
  dataDir: string;
  /** PostgreSQL URL; SQLite under dataDir when absent. */
  databaseUrl: string | null;
  /** Largest request body accepted, counted on the stream. @default 4 MiB */
  maxBodyBytes: number;
  /** Largest request head (request line + headers). @default 16 KiB */
  maxHeaderBytes: number;
  /** Time allowed to receive request headers. @default 10000 ms */
  headersTimeoutMs: number;
  /** Time allowed to receive the whole request (headers + body). @default 30000 ms */
  requestTimeoutMs: number;
  /** Idle keep-alive timeout. @default 65000 ms */
  keepAliveTimeoutMs: number;
  /** What to do with request fields an endpoint does not know. @default 'drop' */
  unknownFields: UnknownFieldPolicy;
  /** Caps for validation. */
  maxMessages: number;
  maxMessageChars: number;
  maxTokens: number;
  maxN: number;
  /** Addresses/CIDRs of reverse proxies whose X-Forwarded-For is trusted. @default [] */
  trustedProxies: string[];
  /** Accept image parts with remote http(s) URLs (the backend would fetch them). @default false */
  allowRemoteImageUrls: boolean;
  /** One structured log line per model call (ids, model, status, code, latency; never content or secrets). @default true */
  accessLog: boolean;
  /** Who may read /metrics: anyone who reaches the port, holders of the scrape token, or nobody. @default 'open' */
  metrics: 'open' | 'token' | 'off';
  /** The scrape token for `metrics: token` (BASTION_METRICS_TOKEN or `metricsTokenFile`); never written anywhere. */
  metricsToken: Secret | null;
}

export interface TlsConfig {
  /** PEM contents (read from the files named in the config file). */
  ca?: string;
  cert?: string;
  key?: string;
  serverName?: string;
  /** @default true */
  rejectUnauthorized: boolean;
}

export interface BackendConfig {
  id: string;
  /** Base URL ending in /v1 (or the server's OpenAI-compatible root). Never shown to clients. */
  url: string;
  /** Sent as Authorization: Bearer to this backend only. */
  apiKey?: string;
  weight: number;
  timeouts: { connectMs: number; firstByteMs: number; idleMs: number };
  health: { path: string; intervalMs: number; timeoutMs: number };
  breaker: { failureThreshold: number; cooldownMs: number };
  maxConnections: number;
  tls: TlsConfig | null;
  /** Models to serve; discovered from GET {url}/models when null. */
  models: string[] | null;
  /**
   * Ask for usage on streamed answers (`stream_options.include_usage`), so limits,
   * budgets and the audit see real token counts; clients that did not ask for
   * usage never see it. @default true
   */
  streamUsage: boolean;
}

export interface ModelTarget {
  backendId: string;
  /** The model name this backend knows it by. */
  backendModel: string;
  weight: number;
}

export interface ModelRoute {
  /** Public name clients use. */
  name: string;
  targets: ModelTarget[];
}

export interface BastionConfig {
  server: ServerConfig;
  backends: BackendConfig[];
  /** Explicit public → backend mappings; models discovered from backends are added at start-up. */
  models: ModelRoute[];
  /** Sections owned by their modules, compiled by their own parsers. */
  limits: LimitsConfig;
  guard: GuardConfig;
  audit: AuditConfig;
  data: DataConfig;
  /** Where the configuration came from, for messages. */
  source: string;
}
