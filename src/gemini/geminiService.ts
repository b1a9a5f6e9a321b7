import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { systemClock } from '../core/clock';
import type { Clock, Logger, SecretStore } from '../core/ports';
import { breakerTicket, estimateInputTokens, limiterPermit, pauseOnRateLimit, recordReply, settleAttempt, throughBreaker } from './attemptSteps';
import { CircuitBreaker } from './circuitBreaker';
import { cancelledError, classifyError, formatSeconds, maxTokensError, missingKeyError, type ClassifyContext } from './errorClassifier';
import { generationConfigFor, thinkingRecovery } from './generationConfig';
import { GenerationError } from '../core/generation/generationError';
import { probeHealth } from './healthCheck';
import { invalidJsonError, parseJsonReply, repairPrompt, responseJsonSchema, type JsonParse } from './jsonOutput';
import { deriveAbortController, linkedSignal, untilAborted } from '../core/common/abort';
import { Emitter, type Subscription } from '../core/common/event';
import { FREE_TIER_REQUESTS_PER_DAY, FreeTierWatch } from './freeTier';
import { ModelProfiles, type ModelProfile } from './modelProfiles';
import { correctedThinking } from './thinkingCorrection';
import { RateLimiter } from './rateLimiter';
import { redactingLogger } from './redactingLogger';
import { cacheKey, ResponseCache, type CachedReply } from './responseCache';
import { backoffDelayMs, runWithRetries, type Random } from './retryPolicy';
import { createSdkClient, type GeminiClient, type GenerateParams, type ModelInfo } from './sdkClient';
import type { GeminiServiceConfig } from './serviceConfig';
import { SingleFlight } from './singleFlight';
import { StatisticsCollector } from './statistics';
import { newProgress, streamAttempt, type AttemptProgress, type AttemptReply } from './streamAttempt';
import type { CallOptions, GenerateRequest, JsonResult, TextGenerator, TextResult } from '../core/generation/textGenerator';
import type { HealthResult, ServiceStatistics } from './types';

export interface GeminiServiceOptions {
  /** Where the key comes from; read before every call, so a new key applies at once. */
  readonly apiKey: (() => Promise<string | undefined>) | SecretStore;
  readonly config: GeminiServiceConfig;
  readonly logger: Logger;
  readonly clock?: Clock;
  /** Folder for the persistent cache tier; absent = memory only. */
  readonly cacheDir?: string;
  /** Source of jitter; injectable for exact tests. */
  readonly random?: Random;
  /** Something the writer should know once (e.g. the key is on the free tier): the host shows it. */
  readonly onNotice?: (message: string) => void;
}

/** A health check is one small GET and one tiny generation; it need not wait as long as a chapter. */
const HEALTH_TIMEOUT_CAP_MS = 30_000;

/** A request with its cache key; the wire parameters are built once the model is known. */
interface PreparedCall {
  readonly request: GenerateRequest;
  readonly jsonSchema?: Record<string, unknown>;
  readonly key: string;
}

/** One call's parameters sent with retries. */
type Send = (params: GenerateParams) => Promise<TextResult>;

/** One call to the service: when it started, and the requests it has sent to Gemini so far (every attempt, the repairs and corrections too). */
interface CallState {
  readonly started: number;
  sent: number;
}

/** What every attempt of one call shares. */
interface AttemptCall {
  readonly client: GeminiClient;
  readonly context: ClassifyContext & { readonly timeoutMs: number };
  readonly params: GenerateParams;
  readonly options: CallOptions;
  readonly shown: ShownText;
  readonly state: CallState;
}

/** Accepts a reply for caching and sharing (JSON calls only accept valid JSON). */
type ReplyCheck = (text: string) => boolean;

/** Any reply with text: an empty one is never a success, so never cached or served from the cache. */
const acceptAnyText: ReplyCheck = (text) => text.trim() !== '';

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
  private readonly models: ModelProfiles;
  private readonly freeTier: FreeTierWatch;
  /** Keys seen so far, only so the logger can scrub them. */
  private readonly secrets: string[] = [];
  private client: { readonly identity: string; readonly client: Promise<GeminiClient> } | undefined;
  /** Aborted by `dispose`: every call's signal follows it. */
  private readonly lifetime = deriveAbortController().controller;
  private disposed = false;

  /** Fires when statistics, the limiter's pause or the circuit state change. */
  readonly onDidChange: (listener: () => void) => Subscription;

  constructor(options: GeminiServiceOptions) {
    this.config = options.config;
    this.clock = options.clock ?? systemClock;
    this.log = redactingLogger(options.logger.child('gemini'), () => this.secrets);
    const source = options.apiKey;
    this.readKey = typeof source === 'function' ? source : () => source.getApiKey();
    this.random = options.random ?? Math.random;
    this.changes = new Emitter<void>((error) => this.log.warn('A statistics listener failed', { error: String(error) }));
    this.onDidChange = this.changes.event;
    this.stats = new StatisticsCollector(this.clock);
    this.freeTier = new FreeTierWatch((message) => {
      this.log.warn(message);
      options.onNotice?.(message);
    });
    this.limiter = new RateLimiter(this.config.rateLimit, this.clock, () => this.changed());
    this.breaker = new CircuitBreaker(this.config.circuitBreaker, this.clock, (state) => {
      const level = state === 'closed' ? 'info' : 'warn';
      this.log[level](`Circuit ${state}`, { state, failures: this.breaker.failures });
      this.changed();
    });
    this.cache = new ResponseCache(this.config.cache, this.clock, this.log, options.cacheDir);
    this.models = new ModelProfiles((error, model) => classifyError(error, { model, apiKey: this.secrets.at(-1) }));
  }

  // -------------------------------------------------------------------------------------------
  // Calls

  async generateText(request: GenerateRequest, callerOptions: CallOptions = {}): Promise<TextResult> {
    const call: CallState = { started: this.beginRequest(), sent: 0 };
    const { options, release } = this.guarded(callerOptions);
    try {
      const result = await this.obtain(this.prepare(request), options, acceptAnyText, call);
      return { ...result, apiCalls: call.sent };
    } catch (error) {
      throw this.failed(error, options, request, call);
    } finally {
      release();
      this.changed();
    }
  }

  async generateJson<T>(request: GenerateRequest, schema: z.ZodType<T>, callerOptions: CallOptions = {}): Promise<JsonResult<T>> {
    const call: CallState = { started: this.beginRequest(), sent: 0 };
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
      const first = await this.obtain(prepared, options, isValid, call);
      const parsed = parse(first.text);
      if (parsed.ok) return { ...first, apiCalls: call.sent, value: parsed.value };

      // One repair: show Gemini its reply and what is wrong with it, ask for JSON only.
      this.log.warn('Reply is not valid JSON; asking once for a repair', { model: request.model, label: options.label, problem: parsed.error });
      this.stats.retried();
      options.onRestart?.();
      const repair = this.prepare({ ...request, prompt: repairPrompt(request.prompt, first.text, parsed.error) }, jsonSchema);
      const second = await this.fetchFresh(repair, options, call);
      const repaired = parseJsonReply(second.text, schema);
      if (!repaired.ok) throw invalidJsonError(second.model, repaired.error, second.text);
      if (!second.truncated) this.cache.set(prepared.key, toCached(second));
      return { ...second, apiCalls: call.sent, value: repaired.value };
    } catch (error) {
      throw this.failed(error, options, request, call);
    } finally {
      release();
      this.changed();
    }
  }

  /** The key and the model, with one minimal generation (see `probeHealth`); never throws. */
  async checkHealth(model: string = this.config.defaultModel): Promise<HealthResult> {
    let apiKey: string;
    try {
      apiKey = await this.apiKey();
    } catch (error) {
      return { status: 'invalid-key', model, kind: 'auth', message: error instanceof Error ? error.message : String(error) };
    }
    return probeHealth(
      {
        clock: this.clock,
        timeoutMs: Math.min(this.config.requestTimeoutMs, HEALTH_TIMEOUT_CAP_MS),
        log: this.log,
        client: () => this.clientFor(apiKey),
        profile: (client, id, signal) => this.models.get(client, id, signal),
        onUsage: (usage) => this.stats.usage(usage),
      },
      model,
      apiKey,
    );
  }

  /** The models the key can generate with (`models.list`), for a model picker. */
  async listModels(signal?: AbortSignal): Promise<ModelInfo[]> {
    const apiKey = await this.apiKey();
    const client = await this.clientFor(apiKey);
    try {
      const models = await client.listModels(signal ?? this.lifetime.signal);
      return models.filter((m) => m.supportedActions === undefined || m.supportedActions.includes('generateContent'));
    } catch (error) {
      throw classifyError(error, { model: 'models.list', apiKey });
    }
  }

  // -------------------------------------------------------------------------------------------
  // State

  /** The free tier's limits, once a 429 has shown the key is on it (for a run's estimate). */
  get freeTierLimits(): { readonly requestsPerMinute: number; readonly requestsPerDay: number } | undefined {
    const seen = this.freeTier.seen;
    return seen ? { requestsPerMinute: seen.requestsPerMinute, requestsPerDay: FREE_TIER_REQUESTS_PER_DAY } : undefined;
  }

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
      circuitOpenForMs: Math.max(0, (this.breaker.retryAt ?? 0) - this.clock.now()),
    });
  }

  async clearCache(): Promise<void> {
    await this.cache.clear();
    this.log.info('Cache cleared');
    this.changed();
  }

  /** Applies a changed config; a new API base URL takes effect with the next call. */
  updateConfig(config: GeminiServiceConfig): void {
    if (config.apiBaseUrl !== this.config.apiBaseUrl) this.models.clear();
    this.config = config;
    this.limiter.update(this.freeTier.apply(this.config.rateLimit));
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
  private async obtain(prepared: PreparedCall, options: CallOptions, accept: ReplyCheck, call: CallState): Promise<TextResult> {
    if (!this.cache.enabled) return this.fetchFresh(prepared, options, call);
    const shared = options.cache === 'bypass-cache' ? undefined : this.flights.get(prepared.key);
    if (shared) return this.follow(shared, prepared, options, accept, call);
    return this.flights.lead(prepared.key, () => this.lookupOrFetch(prepared, options, accept, call));
  }

  private async lookupOrFetch(prepared: PreparedCall, options: CallOptions, accept: ReplyCheck, call: CallState): Promise<TextResult> {
    if (options.cache !== 'bypass-cache') {
      const cached = await this.cache.get(prepared.key);
      if (cached && accept(cached.text)) {
        this.stats.cacheHit();
        this.log.debug('Cache hit', { model: cached.model, label: options.label });
        options.onText?.(cached.text, cached.text);
        return fromCached(cached, this.clock.now() - call.started);
      }
    }
    this.stats.cacheMiss();
    const result = await this.fetchFresh(prepared, options, call);
    // Only whole, successful replies are worth keeping.
    if (!result.truncated && accept(result.text)) this.cache.set(prepared.key, toCached(result));
    return result;
  }

  /** Waits for an identical call's reply; its streamed text arrives once, at the end. */
  private async follow(shared: Promise<TextResult>, prepared: PreparedCall, options: CallOptions, accept: ReplyCheck, call: CallState): Promise<TextResult> {
    let result: TextResult;
    try {
      result = await untilAborted(shared, options.signal);
    } catch (error) {
      if (options.signal?.aborted) throw cancelledError();
      // The leader's own cancellation says nothing about this call: do the work ourselves.
      if (error instanceof GenerationError && error.kind === 'cancelled') return this.obtain(prepared, options, accept, call);
      throw error;
    }
    this.stats.cacheHit();
    options.onText?.(result.text, result.text);
    return { ...result, fromCache: true, apiCalls: 0, durationMs: this.clock.now() - call.started };
  }

  // -------------------------------------------------------------------------------------------
  // Calling Gemini

  /**
   * A fresh reply: the request fitted to its model and sent with retries; a rejected thinking
   * setting is corrected once, and thinking that used the whole output budget gets one more try.
   */
  private async fetchFresh(prepared: PreparedCall, options: CallOptions, call: CallState): Promise<TextResult> {
    const apiKey = await this.apiKey();
    const client = await this.clientFor(apiKey);
    const profile = await untilAborted(this.profileOf(client, prepared.request.model), options.signal);
    const send: Send = (params) => this.attemptWithRetries(client, apiKey, params, options, call);
    return this.withThinkingCorrection(prepared, profile, options, send);
  }

  /**
   * The model's profile, looked up once per session for every caller: so one caller's cancel
   * does not fail the others, the lookup follows only the service's lifetime and a timeout (a
   * lookup that times out falls back to the built-in table).
   */
  private profileOf(client: GeminiClient, model: string): Promise<ModelProfile> {
    if (this.models.has(model)) return this.models.get(client, model, this.lifetime.signal);
    const timeout = new AbortController();
    const timer = new AbortController();
    this.clock.sleep(this.config.requestTimeoutMs, timer.signal).then(
      () => timeout.abort(new Error('models.get timed out')),
      () => {},
    );
    const lookup = linkedSignal(this.lifetime.signal, timeout.signal);
    const profile = this.models.get(client, model, lookup.signal);
    const done = () => {
      timer.abort();
      lookup.dispose();
    };
    profile.then(done, done);
    return profile;
  }

  /** When Gemini rejects the thinking settings, once more as its 400 says the model takes them. */
  private async withThinkingCorrection(prepared: PreparedCall, profile: ModelProfile, options: CallOptions, send: Send): Promise<TextResult> {
    try {
      return await this.withBudgetRecovery(this.paramsFor(prepared.request, profile, prepared.jsonSchema), profile, options, send);
    } catch (error) {
      const corrected = error instanceof GenerationError ? correctedThinking(profile, error) : undefined;
      if (!corrected) throw error;
      this.log.warn('Gemini rejected the thinking settings; sending them as the model says it takes them', {
        model: profile.id,
        label: options.label,
        was: profile.thinking,
        now: corrected.thinking,
      });
      this.models.correct(corrected);
      this.stats.retried();
      return this.withBudgetRecovery(this.paramsFor(prepared.request, corrected, prepared.jsonSchema), corrected, options, send);
    }
  }

  /** When thinking uses the whole output budget, once more with more room and the least thinking. */
  private async withBudgetRecovery(params: GenerateParams, profile: ModelProfile, options: CallOptions, send: Send): Promise<TextResult> {
    try {
      return await send(params);
    } catch (error) {
      if (!(error instanceof GenerationError && error.kind === 'max-tokens')) throw error;
      const context = { model: params.model };
      const recovered = thinkingRecovery(params.config, profile);
      if (!recovered) throw maxTokensError(context, params.config.maxOutputTokens ?? profile.outputTokenLimit);
      this.log.warn('Thinking used the whole output budget; retrying once with more room and the least thinking', {
        model: params.model,
        label: options.label,
        maxOutputTokens: recovered.maxOutputTokens,
        thinking: recovered.thinkingConfig,
      });
      this.stats.retried();
      try {
        return await send({ ...params, config: recovered });
      } catch (retryError) {
        if (retryError instanceof GenerationError && retryError.kind === 'max-tokens') throw maxTokensError(context, recovered.maxOutputTokens ?? 0);
        throw retryError;
      }
    }
  }

  /** Retries wrapped around the attempt chain; the reply as a TextResult. */
  private async attemptWithRetries(client: GeminiClient, apiKey: string, params: GenerateParams, options: CallOptions, call: CallState): Promise<TextResult> {
    const shown = new ShownText(options);
    const context = { model: params.model, apiKey, timeoutMs: this.config.requestTimeoutMs };
    let reply: AttemptReply;
    try {
      reply = await runWithRetries((n) => this.attemptOnce({ client, context, params, options, shown, state: call }, n), this.config.retry, {
        clock: this.clock,
        signal: options.signal,
        random: this.random,
        onRetry: (error, retry, delayMs) => this.retrying(params, options, error, retry, delayMs),
      });
    } catch (error) {
      if (options.signal?.aborted) throw cancelledError(shown.lastText || undefined);
      throw error;
    }
    return { ...reply, fromCache: false, apiCalls: call.sent, model: params.model, durationMs: this.clock.now() - call.started };
  }

  /** One attempt: breaker ticket → limiter permit → streamed attempt → outcome → statistics. */
  private async attemptOnce(call: AttemptCall, attemptNumber: number): Promise<AttemptReply> {
    const { client, context, params, options, shown } = call;
    shown.restartIfShown();
    const ticket = await breakerTicket(this.breaker, this.clock, options.signal, (waitMs) =>
      this.log.info(`Gemini requests are paused after repeated failures; waiting ${formatSeconds(waitMs)} s for the next try`, { label: options.label, attempt: attemptNumber }),
    );
    return throughBreaker(this.breaker, ticket, async () => {
      const permit = await limiterPermit(this.limiter, estimateInputTokens(params), options.signal, () => shown.lastText);
      this.stats.waitedOnLimiter(permit.waitedMs);
      this.stats.apiCallStarted();
      call.state.sent++;
      const progress = newProgress();
      const attemptStart = this.clock.now();
      this.log.debug('Calling Gemini', { model: params.model, label: options.label, attempt: attemptNumber, waitedMs: permit.waitedMs });
      try {
        const reply = await streamAttempt({ client, params, clock: this.clock, context, signal: options.signal, onText: shown.onText, progress });
        recordReply(this.stats, progress, attemptStart, this.clock.now());
        return reply;
      } catch (error) {
        throw this.attemptFailed(error, call, progress, attemptNumber);
      } finally {
        settleAttempt(this.stats, permit, progress, params);
        this.changed();
      }
    });
  }

  /** The outcome step of a failed attempt: classified, the limiter paused on a 429, logged. */
  private attemptFailed(error: unknown, call: AttemptCall, progress: AttemptProgress, attemptNumber: number): GenerationError {
    const failure = error instanceof GenerationError ? error : classifyError(error, call.context);
    call.shown.lastText = progress.text;
    pauseOnRateLimit(this.limiter, failure, () => backoffDelayMs(attemptNumber, this.config.retry, this.random));
    if (this.freeTier.observe(failure, call.params.model)) this.limiter.update(this.freeTier.apply(this.config.rateLimit));
    this.log.debug('Attempt failed', { model: call.params.model, label: call.options.label, attempt: attemptNumber, kind: failure.kind, status: failure.status });
    return failure;
  }

  private retrying(params: GenerateParams, options: CallOptions, error: GenerationError, retry: number, delayMs: number): void {
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

  /**
   * The request and its cache key. The key is built from the request's model-neutral wishes, not
   * the wire parameters, so a cached reply is found without asking Gemini about the model.
   */
  private prepare(request: GenerateRequest, jsonSchema?: Record<string, unknown>): PreparedCall {
    const model = request.model || this.config.defaultModel;
    const generationConfig = {
      temperature: request.temperature,
      maxOutputTokens: request.maxOutputTokens,
      thinking: request.thinking,
      thinkingBudget: request.thinkingBudget,
      ...(jsonSchema ? { responseMimeType: 'application/json', responseJsonSchema: jsonSchema } : {}),
    };
    const key = cacheKey({ model, systemInstruction: request.systemInstruction, contents: request.prompt, generationConfig });
    return { request: { ...request, model }, key, ...(jsonSchema ? { jsonSchema } : {}) };
  }

  /** What goes on the wire for `request` to this model. */
  private paramsFor(request: GenerateRequest, profile: ModelProfile, jsonSchema?: Record<string, unknown>): GenerateParams {
    return {
      model: profile.id,
      prompt: request.prompt,
      systemInstruction: request.systemInstruction,
      config: generationConfigFor(request, profile, jsonSchema),
    };
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
      // Another key may see other models.
      if (this.client) this.models.clear();
      const client = createSdkClient({ apiKey, baseUrl });
      // A failed load must not stick: the next call tries again.
      client.catch(() => {
        if (this.client?.client === client) this.client = undefined;
      });
      this.client = { identity, client };
    }
    return this.client.client;
  }

  /** Every failure leaves as a GenerationError saying how many requests reached Gemini, counted once and logged. */
  private failed(error: unknown, options: CallOptions, request: GenerateRequest, call: CallState): GenerationError {
    const classified =
      error instanceof GenerationError ? error : options.signal?.aborted ? cancelledError() : classifyError(error, { model: request.model, apiKey: this.secrets.at(-1) });
    const failure = classified.with({ apiCalls: call.sent });
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
  return { ...reply, fromCache: true, apiCalls: 0, durationMs };
}

/**
 * Text an attempt showed through `onText`: a retry starts from scratch, so the caller is told to
 * drop it (`onRestart`); the last attempt's text is kept for a cancellation's partial text.
 */
class ShownText {
  lastText = '';
  private shown = false;
  readonly onText: ((delta: string, soFar: string) => void) | undefined;

  constructor(private readonly options: CallOptions) {
    this.onText = options.onText
      ? (delta, soFar) => {
          this.shown = true;
          options.onText?.(delta, soFar);
        }
      : undefined;
  }

  restartIfShown(): void {
    if (!this.shown) return;
    this.shown = false;
    this.options.onRestart?.();
  }
}
