import type { BreakerSettings } from './circuitBreaker';
import type { RateLimits } from './rateLimiter';
import type { CacheConfig } from './responseCache';
import type { RetryPolicy } from './retryPolicy';

/**
 * What the service needs, in its own units, grouped by the part that uses them. It knows nothing
 * of the product's settings: the hosts map `storyWriter.*` to this (`src/hosts/geminiConfig.ts`).
 * Generation parameters are not here: each request carries its own, and the service fits them
 * to the model.
 */
export interface GeminiServiceConfig {
  /** For a request that names no model, and the health check. */
  readonly defaultModel: string;
  /** Longest silence from Gemini before an attempt is abandoned (and retried). */
  readonly requestTimeoutMs: number;
  /** Empty: the SDK's default endpoint. */
  readonly apiBaseUrl: string;
  readonly cache: CacheConfig;
  readonly retry: RetryPolicy;
  readonly rateLimit: RateLimits;
  readonly circuitBreaker: BreakerSettings;
}

/**
 * The limiter's sliding window: a minute, plus a margin. Gemini counts a request when it arrives,
 * the limiter when it lets it go; a window's first request can take longer to arrive (a new
 * connection) than one sent a minute later on a warm one, and the server would then still count
 * the first when the later one arrives — a 429 the limiter exists to prevent.
 */
export const RATE_WINDOW_MS = 61_000;
