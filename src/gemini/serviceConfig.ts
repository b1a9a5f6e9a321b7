import type { Settings } from '../core/config/settings';
import type { BreakerSettings } from './circuitBreaker';
import type { RateLimits } from './rateLimiter';
import type { CacheConfig } from './responseCache';
import type { RetryPolicy } from './retryPolicy';

/** The service's view of `storyWriter.*`: units converted, grouped by the part that uses them. */
export interface GeminiServiceConfig {
  readonly defaultModel: string;
  readonly temperature: number;
  readonly maxOutputTokens: number;
  /** -1 dynamic (sent as nothing: the model's default), 0 off, N tokens. */
  readonly thinkingBudget: number;
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

export function configFromSettings(settings: Settings): GeminiServiceConfig {
  return {
    defaultModel: settings.model,
    temperature: settings.temperature,
    maxOutputTokens: settings.maxOutputTokens,
    thinkingBudget: settings.thinkingBudget,
    requestTimeoutMs: settings.requestTimeoutSeconds * 1000,
    apiBaseUrl: settings.apiBaseUrl,
    cache: {
      enabled: settings['cache.enabled'],
      ttlMs: settings['cache.ttlSeconds'] * 1000,
      maxEntries: settings['cache.maxEntries'],
      maxBytes: settings['cache.maxMegabytes'] * 1024 * 1024,
      persist: settings['cache.persist'],
    },
    retry: {
      maxRetries: settings['retry.maxRetries'],
      strategy: settings['retry.strategy'],
      baseDelayMs: settings['retry.baseDelayMs'],
      maxDelayMs: settings['retry.maxDelaySeconds'] * 1000,
    },
    rateLimit: {
      requestsPerMinute: settings['rateLimit.requestsPerMinute'],
      tokensPerMinute: settings['rateLimit.tokensPerMinute'],
      minDelayMs: settings['rateLimit.minDelayMs'],
      maxConcurrent: settings['rateLimit.maxConcurrent'],
      windowMs: RATE_WINDOW_MS,
    },
    circuitBreaker: {
      failureThreshold: settings['circuitBreaker.failureThreshold'],
      cooldownMs: settings['circuitBreaker.cooldownSeconds'] * 1000,
    },
  };
}
