/**
 * The `guard` section of the configuration: validated once, all problems
 * reported together, then frozen. Policy can differ per team and per model;
 * resolution order (later wins): defaults → guard → guard.models[m] →
 * guard.teams[t] → guard.teams[t].models[m]. No request field can change it.
 */
import { deepFreeze, read, type ConfigProblems } from '../config/problems.js';
import { GUARD_CATEGORIES, type GuardCategory } from './codes.js';

export const GUARD_ACTIONS = ['block', 'redact', 'flag', 'allow'] as const;
export type GuardAction = (typeof GUARD_ACTIONS)[number];

export interface DeepScanConfig {
  /** The customer's own OpenAI-compatible base URL (admin configuration only), e.g. http://10.0.0.5:8000/v1. */
  url: string;
  model: string;
  timeoutMs: number;
  failMode: 'open' | 'closed';
  /** Scores (decision scale) in [min, max) are sent to the deep scan. */
  min: number;
  max: number;
}

export interface OutputPolicy {
  enabled: boolean;
  /** What to do with secrets / PII in answers: redact in place, cut the stream, or let through. */
  secrets: 'redact' | 'cut' | 'allow';
  pii: 'redact' | 'cut' | 'allow';
  /** Markdown images/links whose URL carries data (query strings) to a host not in allowedHosts. */
  exfiltration: 'redact' | 'cut' | 'allow';
  allowedHosts: readonly string[];
  /** Plant a per-request canary in the system prompt and cut the stream if it appears in the answer. */
  canary: boolean;
  /** Characters held back so a secret split across chunks is still caught. */
  holdBack: number;
}

export interface GuardPolicy {
  enabled: boolean;
  /** Shadow mode: findings are recorded, nothing is blocked or rewritten. */
  shadow: boolean;
  actions: Readonly<Record<GuardCategory, GuardAction>>;
  /** Decision-scale thresholds per category (0.5 = the calibrated default). */
  thresholds: Readonly<Record<GuardCategory, number>>;
  /** Scan system/developer messages for attacks too (they come from the application, so default false). */
  scanSystem: boolean;
  output: Readonly<OutputPolicy>;
  deepScan: Readonly<DeepScanConfig> | null;
}

export interface GuardConfig {
  readonly policy: GuardPolicy;
  readonly models: Readonly<Record<string, GuardPolicy>>;
  readonly teams: Readonly<Record<string, { policy: GuardPolicy; models: Readonly<Record<string, GuardPolicy>> }>>;
}

const ATTACK_DEFAULT: GuardAction = 'block';

export function defaultGuardPolicy(): GuardPolicy {
  const actions = {} as Record<GuardCategory, GuardAction>;
  const thresholds = {} as Record<GuardCategory, number>;
  for (const c of GUARD_CATEGORIES) { actions[c] = ATTACK_DEFAULT; thresholds[c] = 0.5; }
  actions.obfuscation = 'allow';
  actions.secret = 'redact';
  actions.pii = 'redact';
  return {
    enabled: true, shadow: false, actions, thresholds, scanSystem: false,
    output: { enabled: true, secrets: 'redact', pii: 'allow', exfiltration: 'redact', allowedHosts: [], canary: true, holdBack: 96 },
    deepScan: null,
  };
}

const POLICY_KEYS = ['enabled', 'shadow', 'actions', 'thresholds', 'scanSystem', 'output', 'deepScan'] as const;

function parseUrl(v: unknown, path: string, p: ConfigProblems): string | undefined {
  const s = read.str(v, path, p);
  if (s === undefined) return undefined;
  try {
    const u = new URL(s);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') { p.add(path, 'must be an http(s) URL'); return undefined; }
    if (u.username || u.password) { p.add(path, 'must not contain credentials'); return undefined; }
    return s.replace(/\/+$/, '');
  } catch {
    p.add(path, 'must be a valid URL');
    return undefined;
  }
}

/** Applies one policy mapping on top of `base`. */
function overlay(base: GuardPolicy, raw: Record<string, unknown>, path: string, p: ConfigProblems, extraKeys: readonly string[]): GuardPolicy {
  read.unknownKeys(raw, path, p, [...POLICY_KEYS, ...extraKeys]);
  const out: GuardPolicy = { ...base, actions: { ...base.actions }, thresholds: { ...base.thresholds }, output: { ...base.output } };
  out.enabled = read.bool(raw.enabled, `${path}.enabled`, p) ?? out.enabled;
  out.shadow = read.bool(raw.shadow, `${path}.shadow`, p) ?? out.shadow;
  out.scanSystem = read.bool(raw.scanSystem, `${path}.scanSystem`, p) ?? out.scanSystem;
  const actions = read.obj(raw.actions, `${path}.actions`, p);
  if (actions) {
    for (const [k, v] of Object.entries(actions)) {
      if (k !== 'default' && !(GUARD_CATEGORIES as readonly string[]).includes(k)) { p.add(`${path}.actions.${k}`, `unknown category (known: ${GUARD_CATEGORIES.join(', ')})`); continue; }
      const a = read.oneOf(v, `${path}.actions.${k}`, p, GUARD_ACTIONS);
      if (a === undefined) continue;
      if (k === 'default') { for (const c of GUARD_CATEGORIES) if (c !== 'secret' && c !== 'pii' && c !== 'obfuscation') (out.actions as Record<GuardCategory, GuardAction>)[c] = a; }
      else (out.actions as Record<string, GuardAction>)[k] = a;
    }
  }
  const th = read.obj(raw.thresholds, `${path}.thresholds`, p);
  if (th) {
    const d = read.num(th.default, `${path}.thresholds.default`, p, 0, 1);
    if (d !== undefined) for (const c of GUARD_CATEGORIES) (out.thresholds as Record<GuardCategory, number>)[c] = d;
    for (const [k, v] of Object.entries(th)) {
      if (k === 'default') continue;
      if (!(GUARD_CATEGORIES as readonly string[]).includes(k)) { p.add(`${path}.thresholds.${k}`, 'unknown category'); continue; }
      const n = read.num(v, `${path}.thresholds.${k}`, p, 0, 1);
      if (n !== undefined) (out.thresholds as Record<string, number>)[k] = n;
    }
  }
  const o = read.obj(raw.output, `${path}.output`, p);
  if (o) {
    read.unknownKeys(o, `${path}.output`, p, ['enabled', 'secrets', 'pii', 'exfiltration', 'allowedHosts', 'canary', 'holdBack']);
    const modes = ['redact', 'cut', 'allow'] as const;
    out.output = {
      enabled: read.bool(o.enabled, `${path}.output.enabled`, p) ?? out.output.enabled,
      secrets: read.oneOf(o.secrets, `${path}.output.secrets`, p, modes) ?? out.output.secrets,
      pii: read.oneOf(o.pii, `${path}.output.pii`, p, modes) ?? out.output.pii,
      exfiltration: read.oneOf(o.exfiltration, `${path}.output.exfiltration`, p, modes) ?? out.output.exfiltration,
      allowedHosts: (read.strList(o.allowedHosts, `${path}.output.allowedHosts`, p) ?? out.output.allowedHosts).map((h) => h.toLowerCase()),
      canary: read.bool(o.canary, `${path}.output.canary`, p) ?? out.output.canary,
      holdBack: read.int(o.holdBack, `${path}.output.holdBack`, p, 16, 4096) ?? out.output.holdBack,
    };
  }
  if (raw.deepScan === false) out.deepScan = null;
  else {
    const ds = read.obj(raw.deepScan, `${path}.deepScan`, p);
    if (ds) {
      read.unknownKeys(ds, `${path}.deepScan`, p, ['url', 'model', 'timeoutMs', 'failMode', 'min', 'max']);
      const url = parseUrl(ds.url, `${path}.deepScan.url`, p);
      const model = read.str(ds.model, `${path}.deepScan.model`, p);
      if (ds.url === undefined) p.add(`${path}.deepScan.url`, 'is required');
      if (ds.model === undefined) p.add(`${path}.deepScan.model`, 'is required');
      const min = read.num(ds.min, `${path}.deepScan.min`, p, 0, 1) ?? 0.3;
      const max = read.num(ds.max, `${path}.deepScan.max`, p, 0, 1) ?? 0.5;
      if (min > max) p.add(`${path}.deepScan.min`, 'must not exceed deepScan.max');
      const timeoutMs = read.int(ds.timeoutMs, `${path}.deepScan.timeoutMs`, p, 50, 60_000) ?? 1500;
      const failMode = read.oneOf(ds.failMode, `${path}.deepScan.failMode`, p, ['open', 'closed'] as const) ?? 'open';
      if (url && model) out.deepScan = { url, model, timeoutMs, failMode, min, max };
    }
  }
  return out;
}

function parseModels(raw: unknown, base: GuardPolicy, path: string, p: ConfigProblems): Record<string, GuardPolicy> {
  const out: Record<string, GuardPolicy> = {};
  const o = read.obj(raw, path, p);
  if (!o) return out;
  for (const [name, v] of Object.entries(o)) {
    const m = read.obj(v, `${path}.${name}`, p);
    if (m) out[name] = overlay(base, m, `${path}.${name}`, p, []);
  }
  return out;
}

/** Parses the `guard` section (absent → defaults). Problems go to `problems`; the result is frozen. */
export function parseGuardConfig(raw: unknown, path: string, problems: ConfigProblems): GuardConfig {
  const base = defaultGuardPolicy();
  const o = read.obj(raw, path, problems);
  if (!o) return deepFreeze({ policy: base, models: {}, teams: {} });
  const policy = overlay(base, o, path, problems, ['models', 'teams']);
  const models = parseModels(o.models, policy, `${path}.models`, problems);
  const teams: Record<string, { policy: GuardPolicy; models: Record<string, GuardPolicy> }> = {};
  const t = read.obj(o.teams, `${path}.teams`, problems);
  if (t) {
    for (const [team, v] of Object.entries(t)) {
      const tp = read.obj(v, `${path}.teams.${team}`, problems);
      if (!tp) continue;
      const teamPolicy = overlay(policy, tp, `${path}.teams.${team}`, problems, ['models']);
      const entry = { policy: teamPolicy, models: {} as Record<string, GuardPolicy> };
      teams[team] = entry;
      const tm = read.obj(tp.models, `${path}.teams.${team}.models`, problems);
      if (tm) {
        for (const [name, mv] of Object.entries(tm)) {
          const m = read.obj(mv, `${path}.teams.${team}.models.${name}`, problems);
          // An explicit team-and-model entry starts from the team policy.
          if (m) entry.models[name] = overlay(teamPolicy, m, `${path}.teams.${team}.models.${name}`, problems, []);
        }
      }
    }
  }
  return deepFreeze({ policy, models, teams });
}

/** The policy for a team and model. */
export function resolvePolicy(config: GuardConfig, teamId: string | null | undefined, model: string | undefined): GuardPolicy {
  // Own keys only: a model or team named `constructor` or `toString` must not resolve to Object.prototype.
  const team = teamId && Object.hasOwn(config.teams, teamId) ? config.teams[teamId] : undefined;
  const forModel = model !== undefined && model !== '' && Object.hasOwn(config.models, model);
  if (team) {
    if (model && Object.hasOwn(team.models, model)) return team.models[model] as GuardPolicy;
    if (forModel) return mergeTeamOverModel(config, teamId as string, model);
    return team.policy;
  }
  if (forModel) return config.models[model] as GuardPolicy;
  return config.policy;
}

const merged = new WeakMap<GuardConfig, Map<string, GuardPolicy>>();

/** Team settings win over model settings where the team set them; computed once per pair. */
function mergeTeamOverModel(config: GuardConfig, teamId: string, model: string): GuardPolicy {
  let cache = merged.get(config);
  if (!cache) { cache = new Map(); merged.set(config, cache); }
  const key = `${teamId}\u0000${model}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const m = config.models[model] as GuardPolicy;
  const t = (config.teams[teamId] as { policy: GuardPolicy }).policy;
  const base = config.policy;
  const pick = <T>(tv: T, bv: T, mv: T): T => (JSON.stringify(tv) !== JSON.stringify(bv) ? tv : mv);
  const actions = {} as Record<GuardCategory, GuardAction>;
  const thresholds = {} as Record<GuardCategory, number>;
  for (const c of GUARD_CATEGORIES) {
    actions[c] = pick(t.actions[c], base.actions[c], m.actions[c]);
    thresholds[c] = pick(t.thresholds[c], base.thresholds[c], m.thresholds[c]);
  }
  const out: GuardPolicy = deepFreeze({
    enabled: pick(t.enabled, base.enabled, m.enabled), shadow: pick(t.shadow, base.shadow, m.shadow),
    scanSystem: pick(t.scanSystem, base.scanSystem, m.scanSystem), actions, thresholds,
    output: pick(t.output, base.output, m.output), deepScan: pick(t.deepScan, base.deepScan, m.deepScan),
  });
  cache.set(key, out);
  return out;
}
