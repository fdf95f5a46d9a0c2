/**
 * The `limits` section of the configuration: validated once at start-up (every
 * problem reported together), then frozen. See docs/limits.md for the reference.
 */
import { inspect } from 'node:util';
import { type ConfigProblems, deepFreeze, read } from '../config/problems.js';
import { parseDurationMs } from './durations.js';

export const LIMIT_SCOPES = ['key', 'user', 'team', 'model', 'global'] as const;
export const LIMIT_KINDS = ['requests', 'tokens', 'concurrency', 'daily_tokens', 'monthly_tokens'] as const;
export type LimitScope = (typeof LIMIT_SCOPES)[number];
export type LimitKind = (typeof LIMIT_KINDS)[number];

export interface LimitRule {
  readonly name: string;
  readonly scope: LimitScope;
  readonly kind: LimitKind;
  /** Requests or tokens per window, concurrent requests, or tokens per UTC day / month. */
  readonly amount: number;
  /** Window for `requests` and `tokens`; 0 for the other kinds. */
  readonly windowMs: number;
  /** Count and report, refuse nothing. */
  readonly shadow: boolean;
  /** Only requests for these models are counted; null = every model. */
  readonly models: readonly string[] | null;
  /** Models this rule skips (the per-model defaults skip models an explicit rule already limits). */
  readonly exceptModels: readonly string[];
  /** Per scope value amounts (e.g. one team gets more): scope value → amount. */
  readonly overrides: Readonly<Record<string, number>>;
}

/** Redis connection settings; the URL may hold a password, so this type redacts itself. */
export class RedisSettings {
  readonly #url: string;
  readonly prefix: string;
  readonly timeoutMs: number;
  constructor(url: string, prefix: string, timeoutMs: number) {
    this.#url = url;
    this.prefix = prefix;
    this.timeoutMs = timeoutMs;
  }
  get url(): string { return this.#url; }
  toJSON(): Record<string, unknown> { return { url: '[REDACTED]', prefix: this.prefix, timeoutMs: this.timeoutMs }; }
  [inspect.custom](): string { return `RedisSettings { url: '[REDACTED]', prefix: '${this.prefix}', timeoutMs: ${this.timeoutMs} }`; }
}

export interface LimitsConfig {
  readonly store: 'memory' | 'redis';
  readonly redis: RedisSettings | null;
  /** open: fall back to per-process limits when Redis is unreachable; closed: refuse with limiter_unavailable. */
  readonly failMode: 'open' | 'closed';
  /** Named limits plus the compiled per-model defaults (named `model-default-<kind>`). */
  readonly rules: readonly LimitRule[];
  readonly estimate: { readonly charsPerToken: number; readonly defaultMaxTokens: number };
  /** Lifetime of a concurrency slot unless renewed; renewed every third of it while the request runs. */
  readonly leaseTtlMs: number;
  /** Bounded per-identity wait when only a concurrency limit refuses; null = refuse at once. */
  readonly queue: { readonly maxWaiting: number; readonly maxWaitMs: number } | null;
}

export const LIMIT_DEFAULTS = {
  store: 'memory',
  failMode: 'open',
  redisPrefix: 'bastion:limits:',
  redisTimeoutMs: 250,
  charsPerToken: 4,
  defaultMaxTokens: 1024,
  leaseTtlMs: 60_000,
  queueMaxWaitMs: 5_000,
  /** Applied to every model that no explicit model-scoped rule of the same kind covers. */
  modelDefaults: { requests: { amount: 1200, windowMs: 60_000 }, concurrency: 32 },
} as const;

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const MAX_AMOUNT = 1e12;

function duration(v: unknown, path: string, p: ConfigProblems): number | undefined {
  if (v === undefined || v === null) return undefined;
  const ms = parseDurationMs(v);
  if (ms === undefined) p.add(path, 'must be a duration: seconds, or a string like 250ms, 10s, 5m, 1h, 1d');
  return ms;
}

/** Validates one named limit (also for limits submitted through the admin API). */
export function parseLimitRule(name: string, raw: unknown, path: string, p: ConfigProblems): LimitRule | undefined {
  if (!NAME_RE.test(name)) p.add(path, 'limit names use letters, digits, ".", "_" and "-" (at most 64)');
  const o = read.obj(raw, path, p);
  if (!o) { if (raw === undefined || raw === null) p.add(path, 'must be a mapping'); return undefined; }
  read.unknownKeys(o, path, p, ['scope', 'kind', 'amount', 'window', 'shadow', 'models', 'overrides']);
  const scope = read.oneOf(o.scope, `${path}.scope`, p, LIMIT_SCOPES);
  const kind = read.oneOf(o.kind, `${path}.kind`, p, LIMIT_KINDS);
  const amount = read.int(o.amount, `${path}.amount`, p, 1, MAX_AMOUNT);
  if (o.scope === undefined) p.add(`${path}.scope`, `is required (${LIMIT_SCOPES.join(', ')})`);
  if (o.kind === undefined) p.add(`${path}.kind`, `is required (${LIMIT_KINDS.join(', ')})`);
  if (o.amount === undefined) p.add(`${path}.amount`, 'is required');
  const windowMs = duration(o.window, `${path}.window`, p);
  const windowed = kind === 'requests' || kind === 'tokens';
  if (windowed && o.window === undefined) p.add(`${path}.window`, `is required for kind ${kind}`);
  if (kind !== undefined && !windowed && o.window !== undefined) p.add(`${path}.window`, `does not apply to kind ${kind}`);
  const shadow = read.bool(o.shadow, `${path}.shadow`, p) ?? false;
  const models = read.strList(o.models, `${path}.models`, p) ?? null;
  const overrides: Record<string, number> = {};
  const ov = read.obj(o.overrides, `${path}.overrides`, p);
  if (ov) for (const [k, v] of Object.entries(ov)) {
    const n = read.int(v, `${path}.overrides.${k}`, p, 1, MAX_AMOUNT);
    if (n !== undefined) overrides[k] = n;
  }
  if (scope === undefined || kind === undefined || amount === undefined || (windowed && windowMs === undefined)) return undefined;
  return { name, scope, kind, amount, windowMs: windowed ? windowMs! : 0, shadow, models, exceptModels: [], overrides };
}

function modelDefaultRules(raw: unknown, path: string, p: ConfigProblems, explicit: readonly LimitRule[]): LimitRule[] {
  if (raw === false) return [];
  const o = read.obj(raw, path, p) ?? {};
  read.unknownKeys(o, path, p, ['requests', 'tokens', 'concurrency']);
  const out: LimitRule[] = [];
  const coveredBy = (kind: LimitKind): string[] => {
    // Models already limited by an explicit model-scoped rule of this kind; ['*'] when one covers every model.
    const own = explicit.filter((r) => r.scope === 'model' && r.kind === kind && !r.shadow);
    if (own.some((r) => r.models === null)) return ['*'];
    return own.flatMap((r) => r.models ?? []);
  };
  const add = (kind: LimitKind, amount: number, windowMs: number): void => {
    const covered = coveredBy(kind);
    if (covered[0] === '*') return;
    out.push({ name: `model-default-${kind}`, scope: 'model', kind, amount, windowMs, shadow: false, models: null, exceptModels: covered, overrides: {} });
  };
  for (const kind of ['requests', 'tokens'] as const) {
    const v = o[kind];
    if (v === false) continue;
    const d = kind === 'requests' ? LIMIT_DEFAULTS.modelDefaults.requests : undefined;
    if (v === undefined) { if (d) add(kind, d.amount, d.windowMs); continue; }
    const m = read.obj(v, `${path}.${kind}`, p);
    if (!m) continue;
    read.unknownKeys(m, `${path}.${kind}`, p, ['amount', 'window']);
    const amount = read.int(m.amount, `${path}.${kind}.amount`, p, 1, MAX_AMOUNT);
    const windowMs = duration(m.window, `${path}.${kind}.window`, p);
    if (m.amount === undefined) p.add(`${path}.${kind}.amount`, 'is required');
    if (m.window === undefined) p.add(`${path}.${kind}.window`, 'is required');
    if (amount !== undefined && windowMs !== undefined) add(kind, amount, windowMs);
  }
  if (o.concurrency !== false) {
    const c = o.concurrency === undefined ? LIMIT_DEFAULTS.modelDefaults.concurrency : read.int(o.concurrency, `${path}.concurrency`, p, 1, MAX_AMOUNT);
    if (c !== undefined) add('concurrency', c, 0);
  }
  return out;
}

export function parseLimitsConfig(raw: unknown, path: string, problems: ConfigProblems): LimitsConfig {
  const p = problems;
  const o = read.obj(raw, path, p) ?? {};
  const at = (k: string): string => (path ? `${path}.${k}` : k);
  read.unknownKeys(o, path, p, ['store', 'redis', 'failMode', 'rules', 'modelDefaults', 'estimate', 'leaseTtl', 'queue']);

  const store = read.oneOf(o.store, at('store'), p, ['memory', 'redis'] as const) ?? LIMIT_DEFAULTS.store;
  const failMode = read.oneOf(o.failMode, at('failMode'), p, ['open', 'closed'] as const) ?? LIMIT_DEFAULTS.failMode;

  let redis: RedisSettings | null = null;
  const r = read.obj(o.redis, at('redis'), p);
  if (r) {
    read.unknownKeys(r, at('redis'), p, ['url', 'prefix', 'timeout']);
    const url = read.str(r.url, at('redis.url'), p);
    if (url !== undefined && !/^rediss?:\/\//.test(url)) p.add(at('redis.url'), 'must start with redis:// or rediss://');
    const prefix = read.str(r.prefix, at('redis.prefix'), p) ?? LIMIT_DEFAULTS.redisPrefix;
    const timeoutMs = duration(r.timeout, at('redis.timeout'), p) ?? LIMIT_DEFAULTS.redisTimeoutMs;
    if (url !== undefined) redis = new RedisSettings(url, prefix, timeoutMs);
  }
  if (store === 'redis' && !redis && !p.list.some((x) => x.path.startsWith(at('redis')))) p.add(at('redis.url'), 'is required when store is redis');

  const rules: LimitRule[] = [];
  const rr = read.obj(o.rules, at('rules'), p);
  if (rr) for (const [name, v] of Object.entries(rr)) {
    const rule = parseLimitRule(name, v, `${at('rules')}.${name}`, p);
    if (rule) rules.push(rule);
  }
  for (const d of modelDefaultRules(o.modelDefaults, at('modelDefaults'), p, rules)) {
    if (rules.some((x) => x.name === d.name)) p.add(`${at('rules')}.${d.name}`, 'this name is reserved for the per-model defaults');
    else rules.push(d);
  }

  const e = read.obj(o.estimate, at('estimate'), p) ?? {};
  read.unknownKeys(e, at('estimate'), p, ['charsPerToken', 'defaultMaxTokens']);
  const estimate = {
    charsPerToken: read.num(e.charsPerToken, at('estimate.charsPerToken'), p, 0.5, 100) ?? LIMIT_DEFAULTS.charsPerToken,
    defaultMaxTokens: read.int(e.defaultMaxTokens, at('estimate.defaultMaxTokens'), p, 0, 10_000_000) ?? LIMIT_DEFAULTS.defaultMaxTokens,
  };

  const leaseTtlMs = duration(o.leaseTtl, at('leaseTtl'), p) ?? LIMIT_DEFAULTS.leaseTtlMs;
  if (leaseTtlMs < 3000) p.add(at('leaseTtl'), 'must be at least 3s');

  let queue: LimitsConfig['queue'] = null;
  const q = read.obj(o.queue, at('queue'), p);
  if (q) {
    read.unknownKeys(q, at('queue'), p, ['maxWaiting', 'maxWait']);
    const maxWaiting = read.int(q.maxWaiting, at('queue.maxWaiting'), p, 1, 10_000);
    if (q.maxWaiting === undefined) p.add(at('queue.maxWaiting'), 'is required');
    const maxWaitMs = duration(q.maxWait, at('queue.maxWait'), p) ?? LIMIT_DEFAULTS.queueMaxWaitMs;
    if (maxWaiting !== undefined) queue = { maxWaiting, maxWaitMs };
  }

  return deepFreeze({ store, redis, failMode, rules, estimate, leaseTtlMs, queue });
}
