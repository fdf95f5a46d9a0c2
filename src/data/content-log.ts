/**
 * Prompt and response logging under the team's content policy:
 *   off       nothing is stored;
 *   metadata  (default) request id, user, team, model and sizes, no content;
 *   redacted  the guard's redacted prompt (and redacted response, when the
 *             output guard provides one); unredacted text is never stored;
 *   full      prompt and response.
 * Stored content is sealed with the user's data key, bound to the row.
 */
import { randomUUID } from 'node:crypto';
import type { ContentPolicy } from './config.js';
import { recordAad } from './crypto.js';
import type { Keyring } from './keyring.js';
import type { DataDb } from './sql.js';
import { num } from './sql.js';

export interface ContentRecordInput {
  requestId: string;
  userId: string;
  teamId: string | null;
  model: string | null;
  /** The request's messages (or prompt) as received; serialised as JSON. */
  prompt: unknown;
  response: string | null;
  /** The prompt after the guard's redaction; required for anything to be stored under `redacted`. */
  redactedPrompt?: unknown;
  /** The response after output redaction, when there is one. */
  redactedResponse?: string | null;
  at?: number;
}

export interface ContentEntry {
  id: string;
  requestId: string;
  teamId: string | null;
  model: string | null;
  policy: ContentPolicy;
  prompt: unknown;
  response: string | null;
  promptChars: number | null;
  responseChars: number | null;
  createdAt: number;
}

export interface ContentLogDeps {
  db: DataDb;
  keyring: Keyring;
  /** The policy in force for a team (see contentPolicyFor in config.ts). */
  policyFor: (teamId: string | null) => ContentPolicy | Promise<ContentPolicy>;
  now?: () => number;
}

interface ContentRow {
  id: string; request_id: string; user_id: string; team_id: string | null; model: string | null; policy: ContentPolicy; key_id: string | null;
  prompt: Buffer | null; response: Buffer | null; prompt_chars: number | string | null; response_chars: number | string | null; created_at: number | string;
}

const promptAad = (user: string, id: string, req: string): string => recordAad('content.prompt', user, id, req);
const responseAad = (user: string, id: string, req: string): string => recordAad('content.response', user, id, req);
const serialise = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v) ?? null);
const optNum = (v: number | string | null): number | null => (v === null ? null : num(v));

export class ContentLog {
  readonly #d: ContentLogDeps;
  constructor(deps: ContentLogDeps) {
    this.#d = deps;
  }

  /** Stores what the team's policy allows; returns the policy applied and whether any content was kept. */
  async record(input: ContentRecordInput): Promise<{ policy: ContentPolicy; storedContent: boolean }> {
    const policy = await this.#d.policyFor(input.teamId);
    if (policy === 'off') return { policy, storedContent: false };
    const id = randomUUID();
    const at = input.at ?? (this.#d.now ?? Date.now)();
    const fullPrompt = serialise(input.prompt);
    let prompt: string | null = null;
    let response: string | null = null;
    if (policy === 'full') {
      prompt = fullPrompt;
      response = input.response;
    } else if (policy === 'redacted') {
      prompt = serialise(input.redactedPrompt);
      response = input.redactedResponse ?? null;
    }
    let keyId: string | null = null;
    let promptCt: Buffer | null = null;
    let responseCt: Buffer | null = null;
    if (prompt !== null || response !== null) {
      const dk = await this.#d.keyring.forOwner(input.userId);
      keyId = dk.id;
      if (prompt !== null) promptCt = dk.key.seal(prompt, promptAad(input.userId, id, input.requestId));
      if (response !== null) responseCt = dk.key.seal(response, responseAad(input.userId, id, input.requestId));
    }
    await this.#d.db.run(
      `INSERT INTO {data_content} (id, request_id, user_id, team_id, model, policy, key_id, prompt, response, prompt_chars, response_chars, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, input.requestId, input.userId, input.teamId, input.model, policy, keyId, promptCt, responseCt,
        fullPrompt === null ? null : fullPrompt.length, input.response === null ? null : input.response.length, at],
    );
    return { policy, storedContent: keyId !== null };
  }

  /** Every stored entry of one user, decrypted (for the user's own export). */
  async listOf(userId: string): Promise<ContentEntry[]> {
    const rows = await this.#d.db.all<ContentRow>('SELECT * FROM {data_content} WHERE user_id = ? ORDER BY created_at, id', [userId]);
    const out: ContentEntry[] = [];
    for (const r of rows) {
      let prompt: unknown = null;
      let response: string | null = null;
      if (r.key_id !== null) {
        const dk = await this.#d.keyring.byId(r.key_id, r.user_id);
        if (r.prompt) prompt = JSON.parse(dk.key.open(r.prompt, promptAad(r.user_id, r.id, r.request_id)).toString('utf8')) as unknown;
        if (r.response) response = dk.key.open(r.response, responseAad(r.user_id, r.id, r.request_id)).toString('utf8');
      }
      out.push({
        id: r.id, requestId: r.request_id, teamId: r.team_id, model: r.model, policy: r.policy, prompt, response,
        promptChars: optNum(r.prompt_chars), responseChars: optNum(r.response_chars), createdAt: num(r.created_at),
      });
    }
    return out;
  }

  async deleteAllOf(userId: string): Promise<number> {
    return this.#d.db.run('DELETE FROM {data_content} WHERE user_id = ?', [userId]);
  }
}
