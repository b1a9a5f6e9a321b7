import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Settings } from '../core/config/settings';
import { systemClock } from '../core/clock';
import type { Clock, Logger, SecretStore } from '../core/ports';
import { CircuitBreaker, type BreakerTicket } from './circuitBreaker';
import {
  cancelledError,
  classifyError,
  formatSeconds,
  maxTokensError,
  missingKeyError,
  type ClassifyContext,
} from './errorClassifier';
import { GenerationError } from '../core/generation/generationError';
import { invalidJsonError, parseJsonReply, repairPrompt, responseJsonSchema, type JsonParse } from './jsonOutput';
import { deriveAbortController, linkedSignal, untilAborted } from '../core/common/abort';
import { Emitter, type Subscription } from '../core/common/event';
import { RateLimiter, type Permit } from './rateLimiter';
import { redactingLogger } from './redactingLogger';
import { cacheKey, ResponseCache, type CachedReply } from './responseCache';
import { backoffDelayMs, runWithRetries, type Random } from './retryPolicy';
import { createSdkClient, type GeminiClient, type GenerateParams, type GenerationConfig } from './sdkClient';
import { configFromSettings, type GeminiServiceConfig } from './serviceConfig';
import { SingleFlight } from './singleFlight';
import { StatisticsCollector } from './statistics';
import { newProgress, streamAttempt, type AttemptReply } from './streamAttempt';
import type { CallOptions, GenerateRequest, JsonResult, TextGenerator, TextResult } from '../core/generation/textGenerator';
import type { HealthResult, ServiceStatistics } from './types';

export interface GeminiServiceOptions {
  /** Where the key comes from; read before every call, so a new key applies at once. */
  readonly apiKey: (() => Promise<string | undefined>) | SecretStore;
  readonly settings: Settings;
  readonly logger: Logger;
  readonly clock?: Clock;
  /** Folder for the persistent cache tier; absent = memory only. */
  readonly cacheDir?: string;
  /** Source of jitter; injectable for exact tests. */
  readonly random?: Random;
}

/** Gemini's ceiling for `maxOutputTokens`. */
const MAX_OUTPUT_TOKENS_CAP = 65536;
/** A health check is one small GET; it need not wait as long as a chapter. */
const HEALTH_TIMEOUT_CAP_MS = 30_000;

interface PreparedCall {
  readonly params: GenerateParams;
  readonly key: string;
  readonly label?: string;
}

/** Accepts a reply for caching and sharing (JSON calls only accept valid JSON). */
type ReplyCheck = (text: string) => boolean;

const acceptAny: ReplyCheck = () => true;

/**
 * Gemini for the extension host, the headless command and benchmarks. One call goes:
 * cache / shared in-flight call → circuit breaker → rate limiter → streamed attempt, with
 * retries around the last three. Plain Node: it never imports `vscode`.
 */
export class GeminiService implements TextGenerator {
  private config: GeminiServiceConfig;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly readKey: () => Promise<string | undefined>;
  private readonly random: Random;
  private readonly stats: StatisticsCollector;
  private readonly limiter: RateLimiter;
  private readonly breaker: CircuitBreaker;
  private readonly cache: ResponseCache;
  private readonly flights = new SingleFlight<TextResult>();
  private readonly changes: Emitter<void>;
  /** Keys seen so far, only so the logger can scrub them. */
  private readonly secrets: string[] = [];
  private client: { readonly identity: string; readonly client: Promise<GeminiClient> } | undefined;
  /** Aborted by `dispose`: every call's signal follows it. */
  private readonly lifetime = deriveAbortController().controller;
  private disposed = false;

  /** Fires when statistics, the limiter's pause or the circuit state change. */
  readonly onDidChange: (listener: () => void) => Subscription;

  constructor(options: GeminiServiceOptions) {
    this.config = configFromSettings(options.settings);
    this.clock = options.clock ?? systemClock;
    this.log = redactingLogger(options.logger.child('gemini'), () => this.secrets);
    const source = options.apiKey;
    this.readKey = typeof source === 'function' ? source : () => source.getApiKey();
    this.random = options.random ?? Math.random;
    this.changes = new Emitter<void>((error) => this.log.warn('A statistics listener failed', { error: String(error) }));
    this.onDidChange = this.changes.event;
    this.stats = new StatisticsCollector(this.clock);
    this.limiter = new RateLimiter(this.config.rateLimit, this.clock, () => this.changed());
    this.breaker = new CircuitBreaker(this.config.circuitBreaker, this.clock, (state) => {
      const level = state === 'closed' ? 'info' : 'warn';
      this.log[level](`Circuit ${state}`, { state, failures: this.breaker.failures });
      this.changed();
    });
    this.cache = new ResponseCache(this.config.cache, this.clock, this.log, options.cacheDir);
  }

  // -------------------------------------------------------------------------------------------
  // Calls

  async generateText(request: GenerateRequest, callerOptions: CallOptions = {}): Promise<TextResult> {
    const started = this.beginRequest();
    const { options, release } = this.guarded(callerOptions);
    try {
      return await this.obtain(this.prepare(request), options, acceptAny, started);
    } catch (error) {
      throw this.failed(error, options, request);
    } finally {
      release();
      this.changed();
    }
  }

  async generateJson<T>(request: GenerateRequest, schema: z.ZodType<T>, callerOptions: CallOptions = {}): Promise<JsonResult<T>> {
    const started = this.beginRequest();
    const { options, release } = this.guarded(callerOptions);
    try {
      const jsonSchema = jsonSchemaOf(schema);
      const prepared = this.prepare(request, jsonSchema);
      // The reply is checked before it is cached or shared and then used: parse it once.
      let checked: { text: string; parsed: JsonParse<T> } | undefined;
      const parse = (text: string): JsonParse<T> => {
        if (checked?.text !== text) checked = { text, parsed: parseJsonReply(text, schema) };
        return checked.parsed;
      };
      const isValid: ReplyCheck = (text) => parse(text).ok;
      const first = await this.obtain(prepared, options, isValid, started);
      const parsed = parse(first.text);
      if (parsed.ok) return { ...first, value: parsed.value };

      // One repair: show Gemini its reply and what is wrong with it, ask for JSON only.
      this.log.warn('Reply is not valid JSON; asking once for a repair', { model: request.model, label: options.label, problem: parsed.error });
      this.stats.retried();
      options.onRestart?.();
      const repair = this.prepare({ ...request, prompt: repairPrompt(request.prompt, first.text, parsed.error) }, jsonSchema);
      const second = await this.fetchFresh(repair, options, started);
      const repaired = parseJsonReply(second.text, schema);
      if (!repaired.ok) throw invalidJsonError(repair.params.model, repaired.error, second.text);
      if (!second.truncated) this.cache.set(prepared.key, toCached(second));
      return { ...second, value: repaired.value };
    } catch (error) {
      throw this.failed(error, options, request);
    } finally {
      release();
      this.changed();
    }
  }

  /** Validates the key and the model with one cheap call (models.get); never throws. */
  async checkHealth(model: string = this.config.defaultModel): Promise<HealthResult> {
    let apiKey: string;
    try {
      apiKey = await this.apiKey();
    } catch (error) {
      return { status: 'invalid-key', model, message: error instanceof Error ? error.message : String(error) };
    }
    const timeoutMs = Math.min(this.config.requestTimeoutMs, HEALTH_TIMEOUT_CAP_MS);
    const context: ClassifyContext = { model, apiKey, timeoutMs };
    const controller = new AbortController();
    const timer = new AbortController();
    let timedOut = false;
    this.clock.sleep(timeoutMs, timer.signal).then(
      () => {
        timedOut = true;
        controller.abort(new Error('timeout'));
      },
      () => {},
    );
    try {
      const client = await this.clientFor(apiKey);
      const info = await client.getModel(model, controller.signal);
      this.log.info('Health check passed', { model });
      return info.displayName ? { status: 'ok', model, displayName: info.displayName } : { status: 'ok', model };
    } catch (error) {
      const failure = timedOut
        ? new GenerationError('timeout', `Gemini did not answer within ${formatSeconds(timeoutMs)} s. Check your connection or storyWriter.apiBaseUrl.`)
        : classifyError(error, context);
      this.log.warn('Health check failed', { model, kind: failure.kind, message: failure.message });
      return { status: healthStatusOf(failure), model, message: failure.message };
    } finally {
      timer.abort();
    }
  }

  // -------------------------------------------------------------------------------------------
  // State

  getStatistics(): ServiceStatistics {
    const cache = this.cache.statistics();
    return this.stats.snapshot({
      cacheEntries: cache.entries,
      cacheBytes: cache.bytes,
      diskCacheEntries: cache.diskEntries,
      diskCacheBytes: cache.diskBytes,
      diskCacheCorrupt: cache.diskCorrupt,
      rateLimitedForMs: this.limiter.rateLimitedForMs,
      circuitState: this.breaker.state,
    });
  }

  resetStatistics(): void {
    this.stats.reset();
    this.changed();
  }

  async clearCache(): Promise<void> {
    await this.cache.clear();
    this.log.info('Cache cleared');
    this.changed();
  }

  /** Applies changed settings; a new API base URL takes effect with the next call. */
  updateSettings(settings: Settings): void {
    this.config = configFromSettings(settings);
    this.limiter.update(this.config.rateLimit);
    this.breaker.update(this.config.circuitBreaker);
    this.cache.reconfigure(this.config.cache);
    this.changed();
  }

  /** Waits for background disk-cache writes. */
  flush(): Promise<void> {
    return this.cache.flush();
  }

  /** Cancels calls in flight and queued, stops timers, and waits for pending cache writes. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.lifetime.abort(new Error('The Gemini service was shut down.'));
    this.limiter.dispose();
    this.changes.dispose();
    await this.cache.flush();
  }

  // -------------------------------------------------------------------------------------------
  // Cache and single flight

  /** A reply from the cache, from an identical call in flight, or fresh from Gemini. */
  private async obtain(prepared: PreparedCall, options: CallOptions, accept: ReplyCheck, started: number): Promise<TextResult> {
    if (!this.cache.enabled) return this.fetchFresh(prepared, options, started);
    const shared = options.cache === 'bypass-cache' ? undefined : this.flights.get(prepared.key);
    if (shared) return this.follow(shared, prepared, options, accept, started);
    return this.flights.lead(prepared.key, () => this.lookupOrFetch(prepared, options, accept, started));
  }

  private async lookupOrFetch(prepared: PreparedCall, options: CallOptions, accept: ReplyCheck, started: number): Promise<TextResult> {
    if (options.cache !== 'bypass-cache') {
      const cached = await this.cache.get(prepared.key);
      if (cached && accept(cached.text)) {
        this.stats.cacheHit();
        this.log.debug('Cache hit', { model: cached.model, label: options.label });
        options.onText?.(cached.text, cached.text);
        return fromCached(cached, this.clock.now() - started);
      }
    }
    this.stats.cacheMiss();
    const result = await this.fetchFresh(prepared, options, started);
    // Only whole, successful replies are worth keeping.
    if (!result.truncated && accept(result.text)) this.cache.set(prepared.key, toCached(result));
    return result;
  }

  /** Waits for an identical call's reply; its streamed text arrives once, at the end. */
  private async follow(
    shared: Promise<TextResult>,
    prepared: PreparedCall,
    options: CallOptions,
    accept: ReplyCheck,
    started: number,
  ): Promise<TextResult> {
    let result: TextResult;
    try {
      result = await untilAborted(shared, options.signal);
    } catch (error) {
      if (options.signal?.aborted) throw cancelledError();
      // The leader's own cancellation says nothing about this call: do the work ourselves.
      if (error instanceof GenerationError && error.kind === 'cancelled') return this.obtain(prepared, options, accept, started);
      throw error;
    }
    this.stats.cacheHit();
    options.onText?.(result.text, result.text);
    return { ...result, fromCache: true, durationMs: this.clock.now() - started };
  }

  // -------------------------------------------------------------------------------------------
  // Calling Gemini

  /** A fresh reply: retried attempts, plus one thinking-off attempt when thinking ate the budget. */
  private async fetchFresh(prepared: PreparedCall, options: CallOptions, started: number): Promise<TextResult> {
    const apiKey = await this.apiKey();
    const client = await this.clientFor(apiKey);
    const first = prepared.params;
    try {
      return await this.attemptWithRetries(client, apiKey, first, options, started);
    } catch (error) {
      if (!(error instanceof GenerationError && error.kind === 'max-tokens')) throw error;
      const budget = first.config.maxOutputTokens ?? this.config.maxOutputTokens;
      const larger = Math.min(MAX_OUTPUT_TOKENS_CAP, budget * 2);
      const context = { model: first.model, apiKey };
      if (first.config.thinkingConfig?.thinkingBudget === 0 && larger === budget) throw maxTokensError(context, budget);
      this.log.warn('Thinking used the whole output budget; retrying once with thinking off', {
        model: first.model,
        label: options.label,
        maxOutputTokens: larger,
      });
      this.stats.retried();
      const second: GenerateParams = { ...first, config: { ...first.config, thinkingConfig: { thinkingBudget: 0 }, maxOutputTokens: larger } };
      try {
        return await this.attemptWithRetries(client, apiKey, second, options, started);
      } catch (retryError) {
        if (retryError instanceof GenerationError && retryError.kind === 'max-tokens') throw maxTokensError(context, larger);
        throw retryError;
      }
    }
  }

  private async attemptWithRetries(
    client: GeminiClient,
    apiKey: string,
    params: GenerateParams,
    options: CallOptions,
    started: number,
  ): Promise<TextResult> {
    const context = { model: params.model, apiKey, timeoutMs: this.config.requestTimeoutMs };
    let lastText = '';
    let textShown = false;
    const onText = options.onText
      ? (delta: string, soFar: string) => {
          textShown = true;
          options.onText?.(delta, soFar);
        }
      : undefined;

    const attempt = async (attemptNumber: number): Promise<AttemptReply> => {
      if (textShown) {
        // The retry starts from scratch: the caller drops what the cut attempt showed.
        textShown = false;
        options.onRestart?.();
      }
      const ticket = this.passBreaker();
      const estimate = estimateTokens(params, this.config.maxOutputTokens);
      let permit: Permit;
      try {
        permit = await this.limiter.acquire(estimate, options.signal);
      } catch (error) {
        this.breaker.recordNeutral(ticket);
        throw options.signal?.aborted ? cancelledError(lastText || undefined) : error;
      }
      this.stats.waitedOnLimiter(permit.waitedMs);
      this.stats.apiCallStarted();
      const attemptStart = this.clock.now();
      const progress = newProgress();
      this.log.debug('Calling Gemini', { model: params.model, label: options.label, attempt: attemptNumber, waitedMs: permit.waitedMs });
      try {
        const reply = await streamAttempt({ client, params, clock: this.clock, context, signal: options.signal, onText, progress });
        this.breaker.recordSuccess(ticket);
        const end = this.clock.now();
        this.stats.replied(end - attemptStart, progress.firstTextAt === undefined ? undefined : progress.firstTextAt - attemptStart);
        return reply;
      } catch (error) {
        const failure = error instanceof GenerationError ? error : classifyError(error, context);
        lastText = progress.text;
        this.recordOutcome(ticket, failure);
        if (failure.kind === 'rate-limited') {
          // Everyone waits, not just this call: the others would hit the same wall.
          this.limiter.pauseFor(failure.retryAfterMs ?? backoffDelayMs(attemptNumber, this.config.retry, this.random));
        }
        this.log.debug('Attempt failed', { model: params.model, label: options.label, attempt: attemptNumber, kind: failure.kind, status: failure.status });
        throw failure;
      } finally {
        if (progress.usage) this.stats.usage(progress.usage);
        // Real usage replaces the estimate; without it, count what was sent and received.
        permit.release(progress.usage?.totalTokens ?? estimateInputTokens(params) + Math.ceil(progress.text.length / 4));
        this.changed();
      }
    };

    let reply: AttemptReply;
    try {
      reply = await runWithRetries(attempt, this.config.retry, {
        clock: this.clock,
        signal: options.signal,
        random: this.random,
        onRetry: (error, retry, delayMs) => {
          this.stats.retried();
          this.log.info(`Retrying in ${formatSeconds(delayMs)} s`, {
            model: params.model,
            label: options.label,
            retry,
            kind: error.kind,
            status: error.status,
            advisedMs: error.retryAfterMs,
          });
          this.changed();
        },
      });
    } catch (error) {
      if (options.signal?.aborted) throw cancelledError(lastText || undefined);
      throw error;
    }
    return {
      text: reply.text,
      finishReason: reply.finishReason,
      truncated: reply.truncated,
      usage: reply.usage,
      fromCache: false,
      model: params.model,
      durationMs: this.clock.now() - started,
    };
  }

  private passBreaker(): BreakerTicket {
    const decision = this.breaker.tryPass();
    if (decision.allowed) return decision.ticket;
    const inSeconds = formatSeconds(Math.max(0, decision.retryAt - this.clock.now()));
    const message = decision.probeInFlight
      ? 'Gemini requests are paused while one trial request checks whether Gemini is back. Try again in a moment.'
      : `Gemini requests are paused after ${this.config.circuitBreaker.failureThreshold} failures in a row; the next try is in ${inSeconds} s (at ${new Date(decision.retryAt).toLocaleTimeString()}).`;
    throw new GenerationError('circuit-open', message, { retryAfterMs: Math.max(0, decision.retryAt - this.clock.now()) });
  }

  /**
   * Only signs that Gemini is down count against the circuit. A 429 is Gemini answering (and the
   * limiter's pause handles it); refusals and bad requests prove it is up.
   */
  private recordOutcome(ticket: BreakerTicket, failure: GenerationError): void {
    switch (failure.kind) {
      case 'unavailable':
      case 'timeout':
      case 'network':
        this.breaker.recordFailure(ticket);
        return;
      case 'rate-limited':
      case 'cancelled':
      case 'unexpected':
        this.breaker.recordNeutral(ticket);
        return;
      default:
        this.breaker.recordSuccess(ticket);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Helpers

  /**
   * The caller's options with a signal that also follows `dispose`, and callbacks that cannot
   * break a call: a failing UI listener is logged, never mistaken for a Gemini failure.
   */
  private guarded(options: CallOptions): { options: CallOptions; release: () => void } {
    const linked = linkedSignal(options.signal, this.lifetime.signal);
    const safely =
      <A extends unknown[]>(name: string, callback: ((...args: A) => void) | undefined) =>
      (...args: A) => {
        try {
          callback?.(...args);
        } catch (error) {
          this.log.warn(`The ${name} callback failed`, { label: options.label, error: String(error) });
        }
      };
    return {
      options: {
        ...options,
        signal: linked.signal,
        onText: options.onText && safely('onText', options.onText),
        onRestart: options.onRestart && safely('onRestart', options.onRestart),
      },
      release: linked.dispose,
    };
  }

  private beginRequest(): number {
    if (this.disposed) throw new GenerationError('cancelled', 'The Gemini service has been shut down.');
    this.stats.requestStarted();
    return this.clock.now();
  }

  /** Effective generation settings (request first, then settings) and the cache key. */
  private prepare(request: GenerateRequest, jsonSchema?: Record<string, unknown>): PreparedCall {
    const thinkingBudget = request.thinkingBudget ?? this.config.thinkingBudget;
    const config: GenerationConfig = {
      temperature: request.temperature ?? this.config.temperature,
      maxOutputTokens: request.maxOutputTokens ?? this.config.maxOutputTokens,
      // -1 is "the model decides", which is what sending nothing means (and older models accept).
      ...(thinkingBudget >= 0 ? { thinkingConfig: { thinkingBudget } } : {}),
      ...(jsonSchema ? { responseMimeType: 'application/json', responseJsonSchema: jsonSchema } : {}),
    };
    const model = request.model || this.config.defaultModel;
    const params: GenerateParams = { model, prompt: request.prompt, systemInstruction: request.systemInstruction, config };
    const key = cacheKey({ model, systemInstruction: request.systemInstruction, contents: request.prompt, generationConfig: { ...config } });
    return { params, key };
  }

  private async apiKey(): Promise<string> {
    const key = (await this.readKey())?.trim();
    if (!key) throw missingKeyError();
    if (!this.secrets.includes(key)) this.secrets.push(key);
    return key;
  }

  /** One client per key and base URL; a change of either makes a new one. */
  private clientFor(apiKey: string): Promise<GeminiClient> {
    const baseUrl = this.config.apiBaseUrl;
    const identity = `${createHash('sha256').update(apiKey).digest('hex')}\n${baseUrl}`;
    if (this.client?.identity !== identity) {
      const client = createSdkClient({ apiKey, baseUrl });
      // A failed load must not stick: the next call tries again.
      client.catch(() => {
        if (this.client?.client === client) this.client = undefined;
      });
      this.client = { identity, client };
    }
    return this.client.client;
  }

  /** Every failure leaves as a GenerationError, counted once and logged. */
  private failed(error: unknown, options: CallOptions, request: GenerateRequest): GenerationError {
    const failure =
      error instanceof GenerationError
        ? error
        : options.signal?.aborted
          ? cancelledError()
          : classifyError(error, { model: request.model, apiKey: this.secrets.at(-1) });
    this.stats.failed(failure.kind);
    const fields = { model: request.model, label: options.label, kind: failure.kind, status: failure.status, reason: failure.reason, attempts: failure.attempts };
    if (failure.kind === 'cancelled') this.log.info('Request cancelled', fields);
    else this.log.error(failure.message, fields);
    return failure;
  }

  private changed(): void {
    this.changes.fire();
  }
}

export function createGeminiService(options: GeminiServiceOptions): GeminiService {
  return new GeminiService(options);
}

/** Rough token count before the call: ~4 characters a token, plus the whole output budget. */
export function estimateTokens(params: GenerateParams, defaultMaxOutput: number): number {
  return estimateInputTokens(params) + (params.config.maxOutputTokens ?? defaultMaxOutput);
}

function estimateInputTokens(params: GenerateParams): number {
  return Math.ceil((params.prompt.length + (params.systemInstruction?.length ?? 0)) / 4);
}

function healthStatusOf(failure: GenerationError): Exclude<HealthResult['status'], 'ok'> {
  switch (failure.kind) {
    case 'auth':
      return 'invalid-key';
    case 'model-not-found':
      return 'unknown-model';
    case 'network':
    case 'timeout':
      return 'unreachable';
    default:
      return 'error';
  }
}

/** A schema's JSON Schema, converted once: the stage schemas are module constants. */
const jsonSchemas = new WeakMap<z.ZodType, Record<string, unknown>>();

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  let json = jsonSchemas.get(schema);
  if (!json) {
    json = responseJsonSchema(schema);
    jsonSchemas.set(schema, json);
  }
  return json;
}

function toCached(result: TextResult): CachedReply {
  return { text: result.text, finishReason: result.finishReason, truncated: result.truncated, model: result.model, usage: result.usage };
}

function fromCached(reply: CachedReply, durationMs: number): TextResult {
  return { ...reply, fromCache: true, durationMs };
}

