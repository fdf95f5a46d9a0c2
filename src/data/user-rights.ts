/**
 * User rights: export all of one's own data as JSON, and delete one's account
 * and data. Both are emitted as security events. Deletion is refused while the
 * user or their team is under legal hold; otherwise it removes conversations
 * and stored content, then the user's data keys (so any copy left in a backup
 * can no longer be decrypted), then the user record through `deleteUser`.
 */
import type { SecurityEventSink } from '../control/events.js';
import { BastionError } from '../errors/registry.js';
import { actorOf, type DataCaller } from './caller.js';
import type { ContentEntry, ContentLog } from './content-log.js';
import type { Conversation, ConversationService } from './conversations.js';
import type { Keyring } from './keyring.js';
import type { LegalHolds } from './legal-holds.js';

export interface UserExport {
  format: 'bastion.user-export.v1';
  exportedAt: string;
  userId: string;
  user: Record<string, unknown> | null;
  conversations: Conversation[];
  content: ContentEntry[];
}

export interface DeletionReport { conversations: number; contentRecords: number; dataKeys: number; userRecordDeleted: boolean }

export interface UserRightsDeps {
  conversations: ConversationService;
  content: ContentLog;
  keyring: Keyring;
  holds: LegalHolds;
  events: SecurityEventSink;
  /** The user's profile for the export (never a password hash or key). */
  describeUser?: (userId: string) => Promise<Record<string, unknown> | null>;
  /** Deletes the user record itself (and revokes their keys); owned by the identity module. */
  deleteUser?: (userId: string) => Promise<void>;
  now?: () => number;
}

export class UserRights {
  readonly #d: UserRightsDeps;
  constructor(deps: UserRightsDeps) {
    this.#d = deps;
  }

  async exportAll(caller: DataCaller): Promise<UserExport> {
    const out: UserExport = {
      format: 'bastion.user-export.v1',
      exportedAt: new Date((this.#d.now ?? Date.now)()).toISOString(),
      userId: caller.userId,
      user: this.#d.describeUser ? await this.#d.describeUser(caller.userId) : null,
      conversations: await this.#d.conversations.exportOwn(caller),
      content: await this.#d.content.listOf(caller.userId),
    };
    this.#d.events.emit({
      action: 'user.data_exported', outcome: 'success', actor: actorOf(caller), target: { type: 'user', id: caller.userId },
      details: { conversations: out.conversations.length, contentRecords: out.content.length },
    });
    return out;
  }

  async deleteAccount(caller: DataCaller): Promise<DeletionReport> {
    const target = { type: 'user', id: caller.userId };
    if (await this.#d.holds.isHeld({ userId: caller.userId, teamId: caller.teamId })) {
      this.#d.events.emit({ action: 'user.data_deleted', outcome: 'failure', actor: actorOf(caller), target, details: { reason: 'legal_hold' } });
      throw new BastionError('forbidden', 'Your account is under legal hold and cannot be deleted now.');
    }
    const report: DeletionReport = {
      conversations: await this.#d.conversations.deleteAllOf(caller.userId),
      contentRecords: await this.#d.content.deleteAllOf(caller.userId),
      dataKeys: await this.#d.keyring.forgetOwner(caller.userId),
      userRecordDeleted: false,
    };
    try {
      if (this.#d.deleteUser) {
        await this.#d.deleteUser(caller.userId);
        report.userRecordDeleted = true;
      }
    } catch (err) {
      this.#d.events.emit({ action: 'user.data_deleted', outcome: 'failure', actor: actorOf(caller), target, details: { ...report, reason: 'user_record' } });
      throw err;
    }
    this.#d.events.emit({ action: 'user.data_deleted', outcome: 'success', actor: actorOf(caller), target, details: { ...report } });
    return report;
  }
}
