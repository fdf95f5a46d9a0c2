/**
 * The stores identity tests run against: the embedded SQLite store in a temp
 * dir, and PostgreSQL in a random schema of the `test` database
 * (BASTION_TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test).
 * Outside CI a missing PostgreSQL skips its half; in CI (CI=true) it fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openStore } from '../../src/store/open.js';
import type { Store, StoreHandle } from '../../src/store/types.js';

export const PG_URL = process.env.BASTION_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStore {
  kind: 'sqlite' | 'postgres';
  store: Store;
  handle: StoreHandle;
  /** SQLite data dir (for CLI tests), or undefined. */
  dataDir?: string;
  cleanup(): Promise<void>;
}

export async function openSqlite(): Promise<TestStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bastion-control-'));
  const { store, handle } = await openStore({ dataDir });
  return {
    kind: 'sqlite', store, handle, dataDir,
    cleanup: async () => {
      await store.close().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A store in a fresh random schema, or undefined when PostgreSQL is absent outside CI. */
export async function openPostgres(): Promise<TestStore | undefined> {
  const schema = `control_${randomBytes(6).toString('hex')}`;
  let opened: { store: Store; handle: StoreHandle };
  try {
    opened = await openStore({ dataDir: tmpdir(), databaseUrl: PG_URL, schema });
  } catch (err) {
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is required in CI at ${PG_URL}`, { cause: err });
    return undefined;
  }
  const { store, handle } = opened;
  return {
    kind: 'postgres', store, handle,
    cleanup: async () => {
      if (handle.kind === 'postgres') await handle.pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
      await store.close().catch(() => undefined);
    },
  };
}

export const STORE_KINDS = ['sqlite', 'postgres'] as const;

export function openKind(kind: (typeof STORE_KINDS)[number]): Promise<TestStore | undefined> {
  return kind === 'sqlite' ? openSqlite() : openPostgres();
}
