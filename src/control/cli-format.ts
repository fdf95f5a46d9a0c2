/** Plain-text rendering of identities for the `bastion keys|users|teams` commands. */
import type { KeyView, TeamView, UserView } from './views.js';

export function formatTime(ms: number | null): string {
  return ms === null ? 'never' : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function formatModels(models: readonly string[] | null, inherit: string): string {
  return models === null ? inherit : models.join(',');
}

/** Left-aligned columns; the last column is not padded. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

export function keysTable(keys: readonly KeyView[], emailOf: (id: string) => string, teamOf: (id: string | null) => string): string {
  if (keys.length === 0) return 'No keys.\n';
  return table(
    ['ID', 'PREFIX', 'NAME', 'OWNER', 'TEAM', 'STATUS', 'EXPIRES', 'MODELS'],
    keys.map((k) => [k.id, k.prefix, k.name, emailOf(k.userId), teamOf(k.teamId), k.status, formatTime(k.expiresAt), formatModels(k.models, '(owner\'s)')]),
  );
}

export function usersTable(users: readonly UserView[], teamOf: (id: string | null) => string): string {
  if (users.length === 0) return 'No users.\n';
  return table(
    ['ID', 'EMAIL', 'NAME', 'ROLE', 'STATUS', 'TEAM', 'PASSWORD'],
    users.map((u) => [u.id, u.email, u.name, u.role, u.status, teamOf(u.teamId), u.hasPassword ? 'yes' : 'no']),
  );
}

export function teamsTable(teams: readonly TeamView[]): string {
  if (teams.length === 0) return 'No teams.\n';
  return table(['ID', 'NAME', 'MODELS'], teams.map((t) => [t.id, t.name, formatModels(t.models, '(all)')]));
}
