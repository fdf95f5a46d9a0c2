/**
 * Conversations of the web chat, encrypted at rest with the owner's data key.
 *
 * Every method takes the calling identity. Only the owner may read, continue,
 * rename or delete a conversation (deletion is refused under legal hold); anyone else gets `resource_not_found`, the
 * same answer as for an id that does not exist, so ids cannot be probed.
 * Admins read others' conversations only through the `admin*` methods, only
 * where `adminConversationAccess` allows it, and each such read (allowed or
 * refused) is emitted as a security event.
 */
import { randomUUID } from 'node:crypto';
import type { SecurityEventSink } from '../control/events.js';
import { BastionError } from '../errors/registry.js';
import { actorOf, type DataCaller } from './caller.js';
import type { AdminConversationAccess } from './config.js';
import { recordAad } from './crypto.js';
import type { Keyring } from './keyring.js';
import type { LegalHolds } from './legal-holds.js';
import type { DataDb, Statement } from './sql.js';
import { isUniqueViolation, num } from './sql.js';
import { LIMITS, type MessageContent, type MessageRole, type NewMessage } from './validate.js';

export interface ConversationSummary {
  id: string;
  title: string;
  model: string;
  messageCount: number;
  createdAt: number;
  updatedAt: number;
}
export interface Message { id: string; seq: number; role: MessageRole; content: MessageContent; createdAt: number }
export interface Conversation extends ConversationSummary { ownerId: string; messages: Message[] }

export interface ConversationDeps {
  db: DataDb;
  keyring: Keyring;
  holds: LegalHolds;
  events: SecurityEventSink;
  adminAccess: AdminConversationAccess;
  now?: () => number;
}

interface ConvRow {
  id: string; owner_id: string; team_id: string | null; model: string; key_id: string; title: Buffer;
  message_count: number | string; created_at: number | string; updated_at: number | string;
}
interface MsgRow { id: string; conversation_id: string; owner_id: string; seq: number | string; role: MessageRole; key_id: string; content: Buffer; created_at: number | string }

export const DEFAULT_TITLE = 'New conversation';
const APPEND_ATTEMPTS = 10;
/** Ids come from URL paths: anything no row could have is simply not found. */
const usableId = (id: unknown): id is string => typeof id === 'string' && id.length > 0 && id.length <= LIMITS.idChars && !id.includes('\u0000');
const notFound = (): BastionError => new BastionError('resource_not_found', 'No such conversation.');
const titleAad = (owner: string, id: string): string => recordAad('conversation.title', owner, id);
const msgAad = (owner: string, conv: string, id: string, seq: number, role: string): string => recordAad('message', owner, id, conv, seq, role);

export class ConversationService {
  readonly #d: ConversationDeps;
  readonly #now: () => number;

  constructor(deps: ConversationDeps) {
    this.#d = deps;
    this.#now = deps.now ?? Date.now;
  }

  async #summary(r: ConvRow): Promise<ConversationSummary> {
    const dk = await this.#d.keyring.byId(r.key_id, r.owner_id);
    return {
      id: r.id,
      title: dk.key.open(r.title, titleAad(r.owner_id, r.id)).toString('utf8'),
      model: r.model,
      messageCount: num(r.message_count),
      createdAt: num(r.created_at),
      updatedAt: num(r.updated_at),
    };
  }

  async #full(r: ConvRow): Promise<Conversation> {
    const rows = await this.#d.db.all<MsgRow>('SELECT * FROM {data_messages} WHERE conversation_id = ? AND owner_id = ? ORDER BY seq', [r.id, r.owner_id]);
    const messages: Message[] = [];
    for (const m of rows) {
      const dk = await this.#d.keyring.byId(m.key_id, r.owner_id);
      const seq = num(m.seq);
      const plain = dk.key.open(m.content, msgAad(r.owner_id, r.id, m.id, seq, m.role)).toString('utf8');
      messages.push({ id: m.id, seq, role: m.role, content: JSON.parse(plain) as MessageContent, createdAt: num(m.created_at) });
    }
    return { ...(await this.#summary(r)), ownerId: r.owner_id, messages };
  }

  /** The row if `caller` owns it; otherwise resource_not_found. */
  async #owned(caller: DataCaller, id: string): Promise<ConvRow> {
    if (!usableId(id)) throw notFound();
    const r = await this.#d.db.get<ConvRow>('SELECT * FROM {data_conversations} WHERE id = ? AND owner_id = ?', [id, caller.userId]);
    if (!r) throw notFound();
    return r;
  }

  async #messageStatements(ownerId: string, convId: string, firstSeq: number, msgs: readonly NewMessage[], at: number): Promise<Statement[]> {
    const dk = await this.#d.keyring.forOwner(ownerId);
    return msgs.map((m, i) => {
      const id = randomUUID();
      const seq = firstSeq + i;
      return {
        sql: 'INSERT INTO {data_messages} (id, conversation_id, owner_id, seq, role, key_id, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        params: [id, convId, ownerId, seq, m.role, dk.id, dk.key.seal(JSON.stringify(m.content), msgAad(ownerId, convId, id, seq, m.role)), at],
      };
    });
  }

  async list(caller: DataCaller, opts: { limit?: number } = {}): Promise<ConversationSummary[]> {
    const rows = await this.#d.db.all<ConvRow>('SELECT * FROM {data_conversations} WHERE owner_id = ? ORDER BY updated_at DESC, id LIMIT ?',
      [caller.userId, opts.limit ?? 100]);
    return Promise.all(rows.map((r) => this.#summary(r)));
  }

  async create(caller: DataCaller, input: { title?: string; model: string; messages?: readonly NewMessage[] }): Promise<Conversation> {
    const id = randomUUID();
    const at = this.#now();
    const dk = await this.#d.keyring.forOwner(caller.userId);
    const msgs = input.messages ?? [];
    await this.#d.db.batch([
      {
        sql: 'INSERT INTO {data_conversations} (id, owner_id, team_id, model, key_id, title, message_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        params: [id, caller.userId, caller.teamId, input.model, dk.id, dk.key.seal(input.title ?? DEFAULT_TITLE, titleAad(caller.userId, id)), msgs.length, at, at],
      },
      ...(await this.#messageStatements(caller.userId, id, 0, msgs, at)),
    ]);
    return this.get(caller, id);
  }

  async get(caller: DataCaller, id: string): Promise<Conversation> {
    return this.#full(await this.#owned(caller, id));
  }

  /** Continues a conversation: appends messages after the last one. */
  async append(caller: DataCaller, id: string, msgs: readonly NewMessage[]): Promise<Conversation> {
    for (let attempt = 0; ; attempt++) {
      const r = await this.#owned(caller, id);
      const last = await this.#d.db.get<{ s: number | string | null }>('SELECT MAX(seq) AS s FROM {data_messages} WHERE conversation_id = ?', [id]);
      const first = last?.s === null || last?.s === undefined ? 0 : num(last.s) + 1;
      const at = this.#now();
      try {
        await this.#d.db.batch([
          ...(await this.#messageStatements(r.owner_id, id, first, msgs, at)),
          {
            sql: 'UPDATE {data_conversations} SET message_count = message_count + ?, updated_at = ? WHERE id = ? AND owner_id = ?',
            params: [msgs.length, at, id, caller.userId],
          },
        ]);
        return this.get(caller, id);
      } catch (err) {
        // A concurrent append took the same positions: re-read and re-seal (positions are bound into the AAD).
        if (!isUniqueViolation(err) || attempt >= APPEND_ATTEMPTS) throw err;
        await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 5 * (attempt + 1))));
      }
    }
  }

  async rename(caller: DataCaller, id: string, patch: { title?: string; model?: string }): Promise<ConversationSummary> {
    const r = await this.#owned(caller, id);
    const at = this.#now();
    if (patch.title !== undefined) {
      const dk = await this.#d.keyring.forOwner(r.owner_id);
      await this.#d.db.run('UPDATE {data_conversations} SET title = ?, key_id = ?, updated_at = ? WHERE id = ? AND owner_id = ?',
        [dk.key.seal(patch.title, titleAad(r.owner_id, id)), dk.id, at, id, caller.userId]);
    }
    if (patch.model !== undefined) {
      await this.#d.db.run('UPDATE {data_conversations} SET model = ?, updated_at = ? WHERE id = ? AND owner_id = ?', [patch.model, at, id, caller.userId]);
    }
    return this.#summary(await this.#owned(caller, id));
  }

  /** Refused while the owner (or their team) is under legal hold: held data must be preserved. */
  async delete(caller: DataCaller, id: string): Promise<void> {
    const r = await this.#owned(caller, id);
    if (await this.#d.holds.isHeld({ userId: caller.userId, teamId: caller.teamId }) || (r.team_id !== null && await this.#d.holds.isHeld({ userId: caller.userId, teamId: r.team_id }))) {
      throw new BastionError('forbidden', 'This conversation is under legal hold and cannot be deleted now.');
    }
    await this.#d.db.batch([
      { sql: 'DELETE FROM {data_messages} WHERE conversation_id = ? AND owner_id = ?', params: [id, caller.userId] },
      { sql: 'DELETE FROM {data_conversations} WHERE id = ? AND owner_id = ?', params: [id, caller.userId] },
    ]);
  }

  /** Every conversation of one owner with its messages (for the owner's export). */
  async exportOwn(caller: DataCaller): Promise<Conversation[]> {
    const rows = await this.#d.db.all<ConvRow>('SELECT * FROM {data_conversations} WHERE owner_id = ? ORDER BY created_at, id', [caller.userId]);
    const out: Conversation[] = [];
    for (const r of rows) out.push(await this.#full(r));
    return out;
  }

  /** Deletes every conversation of an owner; returns how many conversations were removed. */
  async deleteAllOf(ownerId: string): Promise<number> {
    const [, n] = await this.#d.db.batch([
      { sql: 'DELETE FROM {data_messages} WHERE owner_id = ?', params: [ownerId] },
      { sql: 'DELETE FROM {data_conversations} WHERE owner_id = ?', params: [ownerId] },
    ]);
    return n ?? 0;
  }

  async #adminCheck(caller: DataCaller, owner: { userId: string; teamId: string | null }, target: { type: string; id: string }): Promise<void> {
    let allowed = caller.role === 'admin';
    let reason = allowed ? 'policy_always' : 'not_admin';
    if (allowed && this.#d.adminAccess === 'never') { allowed = false; reason = 'policy_never'; }
    if (allowed && this.#d.adminAccess === 'legal_hold') {
      allowed = await this.#d.holds.isHeld(owner);
      reason = allowed ? 'legal_hold' : 'no_legal_hold';
    }
    this.#d.events.emit({
      action: 'conversation.admin_read',
      outcome: allowed ? 'success' : 'failure',
      actor: actorOf(caller),
      target,
      details: { ownerId: owner.userId, policy: this.#d.adminAccess, reason },
    });
    if (!allowed) throw new BastionError('forbidden', 'Policy does not allow reading this user\'s conversations.');
  }

  /** Admin: list another user's conversations (titles only), where policy allows. */
  async adminList(caller: DataCaller, owner: { userId: string; teamId: string | null }): Promise<ConversationSummary[]> {
    await this.#adminCheck(caller, owner, { type: 'user', id: owner.userId });
    const rows = await this.#d.db.all<ConvRow>('SELECT * FROM {data_conversations} WHERE owner_id = ? ORDER BY updated_at DESC, id', [owner.userId]);
    return Promise.all(rows.map((r) => this.#summary(r)));
  }

  /** Admin: read one conversation of another user, where policy allows. */
  async adminGet(caller: DataCaller, id: string): Promise<Conversation> {
    const r = usableId(id)
      ? await this.#d.db.get<ConvRow>('SELECT * FROM {data_conversations} WHERE id = ?', [id])
      : undefined;
    if (!r) throw notFound();
    await this.#adminCheck(caller, { userId: r.owner_id, teamId: r.team_id }, { type: 'conversation', id });
    return this.#full(r);
  }
}
