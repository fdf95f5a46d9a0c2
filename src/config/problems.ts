/**
 * Collects every problem found while validating configuration so start-up can
 * report them all at once, each with its path in the file (e.g. `backends[1].url`).
 * Section parsers (server, backends, limits, guard, audit, …) take a raw value,
 * its path and this collector, and return the compiled, frozen form.
 */
export interface ConfigProblem { path: string; message: string }

export class ConfigProblems {
  readonly list: ConfigProblem[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
  get empty(): boolean {
    return this.list.length === 0;
  }
}

export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];
  constructor(problems: readonly ConfigProblem[], source: string) {
    super(`invalid configuration in ${source}:\n` + problems.map((p) => `  - ${p.path || '(root)'}: ${p.message}`).join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Small typed readers used by every section parser. Each returns undefined and records a problem on mismatch. */
export const read = {
  obj(v: unknown, path: string, p: ConfigProblems): Record<string, unknown> | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v)) { p.add(path, 'must be a mapping'); return undefined; }
    return v as Record<string, unknown>;
  },
  str(v: unknown, path: string, p: ConfigProblems): string | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' || v.length === 0) { p.add(path, 'must be a non-empty string'); return undefined; }
    return v;
  },
  bool(v: unknown, path: string, p: ConfigProblems): boolean | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') { p.add(path, 'must be true or false'); return undefined; }
    return v;
  },
  num(v: unknown, path: string, p: ConfigProblems, min = -Infinity, max = Infinity): number | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) { p.add(path, 'must be a number'); return undefined; }
    if (v < min || v > max) { p.add(path, `must be between ${min} and ${max}`); return undefined; }
    return v;
  },
  int(v: unknown, path: string, p: ConfigProblems, min = -Infinity, max = Infinity): number | undefined {
    const n = read.num(v, path, p, min, max);
    if (n !== undefined && !Number.isInteger(n)) { p.add(path, 'must be a whole number'); return undefined; }
    return n;
  },
  oneOf<T extends string>(v: unknown, path: string, p: ConfigProblems, allowed: readonly T[]): T | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) { p.add(path, `must be one of ${allowed.join(', ')}`); return undefined; }
    return v as T;
  },
  strList(v: unknown, path: string, p: ConfigProblems): string[] | undefined {
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.length === 0)) { p.add(path, 'must be a list of non-empty strings'); return undefined; }
    return v as string[];
  },
  /** Reports keys of `o` not in `known` (typos must not be silently ignored). */
  unknownKeys(o: Record<string, unknown>, path: string, p: ConfigProblems, known: readonly string[]): void {
    for (const k of Object.keys(o)) if (!known.includes(k)) p.add(path ? `${path}.${k}` : k, 'unknown setting');
  },
};

/** Recursively freezes a compiled config so the request path cannot change it. */
export function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}
