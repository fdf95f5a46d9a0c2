/** Parses the `backends:` and `models:` sections (and --backend flags). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigProblems, read } from './problems.js';
import type { BackendConfig, ModelRoute, TlsConfig } from './schema.js';

const BACKEND_KEYS = ['id', 'url', 'apiKey', 'weight', 'timeouts', 'health', 'breaker', 'maxConnections', 'tls', 'models', 'streamUsage'];

export const BACKEND_DEFAULTS = {
  weight: 1,
  timeouts: { connectMs: 2_000, firstByteMs: 60_000, idleMs: 60_000 },
  health: { path: '/models', intervalMs: 5_000, timeoutMs: 2_000 },
  breaker: { failureThreshold: 3, cooldownMs: 10_000 },
  maxConnections: 256,
  streamUsage: true,
};

function checkUrl(v: string | undefined, path: string, p: ConfigProblems): string | undefined {
  if (v === undefined) return undefined;
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    p.add(path, 'must be an absolute http:// or https:// URL');
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') { p.add(path, 'must use http or https'); return undefined; }
  if (u.username || u.password) { p.add(path, 'must not contain credentials (use apiKey)'); return undefined; }
  if (u.search || u.hash) { p.add(path, 'must not contain a query or fragment'); return undefined; }
  return u.toString().replace(/\/+$/, '');
}

function readPem(v: unknown, path: string, baseDir: string, p: ConfigProblems): string | undefined {
  const file = read.str(v, path, p);
  if (file === undefined) return undefined;
  try {
    return readFileSync(resolve(baseDir, file), 'utf8');
  } catch (e) {
    p.add(path, `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    return undefined;
  }
}

function parseTls(raw: unknown, path: string, baseDir: string, p: ConfigProblems): TlsConfig | null {
  const o = read.obj(raw, path, p);
  if (!o) return null;
  read.unknownKeys(o, path, p, ['ca', 'cert', 'key', 'serverName', 'rejectUnauthorized']);
  const tls: TlsConfig = { rejectUnauthorized: read.bool(o.rejectUnauthorized, `${path}.rejectUnauthorized`, p) ?? true };
  const ca = readPem(o.ca, `${path}.ca`, baseDir, p);
  const cert = readPem(o.cert, `${path}.cert`, baseDir, p);
  const key = readPem(o.key, `${path}.key`, baseDir, p);
  const serverName = read.str(o.serverName, `${path}.serverName`, p);
  if (ca) tls.ca = ca;
  if (cert) tls.cert = cert;
  if (key) tls.key = key;
  if (serverName) tls.serverName = serverName;
  if ((o.cert === undefined) !== (o.key === undefined)) p.add(path, 'cert and key must be given together');
  return tls;
}

function sub(o: Record<string, unknown>, k: string, path: string, p: ConfigProblems, known: string[]): Record<string, unknown> {
  const v = read.obj(o[k], `${path}.${k}`, p) ?? {};
  read.unknownKeys(v, `${path}.${k}`, p, known);
  return v;
}

export function parseBackends(raw: unknown, flagUrls: readonly string[], baseDir: string, p: ConfigProblems): BackendConfig[] {
  const out: BackendConfig[] = [];
  const ids = new Set<string>();
  if (raw !== undefined && raw !== null && !Array.isArray(raw)) p.add('backends', 'must be a list');
  const list = Array.isArray(raw) ? raw : [];
  list.forEach((item, i) => {
    const path = `backends[${i}]`;
    const o = read.obj(item, path, p);
    if (!o) { if (item === null || item === undefined) p.add(path, 'must be a mapping'); return; }
    read.unknownKeys(o, path, p, BACKEND_KEYS);
    const id = read.str(o.id, `${path}.id`, p) ?? `backend-${i + 1}`;
    if (!/^[A-Za-z0-9_.-]{1,64}$/.test(id)) p.add(`${path}.id`, 'must be 1-64 letters, digits, _ . -');
    if (ids.has(id)) p.add(`${path}.id`, `duplicate backend id "${id}"`);
    ids.add(id);
    if (o.url === undefined) p.add(`${path}.url`, 'is required');
    const url = checkUrl(read.str(o.url, `${path}.url`, p), `${path}.url`, p);
    const t = sub(o, 'timeouts', path, p, ['connectMs', 'firstByteMs', 'idleMs']);
    const h = sub(o, 'health', path, p, ['path', 'intervalMs', 'timeoutMs']);
    const b = sub(o, 'breaker', path, p, ['failureThreshold', 'cooldownMs']);
    const d = BACKEND_DEFAULTS;
    const healthPath = read.str(h.path, `${path}.health.path`, p) ?? d.health.path;
    if (!healthPath.startsWith('/')) p.add(`${path}.health.path`, 'must start with /');
    const apiKey = read.str(o.apiKey, `${path}.apiKey`, p);
    const backend: BackendConfig = {
      id,
      url: url ?? 'http://invalid',
      weight: read.num(o.weight, `${path}.weight`, p, 0, 1_000_000) ?? d.weight,
      timeouts: {
        connectMs: read.int(t.connectMs, `${path}.timeouts.connectMs`, p, 1, 600_000) ?? d.timeouts.connectMs,
        firstByteMs: read.int(t.firstByteMs, `${path}.timeouts.firstByteMs`, p, 1, 3_600_000) ?? d.timeouts.firstByteMs,
        idleMs: read.int(t.idleMs, `${path}.timeouts.idleMs`, p, 1, 3_600_000) ?? d.timeouts.idleMs,
      },
      health: {
        path: healthPath,
        intervalMs: read.int(h.intervalMs, `${path}.health.intervalMs`, p, 0, 3_600_000) ?? d.health.intervalMs,
        timeoutMs: read.int(h.timeoutMs, `${path}.health.timeoutMs`, p, 1, 600_000) ?? d.health.timeoutMs,
      },
      breaker: {
        failureThreshold: read.int(b.failureThreshold, `${path}.breaker.failureThreshold`, p, 1, 1000) ?? d.breaker.failureThreshold,
        cooldownMs: read.int(b.cooldownMs, `${path}.breaker.cooldownMs`, p, 1, 3_600_000) ?? d.breaker.cooldownMs,
      },
      maxConnections: read.int(o.maxConnections, `${path}.maxConnections`, p, 1, 100_000) ?? d.maxConnections,
      tls: parseTls(o.tls, `${path}.tls`, baseDir, p),
      models: read.strList(o.models, `${path}.models`, p) ?? null,
      streamUsage: read.bool(o.streamUsage, `${path}.streamUsage`, p) ?? d.streamUsage,
    };
    if (apiKey) backend.apiKey = apiKey;
    out.push(backend);
  });
  flagUrls.forEach((raw, i) => {
    const path = `--backend[${i}]`;
    const url = checkUrl(raw, path, p);
    if (!url) return;
    let id = `backend-${out.length + 1}`;
    while (ids.has(id)) id += '-x';
    ids.add(id);
    out.push({ id, url, ...structuredClone(BACKEND_DEFAULTS), tls: null, models: null });
  });
  return out;
}

export function parseModels(raw: unknown, backends: readonly BackendConfig[], p: ConfigProblems): ModelRoute[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) { p.add('models', 'must be a list'); return []; }
  const ids = new Set(backends.map((b) => b.id));
  const names = new Set<string>();
  const out: ModelRoute[] = [];
  raw.forEach((item, i) => {
    const path = `models[${i}]`;
    const o = read.obj(item, path, p);
    if (!o) return;
    read.unknownKeys(o, path, p, ['name', 'backends']);
    const name = read.str(o.name, `${path}.name`, p);
    if (name === undefined && o.name === undefined) p.add(`${path}.name`, 'is required');
    if (name && names.has(name)) p.add(`${path}.name`, `duplicate model "${name}"`);
    if (name) names.add(name);
    if (!Array.isArray(o.backends) || o.backends.length === 0) { p.add(`${path}.backends`, 'must be a non-empty list'); return; }
    const targets = o.backends.map((t: unknown, j: number) => {
      const tp = `${path}.backends[${j}]`;
      const to = read.obj(t, tp, p) ?? {};
      read.unknownKeys(to, tp, p, ['backend', 'model', 'weight']);
      const backendId = read.str(to.backend, `${tp}.backend`, p) ?? '';
      if (!ids.has(backendId)) p.add(`${tp}.backend`, `unknown backend "${backendId}"`);
      return {
        backendId,
        backendModel: read.str(to.model, `${tp}.model`, p) ?? name ?? '',
        weight: read.num(to.weight, `${tp}.weight`, p, 0, 1_000_000) ?? 1,
      };
    });
    if (name) out.push({ name, targets });
  });
  return out;
}
