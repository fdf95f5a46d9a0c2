/**
 * Input rules for identities: emails, names, team names, model lists and
 * durations. Every failure is a BastionError('invalid_request') whose message
 * names the field, so the CLI and the admin API report the same thing.
 */
import { BastionError } from '../errors/registry.js';
import type { Role } from '../store/types.js';

const EMAIL_RE = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const TEAM_RE = /^[a-z0-9][a-z0-9_-]{0,62}$/;
const MODEL_RE = /^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}$/;
const DURATION_RE = /^([1-9][0-9]{0,5})([mhdw])$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;
export const MAX_MODELS = 256;
/** Keys may live at most ten years. */
export const MAX_KEY_LIFETIME_MS = 3650 * 86_400_000;

function invalid(message: string): never {
  throw new BastionError('invalid_request', message);
}

/** Lower-cased, trimmed email; throws when it is not a plausible address. */
export function normalizeEmail(input: unknown): string {
  if (typeof input !== 'string') invalid('email must be a string');
  const email = input.trim().toLowerCase();
  if (email.length > 254 || !EMAIL_RE.test(email)) invalid('email is not a valid address (like name@example.com)');
  return email;
}

/** Display names and key names: 1–100 printable characters. */
export function normalizeName(input: unknown, field: string): string {
  if (typeof input !== 'string') invalid(`${field} must be a string`);
  const name = input.normalize('NFC').trim();
  if (name.length === 0) invalid(`${field} must not be empty`);
  if (name.length > 100) invalid(`${field} must be at most 100 characters`);
  if (/[\u0000-\u001f\u007f]/.test(name)) invalid(`${field} must not contain control characters`);
  return name;
}

export function normalizeTeamName(input: unknown): string {
  if (typeof input !== 'string') invalid('team name must be a string');
  const name = input.trim();
  if (!TEAM_RE.test(name)) invalid('team name must be 1–63 characters: lower-case letters, digits, "-" or "_", starting with a letter or digit');
  return name;
}

export function normalizeRole(input: unknown): Role {
  if (input === 'admin' || input === 'member') return input;
  return invalid('role must be "admin" or "member"');
}

/**
 * A model allowlist: an array of model names (or a comma-separated string),
 * de-duplicated and sorted; `null` (or "all"/"*") means every model.
 */
export function normalizeModels(input: unknown, field = 'models'): string[] | null {
  if (input === null || input === 'all' || input === '*') return null;
  let list: unknown[];
  if (typeof input === 'string') list = input.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  else if (Array.isArray(input)) list = input;
  else return invalid(`${field} must be a list of model names, or null for every model`);
  if (list.length === 0) invalid(`${field} must name at least one model (use null or "all" for every model)`);
  if (list.length > MAX_MODELS) invalid(`${field} may name at most ${MAX_MODELS} models`);
  const out = new Set<string>();
  for (const m of list) {
    if (typeof m !== 'string' || !MODEL_RE.test(m)) invalid(`${field} contains an invalid model name: ${JSON.stringify(String(m)).slice(0, 80)}`);
    out.add(m);
  }
  return [...out].sort();
}

/** Parses `90m`, `12h`, `30d`, `2w` into milliseconds. `null`/"never" means no expiry. */
export function parseDuration(input: unknown, field = 'expiresIn'): number | null {
  if (input === null || input === undefined || input === 'never') return null;
  if (typeof input !== 'string') invalid(`${field} must be a duration like "90m", "12h", "30d" or "2w"`);
  const m = DURATION_RE.exec(input.trim());
  if (m === null) invalid(`${field} must be a duration like "90m", "12h", "30d" or "2w"`);
  const ms = Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
  if (ms > MAX_KEY_LIFETIME_MS) invalid(`${field} must be at most 3650d`);
  return ms;
}

/** True when `inner` (null = all) is within `outer` (null = all). */
export function isSubset(inner: readonly string[] | null, outer: readonly string[] | null): boolean {
  if (outer === null) return true;
  if (inner === null) return false;
  const allowed = new Set(outer);
  return inner.every((m) => allowed.has(m));
}

/** Effective allowlist: intersection of two allowlists where null means every model. */
export function intersectModels(a: readonly string[] | null, b: readonly string[] | null): string[] | null {
  if (a === null) return b === null ? null : [...b];
  if (b === null) return [...a];
  const set = new Set(b);
  return a.filter((m) => set.has(m));
}
