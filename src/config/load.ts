/**
 * Builds the BastionConfig from defaults < bastion.yaml < environment < flags,
 * validates everything in one pass (all problems reported together, each with
 * its path), then freezes the result.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ConfigError, ConfigProblems, deepFreeze, read } from './problems.js';
import { parseBackends, parseModels } from './backends.js';
import type { BastionConfig, ServerConfig } from './schema.js';
import { Secret } from '../control/secret.js';
import { parseLimitsConfig } from '../limits/config.js';
import { checkTrustedProxies } from '../limits/client-address.js';
import { parseGuardConfig } from '../guard/config.js';
import { parseAuditConfig } from '../audit/config.js';
import { parseDataConfig } from '../data/config.js';

export interface ConfigOverrides {
  configPath?: string;
  host?: string;
  port?: number;
  dataDir?: string;
  databaseUrl?: string;
  /** --backend URL flags: each becomes a backend whose models are discovered. */
  backendUrls?: string[];
}

export const SERVER_DEFAULTS: ServerConfig = {
  host: '127.0.0.1',
  port: 8080,
  dataDir: './data',
  databaseUrl: null,
  maxBodyBytes: 4 * 1024 * 1024,
  maxHeaderBytes: 16 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 65_000,
  unknownFields: 'drop',
  maxMessages: 1000,
  maxMessageChars: 1_000_000,
  maxTokens: 131_072,
  maxN: 8,
  trustedProxies: [],
  allowRemoteImageUrls: false,
  accessLog: true,
  metrics: 'open',
  metricsToken: null,
};

/** Shortest scrape token accepted: 32 characters (e.g. `openssl rand -hex 16` or longer). */
export const MIN_METRICS_TOKEN = 32;

const TOP_KEYS = ['server', 'backends', 'models', 'limits', 'guard', 'audit', 'data'] as const;

function parseServer(raw: unknown, p: ConfigProblems): ServerConfig {
  const o = read.obj(raw, 'server', p) ?? {};
  read.unknownKeys(o, 'server', p, [...Object.keys(SERVER_DEFAULTS).filter((k) => k !== 'metricsToken'), 'metricsTokenFile']);
  const d = SERVER_DEFAULTS;
  return {
    host: read.str(o.host, 'server.host', p) ?? d.host,
    port: read.int(o.port, 'server.port', p, 0, 65535) ?? d.port,
    dataDir: read.str(o.dataDir, 'server.dataDir', p) ?? d.dataDir,
    databaseUrl: read.str(o.databaseUrl, 'server.databaseUrl', p) ?? d.databaseUrl,
    maxBodyBytes: read.int(o.maxBodyBytes, 'server.maxBodyBytes', p, 1024, 1 << 30) ?? d.maxBodyBytes,
    maxHeaderBytes: read.int(o.maxHeaderBytes, 'server.maxHeaderBytes', p, 1024, 1 << 20) ?? d.maxHeaderBytes,
    headersTimeoutMs: read.int(o.headersTimeoutMs, 'server.headersTimeoutMs', p, 100, 600_000) ?? d.headersTimeoutMs,
    requestTimeoutMs: read.int(o.requestTimeoutMs, 'server.requestTimeoutMs', p, 100, 3_600_000) ?? d.requestTimeoutMs,
    keepAliveTimeoutMs: read.int(o.keepAliveTimeoutMs, 'server.keepAliveTimeoutMs', p, 100, 3_600_000) ?? d.keepAliveTimeoutMs,
    unknownFields: read.oneOf(o.unknownFields, 'server.unknownFields', p, ['drop', 'reject'] as const) ?? d.unknownFields,
    maxMessages: read.int(o.maxMessages, 'server.maxMessages', p, 1, 100_000) ?? d.maxMessages,
    maxMessageChars: read.int(o.maxMessageChars, 'server.maxMessageChars', p, 1, 1 << 30) ?? d.maxMessageChars,
    maxTokens: read.int(o.maxTokens, 'server.maxTokens', p, 1, 10_000_000) ?? d.maxTokens,
    maxN: read.int(o.maxN, 'server.maxN', p, 1, 128) ?? d.maxN,
    trustedProxies: read.strList(o.trustedProxies, 'server.trustedProxies', p) ?? d.trustedProxies,
    allowRemoteImageUrls: read.bool(o.allowRemoteImageUrls, 'server.allowRemoteImageUrls', p) ?? d.allowRemoteImageUrls,
    accessLog: read.bool(o.accessLog, 'server.accessLog', p) ?? d.accessLog,
    metrics: read.oneOf(o.metrics, 'server.metrics', p, ['open', 'token', 'off'] as const) ?? d.metrics,
    metricsToken: null,
  };
}

/**
 * The scrape token for `server.metrics: token`: BASTION_METRICS_TOKEN, else the
 * file named by `server.metricsTokenFile` (relative to the config file; one
 * line, surrounding whitespace ignored).
 */
function readMetricsToken(server: ServerConfig, fileSetting: unknown, baseDir: string, env: NodeJS.ProcessEnv, p: ConfigProblems): void {
  const path = read.str(fileSetting, 'server.metricsTokenFile', p);
  if (server.metrics !== 'token') {
    if (path !== undefined) p.add('server.metricsTokenFile', 'is only read with server.metrics: token');
    return;
  }
  let token: string | undefined;
  let where = 'BASTION_METRICS_TOKEN';
  if (env.BASTION_METRICS_TOKEN) {
    token = env.BASTION_METRICS_TOKEN.trim();
  } else if (path !== undefined) {
    where = 'server.metricsTokenFile';
    try {
      token = readFileSync(resolve(baseDir, path), 'utf8').trim();
    } catch (e) {
      p.add(where, `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
      return;
    }
  }
  if (token === undefined) {
    p.add('server.metrics', 'token needs BASTION_METRICS_TOKEN or server.metricsTokenFile');
    return;
  }
  if (token.length < MIN_METRICS_TOKEN || /\s/.test(token)) {
    p.add(where, `must be one line of at least ${MIN_METRICS_TOKEN} characters without spaces`);
    return;
  }
  server.metricsToken = new Secret(token);
}

function readFileConfig(path: string, p: ConfigProblems): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    p.add('', `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    return {};
  }
  try {
    const doc: unknown = parseYaml(text, { prettyErrors: true, uniqueKeys: true });
    if (doc === null || doc === undefined) return {};
    const o = read.obj(doc, '', p);
    return o ?? {};
  } catch (e) {
    p.add('', e instanceof YAMLParseError ? `YAML: ${e.message.split('\n')[0]}` : 'not valid YAML');
    return {};
  }
}

/** Environment variables read: BASTION_HOST, BASTION_PORT, BASTION_DATA_DIR, BASTION_DATABASE_URL, BASTION_CONFIG, BASTION_METRICS_TOKEN. */
export function loadConfig(overrides: ConfigOverrides, env: NodeJS.ProcessEnv = process.env): BastionConfig {
  const p = new ConfigProblems();
  const explicit = overrides.configPath ?? env.BASTION_CONFIG;
  const configPath = explicit ?? (existsSync('bastion.yaml') ? 'bastion.yaml' : undefined);
  const file = configPath ? readFileConfig(configPath, p) : {};
  const baseDir = configPath ? dirname(resolve(configPath)) : process.cwd();
  read.unknownKeys(file, '', p, TOP_KEYS);

  const server = parseServer(file.server, p);
  if (env.BASTION_HOST) server.host = env.BASTION_HOST;
  if (env.BASTION_PORT !== undefined && env.BASTION_PORT !== '') {
    const n = Number(env.BASTION_PORT);
    if (!Number.isInteger(n) || n < 0 || n > 65535) p.add('BASTION_PORT', 'must be a port number (0-65535)');
    else server.port = n;
  }
  if (env.BASTION_DATA_DIR) server.dataDir = env.BASTION_DATA_DIR;
  if (env.BASTION_DATABASE_URL) server.databaseUrl = env.BASTION_DATABASE_URL;
  if (overrides.host !== undefined) server.host = overrides.host;
  if (overrides.port !== undefined) server.port = overrides.port;
  if (overrides.dataDir !== undefined) server.dataDir = overrides.dataDir;
  if (overrides.databaseUrl !== undefined) server.databaseUrl = overrides.databaseUrl;

  readMetricsToken(server, (file.server as Record<string, unknown> | undefined)?.metricsTokenFile, baseDir, env, p);
  checkTrustedProxies(server.trustedProxies, 'server.trustedProxies', p);
  const backends = parseBackends(file.backends, overrides.backendUrls ?? [], baseDir, p);
  const models = parseModels(file.models, backends, p);
  const limits = parseLimitsConfig(file.limits, 'limits', p);
  const guard = parseGuardConfig(file.guard, 'guard', p);
  const audit = parseAuditConfig(file.audit, 'audit', p);
  const data = parseDataConfig(file.data, 'data', p);

  const source = configPath ?? 'defaults';
  if (!p.empty) throw new ConfigError(p.list, source);
  return deepFreeze({
    server,
    backends,
    models,
    limits,
    guard,
    audit,
    data,
    source,
  });
}
