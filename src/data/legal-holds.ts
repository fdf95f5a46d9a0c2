/**
 * Legal holds: a hold on a user or a team suspends retention purging of their
 * data (and refuses self-service account deletion) until it is released.
 */
import { BastionError } from '../errors/registry.js';
import type { DataDb } from './sql.js';
import { isUniqueViolation, num } from './sql.js';

export type HoldSubject = 'user' | 'team';
export const HOLD_SUBJECTS: readonly HoldSubject[] = ['user', 'team'];

export interface LegalHold {
  subjectType: HoldSubject;
  subjectId: string;
  reason: string;
  createdBy: string;
  createdAt: number;
}

interface HoldRow { subject_type: HoldSubject; subject_id: string; reason: string; created_by: string; created_at: number | string }

const toHold = (r: HoldRow): LegalHold => ({
  subjectType: r.subject_type, subjectId: r.subject_id, reason: r.reason, createdBy: r.created_by, createdAt: num(r.created_at),
});

export class LegalHolds {
  readonly #db: DataDb;
  constructor(db: DataDb) {
    this.#db = db;
  }

  async list(): Promise<LegalHold[]> {
    return (await this.#db.all<HoldRow>('SELECT * FROM {data_legal_holds} ORDER BY created_at, subject_type, subject_id')).map(toHold);
  }

  /** Throws `conflict` when the subject is already on hold. */
  async place(subjectType: HoldSubject, subjectId: string, reason: string, createdBy: string, now = Date.now()): Promise<LegalHold> {
    try {
      await this.#db.run('INSERT INTO {data_legal_holds} (subject_type, subject_id, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?)',
        [subjectType, subjectId, reason, createdBy, now]);
    } catch (err) {
      if (isUniqueViolation(err)) throw new BastionError('conflict', `A legal hold on ${subjectType} ${subjectId} already exists.`);
      throw err;
    }
    return { subjectType, subjectId, reason, createdBy, createdAt: now };
  }

  async release(subjectType: HoldSubject, subjectId: string): Promise<boolean> {
    return (await this.#db.run('DELETE FROM {data_legal_holds} WHERE subject_type = ? AND subject_id = ?', [subjectType, subjectId])) > 0;
  }

  /** True if the user, or the team given, is on hold. */
  async isHeld(subject: { userId: string; teamId?: string | null }): Promise<boolean> {
    const team = subject.teamId ?? null;
    const row = team === null
      ? await this.#db.get("SELECT 1 AS held FROM {data_legal_holds} WHERE subject_type = 'user' AND subject_id = ?", [subject.userId])
      : await this.#db.get(
        "SELECT 1 AS held FROM {data_legal_holds} WHERE (subject_type = 'user' AND subject_id = ?) OR (subject_type = 'team' AND subject_id = ?)",
        [subject.userId, team]);
    return row !== undefined;
  }
}
