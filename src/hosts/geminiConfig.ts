import type { Settings } from '../core/config/settings';
import { RATE_WINDOW_MS, type GeminiServiceConfig } from '../gemini/serviceConfig';

/**
 * `storyWriter.*` as the Gemini service's own config, for every host that builds one (the
 * extension, the headless command, benchmarks and test workspaces). The service never sees the
 * product's settings, so it can change without the service knowing, and the service can be
 * tested with exactly the parts it uses.
 */
export function geminiConfigFromSettings(settings: Settings): GeminiServiceConfig {
  return {
    defaultModel: settings.model,
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

/** What a host builds its GeminiService from (besides the key, logger and notices). */
export interface GeminiServiceSetup {
  readonly config: GeminiServiceConfig;
  readonly cacheDir?: string;
}

/**
 * The service's config and, whenever the host has a place for it, the folder of the persistent
 * cache tier. The folder is given even while `cache.persist` is off: the service follows
 * `persist` in its config, which the hosts update when the settings change, so turning it on
 * (or off) takes effect without a reload.
 */
export function geminiServiceSetup(settings: Settings, persistentCacheFolder: string | undefined): GeminiServiceSetup {
  return { config: geminiConfigFromSettings(settings), ...(persistentCacheFolder ? { cacheDir: persistentCacheFolder } : {}) };
}
