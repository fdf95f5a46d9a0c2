/**
 * Opens the configured Store: PostgreSQL when `databaseUrl` is a postgres:// or
 * postgresql:// URL (the BASTION_DATABASE_URL setting), otherwise the embedded
 * SQLite file `<dataDir>/bastion.db`. Runs the core migrations before
 * returning. Modules with their own tables call `runMigrations(handle, ...)`
 * with the returned handle and their own namespace. The PostgreSQL driver is
 * loaded only when a PostgreSQL URL is given.
 */
import { SqliteStore } from './sqlite.js';
import type { Store, StoreHandle } from './types.js';

export interface OpenStoreOptions {
  /** Directory for the SQLite file; used when no PostgreSQL URL is given. */
  dataDir: string;
  /** postgres:// or postgresql:// URL selects PostgreSQL; empty or absent selects SQLite. */
  databaseUrl?: string;
  /** PostgreSQL schema (created when absent). @default 'public' */
  schema?: string;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return typeof url === 'string' && /^postgres(ql)?:\/\//i.test(url);
}

export async function openStore(opts: OpenStoreOptions): Promise<{ store: Store; handle: StoreHandle }> {
  const { databaseUrl } = opts;
  if (databaseUrl !== undefined && databaseUrl !== '' && !isPostgresUrl(databaseUrl)) {
    throw new Error('database URL must start with postgres:// or postgresql:// (leave it unset for the embedded SQLite store)');
  }
  const store = isPostgresUrl(databaseUrl)
    ? await (await import('./postgres.js')).PostgresStore.open({ databaseUrl, ...(opts.schema !== undefined ? { schema: opts.schema } : {}) })
    : SqliteStore.open({ dataDir: opts.dataDir });
  try {
    await store.migrate();
  } catch (err) {
    await store.close().catch(() => {});
    throw err;
  }
  return { store, handle: store.handle };
}

export async function closeStore(store: Store): Promise<void> {
  await store.close();
}
