import type { z } from 'zod';

/** One request to Gemini: a single user turn with an optional system instruction. */
export interface GenerateRequest {
  readonly model: string;
  readonly prompt: string;
  readonly systemInstruction?: string;
  readonly temperature?: number;
  readonly maxOutputTokens?: number;
  /** -1 dynamic, 0 off, N tokens. Omitted: the model's default. */
  readonly thinkingBudget?: number;
}

export interface CallOptions {
  /** Cancels a queued call at once, aborts one in flight. */
  readonly signal?: AbortSignal;
  /** Skip the cache lookup (Regenerate); the fresh reply still replaces the cached one. */
  readonly bypassCache?: boolean;
  /** Streamed text as it arrives: the new piece and everything so far in this attempt. */
  readonly onText?: (delta: string, soFar: string) => void;
  /** A stream was cut and is being retried from the start: discard what `onText` showed. */
  readonly onRestart?: () => void;
  /** Short label for logs and statistics, e.g. `draft ch03`. */
  readonly label?: string;
}

export interface Usage {
  readonly promptTokens: number;
  readonly outputTokens: number;
  readonly thinkingTokens: number;
  readonly totalTokens: number;
}

export interface TextResult {
  readonly text: string;
  readonly finishReason: string;
  /** True when the model stopped at MAX_TOKENS with some text: usable, but cut short. */
  readonly truncated: boolean;
  readonly usage: Usage;
  readonly fromCache: boolean;
  readonly model: string;
  readonly durationMs: number;
}

export interface JsonResult<T> extends TextResult {
  readonly value: T;
}

export type HealthResult =
  | { readonly status: 'ok'; readonly model: string; readonly displayName?: string }
  | { readonly status: 'invalid-key' | 'unknown-model' | 'unreachable' | 'error'; readonly model: string; readonly message: string };

export type CircuitState = 'closed' | 'open' | 'half-open';

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
  readonly requestsPerSecond: number;
  readonly tokensPerSecond: number;
  readonly limiterWaitMs: number;
  /** Milliseconds until a 429-advised pause ends (0 when not paused): the UI's countdown. */
  readonly rateLimitedForMs: number;
  readonly circuitState: CircuitState;
}

/** What the workflow and the hosts need from the service. */
export interface TextGenerator {
  generateText(request: GenerateRequest, options?: CallOptions): Promise<TextResult>;
  generateJson<T>(request: GenerateRequest, schema: z.ZodType<T>, options?: CallOptions): Promise<JsonResult<T>>;
}
