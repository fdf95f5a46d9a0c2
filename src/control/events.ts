/**
 * Security-relevant actions (login, key created or revoked, user/team/role
 * changed, policy or config changed, retention purge, audit export, …) are
 * reported here. The audit module implements the sink; until it is wired the
 * control plane uses `noSecurityEvents`.
 */
export interface SecurityEvent {
  /** Stable action name, e.g. `key.created`, `key.revoked`, `user.updated`, `login.failed`. */
  action: string;
  outcome: 'success' | 'failure';
  actor: { userId?: string; keyId?: string; address?: string; via: 'api' | 'cli' | 'system' };
  target?: { type: string; id: string };
  /** Non-secret details only (never keys, passwords, tokens or content). */
  details?: Record<string, string | number | boolean | null>;
}

export interface SecurityEventSink {
  emit(event: SecurityEvent): void;
}

export const noSecurityEvents: SecurityEventSink = { emit: () => undefined };
