import pRetry from 'p-retry';
import type { Clock } from '../core/ports';
import { GenerationError } from '../core/generation/generationError';

export type RetryStrategy = 'exponential' | 'linear' | 'fixed';

export interface RetryPolicy {
  readonly maxRetries: number;
  readonly strategy: RetryStrategy;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * Kinds that get fewer retries than the policy allows: an empty reply is worth one more try (a
 * model that answers the same prompt with nothing twice will likely do so again).
 */
const RETRY_CAP: Readonly<Partial<Record<GenerationError['kind'], number>>> = { 'empty-reply': 1 };

/** Uniform random in [0, 1); injectable so delays can be tested exactly. */
export type Random = () => number;

/**
 * Backoff before retry number `retry` (1 = the first retry), with full jitter: a uniform pick
 * between 0 and the strategy's delay, so parallel callers that failed together spread out.
 */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: Random = Math.random): number {
  const n = Math.max(1, retry);
  const ceiling = policy.strategy === 'exponential' ? policy.baseDelayMs * 2 ** (n - 1) : policy.strategy === 'linear' ? policy.baseDelayMs * n : policy.baseDelayMs;
  return Math.round(random() * Math.min(ceiling, policy.maxDelayMs));
}

/** Jitter added to an advised delay: up to 10 %, at most one second. */
const ADVISED_JITTER_FRACTION = 0.1;
const ADVISED_JITTER_MAX_MS = 1000;

/**
 * The wait before retrying after `error`. Gemini's advised delay wins over the backoff, even
 * above `maxDelayMs`: retrying before it would only earn another 429.
 */
export function retryDelayMs(error: GenerationError, retry: number, policy: RetryPolicy, random: Random = Math.random): number {
  if (error.retryAfterMs !== undefined) {
    const jitter = Math.min(error.retryAfterMs * ADVISED_JITTER_FRACTION, ADVISED_JITTER_MAX_MS);
    return Math.round(error.retryAfterMs + random() * jitter);
  }
  return backoffDelayMs(retry, policy, random);
}

export interface RetryHooks {
  readonly clock: Clock;
  readonly signal?: AbortSignal;
  readonly random?: Random;
  /** Called once a retry is decided, before its delay: for statistics and logs. */
  readonly onRetry?: (error: GenerationError, retry: number, delayMs: number) => void;
}

/**
 * Runs `attempt` until it succeeds, fails with a non-retryable GenerationError, or the retries are
 * spent. p-retry drives the loop; the delay is slept on our Clock inside `shouldRetry` (p-retry's
 * own timer stays at 0) so advised delays and fake clocks are honoured. The final error says how
 * many attempts were made.
 */
export async function runWithRetries<T>(attempt: (attemptNumber: number) => Promise<T>, policy: RetryPolicy, hooks: RetryHooks): Promise<T> {
  let attempts = 0;
  try {
    return await pRetry(
      async (attemptNumber) => {
        attempts = attemptNumber;
        return attempt(attemptNumber);
      },
      {
        retries: policy.maxRetries,
        minTimeout: 0,
        maxTimeout: 0,
        randomize: false,
        signal: hooks.signal,
        shouldRetry: async ({ error, retriesConsumed }) => {
          if (!(error instanceof GenerationError) || !error.retryable) return false;
          if (retriesConsumed >= (RETRY_CAP[error.kind] ?? Infinity)) return false;
          const retry = retriesConsumed + 1;
          const delay = retryDelayMs(error, retry, policy, hooks.random);
          hooks.onRetry?.(error, retry, delay);
          await hooks.clock.sleep(delay, hooks.signal);
          return true;
        },
      },
    );
  } catch (error) {
    if (error instanceof GenerationError && error.retryable && attempts > 1) {
      return Promise.reject(error.with({ attempts, message: `${error.message} Gave up after ${attempts} attempts.` }));
    }
    if (error instanceof GenerationError) return Promise.reject(error.with({ attempts }));
    throw error;
  }
}
