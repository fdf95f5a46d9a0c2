/**
 * Envelope keys. Each owner (a user id) gets one random AES-256 data key; the
 * data key is stored only wrapped by the master key (table `data_keys`, with
 * the wrapping master key's id). Records are sealed with their owner's data
 * key, so:
 *  - rotating the master key re-wraps data keys and never touches records;
 *  - deleting an owner's data key makes every copy of their records (backups
 *    included) unreadable.
 */
import { randomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import { recordAad, SecretKey } from './crypto.js';
import type { DataDb } from './sql.js';
import { isUniqueViolation, num } from './sql.js';

export interface DataKey { id: string; ownerId: string; key: SecretKey }

/** A data key is wrapped by a master key this process does not have. */
export class DataKeyUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataKeyUnavailableError';
  }
}

interface KeyRow { id: string; owner_id: string; master_id: string; wrapped: Buffer; created_at: number | string }

const CACHE_MAX = 10_000;
const wrapAad = (ownerId: string, keyId: string): string => recordAad('data-key', ownerId, keyId);

export class Keyring {
  readonly #db: DataDb;
  readonly #masters: Map<string, SecretKey>;
  readonly #current: SecretKey;
  readonly #cache = new Map<string, DataKey>();
  readonly #byOwner = new Map<string, DataKey>();

  constructor(db: DataDb, keys: { current: SecretKey; previous?: readonly SecretKey[] }) {
    this.#db = db;
    this.#current = keys.current;
    this.#masters = new Map([...(keys.previous ?? []), keys.current].map((k) => [k.id, k]));
  }

  get currentMasterId(): string {
    return this.#current.id;
  }

  #unwrap(row: KeyRow): DataKey {
    const master = this.#masters.get(row.master_id);
    if (!master) throw new DataKeyUnavailableError(`data key ${row.id} is wrapped by master key ${row.master_id}, which is not loaded`);
    const dk: DataKey = { id: row.id, ownerId: row.owner_id, key: master.unwrap(row.wrapped, wrapAad(row.owner_id, row.id)) };
    this.#remember(dk);
    return dk;
  }

  #remember(dk: DataKey): void {
    if (this.#cache.size >= CACHE_MAX) {
      const oldest = this.#cache.values().next().value as DataKey;
      this.#cache.delete(oldest.id);
      if (this.#byOwner.get(oldest.ownerId) === oldest) this.#byOwner.delete(oldest.ownerId);
    }
    this.#cache.set(dk.id, dk);
    this.#byOwner.set(dk.ownerId, dk);
  }

  /** The owner's data key, created on first use. */
  async forOwner(ownerId: string): Promise<DataKey> {
    const known = this.#byOwner.get(ownerId);
    if (known) return known;
    const row = await this.#db.get<KeyRow>('SELECT * FROM {data_keys} WHERE owner_id = ?', [ownerId]);
    if (row) return this.#unwrap(row);
    const id = randomUUID();
    const key = SecretKey.generate();
    try {
      await this.#db.run('INSERT INTO {data_keys} (id, owner_id, master_id, wrapped, created_at) VALUES (?, ?, ?, ?, ?)', [
        id, ownerId, this.#current.id, this.#current.wrap(key, wrapAad(ownerId, id)), Date.now(),
      ]);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      return this.forOwner(ownerId);
    }
    const dk = { id, ownerId, key };
    this.#remember(dk);
    return dk;
  }

  /** A data key by id, checked to belong to `ownerId` (a row copied to another owner fails here). */
  async byId(keyId: string, ownerId: string): Promise<DataKey> {
    let dk = this.#cache.get(keyId);
    if (!dk) {
      const row = await this.#db.get<KeyRow>('SELECT * FROM {data_keys} WHERE id = ?', [keyId]);
      if (!row) throw new DataKeyUnavailableError(`data key ${keyId} no longer exists`);
      dk = this.#unwrap(row);
    }
    if (dk.ownerId !== ownerId) throw new DataKeyUnavailableError(`data key ${keyId} belongs to another owner`);
    return dk;
  }

  /** Deletes the owner's data keys (crypto-shredding); returns how many were removed. */
  async forgetOwner(ownerId: string): Promise<number> {
    for (const [id, dk] of this.#cache) if (dk.ownerId === ownerId) this.#cache.delete(id);
    this.#byOwner.delete(ownerId);
    return this.#db.run('DELETE FROM {data_keys} WHERE owner_id = ?', [ownerId]);
  }

  /** Data keys wrapped by a master key that is not loaded (should be 0). */
  async unreadableCount(): Promise<number> {
    const ids = [...this.#masters.keys()];
    const row = await this.#db.get<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM {data_keys} WHERE master_id NOT IN (${ids.map(() => '?').join(', ')})`, ids);
    return num(row?.n ?? 0);
  }

  toJSON(): Record<string, string | number> {
    return { masterKeyId: this.#current.id, cachedDataKeys: this.#cache.size, keys: '[REDACTED]' };
  }

  [inspect.custom](): string {
    return `Keyring(master ${this.#current.id}) [REDACTED]`;
  }
}

export interface RotationReport { total: number; rewrapped: number; alreadyCurrent: number; unreadable: number }

/**
 * Re-wraps every data key under `keys.current`, unwrapping with whichever loaded
 * key wrapped it. Records are untouched. Idempotent and resumable: each row is
 * updated only if it still carries the master id it was read with.
 */
export async function rotateMasterKey(
  db: DataDb,
  keys: { current: SecretKey; previous: readonly SecretKey[] },
  onProgress?: (done: number, total: number) => void,
): Promise<RotationReport> {
  const masters = new Map([...keys.previous, keys.current].map((k) => [k.id, k]));
  const rows = await db.all<Pick<KeyRow, 'id' | 'owner_id' | 'master_id'>>('SELECT id, owner_id, master_id FROM {data_keys} ORDER BY id');
  const report: RotationReport = { total: rows.length, rewrapped: 0, alreadyCurrent: 0, unreadable: 0 };
  let done = 0;
  for (const r of rows) {
    done++;
    if (r.master_id === keys.current.id) {
      report.alreadyCurrent++;
    } else {
      const from = masters.get(r.master_id);
      const row = from ? await db.get<KeyRow>('SELECT * FROM {data_keys} WHERE id = ? AND master_id = ?', [r.id, r.master_id]) : undefined;
      if (!from || !row) {
        if (!from) report.unreadable++;
        else report.alreadyCurrent++;
      } else {
        const aad = wrapAad(row.owner_id, row.id);
        const rewrapped = keys.current.wrap(from.unwrap(row.wrapped, aad), aad);
        const n = await db.run('UPDATE {data_keys} SET wrapped = ?, master_id = ? WHERE id = ? AND master_id = ?', [rewrapped, keys.current.id, row.id, row.master_id]);
        if (n === 1) report.rewrapped++;
        else report.alreadyCurrent++;
      }
    }
    if (onProgress && (done % 500 === 0 || done === rows.length)) onProgress(done, rows.length);
  }
  return report;
}
