/**
 * Security events of offline commands (keys, users, teams run against the
 * store directly) go to the same tamper-evident audit log as the server's:
 * collected while the command runs, appended when it ends.
 */
import type { SecurityEvent, SecurityEventSink } from '../control/events.js';
import type { StoreHandle } from '../store/types.js';
import { createAuditSink } from '../audit/sink.js';
import { AUDIT_DEFAULTS } from '../audit/config.js';

export function cliAuditEvents(dataDir: string): (handle: StoreHandle) => SecurityEventSink & { close(): Promise<void> } {
  return (handle) => {
    const pending: SecurityEvent[] = [];
    return {
      emit: (e) => { pending.push(e); },
      async close() {
        if (pending.length === 0) return;
        const audit = await createAuditSink(AUDIT_DEFAULTS, { handle, dataDir });
        for (const e of pending) audit.emit(e);
        await audit.close();
      },
    };
  };
}
