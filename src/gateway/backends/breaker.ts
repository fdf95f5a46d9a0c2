/**
 * Passive outlier detection: a backend that fails `failureThreshold` times in a
 * row is ejected for `cooldownMs`; after that one trial request is let through
 * (half-open) and its outcome closes or re-opens the circuit.
 */
export type BreakerState = 'closed' | 'open' | 'half-open';

export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private state: BreakerState = 'closed';
  private trialInFlight = false;

  constructor(private readonly threshold: number, private readonly cooldownMs: number, private readonly now: () => number = Date.now) {}

  /** True when a request may be sent now; in half-open state only one trial at a time. */
  allow(): boolean {
    if (this.state === 'closed') return true;
    if (this.state === 'open') {
      if (this.now() - this.openedAt < this.cooldownMs) return false;
      this.state = 'half-open';
    }
    if (this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  /** Whether the breaker would let traffic through, without taking the half-open trial slot. */
  get available(): boolean {
    return this.state === 'closed' || (this.state === 'open' && this.now() - this.openedAt >= this.cooldownMs) || (this.state === 'half-open' && !this.trialInFlight);
  }

  success(): void {
    this.failures = 0;
    this.trialInFlight = false;
    this.state = 'closed';
  }

  failure(): void {
    this.trialInFlight = false;
    this.failures++;
    if (this.state === 'half-open' || this.failures >= this.threshold) {
      this.state = 'open';
      this.openedAt = this.now();
    }
  }

  get current(): BreakerState {
    return this.state;
  }
}
