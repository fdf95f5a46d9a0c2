/**
 * The contract every Store implementation passes (SQLite and PostgreSQL run it
 * from src/store/sqlite.test.ts and src/store/postgres.test.ts). Each test
 * opens a fresh, empty, migrated store and cleans it up afterwards.
 *
 *   storeContract('sqlite', async () => { ...; return { store, cleanup, reopen, handle }; });
 */
import { describe, test } from 'node:test';
import { identityContract } from './contract-identities.js';
import { keyContract } from './contract-keys.js';
import { migrationContract } from './contract-migrations.js';
import { revisionContract } from './contract-revision.js';
import type { Store, StoreHandle } from './types.js';

export interface ContractTarget {
  store: Store;
  cleanup: () => Promise<void>;
  /** Opens a second Store (and its handle) on the same database, unmigrated; the contract closes it. */
  reopen?: () => Promise<{ store: Store; handle: StoreHandle }>;
  /** The raw handle of `store` (for runMigrations tests). */
  handle?: StoreHandle;
}

export type OpenTarget = () => Promise<ContractTarget>;

/** Runs `fn` against a fresh store and always cleans up. */
export async function withStore(open: OpenTarget, fn: (t: ContractTarget) => Promise<void>): Promise<void> {
  const target = await open();
  try {
    await fn(target);
  } finally {
    await target.cleanup();
  }
}

export type ContractTest = (name: string, fn: (t: ContractTarget, ctx: import('node:test').TestContext) => Promise<void>) => void;

export function storeContract(name: string, open: () => Promise<{ store: Store; cleanup: () => Promise<void> } & Partial<ContractTarget>>): void {
  const it: ContractTest = (title, fn) => {
    test(title, async (ctx) => {
      await withStore(open, (t) => fn(t, ctx));
    });
  };
  describe(`Store contract: ${name}`, () => {
    describe('users and teams', () => identityContract(it));
    describe('api keys', () => keyContract(it));
    describe('revision and settings', () => revisionContract(it));
    describe('migrations', () => migrationContract(it));
  });
}
