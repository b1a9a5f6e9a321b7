import type { Clock } from '../core/ports';
import type { CircuitState } from './types';

export interface BreakerSettings {
  /** Consecutive failures that open the circuit. */
  readonly failureThreshold: number;
  /** How long it stays open before one probe is let through. */
  readonly cooldownMs: number;
}

/** Permission to make one call; report how it went exactly once. */
export interface BreakerTicket {
  /** This call is the half-open probe: its outcome decides the state. */
  readonly probe: boolean;
}

export type BreakerDecision = { readonly allowed: true; readonly ticket: BreakerTicket } | { readonly allowed: false; readonly retryAt: number; readonly probeInFlight: boolean };

/**
 * Stops calling Gemini while it is clearly down. Closed: calls pass, consecutive failures are
 * counted. Open: no call passes until the cooldown ends. Half-open: one probe passes; its
 * success closes the circuit, its failure opens it again. The breaker only decides; callers
 * wait out a refusal (`attemptSteps.breakerTicket`), so a busy Gemini slows a run down.
 */
export class CircuitBreaker {
  private currentState: CircuitState = 'closed';
  private consecutiveFailures = 0;
  private openUntil = 0;
  private probeInFlight = false;
  private openings = 0;
  private probeWaiters: Array<() => void> = [];

  constructor(
    private settings: BreakerSettings,
    private readonly clock: Clock,
    private readonly onChange: (state: CircuitState) => void = () => {},
  ) {}

  get state(): CircuitState {
    if (this.currentState === 'open' && this.clock.now() >= this.openUntil) this.moveTo('half-open');
    return this.currentState;
  }

  /** When an open circuit lets the next probe through (undefined unless open). */
  get retryAt(): number | undefined {
    return this.state === 'open' ? this.openUntil : undefined;
  }

  get failures(): number {
    return this.consecutiveFailures;
  }

  /** How many times the circuit has opened: a caller that saw it open again knows a probe failed. */
  get timesOpened(): number {
    return this.openings;
  }

  /** Resolves when the probe in flight reports its outcome (at once if there is none). */
  probeSettled(): Promise<void> {
    if (!this.probeInFlight) return Promise.resolve();
    return new Promise((resolve) => this.probeWaiters.push(resolve));
  }

  tryPass(): BreakerDecision {
    const state = this.state;
    if (state === 'closed') return { allowed: true, ticket: { probe: false } };
    if (state === 'open') return { allowed: false, retryAt: this.openUntil, probeInFlight: false };
    if (this.probeInFlight) return { allowed: false, retryAt: this.clock.now(), probeInFlight: true };
    this.probeInFlight = true;
    return { allowed: true, ticket: { probe: true } };
  }

  /** Gemini answered (even with a refusal): it is reachable. */
  recordSuccess(ticket: BreakerTicket): void {
    this.consecutiveFailures = 0;
    if (this.currentState !== 'closed') this.moveTo('closed');
    if (ticket.probe) this.probeDone();
  }

  /** Gemini was unreachable, overloaded or too slow. */
  recordFailure(ticket: BreakerTicket): void {
    if (ticket.probe) {
      this.open();
      this.probeDone();
      return;
    }
    // Calls that started before the circuit opened do not extend the cooldown.
    if (this.currentState !== 'closed') return;
    this.consecutiveFailures++;
    if (this.consecutiveFailures >= this.settings.failureThreshold) this.open();
  }

  /** The call ended without telling us anything about Gemini (cancelled, no key). */
  recordNeutral(ticket: BreakerTicket): void {
    if (ticket.probe) this.probeDone();
  }

  update(settings: BreakerSettings): void {
    this.settings = settings;
  }

  private open(): void {
    this.openUntil = this.clock.now() + this.settings.cooldownMs;
    this.openings++;
    this.moveTo('open');
  }

  private probeDone(): void {
    this.probeInFlight = false;
    const waiters = this.probeWaiters;
    this.probeWaiters = [];
    for (const wake of waiters) wake();
  }

  private moveTo(state: CircuitState): void {
    this.currentState = state;
    if (state === 'closed') this.consecutiveFailures = 0;
    this.onChange(state);
  }
}
