import type { SecurityEvent, SecurityEventSink } from '../../src/control/events.js';

/** A sink that keeps what it receives, for assertions. */
export class RecordingSink implements SecurityEventSink {
  readonly events: SecurityEvent[] = [];
  emit(event: SecurityEvent): void {
    this.events.push(event);
  }
  actions(): string[] {
    return this.events.map((e) => e.action);
  }
}
