import type { Clock } from '../core/ports';
import type { CallPriority, PriorityLevel } from '../core/generation/callPriority';
import { GenerationError } from '../core/generation/generationError';
import type { BreakerTicket, CircuitBreaker } from './circuitBreaker';
import { untilAborted } from '../core/common/abort';
import { cancelledError } from './errorClassifier';
import type { Permit, RateLimiter } from './rateLimiter';
import type { GenerateParams } from './sdkClient';
import type { StatisticsCollector } from './statistics';
import type { AttemptProgress } from './streamAttempt';

/**
 * The steps one attempt at Gemini goes through, each a small function that can be tested alone
 * (as cockatiel composes `wrap(retry, breaker, timeout)`): breaker ticket → limiter permit →
 * attempt → outcome → statistics. The service composes them; retries wrap the whole chain.
 */

// ── Breaker ────────────────────────────────────────────────────────────────────────────────────

/** Told once when a call starts waiting for the circuit, with how long the pause has left. */
export type BreakerWaitListener = (waitMs: number) => void;

/**
 * A ticket through the circuit, waiting (on the Clock, cancellable) while it is open or while
 * another call probes it: a busy Gemini slows the run down instead of ending it. A probe that
 * fails while this call waits is this call's failure too (`unavailable`, retryable): it would
 * have met the same overload, and so a Gemini that stays down spends every waiting call's
 * retries, one cooldown each, and the run still ends.
 */
export async function breakerTicket(breaker: CircuitBreaker, clock: Clock, signal: AbortSignal | undefined, onWait?: BreakerWaitListener): Promise<BreakerTicket> {
  let openedBefore: number | undefined;
  for (;;) {
    const decision = breaker.tryPass();
    if (decision.allowed) return decision.ticket;
    if (openedBefore === undefined) {
      openedBefore = breaker.timesOpened;
      onWait?.(Math.max(0, decision.retryAt - clock.now()));
    } else if (breaker.timesOpened > openedBefore) {
      throw new GenerationError('unavailable', 'Gemini is still overloaded: the trial request after the pause failed too.');
    }
    try {
      if (decision.probeInFlight) await untilAborted(breaker.probeSettled(), signal);
      else await clock.sleep(Math.max(0, decision.retryAt - clock.now()), signal);
    } catch (error) {
      if (signal?.aborted) throw cancelledError();
      throw error;
    }
  }
}

/**
 * Only signs that Gemini is down count against the circuit. A 429 is Gemini answering (and the
 * limiter's pause handles it); refusals and bad requests prove it is up.
 */
export function recordOutcome(breaker: CircuitBreaker, ticket: BreakerTicket, failure: unknown): void {
  const kind = failure instanceof GenerationError ? failure.kind : 'unexpected';
  switch (kind) {
    case 'unavailable':
    case 'timeout':
    case 'network':
      breaker.recordFailure(ticket);
      return;
    case 'rate-limited':
    case 'cancelled':
    case 'unexpected':
      breaker.recordNeutral(ticket);
      return;
    default:
      breaker.recordSuccess(ticket);
  }
}

/** Runs `work` with a breaker ticket and reports its outcome exactly once. */
export async function throughBreaker<T>(breaker: CircuitBreaker, ticket: BreakerTicket, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    breaker.recordSuccess(ticket);
    return result;
  } catch (error) {
    recordOutcome(breaker, ticket, error);
    throw error;
  }
}

// ── Limiter ────────────────────────────────────────────────────────────────────────────────────

/** A permit from the limiter; a cancelled wait is `cancelled` (keeping text an earlier attempt showed). */
export async function limiterPermit(limiter: RateLimiter, inputTokens: number, signal: AbortSignal | undefined, shownText: () => string, priority?: CallPriority): Promise<Permit> {
  try {
    return await limiter.acquire(inputTokens, signal, priority);
  } catch (error) {
    if (signal?.aborted) throw cancelledError(shownText() || undefined);
    throw error;
  }
}

/**
 * Gemini's TPM quota counts input tokens, so the limiter does too: the estimate is the prompt's
 * size, replaced by the real count once the reply says it.
 */
export function estimateInputTokens(params: GenerateParams): number {
  return Math.ceil(inputChars(params) / 4);
}

/** Characters a request sends: its prompt and its system instruction. */
export function inputChars(params: GenerateParams): number {
  return params.prompt.length + (params.systemInstruction?.length ?? 0);
}

/** The most any current model may write in one reply, for a request sent without a limit. */
export const LARGEST_OUTPUT_LIMIT = 65_536;

// ── Outcome and statistics ─────────────────────────────────────────────────────────────────────

/** A 429 pauses every caller, not just this one: the others would hit the same wall. */
export function pauseOnRateLimit(limiter: RateLimiter, failure: GenerationError, backoffMs: () => number): void {
  if (failure.kind === 'rate-limited') limiter.pauseFor(failure.retryAfterMs ?? backoffMs());
}

/** Counts a finished attempt (success or not) and frees its permit with the real input tokens. */
export function settleAttempt(stats: StatisticsCollector, permit: Permit, progress: AttemptProgress, params: GenerateParams, level: PriorityLevel = 'writer'): void {
  if (progress.usage) stats.usage(progress.usage, params.model, level);
  permit.release(progress.usage?.promptTokens || estimateInputTokens(params));
}

/** Latency and time to first token of a successful attempt. */
export function recordReply(stats: StatisticsCollector, progress: AttemptProgress, startedAt: number, endedAt: number): void {
  stats.replied(endedAt - startedAt, progress.firstTextAt === undefined ? undefined : progress.firstTextAt - startedAt);
}
