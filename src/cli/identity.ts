/**
 * `bastion keys|users|teams …`: identity administration from the command line.
 * Opens the store directly (SQLite WAL or PostgreSQL), so it works whether or
 * not a server is running; the server's snapshot picks changes up on its next
 * revision poll. Exit codes: 0 success, 1 operation refused (not found,
 * conflict, store failure), 2 bad usage or invalid input.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BastionError } from '../errors/registry.js';
import { openStore } from '../store/open.js';
import type { Store, StoreHandle } from '../store/types.js';
import { IdentityService, type Actor } from '../control/identities.js';
import { noSecurityEvents, type SecurityEventSink } from '../control/events.js';
import { Secret } from '../control/secret.js';
import { SETTING_CLI_USER_ID } from '../control/settings-keys.js';
import { normalizeRole } from '../control/validate.js';
import { formatModels, formatTime, keysTable, teamsTable, usersTable } from '../control/cli-format.js';

export type IdentityGroup = 'keys' | 'users' | 'teams';

export interface IdentityIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Read by `--password-stdin`; process.stdin by default. */
  stdin?: NodeJS.ReadableStream;
}

export interface IdentityEnv {
  dataDir: string;
  databaseUrl?: string;
  /** Where security events go (the audit log); none by default. */
  events?: (handle: StoreHandle) => SecurityEventSink & { close?(): Promise<void> };
}

/** Email of the service user that owns keys created without --user. */
export const CLI_USER_EMAIL = 'cli@bastion.invalid';

const CLI: Actor = { via: 'cli' };

const USAGE: Record<IdentityGroup, string> = {
  keys: `Usage: bastion keys <command>

  create --name NAME [--models a,b] [--expires 30d] [--team T] [--user EMAIL] [--json]
        Create an API key and print it once. Without --models the key may use every
        model its owner may use; --expires takes 90m, 12h, 30d or 2w (default: never).
        Without --user the key belongs to the "cli" service user (a member, no team).
  list [--user EMAIL] [--json]     List keys (never their secrets).
  revoke ID|PREFIX                 Revoke a key at once.
`,
  users: `Usage: bastion users <command>

  create --email E [--name N] [--admin] [--team T] [--password-stdin] [--json]
        Create a user; --password-stdin reads a password (≥ 12 characters) from stdin.
  list [--json]                    List users.
  suspend ID|EMAIL                 Suspend a user (their keys stop working).
  activate ID|EMAIL                Re-activate a suspended user.
  set-role ID|EMAIL admin|member   Change a user's role.
  set-team ID|EMAIL TEAM|none      Move a user to a team, or out of any team.
  set-password ID|EMAIL [--password-stdin | --remove]
                                   Set a user's password from stdin, or remove password login.
`,
  teams: `Usage: bastion teams <command>

  create NAME [--models a,b]       Create a team (default: every model).
  list [--json]                    List teams.
  set-models NAME a,b|all          Set the team's model allowlist.
  delete NAME                      Delete a team without users or keys.
`,
};

type Options = NonNullable<ParseArgsConfig['options']>;
const JSON_OPT: Options = { json: { type: 'boolean' } };
const SPECS: Record<IdentityGroup, Record<string, { options: Options; positionals: number }>> = {
  keys: {
    create: { options: { name: { type: 'string' }, models: { type: 'string' }, expires: { type: 'string' }, team: { type: 'string' }, user: { type: 'string' }, ...JSON_OPT }, positionals: 0 },
    list: { options: { user: { type: 'string' }, ...JSON_OPT }, positionals: 0 },
    revoke: { options: JSON_OPT, positionals: 1 },
  },
  users: {
    create: { options: { email: { type: 'string' }, name: { type: 'string' }, admin: { type: 'boolean' }, team: { type: 'string' }, 'password-stdin': { type: 'boolean' }, ...JSON_OPT }, positionals: 0 },
    list: { options: JSON_OPT, positionals: 0 },
    suspend: { options: JSON_OPT, positionals: 1 },
    activate: { options: JSON_OPT, positionals: 1 },
    'set-role': { options: JSON_OPT, positionals: 2 },
    'set-team': { options: JSON_OPT, positionals: 2 },
    'set-password': { options: { 'password-stdin': { type: 'boolean' }, remove: { type: 'boolean' }, ...JSON_OPT }, positionals: 1 },
  },
  teams: {
    create: { options: { models: { type: 'string' }, ...JSON_OPT }, positionals: 1 },
    list: { options: JSON_OPT, positionals: 0 },
    'set-models': { options: JSON_OPT, positionals: 2 },
    delete: { options: JSON_OPT, positionals: 1 },
  },
};

class UsageError extends Error {}

interface Parsed { values: Record<string, string | boolean | undefined>; positionals: string[] }

interface Ctx {
  ids: IdentityService;
  store: Store;
  out: (text: string) => void;
  json: (value: unknown) => void;
  stdin: NodeJS.ReadableStream;
}

export async function runIdentityCommand(group: IdentityGroup, argv: string[], io: IdentityIo, env: IdentityEnv): Promise<number> {
  const write = (s: NodeJS.WritableStream) => (text: string) => void s.write(text);
  const err = write(io.stderr);
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? err : write(io.stdout))(USAGE[group]);
    return command === undefined ? 2 : 0;
  }
  const spec = SPECS[group][command];
  if (spec === undefined) {
    err(`error: unknown command "${group} ${command}"\n\n${USAGE[group]}`);
    return 2;
  }
  let parsed: Parsed;
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      write(io.stdout)(USAGE[group]);
      return 0;
    }
    parsed = parseArgs({ args: rest, options: spec.options, allowPositionals: true, strict: true }) as Parsed;
    if (parsed.positionals.length !== spec.positionals) {
      throw new UsageError(`"${group} ${command}" takes ${spec.positionals === 0 ? 'no' : spec.positionals} argument${spec.positionals === 1 ? '' : 's'}; got ${parsed.positionals.length}`);
    }
  } catch (e) {
    err(`error: ${(e as Error).message}\n\n${USAGE[group]}`);
    return 2;
  }

  let opened: { store: Store; handle: StoreHandle } | undefined;
  let sink: (SecurityEventSink & { close?(): Promise<void> }) | undefined;
  try {
    opened = await openStore({ dataDir: env.dataDir, ...(env.databaseUrl ? { databaseUrl: env.databaseUrl } : {}) });
    sink = env.events ? env.events(opened.handle) : undefined;
    const ids = new IdentityService(opened.store, { events: sink ?? noSecurityEvents });
    const ctx: Ctx = {
      ids, store: opened.store, out: write(io.stdout),
      json: (v) => void io.stdout.write(`${JSON.stringify(v, null, 2)}\n`),
      stdin: io.stdin ?? process.stdin,
    };
    await COMMANDS[group][command]?.(ctx, parsed);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err(`error: ${e.message}\n\n${USAGE[group]}`);
      return 2;
    }
    if (e instanceof BastionError) {
      err(`error: ${e.message}\n`);
      return e.code === 'invalid_request' || e.code === 'unknown_field' ? 2 : 1;
    }
    err(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  } finally {
    await sink?.close?.().catch((e: unknown) => err(`warning: could not write the audit record: ${e instanceof Error ? e.message : String(e)}\n`));
    await opened?.store.close().catch(() => undefined);
  }
}

function str(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}

function required(p: Parsed, name: string): string {
  const v = str(p, name);
  if (v === undefined) throw new UsageError(`--${name} is required`);
  return v;
}

function pos(p: Parsed, i: number): string {
  return p.positionals[i] as string;
}

async function readPassword(stdin: NodeJS.ReadableStream): Promise<Secret> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > 4096) throw new BastionError('invalid_request', 'the password on stdin is too long');
    chunks.push(b);
  }
  return new Secret(Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, ''));
}

/** The member "cli" user that owns keys created without --user; created on first use. */
async function cliUser(ctx: Ctx): Promise<string> {
  const id = await ctx.store.settings.get(SETTING_CLI_USER_ID);
  const existing = (id ? await ctx.store.users.get(id) : null) ?? (await ctx.store.users.getByEmail(CLI_USER_EMAIL));
  const user = existing ?? (await ctx.ids.createUser({ email: CLI_USER_EMAIL, name: 'cli', role: 'member' }, CLI));
  if (id !== user.id) await ctx.store.settings.set(SETTING_CLI_USER_ID, user.id);
  return user.id;
}

async function lookups(ctx: Ctx): Promise<{ email: (id: string) => string; team: (id: string | null) => string }> {
  const [users, teams] = await Promise.all([ctx.ids.listUsers(), ctx.ids.listTeams()]);
  const emails = new Map(users.map((u) => [u.id, u.email]));
  const names = new Map(teams.map((t) => [t.id, t.name]));
  return { email: (id) => emails.get(id) ?? id, team: (id) => (id === null ? '-' : names.get(id) ?? id) };
}

type Handler = (ctx: Ctx, p: Parsed) => Promise<void>;

const COMMANDS: Record<IdentityGroup, Record<string, Handler>> = {
  keys: {
    async create(ctx, p) {
      const name = required(p, 'name');
      const userRef = str(p, 'user');
      const userId = userRef === undefined ? await cliUser(ctx) : (await ctx.ids.findUser(userRef)).id;
      const models = str(p, 'models');
      const created = await ctx.ids.createKey({
        userId, name, expiresIn: str(p, 'expires') ?? null, teamName: str(p, 'team') ?? null,
        ...(models !== undefined ? { models } : {}),
      }, CLI);
      const r = created.record;
      if (p.values.json) return ctx.json({ ...r, key: created.key.reveal() });
      ctx.out(`Created key "${r.name}" (id ${r.id}, prefix ${r.prefix})\n`
        + `  owner:   ${(await ctx.ids.getUser(r.userId)).email}\n`
        + `  models:  ${formatModels(r.models, 'every model its owner may use')}\n`
        + `  expires: ${formatTime(r.expiresAt)}\n\n`
        + 'The key is shown only now; store it somewhere safe:\n\n'
        + `${created.key.reveal()}\n`);
    },
    async list(ctx, p) {
      const userRef = str(p, 'user');
      const keys = await ctx.ids.listKeys(userRef === undefined ? {} : { userId: (await ctx.ids.findUser(userRef)).id });
      if (p.values.json) return ctx.json(keys);
      const l = await lookups(ctx);
      ctx.out(keysTable(keys, l.email, l.team));
    },
    async revoke(ctx, p) {
      const k = await ctx.ids.revokeKey(pos(p, 0), CLI);
      if (p.values.json) return ctx.json(k);
      ctx.out(`Revoked key "${k.name}" (id ${k.id}, prefix ${k.prefix}).\n`);
    },
  },
  users: {
    async create(ctx, p) {
      const email = required(p, 'email');
      const password = p.values['password-stdin'] ? await readPassword(ctx.stdin) : null;
      const name = str(p, 'name');
      const u = await ctx.ids.createUser({
        email, role: p.values.admin ? 'admin' : 'member', team: str(p, 'team') ?? null, password,
        ...(name !== undefined ? { name } : {}),
      }, CLI);
      if (p.values.json) return ctx.json(u);
      ctx.out(`Created ${u.role} ${u.email} (id ${u.id}).\n`);
      if (!u.hasPassword) ctx.out(`No password set. To call the API as this user: bastion keys create --name NAME --user ${u.email}\n`);
    },
    async list(ctx, p) {
      const users = await ctx.ids.listUsers();
      if (p.values.json) return ctx.json(users);
      ctx.out(usersTable(users, (await lookups(ctx)).team));
    },
    async suspend(ctx, p) {
      const u = await ctx.ids.suspendUser((await ctx.ids.findUser(pos(p, 0))).id, CLI);
      if (p.values.json) return ctx.json(u);
      ctx.out(`Suspended ${u.email}; their keys stop working within a second.\n`);
    },
    async activate(ctx, p) {
      const u = await ctx.ids.activateUser((await ctx.ids.findUser(pos(p, 0))).id, CLI);
      if (p.values.json) return ctx.json(u);
      ctx.out(`Activated ${u.email}.\n`);
    },
    async 'set-role'(ctx, p) {
      const role = normalizeRole(pos(p, 1));
      const u = await ctx.ids.setRole((await ctx.ids.findUser(pos(p, 0))).id, role, CLI);
      if (p.values.json) return ctx.json(u);
      ctx.out(`${u.email} is now ${u.role}.\n`);
    },
    async 'set-team'(ctx, p) {
      const team = pos(p, 1) === 'none' ? null : pos(p, 1);
      const u = await ctx.ids.updateUser((await ctx.ids.findUser(pos(p, 0))).id, { team }, CLI);
      if (p.values.json) return ctx.json(u);
      ctx.out(team === null ? `${u.email} is in no team.\n` : `${u.email} is now in team ${team}.\n`);
    },
    async 'set-password'(ctx, p) {
      if (p.values.remove === p.values['password-stdin']) throw new UsageError('give exactly one of --password-stdin or --remove');
      const password = p.values.remove ? null : await readPassword(ctx.stdin);
      const u = await ctx.ids.updateUser((await ctx.ids.findUser(pos(p, 0))).id, { password }, CLI);
      if (p.values.json) return ctx.json(u);
      ctx.out(password === null ? `Removed password login for ${u.email}.\n` : `Set a new password for ${u.email}.\n`);
    },
  },
  teams: {
    async create(ctx, p) {
      const models = str(p, 'models');
      const t = await ctx.ids.createTeam({ name: pos(p, 0), ...(models !== undefined ? { models } : {}) }, CLI);
      if (p.values.json) return ctx.json(t);
      ctx.out(`Created team ${t.name} (id ${t.id}); models: ${formatModels(t.models, 'all')}.\n`);
    },
    async list(ctx, p) {
      const teams = await ctx.ids.listTeams();
      if (p.values.json) return ctx.json(teams);
      ctx.out(teamsTable(teams));
    },
    async 'set-models'(ctx, p) {
      const t = await ctx.ids.updateTeam(pos(p, 0), { models: pos(p, 1) }, CLI);
      if (p.values.json) return ctx.json(t);
      ctx.out(`Team ${t.name} may use: ${formatModels(t.models, 'all models')}.\n`);
    },
    async delete(ctx, p) {
      await ctx.ids.deleteTeam(pos(p, 0), CLI);
      if (p.values.json) return ctx.json({ deleted: pos(p, 0) });
      ctx.out(`Deleted team ${pos(p, 0)}.\n`);
    },
  },
};
