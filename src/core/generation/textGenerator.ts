import type { z } from 'zod';
import type { CallPriority } from './callPriority';
import type { CostMode } from '../cost/cost';

/**
 * The port the workflow generates text through. The core owns it; the Gemini service implements
 * it, and tests and benchmarks can wrap it (counting, instrumenting) without knowing the service.
 */

/** How much a model should think, in model-neutral words; the generator maps it per model. */
export const THINKING_EFFORTS = ['minimal', 'low', 'medium', 'high'] as const;
export type ThinkingEffort = (typeof THINKING_EFFORTS)[number];

/**
 * One request: a single user turn with an optional system instruction. Generation parameters are
 * model-neutral wishes; the generator sends each only in the form the model accepts.
 */
export interface GenerateRequest {
  readonly model: string;
  readonly prompt: string;
  readonly systemInstruction?: string;
  /** Only when the writer chose one; omitted, the model's default. */
  readonly temperature?: number;
  /** Tokens the reply may use, thinking included; clamped to the model's limit. */
  readonly maxOutputTokens?: number;
  /** Omitted: the model's default. */
  readonly thinking?: ThinkingEffort;
  /** Advanced override for models that think by budget: 0 off, N tokens. Ignored by the others. */
  readonly thinkingBudget?: number;
  /**
   * An explicit context cache (see `contextCache.ts`) holding the system instruction and the
   * material `prompt` continues: the request then carries no system instruction of its own.
   */
  readonly cachedContent?: string;
}

/** Whether a call may answer from the cache. */
export type CacheMode = 'use-cache' | 'bypass-cache';

export interface CallOptions {
  /** Cancels a queued call at once, aborts one in flight. */
  readonly signal?: AbortSignal;
  /** `bypass-cache` (Regenerate): skip the lookup; the fresh reply still replaces the cached one. */
  readonly cache?: CacheMode;
  /** Streamed text as it arrives: the new piece and everything so far in this attempt. */
  readonly onText?: (delta: string, soFar: string) => void;
  /** A stream was cut and is being retried from the start: discard what `onText` showed. */
  readonly onRestart?: () => void;
  /** Short label for logs and statistics, e.g. `draft ch03`. */
  readonly label?: string;
  /** Omitted: the writer's call. A speculative call yields to theirs and to the rate limit. */
  readonly priority?: CallPriority;
  /**
   * Asked before each request of the call is sent (a retry, the thinking recovery and the JSON
   * repair are requests of their own), with the most it could use; it may wait (for requests in
   * flight to end). Rejecting with a `GenerationError` refuses it: the call rejects with that
   * error. The function it resolves to is called when the request ends, with the usage its reply
   * reported (undefined when none came).
   */
  readonly admit?: (request: RequestBound, signal?: AbortSignal) => Promise<(usage: Usage | undefined) => void>;
}

/** What a request could use at most: its model, its prompt's size and its output limit. */
export interface RequestBound {
  readonly model: string;
  /** Characters of the prompt and the system instruction. */
  readonly inputChars: number;
  readonly maxOutputTokens: number;
}

export interface Usage {
  /** Every input token, the cached ones included (Gemini's `promptTokenCount`). */
  readonly promptTokens: number;
  /** Part of `promptTokens` served from Gemini's cache (`cachedContentTokenCount`), billed at the cached price. */
  readonly cachedTokens?: number;
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
  /** Requests this call sent to Gemini, retries included: 0 when the cache (or an identical call in flight) answered. */
  readonly apiCalls: number;
  readonly model: string;
  readonly durationMs: number;
  /** How Gemini bills it: omitted, interactive; `batch` for a Batch API result (half price). */
  readonly costMode?: CostMode;
}

export interface JsonResult<T> extends TextResult {
  readonly value: T;
}

export interface TextGenerator {
  generateText(request: GenerateRequest, options?: CallOptions): Promise<TextResult>;
  generateJson<T>(request: GenerateRequest, schema: z.ZodType<T>, options?: CallOptions): Promise<JsonResult<T>>;
}
