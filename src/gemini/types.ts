// The service's own public shapes. The generation port it implements is the core's
// (`src/core/generation/textGenerator.ts`).
import type { GenerationErrorKind } from '../core/generation/generationError';

export type HealthResult =
  | { readonly status: 'ok'; readonly model: string; readonly displayName?: string }
  | {
      readonly status: 'invalid-key' | 'unknown-model' | 'unreachable' | 'error';
      readonly model: string;
      readonly message: string;
      /** The failure's kind, so a host can offer its fix (Select Model…, Open Billing). */
      readonly kind: GenerationErrorKind;
    };

export type CircuitState = 'closed' | 'open' | 'half-open';

/** What one model was sent and gave back this session. */
export interface ModelUsage {
  readonly promptTokens: number;
  readonly cachedTokens: number;
  readonly outputTokens: number;
  readonly thinkingTokens: number;
}

export interface ServiceStatistics {
  readonly requests: number;
  readonly apiCalls: number;
  readonly cacheHits: number;
  readonly cacheMisses: number;
  readonly cacheHitRate: number;
  readonly cacheEntries: number;
  readonly cacheBytes: number;
  readonly diskCacheEntries: number;
  readonly diskCacheBytes: number;
  /** Disk cache files that could not be read and were skipped (and removed). */
  readonly diskCacheCorrupt?: number;
  readonly retries: number;
  readonly errors: number;
  readonly errorsByKind: Readonly<Record<string, number>>;
  readonly errorRate: number;
  readonly latencyMs: { readonly mean: number; readonly p50: number; readonly p95: number };
  readonly timeToFirstTokenMs: { readonly mean: number; readonly p50: number; readonly p95: number };
  readonly tokensIn: number;
  readonly tokensOut: number;
  readonly thinkingTokens: number;
  /** Input tokens served from Gemini's cache (part of `tokensIn`). */
  readonly cachedTokens: number;
  /** Tokens per model, so a host can price the session (thinking is billed as output). */
  readonly usageByModel: Readonly<Record<string, ModelUsage>>;
  readonly requestsPerSecond: number;
  readonly tokensPerSecond: number;
  readonly limiterWaitMs: number;
  /** Milliseconds until a 429-advised pause ends (0 when not paused): the UI's countdown. */
  readonly rateLimitedForMs: number;
  readonly circuitState: CircuitState;
  /** Milliseconds until the open circuit lets a probe through (0 unless open): the UI's countdown. */
  readonly circuitOpenForMs: number;
  /** What speculative calls spent (already counted in the figures above): its own line. */
  readonly speculative: SpeculativeSpending;
}

/**
 * Calls made ahead of the writer (the next stage, while they review one) and what they cost:
 * counted by the call's priority when it started, so a speculation the writer then took is still
 * here (it was paid for speculatively).
 */
export interface SpeculativeSpending {
  readonly requests: number;
  readonly apiCalls: number;
  readonly tokensIn: number;
  readonly tokensOut: number;
  readonly thinkingTokens: number;
}
