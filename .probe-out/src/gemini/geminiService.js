"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var geminiService_exports = {};
__export(geminiService_exports, {
  GeminiService: () => GeminiService,
  createGeminiService: () => createGeminiService,
  estimateTokens: () => estimateTokens
});
module.exports = __toCommonJS(geminiService_exports);
var import_node_crypto = require("node:crypto");
var import_clock = require("../core/clock");
var import_changeEvent = require("./changeEvent");
var import_circuitBreaker = require("./circuitBreaker");
var import_errorClassifier = require("./errorClassifier");
var import_errors = require("./errors");
var import_jsonOutput = require("./jsonOutput");
var import_linkedSignal = require("./linkedSignal");
var import_rateLimiter = require("./rateLimiter");
var import_redactingLogger = require("./redactingLogger");
var import_responseCache = require("./responseCache");
var import_retryPolicy = require("./retryPolicy");
var import_sdkClient = require("./sdkClient");
var import_serviceConfig = require("./serviceConfig");
var import_singleFlight = require("./singleFlight");
var import_statistics = require("./statistics");
var import_streamAttempt = require("./streamAttempt");
const MAX_OUTPUT_TOKENS_CAP = 65536;
const HEALTH_TIMEOUT_CAP_MS = 3e4;
const acceptAny = () => true;
class GeminiService {
  config;
  clock;
  log;
  readKey;
  clientFactory;
  random;
  stats;
  limiter;
  breaker;
  cache;
  flights = new import_singleFlight.SingleFlight();
  changes;
  /** Keys seen so far, only so the logger can scrub them. */
  secrets = [];
  client;
  /** Aborted by `dispose`: every call's signal follows it. */
  lifetime = new AbortController();
  disposed = false;
  /** Fires when statistics, the limiter's pause or the circuit state change. */
  onDidChange;
  constructor(options) {
    this.config = (0, import_serviceConfig.configFromSettings)(options.settings);
    this.clock = options.clock ?? import_clock.systemClock;
    this.log = (0, import_redactingLogger.redactingLogger)(options.logger.child("gemini"), () => this.secrets);
    const source = options.apiKey;
    this.readKey = typeof source === "function" ? source : () => source.getApiKey();
    this.clientFactory = options.clientFactory ?? import_sdkClient.createSdkClient;
    this.random = options.random ?? Math.random;
    this.changes = new import_changeEvent.ChangeEvent((error) => this.log.warn("A statistics listener failed", { error: String(error) }));
    this.onDidChange = this.changes.event;
    this.stats = new import_statistics.StatisticsCollector(this.clock);
    this.limiter = new import_rateLimiter.RateLimiter(this.config.rateLimit, this.clock, () => this.changed());
    this.breaker = new import_circuitBreaker.CircuitBreaker(this.config.circuitBreaker, this.clock, (state) => {
      const level = state === "closed" ? "info" : "warn";
      this.log[level](`Circuit ${state}`, { state, failures: this.breaker.failures });
      this.changed();
    });
    this.cache = new import_responseCache.ResponseCache(this.config.cache, this.clock, this.log, options.cacheDir);
  }
  // -------------------------------------------------------------------------------------------
  // Calls
  async generateText(request, callerOptions = {}) {
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
  async generateJson(request, schema, callerOptions = {}) {
    const started = this.beginRequest();
    const { options, release } = this.guarded(callerOptions);
    try {
      const jsonSchema = (0, import_jsonOutput.responseJsonSchema)(schema);
      const prepared = this.prepare(request, jsonSchema);
      const isValid = (text) => (0, import_jsonOutput.parseJsonReply)(text, schema).ok;
      const first = await this.obtain(prepared, options, isValid, started);
      const parsed = (0, import_jsonOutput.parseJsonReply)(first.text, schema);
      if (parsed.ok) return { ...first, value: parsed.value };
      this.log.warn("Reply is not valid JSON; asking once for a repair", { model: request.model, label: options.label, problem: parsed.error });
      this.stats.retried();
      options.onRestart?.();
      const repair = this.prepare({ ...request, prompt: (0, import_jsonOutput.repairPrompt)(request.prompt, first.text, parsed.error) }, jsonSchema);
      const second = await this.fetchFresh(repair, options, started);
      const repaired = (0, import_jsonOutput.parseJsonReply)(second.text, schema);
      if (!repaired.ok) throw (0, import_jsonOutput.invalidJsonError)(repair.params.model, repaired.error, second.text);
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
  async checkHealth(model = this.config.defaultModel) {
    let apiKey;
    try {
      apiKey = await this.apiKey();
    } catch (error) {
      return { status: "invalid-key", model, message: error instanceof Error ? error.message : String(error) };
    }
    const timeoutMs = Math.min(this.config.requestTimeoutMs, HEALTH_TIMEOUT_CAP_MS);
    const context = { model, apiKey, timeoutMs };
    const controller = new AbortController();
    const timer = new AbortController();
    let timedOut = false;
    this.clock.sleep(timeoutMs, timer.signal).then(
      () => {
        timedOut = true;
        controller.abort(new Error("timeout"));
      },
      () => {
      }
    );
    try {
      const client = await this.clientFor(apiKey);
      const info = await client.getModel(model, controller.signal);
      this.log.info("Health check passed", { model });
      return info.displayName ? { status: "ok", model, displayName: info.displayName } : { status: "ok", model };
    } catch (error) {
      const failure = timedOut ? new import_errors.GeminiError("timeout", `Gemini did not answer within ${(0, import_errorClassifier.formatSeconds)(timeoutMs)} s. Check your connection or storyWriter.apiBaseUrl.`) : (0, import_errorClassifier.classifyError)(error, context);
      this.log.warn("Health check failed", { model, kind: failure.kind, message: failure.message });
      return { status: healthStatusOf(failure), model, message: failure.message };
    } finally {
      timer.abort();
    }
  }
  // -------------------------------------------------------------------------------------------
  // State
  getStatistics() {
    const cache = this.cache.statistics();
    return this.stats.snapshot({
      cacheEntries: cache.entries,
      cacheBytes: cache.bytes,
      diskCacheEntries: cache.diskEntries,
      diskCacheBytes: cache.diskBytes,
      diskCacheCorrupt: cache.diskCorrupt,
      rateLimitedForMs: this.limiter.rateLimitedForMs,
      circuitState: this.breaker.state
    });
  }
  resetStatistics() {
    this.stats.reset();
    this.changed();
  }
  async clearCache() {
    await this.cache.clear();
    this.log.info("Cache cleared");
    this.changed();
  }
  /** Applies changed settings; a new API base URL takes effect with the next call. */
  updateSettings(settings) {
    this.config = (0, import_serviceConfig.configFromSettings)(settings);
    this.limiter.update(this.config.rateLimit);
    this.breaker.update(this.config.circuitBreaker);
    this.cache.reconfigure(this.config.cache);
    this.changed();
  }
  /** Waits for background disk-cache writes. */
  flush() {
    return this.cache.flush();
  }
  /** Cancels calls in flight and queued, stops timers, and waits for pending cache writes. */
  async dispose() {
    if (this.disposed) return;
    this.disposed = true;
    this.lifetime.abort(new Error("The Gemini service was shut down."));
    this.limiter.dispose();
    this.changes.clear();
    await this.cache.flush();
  }
  // -------------------------------------------------------------------------------------------
  // Cache and single flight
  /** A reply from the cache, from an identical call in flight, or fresh from Gemini. */
  async obtain(prepared, options, accept, started) {
    if (!this.cache.enabled) return this.fetchFresh(prepared, options, started);
    const shared = options.bypassCache ? void 0 : this.flights.get(prepared.key);
    if (shared) return this.follow(shared, prepared, options, accept, started);
    return this.flights.lead(prepared.key, () => this.lookupOrFetch(prepared, options, accept, started));
  }
  async lookupOrFetch(prepared, options, accept, started) {
    if (!options.bypassCache) {
      const cached = await this.cache.get(prepared.key);
      if (cached && accept(cached.text)) {
        this.stats.cacheHit();
        this.log.debug("Cache hit", { model: cached.model, label: options.label });
        options.onText?.(cached.text, cached.text);
        return fromCached(cached, this.clock.now() - started);
      }
    }
    this.stats.cacheMiss();
    const result = await this.fetchFresh(prepared, options, started);
    if (!result.truncated && accept(result.text)) this.cache.set(prepared.key, toCached(result));
    return result;
  }
  /** Waits for an identical call's reply; its streamed text arrives once, at the end. */
  async follow(shared, prepared, options, accept, started) {
    let result;
    try {
      result = await untilAborted(shared, options.signal);
    } catch (error) {
      if (options.signal?.aborted) throw (0, import_errorClassifier.cancelledError)();
      if (error instanceof import_errors.GeminiError && error.kind === "cancelled") return this.obtain(prepared, options, accept, started);
      throw error;
    }
    this.stats.cacheHit();
    options.onText?.(result.text, result.text);
    return { ...result, fromCache: true, durationMs: this.clock.now() - started };
  }
  // -------------------------------------------------------------------------------------------
  // Calling Gemini
  /** A fresh reply: retried attempts, plus one thinking-off attempt when thinking ate the budget. */
  async fetchFresh(prepared, options, started) {
    const apiKey = await this.apiKey();
    const client = await this.clientFor(apiKey);
    const first = prepared.params;
    try {
      return await this.attemptWithRetries(client, apiKey, first, options, started);
    } catch (error) {
      if (!(error instanceof import_errors.GeminiError && error.kind === "max-tokens")) throw error;
      const budget = first.config.maxOutputTokens ?? this.config.maxOutputTokens;
      const larger = Math.min(MAX_OUTPUT_TOKENS_CAP, budget * 2);
      const context = { model: first.model, apiKey };
      if (first.config.thinkingConfig?.thinkingBudget === 0 && larger === budget) throw (0, import_errorClassifier.maxTokensError)(context, budget);
      this.log.warn("Thinking used the whole output budget; retrying once with thinking off", {
        model: first.model,
        label: options.label,
        maxOutputTokens: larger
      });
      this.stats.retried();
      const second = { ...first, config: { ...first.config, thinkingConfig: { thinkingBudget: 0 }, maxOutputTokens: larger } };
      try {
        return await this.attemptWithRetries(client, apiKey, second, options, started);
      } catch (retryError) {
        if (retryError instanceof import_errors.GeminiError && retryError.kind === "max-tokens") throw (0, import_errorClassifier.maxTokensError)(context, larger);
        throw retryError;
      }
    }
  }
  async attemptWithRetries(client, apiKey, params, options, started) {
    const context = { model: params.model, apiKey, timeoutMs: this.config.requestTimeoutMs };
    let lastText = "";
    let textShown = false;
    const onText = options.onText ? (delta, soFar) => {
      textShown = true;
      options.onText?.(delta, soFar);
    } : void 0;
    const attempt = async (attemptNumber) => {
      if (textShown) {
        textShown = false;
        options.onRestart?.();
      }
      const ticket = this.passBreaker();
      const estimate = estimateTokens(params, this.config.maxOutputTokens);
      let permit;
      try {
        permit = await this.limiter.acquire(estimate, options.signal);
      } catch (error) {
        this.breaker.recordNeutral(ticket);
        throw options.signal?.aborted ? (0, import_errorClassifier.cancelledError)(lastText || void 0) : error;
      }
      this.stats.waitedOnLimiter(permit.waitedMs);
      this.stats.apiCallStarted();
      const attemptStart = this.clock.now();
      const progress = (0, import_streamAttempt.newProgress)();
      this.log.debug("Calling Gemini", { model: params.model, label: options.label, attempt: attemptNumber, waitedMs: permit.waitedMs });
      try {
        const reply2 = await (0, import_streamAttempt.streamAttempt)({ client, params, clock: this.clock, context, signal: options.signal, onText, progress });
        this.breaker.recordSuccess(ticket);
        const end = this.clock.now();
        this.stats.replied(end - attemptStart, progress.firstTextAt === void 0 ? void 0 : progress.firstTextAt - attemptStart);
        return reply2;
      } catch (error) {
        const failure = error instanceof import_errors.GeminiError ? error : (0, import_errorClassifier.classifyError)(error, context);
        lastText = progress.text;
        this.recordOutcome(ticket, failure);
        if (failure.kind === "rate-limited") {
          this.limiter.pauseFor(failure.retryAfterMs ?? (0, import_retryPolicy.backoffDelayMs)(attemptNumber, this.config.retry, this.random));
        }
        this.log.debug("Attempt failed", { model: params.model, label: options.label, attempt: attemptNumber, kind: failure.kind, status: failure.status });
        throw failure;
      } finally {
        if (progress.usage) this.stats.usage(progress.usage);
        permit.release(progress.usage?.totalTokens ?? estimateInputTokens(params) + Math.ceil(progress.text.length / 4));
        this.changed();
      }
    };
    let reply;
    try {
      reply = await (0, import_retryPolicy.runWithRetries)(attempt, this.config.retry, {
        clock: this.clock,
        signal: options.signal,
        random: this.random,
        onRetry: (error, retry, delayMs) => {
          this.stats.retried();
          this.log.info(`Retrying in ${(0, import_errorClassifier.formatSeconds)(delayMs)} s`, {
            model: params.model,
            label: options.label,
            retry,
            kind: error.kind,
            status: error.status,
            advisedMs: error.retryAfterMs
          });
          this.changed();
        }
      });
    } catch (error) {
      if (options.signal?.aborted) throw (0, import_errorClassifier.cancelledError)(lastText || void 0);
      throw error;
    }
    return {
      text: reply.text,
      finishReason: reply.finishReason,
      truncated: reply.truncated,
      usage: reply.usage,
      fromCache: false,
      model: params.model,
      durationMs: this.clock.now() - started
    };
  }
  passBreaker() {
    const decision = this.breaker.tryPass();
    if (decision.allowed) return decision.ticket;
    const inSeconds = (0, import_errorClassifier.formatSeconds)(Math.max(0, decision.retryAt - this.clock.now()));
    const message = decision.probeInFlight ? "Gemini requests are paused while one trial request checks whether Gemini is back. Try again in a moment." : `Gemini requests are paused after ${this.config.circuitBreaker.failureThreshold} failures in a row; the next try is in ${inSeconds} s (at ${new Date(decision.retryAt).toLocaleTimeString()}).`;
    throw new import_errors.GeminiError("circuit-open", message, { retryAfterMs: Math.max(0, decision.retryAt - this.clock.now()) });
  }
  /**
   * Only signs that Gemini is down count against the circuit. A 429 is Gemini answering (and the
   * limiter's pause handles it); refusals and bad requests prove it is up.
   */
  recordOutcome(ticket, failure) {
    switch (failure.kind) {
      case "unavailable":
      case "timeout":
      case "network":
        this.breaker.recordFailure(ticket);
        return;
      case "rate-limited":
      case "cancelled":
      case "unexpected":
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
  guarded(options) {
    const linked = (0, import_linkedSignal.linkedSignal)(options.signal, this.lifetime.signal);
    const safely = (name, callback) => (...args) => {
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
        onText: options.onText && safely("onText", options.onText),
        onRestart: options.onRestart && safely("onRestart", options.onRestart)
      },
      release: linked.dispose
    };
  }
  beginRequest() {
    if (this.disposed) throw new import_errors.GeminiError("cancelled", "The Gemini service has been shut down.");
    this.stats.requestStarted();
    return this.clock.now();
  }
  /** Effective generation settings (request first, then settings) and the cache key. */
  prepare(request, jsonSchema) {
    const thinkingBudget = request.thinkingBudget ?? this.config.thinkingBudget;
    const config = {
      temperature: request.temperature ?? this.config.temperature,
      maxOutputTokens: request.maxOutputTokens ?? this.config.maxOutputTokens,
      // -1 is "the model decides", which is what sending nothing means (and older models accept).
      ...thinkingBudget >= 0 ? { thinkingConfig: { thinkingBudget } } : {},
      ...jsonSchema ? { responseMimeType: "application/json", responseJsonSchema: jsonSchema } : {}
    };
    const model = request.model || this.config.defaultModel;
    const params = { model, prompt: request.prompt, systemInstruction: request.systemInstruction, config };
    const key = (0, import_responseCache.cacheKey)({ model, systemInstruction: request.systemInstruction, contents: request.prompt, generationConfig: { ...config } });
    return { params, key };
  }
  async apiKey() {
    const key = (await this.readKey())?.trim();
    if (!key) throw (0, import_errorClassifier.missingKeyError)();
    if (!this.secrets.includes(key)) this.secrets.push(key);
    return key;
  }
  /** One client per key and base URL; a change of either makes a new one. */
  clientFor(apiKey) {
    const baseUrl = this.config.apiBaseUrl;
    const identity = `${(0, import_node_crypto.createHash)("sha256").update(apiKey).digest("hex")}
${baseUrl}`;
    if (this.client?.identity !== identity) {
      const client = this.clientFactory({ apiKey, baseUrl });
      client.catch(() => {
        if (this.client?.client === client) this.client = void 0;
      });
      this.client = { identity, client };
    }
    return this.client.client;
  }
  /** Every failure leaves as a GeminiError, counted once and logged. */
  failed(error, options, request) {
    const failure = error instanceof import_errors.GeminiError ? error : options.signal?.aborted ? (0, import_errorClassifier.cancelledError)() : (0, import_errorClassifier.classifyError)(error, { model: request.model, apiKey: this.secrets.at(-1) });
    this.stats.failed(failure.kind);
    const fields = { model: request.model, label: options.label, kind: failure.kind, status: failure.status, reason: failure.reason, attempts: failure.attempts };
    if (failure.kind === "cancelled") this.log.info("Request cancelled", fields);
    else this.log.error(failure.message, fields);
    return failure;
  }
  changed() {
    this.changes.fire();
  }
}
function createGeminiService(options) {
  return new GeminiService(options);
}
function estimateTokens(params, defaultMaxOutput) {
  return estimateInputTokens(params) + (params.config.maxOutputTokens ?? defaultMaxOutput);
}
function estimateInputTokens(params) {
  return Math.ceil((params.prompt.length + (params.systemInstruction?.length ?? 0)) / 4);
}
function healthStatusOf(failure) {
  switch (failure.kind) {
    case "auth":
      return "invalid-key";
    case "model-not-found":
      return "unknown-model";
    case "network":
    case "timeout":
      return "unreachable";
    default:
      return "error";
  }
}
function toCached(result) {
  return { text: result.text, finishReason: result.finishReason, truncated: result.truncated, model: result.model, usage: result.usage };
}
function fromCached(reply, durationMs) {
  return { ...reply, fromCache: true, durationMs };
}
function untilAborted(promise, signal) {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      }
    );
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  GeminiService,
  createGeminiService,
  estimateTokens
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2dlbWluaS9nZW1pbmlTZXJ2aWNlLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBjcmVhdGVIYXNoIH0gZnJvbSAnbm9kZTpjcnlwdG8nO1xuaW1wb3J0IHR5cGUgeyB6IH0gZnJvbSAnem9kJztcbmltcG9ydCB0eXBlIHsgU2V0dGluZ3MgfSBmcm9tICcuLi9jb3JlL2NvbmZpZy9zZXR0aW5ncyc7XG5pbXBvcnQgeyBzeXN0ZW1DbG9jayB9IGZyb20gJy4uL2NvcmUvY2xvY2snO1xuaW1wb3J0IHR5cGUgeyBDbG9jaywgTG9nZ2VyLCBTZWNyZXRTdG9yZSB9IGZyb20gJy4uL2NvcmUvcG9ydHMnO1xuaW1wb3J0IHsgQ2hhbmdlRXZlbnQsIHR5cGUgU3Vic2NyaXB0aW9uIH0gZnJvbSAnLi9jaGFuZ2VFdmVudCc7XG5pbXBvcnQgeyBDaXJjdWl0QnJlYWtlciwgdHlwZSBCcmVha2VyVGlja2V0IH0gZnJvbSAnLi9jaXJjdWl0QnJlYWtlcic7XG5pbXBvcnQge1xuICBjYW5jZWxsZWRFcnJvcixcbiAgY2xhc3NpZnlFcnJvcixcbiAgZm9ybWF0U2Vjb25kcyxcbiAgbWF4VG9rZW5zRXJyb3IsXG4gIG1pc3NpbmdLZXlFcnJvcixcbiAgdHlwZSBDbGFzc2lmeUNvbnRleHQsXG59IGZyb20gJy4vZXJyb3JDbGFzc2lmaWVyJztcbmltcG9ydCB7IEdlbWluaUVycm9yIH0gZnJvbSAnLi9lcnJvcnMnO1xuaW1wb3J0IHsgaW52YWxpZEpzb25FcnJvciwgcGFyc2VKc29uUmVwbHksIHJlcGFpclByb21wdCwgcmVzcG9uc2VKc29uU2NoZW1hIH0gZnJvbSAnLi9qc29uT3V0cHV0JztcbmltcG9ydCB7IGxpbmtlZFNpZ25hbCB9IGZyb20gJy4vbGlua2VkU2lnbmFsJztcbmltcG9ydCB7IFJhdGVMaW1pdGVyLCB0eXBlIFBlcm1pdCB9IGZyb20gJy4vcmF0ZUxpbWl0ZXInO1xuaW1wb3J0IHsgcmVkYWN0aW5nTG9nZ2VyIH0gZnJvbSAnLi9yZWRhY3RpbmdMb2dnZXInO1xuaW1wb3J0IHsgY2FjaGVLZXksIFJlc3BvbnNlQ2FjaGUsIHR5cGUgQ2FjaGVkUmVwbHkgfSBmcm9tICcuL3Jlc3BvbnNlQ2FjaGUnO1xuaW1wb3J0IHsgYmFja29mZkRlbGF5TXMsIHJ1bldpdGhSZXRyaWVzLCB0eXBlIFJhbmRvbSB9IGZyb20gJy4vcmV0cnlQb2xpY3knO1xuaW1wb3J0IHsgY3JlYXRlU2RrQ2xpZW50LCB0eXBlIENsaWVudEZhY3RvcnksIHR5cGUgR2VtaW5pQ2xpZW50LCB0eXBlIEdlbmVyYXRlUGFyYW1zLCB0eXBlIEdlbmVyYXRpb25Db25maWcgfSBmcm9tICcuL3Nka0NsaWVudCc7XG5pbXBvcnQgeyBjb25maWdGcm9tU2V0dGluZ3MsIHR5cGUgR2VtaW5pU2VydmljZUNvbmZpZyB9IGZyb20gJy4vc2VydmljZUNvbmZpZyc7XG5pbXBvcnQgeyBTaW5nbGVGbGlnaHQgfSBmcm9tICcuL3NpbmdsZUZsaWdodCc7XG5pbXBvcnQgeyBTdGF0aXN0aWNzQ29sbGVjdG9yIH0gZnJvbSAnLi9zdGF0aXN0aWNzJztcbmltcG9ydCB7IG5ld1Byb2dyZXNzLCBzdHJlYW1BdHRlbXB0LCB0eXBlIEF0dGVtcHRSZXBseSB9IGZyb20gJy4vc3RyZWFtQXR0ZW1wdCc7XG5pbXBvcnQgdHlwZSB7XG4gIENhbGxPcHRpb25zLFxuICBHZW5lcmF0ZVJlcXVlc3QsXG4gIEhlYWx0aFJlc3VsdCxcbiAgSnNvblJlc3VsdCxcbiAgU2VydmljZVN0YXRpc3RpY3MsXG4gIFRleHRHZW5lcmF0b3IsXG4gIFRleHRSZXN1bHQsXG59IGZyb20gJy4vdHlwZXMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEdlbWluaVNlcnZpY2VPcHRpb25zIHtcbiAgLyoqIFdoZXJlIHRoZSBrZXkgY29tZXMgZnJvbTsgcmVhZCBiZWZvcmUgZXZlcnkgY2FsbCwgc28gYSBuZXcga2V5IGFwcGxpZXMgYXQgb25jZS4gKi9cbiAgcmVhZG9ubHkgYXBpS2V5OiAoKCkgPT4gUHJvbWlzZTxzdHJpbmcgfCB1bmRlZmluZWQ+KSB8IFNlY3JldFN0b3JlO1xuICByZWFkb25seSBzZXR0aW5nczogU2V0dGluZ3M7XG4gIHJlYWRvbmx5IGxvZ2dlcjogTG9nZ2VyO1xuICByZWFkb25seSBjbG9jaz86IENsb2NrO1xuICAvKiogRm9sZGVyIGZvciB0aGUgcGVyc2lzdGVudCBjYWNoZSB0aWVyOyBhYnNlbnQgPSBtZW1vcnkgb25seS4gKi9cbiAgcmVhZG9ubHkgY2FjaGVEaXI/OiBzdHJpbmc7XG4gIC8qKiBBbm90aGVyIGNsaWVudCB0aGFuIGBAZ29vZ2xlL2dlbmFpYCAodGVzdHMsIGJlbmNobWFya3MpLiAqL1xuICByZWFkb25seSBjbGllbnRGYWN0b3J5PzogQ2xpZW50RmFjdG9yeTtcbiAgLyoqIFNvdXJjZSBvZiBqaXR0ZXI7IGluamVjdGFibGUgZm9yIGV4YWN0IHRlc3RzLiAqL1xuICByZWFkb25seSByYW5kb20/OiBSYW5kb207XG59XG5cbi8qKiBHZW1pbmkncyBjZWlsaW5nIGZvciBgbWF4T3V0cHV0VG9rZW5zYC4gKi9cbmNvbnN0IE1BWF9PVVRQVVRfVE9LRU5TX0NBUCA9IDY1NTM2O1xuLyoqIEEgaGVhbHRoIGNoZWNrIGlzIG9uZSBzbWFsbCBHRVQ7IGl0IG5lZWQgbm90IHdhaXQgYXMgbG9uZyBhcyBhIGNoYXB0ZXIuICovXG5jb25zdCBIRUFMVEhfVElNRU9VVF9DQVBfTVMgPSAzMF8wMDA7XG5cbmludGVyZmFjZSBQcmVwYXJlZENhbGwge1xuICByZWFkb25seSBwYXJhbXM6IEdlbmVyYXRlUGFyYW1zO1xuICByZWFkb25seSBrZXk6IHN0cmluZztcbiAgcmVhZG9ubHkgbGFiZWw/OiBzdHJpbmc7XG59XG5cbi8qKiBBY2NlcHRzIGEgcmVwbHkgZm9yIGNhY2hpbmcgYW5kIHNoYXJpbmcgKEpTT04gY2FsbHMgb25seSBhY2NlcHQgdmFsaWQgSlNPTikuICovXG50eXBlIFJlcGx5Q2hlY2sgPSAodGV4dDogc3RyaW5nKSA9PiBib29sZWFuO1xuXG5jb25zdCBhY2NlcHRBbnk6IFJlcGx5Q2hlY2sgPSAoKSA9PiB0cnVlO1xuXG4vKipcbiAqIEdlbWluaSBmb3IgdGhlIGV4dGVuc2lvbiBob3N0LCB0aGUgaGVhZGxlc3MgY29tbWFuZCBhbmQgYmVuY2htYXJrcy4gT25lIGNhbGwgZ29lczpcbiAqIGNhY2hlIC8gc2hhcmVkIGluLWZsaWdodCBjYWxsIFx1MjE5MiBjaXJjdWl0IGJyZWFrZXIgXHUyMTkyIHJhdGUgbGltaXRlciBcdTIxOTIgc3RyZWFtZWQgYXR0ZW1wdCwgd2l0aFxuICogcmV0cmllcyBhcm91bmQgdGhlIGxhc3QgdGhyZWUuIFBsYWluIE5vZGU6IGl0IG5ldmVyIGltcG9ydHMgYHZzY29kZWAuXG4gKi9cbmV4cG9ydCBjbGFzcyBHZW1pbmlTZXJ2aWNlIGltcGxlbWVudHMgVGV4dEdlbmVyYXRvciB7XG4gIHByaXZhdGUgY29uZmlnOiBHZW1pbmlTZXJ2aWNlQ29uZmlnO1xuICBwcml2YXRlIHJlYWRvbmx5IGNsb2NrOiBDbG9jaztcbiAgcHJpdmF0ZSByZWFkb25seSBsb2c6IExvZ2dlcjtcbiAgcHJpdmF0ZSByZWFkb25seSByZWFkS2V5OiAoKSA9PiBQcm9taXNlPHN0cmluZyB8IHVuZGVmaW5lZD47XG4gIHByaXZhdGUgcmVhZG9ubHkgY2xpZW50RmFjdG9yeTogQ2xpZW50RmFjdG9yeTtcbiAgcHJpdmF0ZSByZWFkb25seSByYW5kb206IFJhbmRvbTtcbiAgcHJpdmF0ZSByZWFkb25seSBzdGF0czogU3RhdGlzdGljc0NvbGxlY3RvcjtcbiAgcHJpdmF0ZSByZWFkb25seSBsaW1pdGVyOiBSYXRlTGltaXRlcjtcbiAgcHJpdmF0ZSByZWFkb25seSBicmVha2VyOiBDaXJjdWl0QnJlYWtlcjtcbiAgcHJpdmF0ZSByZWFkb25seSBjYWNoZTogUmVzcG9uc2VDYWNoZTtcbiAgcHJpdmF0ZSByZWFkb25seSBmbGlnaHRzID0gbmV3IFNpbmdsZUZsaWdodDxUZXh0UmVzdWx0PigpO1xuICBwcml2YXRlIHJlYWRvbmx5IGNoYW5nZXM6IENoYW5nZUV2ZW50O1xuICAvKiogS2V5cyBzZWVuIHNvIGZhciwgb25seSBzbyB0aGUgbG9nZ2VyIGNhbiBzY3J1YiB0aGVtLiAqL1xuICBwcml2YXRlIHJlYWRvbmx5IHNlY3JldHM6IHN0cmluZ1tdID0gW107XG4gIHByaXZhdGUgY2xpZW50OiB7IHJlYWRvbmx5IGlkZW50aXR5OiBzdHJpbmc7IHJlYWRvbmx5IGNsaWVudDogUHJvbWlzZTxHZW1pbmlDbGllbnQ+IH0gfCB1bmRlZmluZWQ7XG4gIC8qKiBBYm9ydGVkIGJ5IGBkaXNwb3NlYDogZXZlcnkgY2FsbCdzIHNpZ25hbCBmb2xsb3dzIGl0LiAqL1xuICBwcml2YXRlIHJlYWRvbmx5IGxpZmV0aW1lID0gbmV3IEFib3J0Q29udHJvbGxlcigpO1xuICBwcml2YXRlIGRpc3Bvc2VkID0gZmFsc2U7XG5cbiAgLyoqIEZpcmVzIHdoZW4gc3RhdGlzdGljcywgdGhlIGxpbWl0ZXIncyBwYXVzZSBvciB0aGUgY2lyY3VpdCBzdGF0ZSBjaGFuZ2UuICovXG4gIHJlYWRvbmx5IG9uRGlkQ2hhbmdlOiAobGlzdGVuZXI6ICgpID0+IHZvaWQpID0+IFN1YnNjcmlwdGlvbjtcblxuICBjb25zdHJ1Y3RvcihvcHRpb25zOiBHZW1pbmlTZXJ2aWNlT3B0aW9ucykge1xuICAgIHRoaXMuY29uZmlnID0gY29uZmlnRnJvbVNldHRpbmdzKG9wdGlvbnMuc2V0dGluZ3MpO1xuICAgIHRoaXMuY2xvY2sgPSBvcHRpb25zLmNsb2NrID8/IHN5c3RlbUNsb2NrO1xuICAgIHRoaXMubG9nID0gcmVkYWN0aW5nTG9nZ2VyKG9wdGlvbnMubG9nZ2VyLmNoaWxkKCdnZW1pbmknKSwgKCkgPT4gdGhpcy5zZWNyZXRzKTtcbiAgICBjb25zdCBzb3VyY2UgPSBvcHRpb25zLmFwaUtleTtcbiAgICB0aGlzLnJlYWRLZXkgPSB0eXBlb2Ygc291cmNlID09PSAnZnVuY3Rpb24nID8gc291cmNlIDogKCkgPT4gc291cmNlLmdldEFwaUtleSgpO1xuICAgIHRoaXMuY2xpZW50RmFjdG9yeSA9IG9wdGlvbnMuY2xpZW50RmFjdG9yeSA/PyBjcmVhdGVTZGtDbGllbnQ7XG4gICAgdGhpcy5yYW5kb20gPSBvcHRpb25zLnJhbmRvbSA/PyBNYXRoLnJhbmRvbTtcbiAgICB0aGlzLmNoYW5nZXMgPSBuZXcgQ2hhbmdlRXZlbnQoKGVycm9yKSA9PiB0aGlzLmxvZy53YXJuKCdBIHN0YXRpc3RpY3MgbGlzdGVuZXIgZmFpbGVkJywgeyBlcnJvcjogU3RyaW5nKGVycm9yKSB9KSk7XG4gICAgdGhpcy5vbkRpZENoYW5nZSA9IHRoaXMuY2hhbmdlcy5ldmVudDtcbiAgICB0aGlzLnN0YXRzID0gbmV3IFN0YXRpc3RpY3NDb2xsZWN0b3IodGhpcy5jbG9jayk7XG4gICAgdGhpcy5saW1pdGVyID0gbmV3IFJhdGVMaW1pdGVyKHRoaXMuY29uZmlnLnJhdGVMaW1pdCwgdGhpcy5jbG9jaywgKCkgPT4gdGhpcy5jaGFuZ2VkKCkpO1xuICAgIHRoaXMuYnJlYWtlciA9IG5ldyBDaXJjdWl0QnJlYWtlcih0aGlzLmNvbmZpZy5jaXJjdWl0QnJlYWtlciwgdGhpcy5jbG9jaywgKHN0YXRlKSA9PiB7XG4gICAgICBjb25zdCBsZXZlbCA9IHN0YXRlID09PSAnY2xvc2VkJyA/ICdpbmZvJyA6ICd3YXJuJztcbiAgICAgIHRoaXMubG9nW2xldmVsXShgQ2lyY3VpdCAke3N0YXRlfWAsIHsgc3RhdGUsIGZhaWx1cmVzOiB0aGlzLmJyZWFrZXIuZmFpbHVyZXMgfSk7XG4gICAgICB0aGlzLmNoYW5nZWQoKTtcbiAgICB9KTtcbiAgICB0aGlzLmNhY2hlID0gbmV3IFJlc3BvbnNlQ2FjaGUodGhpcy5jb25maWcuY2FjaGUsIHRoaXMuY2xvY2ssIHRoaXMubG9nLCBvcHRpb25zLmNhY2hlRGlyKTtcbiAgfVxuXG4gIC8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbiAgLy8gQ2FsbHNcblxuICBhc3luYyBnZW5lcmF0ZVRleHQocmVxdWVzdDogR2VuZXJhdGVSZXF1ZXN0LCBjYWxsZXJPcHRpb25zOiBDYWxsT3B0aW9ucyA9IHt9KTogUHJvbWlzZTxUZXh0UmVzdWx0PiB7XG4gICAgY29uc3Qgc3RhcnRlZCA9IHRoaXMuYmVnaW5SZXF1ZXN0KCk7XG4gICAgY29uc3QgeyBvcHRpb25zLCByZWxlYXNlIH0gPSB0aGlzLmd1YXJkZWQoY2FsbGVyT3B0aW9ucyk7XG4gICAgdHJ5IHtcbiAgICAgIHJldHVybiBhd2FpdCB0aGlzLm9idGFpbih0aGlzLnByZXBhcmUocmVxdWVzdCksIG9wdGlvbnMsIGFjY2VwdEFueSwgc3RhcnRlZCk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIHRocm93IHRoaXMuZmFpbGVkKGVycm9yLCBvcHRpb25zLCByZXF1ZXN0KTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgcmVsZWFzZSgpO1xuICAgICAgdGhpcy5jaGFuZ2VkKCk7XG4gICAgfVxuICB9XG5cbiAgYXN5bmMgZ2VuZXJhdGVKc29uPFQ+KHJlcXVlc3Q6IEdlbmVyYXRlUmVxdWVzdCwgc2NoZW1hOiB6LlpvZFR5cGU8VD4sIGNhbGxlck9wdGlvbnM6IENhbGxPcHRpb25zID0ge30pOiBQcm9taXNlPEpzb25SZXN1bHQ8VD4+IHtcbiAgICBjb25zdCBzdGFydGVkID0gdGhpcy5iZWdpblJlcXVlc3QoKTtcbiAgICBjb25zdCB7IG9wdGlvbnMsIHJlbGVhc2UgfSA9IHRoaXMuZ3VhcmRlZChjYWxsZXJPcHRpb25zKTtcbiAgICB0cnkge1xuICAgICAgY29uc3QganNvblNjaGVtYSA9IHJlc3BvbnNlSnNvblNjaGVtYShzY2hlbWEpO1xuICAgICAgY29uc3QgcHJlcGFyZWQgPSB0aGlzLnByZXBhcmUocmVxdWVzdCwganNvblNjaGVtYSk7XG4gICAgICBjb25zdCBpc1ZhbGlkOiBSZXBseUNoZWNrID0gKHRleHQpID0+IHBhcnNlSnNvblJlcGx5KHRleHQsIHNjaGVtYSkub2s7XG4gICAgICBjb25zdCBmaXJzdCA9IGF3YWl0IHRoaXMub2J0YWluKHByZXBhcmVkLCBvcHRpb25zLCBpc1ZhbGlkLCBzdGFydGVkKTtcbiAgICAgIGNvbnN0IHBhcnNlZCA9IHBhcnNlSnNvblJlcGx5KGZpcnN0LnRleHQsIHNjaGVtYSk7XG4gICAgICBpZiAocGFyc2VkLm9rKSByZXR1cm4geyAuLi5maXJzdCwgdmFsdWU6IHBhcnNlZC52YWx1ZSB9O1xuXG4gICAgICAvLyBPbmUgcmVwYWlyOiBzaG93IEdlbWluaSBpdHMgcmVwbHkgYW5kIHdoYXQgaXMgd3Jvbmcgd2l0aCBpdCwgYXNrIGZvciBKU09OIG9ubHkuXG4gICAgICB0aGlzLmxvZy53YXJuKCdSZXBseSBpcyBub3QgdmFsaWQgSlNPTjsgYXNraW5nIG9uY2UgZm9yIGEgcmVwYWlyJywgeyBtb2RlbDogcmVxdWVzdC5tb2RlbCwgbGFiZWw6IG9wdGlvbnMubGFiZWwsIHByb2JsZW06IHBhcnNlZC5lcnJvciB9KTtcbiAgICAgIHRoaXMuc3RhdHMucmV0cmllZCgpO1xuICAgICAgb3B0aW9ucy5vblJlc3RhcnQ/LigpO1xuICAgICAgY29uc3QgcmVwYWlyID0gdGhpcy5wcmVwYXJlKHsgLi4ucmVxdWVzdCwgcHJvbXB0OiByZXBhaXJQcm9tcHQocmVxdWVzdC5wcm9tcHQsIGZpcnN0LnRleHQsIHBhcnNlZC5lcnJvcikgfSwganNvblNjaGVtYSk7XG4gICAgICBjb25zdCBzZWNvbmQgPSBhd2FpdCB0aGlzLmZldGNoRnJlc2gocmVwYWlyLCBvcHRpb25zLCBzdGFydGVkKTtcbiAgICAgIGNvbnN0IHJlcGFpcmVkID0gcGFyc2VKc29uUmVwbHkoc2Vjb25kLnRleHQsIHNjaGVtYSk7XG4gICAgICBpZiAoIXJlcGFpcmVkLm9rKSB0aHJvdyBpbnZhbGlkSnNvbkVycm9yKHJlcGFpci5wYXJhbXMubW9kZWwsIHJlcGFpcmVkLmVycm9yLCBzZWNvbmQudGV4dCk7XG4gICAgICBpZiAoIXNlY29uZC50cnVuY2F0ZWQpIHRoaXMuY2FjaGUuc2V0KHByZXBhcmVkLmtleSwgdG9DYWNoZWQoc2Vjb25kKSk7XG4gICAgICByZXR1cm4geyAuLi5zZWNvbmQsIHZhbHVlOiByZXBhaXJlZC52YWx1ZSB9O1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICB0aHJvdyB0aGlzLmZhaWxlZChlcnJvciwgb3B0aW9ucywgcmVxdWVzdCk7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIHJlbGVhc2UoKTtcbiAgICAgIHRoaXMuY2hhbmdlZCgpO1xuICAgIH1cbiAgfVxuXG4gIC8qKiBWYWxpZGF0ZXMgdGhlIGtleSBhbmQgdGhlIG1vZGVsIHdpdGggb25lIGNoZWFwIGNhbGwgKG1vZGVscy5nZXQpOyBuZXZlciB0aHJvd3MuICovXG4gIGFzeW5jIGNoZWNrSGVhbHRoKG1vZGVsOiBzdHJpbmcgPSB0aGlzLmNvbmZpZy5kZWZhdWx0TW9kZWwpOiBQcm9taXNlPEhlYWx0aFJlc3VsdD4ge1xuICAgIGxldCBhcGlLZXk6IHN0cmluZztcbiAgICB0cnkge1xuICAgICAgYXBpS2V5ID0gYXdhaXQgdGhpcy5hcGlLZXkoKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgcmV0dXJuIHsgc3RhdHVzOiAnaW52YWxpZC1rZXknLCBtb2RlbCwgbWVzc2FnZTogZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IGVycm9yLm1lc3NhZ2UgOiBTdHJpbmcoZXJyb3IpIH07XG4gICAgfVxuICAgIGNvbnN0IHRpbWVvdXRNcyA9IE1hdGgubWluKHRoaXMuY29uZmlnLnJlcXVlc3RUaW1lb3V0TXMsIEhFQUxUSF9USU1FT1VUX0NBUF9NUyk7XG4gICAgY29uc3QgY29udGV4dDogQ2xhc3NpZnlDb250ZXh0ID0geyBtb2RlbCwgYXBpS2V5LCB0aW1lb3V0TXMgfTtcbiAgICBjb25zdCBjb250cm9sbGVyID0gbmV3IEFib3J0Q29udHJvbGxlcigpO1xuICAgIGNvbnN0IHRpbWVyID0gbmV3IEFib3J0Q29udHJvbGxlcigpO1xuICAgIGxldCB0aW1lZE91dCA9IGZhbHNlO1xuICAgIHRoaXMuY2xvY2suc2xlZXAodGltZW91dE1zLCB0aW1lci5zaWduYWwpLnRoZW4oXG4gICAgICAoKSA9PiB7XG4gICAgICAgIHRpbWVkT3V0ID0gdHJ1ZTtcbiAgICAgICAgY29udHJvbGxlci5hYm9ydChuZXcgRXJyb3IoJ3RpbWVvdXQnKSk7XG4gICAgICB9LFxuICAgICAgKCkgPT4ge30sXG4gICAgKTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgY2xpZW50ID0gYXdhaXQgdGhpcy5jbGllbnRGb3IoYXBpS2V5KTtcbiAgICAgIGNvbnN0IGluZm8gPSBhd2FpdCBjbGllbnQuZ2V0TW9kZWwobW9kZWwsIGNvbnRyb2xsZXIuc2lnbmFsKTtcbiAgICAgIHRoaXMubG9nLmluZm8oJ0hlYWx0aCBjaGVjayBwYXNzZWQnLCB7IG1vZGVsIH0pO1xuICAgICAgcmV0dXJuIGluZm8uZGlzcGxheU5hbWUgPyB7IHN0YXR1czogJ29rJywgbW9kZWwsIGRpc3BsYXlOYW1lOiBpbmZvLmRpc3BsYXlOYW1lIH0gOiB7IHN0YXR1czogJ29rJywgbW9kZWwgfTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgY29uc3QgZmFpbHVyZSA9IHRpbWVkT3V0XG4gICAgICAgID8gbmV3IEdlbWluaUVycm9yKCd0aW1lb3V0JywgYEdlbWluaSBkaWQgbm90IGFuc3dlciB3aXRoaW4gJHtmb3JtYXRTZWNvbmRzKHRpbWVvdXRNcyl9IHMuIENoZWNrIHlvdXIgY29ubmVjdGlvbiBvciBzdG9yeVdyaXRlci5hcGlCYXNlVXJsLmApXG4gICAgICAgIDogY2xhc3NpZnlFcnJvcihlcnJvciwgY29udGV4dCk7XG4gICAgICB0aGlzLmxvZy53YXJuKCdIZWFsdGggY2hlY2sgZmFpbGVkJywgeyBtb2RlbCwga2luZDogZmFpbHVyZS5raW5kLCBtZXNzYWdlOiBmYWlsdXJlLm1lc3NhZ2UgfSk7XG4gICAgICByZXR1cm4geyBzdGF0dXM6IGhlYWx0aFN0YXR1c09mKGZhaWx1cmUpLCBtb2RlbCwgbWVzc2FnZTogZmFpbHVyZS5tZXNzYWdlIH07XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIHRpbWVyLmFib3J0KCk7XG4gICAgfVxuICB9XG5cbiAgLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuICAvLyBTdGF0ZVxuXG4gIGdldFN0YXRpc3RpY3MoKTogU2VydmljZVN0YXRpc3RpY3Mge1xuICAgIGNvbnN0IGNhY2hlID0gdGhpcy5jYWNoZS5zdGF0aXN0aWNzKCk7XG4gICAgcmV0dXJuIHRoaXMuc3RhdHMuc25hcHNob3Qoe1xuICAgICAgY2FjaGVFbnRyaWVzOiBjYWNoZS5lbnRyaWVzLFxuICAgICAgY2FjaGVCeXRlczogY2FjaGUuYnl0ZXMsXG4gICAgICBkaXNrQ2FjaGVFbnRyaWVzOiBjYWNoZS5kaXNrRW50cmllcyxcbiAgICAgIGRpc2tDYWNoZUJ5dGVzOiBjYWNoZS5kaXNrQnl0ZXMsXG4gICAgICBkaXNrQ2FjaGVDb3JydXB0OiBjYWNoZS5kaXNrQ29ycnVwdCxcbiAgICAgIHJhdGVMaW1pdGVkRm9yTXM6IHRoaXMubGltaXRlci5yYXRlTGltaXRlZEZvck1zLFxuICAgICAgY2lyY3VpdFN0YXRlOiB0aGlzLmJyZWFrZXIuc3RhdGUsXG4gICAgfSk7XG4gIH1cblxuICByZXNldFN0YXRpc3RpY3MoKTogdm9pZCB7XG4gICAgdGhpcy5zdGF0cy5yZXNldCgpO1xuICAgIHRoaXMuY2hhbmdlZCgpO1xuICB9XG5cbiAgYXN5bmMgY2xlYXJDYWNoZSgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBhd2FpdCB0aGlzLmNhY2hlLmNsZWFyKCk7XG4gICAgdGhpcy5sb2cuaW5mbygnQ2FjaGUgY2xlYXJlZCcpO1xuICAgIHRoaXMuY2hhbmdlZCgpO1xuICB9XG5cbiAgLyoqIEFwcGxpZXMgY2hhbmdlZCBzZXR0aW5nczsgYSBuZXcgQVBJIGJhc2UgVVJMIHRha2VzIGVmZmVjdCB3aXRoIHRoZSBuZXh0IGNhbGwuICovXG4gIHVwZGF0ZVNldHRpbmdzKHNldHRpbmdzOiBTZXR0aW5ncyk6IHZvaWQge1xuICAgIHRoaXMuY29uZmlnID0gY29uZmlnRnJvbVNldHRpbmdzKHNldHRpbmdzKTtcbiAgICB0aGlzLmxpbWl0ZXIudXBkYXRlKHRoaXMuY29uZmlnLnJhdGVMaW1pdCk7XG4gICAgdGhpcy5icmVha2VyLnVwZGF0ZSh0aGlzLmNvbmZpZy5jaXJjdWl0QnJlYWtlcik7XG4gICAgdGhpcy5jYWNoZS5yZWNvbmZpZ3VyZSh0aGlzLmNvbmZpZy5jYWNoZSk7XG4gICAgdGhpcy5jaGFuZ2VkKCk7XG4gIH1cblxuICAvKiogV2FpdHMgZm9yIGJhY2tncm91bmQgZGlzay1jYWNoZSB3cml0ZXMuICovXG4gIGZsdXNoKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIHJldHVybiB0aGlzLmNhY2hlLmZsdXNoKCk7XG4gIH1cblxuICAvKiogQ2FuY2VscyBjYWxscyBpbiBmbGlnaHQgYW5kIHF1ZXVlZCwgc3RvcHMgdGltZXJzLCBhbmQgd2FpdHMgZm9yIHBlbmRpbmcgY2FjaGUgd3JpdGVzLiAqL1xuICBhc3luYyBkaXNwb3NlKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGlmICh0aGlzLmRpc3Bvc2VkKSByZXR1cm47XG4gICAgdGhpcy5kaXNwb3NlZCA9IHRydWU7XG4gICAgdGhpcy5saWZldGltZS5hYm9ydChuZXcgRXJyb3IoJ1RoZSBHZW1pbmkgc2VydmljZSB3YXMgc2h1dCBkb3duLicpKTtcbiAgICB0aGlzLmxpbWl0ZXIuZGlzcG9zZSgpO1xuICAgIHRoaXMuY2hhbmdlcy5jbGVhcigpO1xuICAgIGF3YWl0IHRoaXMuY2FjaGUuZmx1c2goKTtcbiAgfVxuXG4gIC8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbiAgLy8gQ2FjaGUgYW5kIHNpbmdsZSBmbGlnaHRcblxuICAvKiogQSByZXBseSBmcm9tIHRoZSBjYWNoZSwgZnJvbSBhbiBpZGVudGljYWwgY2FsbCBpbiBmbGlnaHQsIG9yIGZyZXNoIGZyb20gR2VtaW5pLiAqL1xuICBwcml2YXRlIGFzeW5jIG9idGFpbihwcmVwYXJlZDogUHJlcGFyZWRDYWxsLCBvcHRpb25zOiBDYWxsT3B0aW9ucywgYWNjZXB0OiBSZXBseUNoZWNrLCBzdGFydGVkOiBudW1iZXIpOiBQcm9taXNlPFRleHRSZXN1bHQ+IHtcbiAgICBpZiAoIXRoaXMuY2FjaGUuZW5hYmxlZCkgcmV0dXJuIHRoaXMuZmV0Y2hGcmVzaChwcmVwYXJlZCwgb3B0aW9ucywgc3RhcnRlZCk7XG4gICAgY29uc3Qgc2hhcmVkID0gb3B0aW9ucy5ieXBhc3NDYWNoZSA/IHVuZGVmaW5lZCA6IHRoaXMuZmxpZ2h0cy5nZXQocHJlcGFyZWQua2V5KTtcbiAgICBpZiAoc2hhcmVkKSByZXR1cm4gdGhpcy5mb2xsb3coc2hhcmVkLCBwcmVwYXJlZCwgb3B0aW9ucywgYWNjZXB0LCBzdGFydGVkKTtcbiAgICByZXR1cm4gdGhpcy5mbGlnaHRzLmxlYWQocHJlcGFyZWQua2V5LCAoKSA9PiB0aGlzLmxvb2t1cE9yRmV0Y2gocHJlcGFyZWQsIG9wdGlvbnMsIGFjY2VwdCwgc3RhcnRlZCkpO1xuICB9XG5cbiAgcHJpdmF0ZSBhc3luYyBsb29rdXBPckZldGNoKHByZXBhcmVkOiBQcmVwYXJlZENhbGwsIG9wdGlvbnM6IENhbGxPcHRpb25zLCBhY2NlcHQ6IFJlcGx5Q2hlY2ssIHN0YXJ0ZWQ6IG51bWJlcik6IFByb21pc2U8VGV4dFJlc3VsdD4ge1xuICAgIGlmICghb3B0aW9ucy5ieXBhc3NDYWNoZSkge1xuICAgICAgY29uc3QgY2FjaGVkID0gYXdhaXQgdGhpcy5jYWNoZS5nZXQocHJlcGFyZWQua2V5KTtcbiAgICAgIGlmIChjYWNoZWQgJiYgYWNjZXB0KGNhY2hlZC50ZXh0KSkge1xuICAgICAgICB0aGlzLnN0YXRzLmNhY2hlSGl0KCk7XG4gICAgICAgIHRoaXMubG9nLmRlYnVnKCdDYWNoZSBoaXQnLCB7IG1vZGVsOiBjYWNoZWQubW9kZWwsIGxhYmVsOiBvcHRpb25zLmxhYmVsIH0pO1xuICAgICAgICBvcHRpb25zLm9uVGV4dD8uKGNhY2hlZC50ZXh0LCBjYWNoZWQudGV4dCk7XG4gICAgICAgIHJldHVybiBmcm9tQ2FjaGVkKGNhY2hlZCwgdGhpcy5jbG9jay5ub3coKSAtIHN0YXJ0ZWQpO1xuICAgICAgfVxuICAgIH1cbiAgICB0aGlzLnN0YXRzLmNhY2hlTWlzcygpO1xuICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IHRoaXMuZmV0Y2hGcmVzaChwcmVwYXJlZCwgb3B0aW9ucywgc3RhcnRlZCk7XG4gICAgLy8gT25seSB3aG9sZSwgc3VjY2Vzc2Z1bCByZXBsaWVzIGFyZSB3b3J0aCBrZWVwaW5nLlxuICAgIGlmICghcmVzdWx0LnRydW5jYXRlZCAmJiBhY2NlcHQocmVzdWx0LnRleHQpKSB0aGlzLmNhY2hlLnNldChwcmVwYXJlZC5rZXksIHRvQ2FjaGVkKHJlc3VsdCkpO1xuICAgIHJldHVybiByZXN1bHQ7XG4gIH1cblxuICAvKiogV2FpdHMgZm9yIGFuIGlkZW50aWNhbCBjYWxsJ3MgcmVwbHk7IGl0cyBzdHJlYW1lZCB0ZXh0IGFycml2ZXMgb25jZSwgYXQgdGhlIGVuZC4gKi9cbiAgcHJpdmF0ZSBhc3luYyBmb2xsb3coXG4gICAgc2hhcmVkOiBQcm9taXNlPFRleHRSZXN1bHQ+LFxuICAgIHByZXBhcmVkOiBQcmVwYXJlZENhbGwsXG4gICAgb3B0aW9uczogQ2FsbE9wdGlvbnMsXG4gICAgYWNjZXB0OiBSZXBseUNoZWNrLFxuICAgIHN0YXJ0ZWQ6IG51bWJlcixcbiAgKTogUHJvbWlzZTxUZXh0UmVzdWx0PiB7XG4gICAgbGV0IHJlc3VsdDogVGV4dFJlc3VsdDtcbiAgICB0cnkge1xuICAgICAgcmVzdWx0ID0gYXdhaXQgdW50aWxBYm9ydGVkKHNoYXJlZCwgb3B0aW9ucy5zaWduYWwpO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAob3B0aW9ucy5zaWduYWw/LmFib3J0ZWQpIHRocm93IGNhbmNlbGxlZEVycm9yKCk7XG4gICAgICAvLyBUaGUgbGVhZGVyJ3Mgb3duIGNhbmNlbGxhdGlvbiBzYXlzIG5vdGhpbmcgYWJvdXQgdGhpcyBjYWxsOiBkbyB0aGUgd29yayBvdXJzZWx2ZXMuXG4gICAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBHZW1pbmlFcnJvciAmJiBlcnJvci5raW5kID09PSAnY2FuY2VsbGVkJykgcmV0dXJuIHRoaXMub2J0YWluKHByZXBhcmVkLCBvcHRpb25zLCBhY2NlcHQsIHN0YXJ0ZWQpO1xuICAgICAgdGhyb3cgZXJyb3I7XG4gICAgfVxuICAgIHRoaXMuc3RhdHMuY2FjaGVIaXQoKTtcbiAgICBvcHRpb25zLm9uVGV4dD8uKHJlc3VsdC50ZXh0LCByZXN1bHQudGV4dCk7XG4gICAgcmV0dXJuIHsgLi4ucmVzdWx0LCBmcm9tQ2FjaGU6IHRydWUsIGR1cmF0aW9uTXM6IHRoaXMuY2xvY2subm93KCkgLSBzdGFydGVkIH07XG4gIH1cblxuICAvLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG4gIC8vIENhbGxpbmcgR2VtaW5pXG5cbiAgLyoqIEEgZnJlc2ggcmVwbHk6IHJldHJpZWQgYXR0ZW1wdHMsIHBsdXMgb25lIHRoaW5raW5nLW9mZiBhdHRlbXB0IHdoZW4gdGhpbmtpbmcgYXRlIHRoZSBidWRnZXQuICovXG4gIHByaXZhdGUgYXN5bmMgZmV0Y2hGcmVzaChwcmVwYXJlZDogUHJlcGFyZWRDYWxsLCBvcHRpb25zOiBDYWxsT3B0aW9ucywgc3RhcnRlZDogbnVtYmVyKTogUHJvbWlzZTxUZXh0UmVzdWx0PiB7XG4gICAgY29uc3QgYXBpS2V5ID0gYXdhaXQgdGhpcy5hcGlLZXkoKTtcbiAgICBjb25zdCBjbGllbnQgPSBhd2FpdCB0aGlzLmNsaWVudEZvcihhcGlLZXkpO1xuICAgIGNvbnN0IGZpcnN0ID0gcHJlcGFyZWQucGFyYW1zO1xuICAgIHRyeSB7XG4gICAgICByZXR1cm4gYXdhaXQgdGhpcy5hdHRlbXB0V2l0aFJldHJpZXMoY2xpZW50LCBhcGlLZXksIGZpcnN0LCBvcHRpb25zLCBzdGFydGVkKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgaWYgKCEoZXJyb3IgaW5zdGFuY2VvZiBHZW1pbmlFcnJvciAmJiBlcnJvci5raW5kID09PSAnbWF4LXRva2VucycpKSB0aHJvdyBlcnJvcjtcbiAgICAgIGNvbnN0IGJ1ZGdldCA9IGZpcnN0LmNvbmZpZy5tYXhPdXRwdXRUb2tlbnMgPz8gdGhpcy5jb25maWcubWF4T3V0cHV0VG9rZW5zO1xuICAgICAgY29uc3QgbGFyZ2VyID0gTWF0aC5taW4oTUFYX09VVFBVVF9UT0tFTlNfQ0FQLCBidWRnZXQgKiAyKTtcbiAgICAgIGNvbnN0IGNvbnRleHQgPSB7IG1vZGVsOiBmaXJzdC5tb2RlbCwgYXBpS2V5IH07XG4gICAgICBpZiAoZmlyc3QuY29uZmlnLnRoaW5raW5nQ29uZmlnPy50aGlua2luZ0J1ZGdldCA9PT0gMCAmJiBsYXJnZXIgPT09IGJ1ZGdldCkgdGhyb3cgbWF4VG9rZW5zRXJyb3IoY29udGV4dCwgYnVkZ2V0KTtcbiAgICAgIHRoaXMubG9nLndhcm4oJ1RoaW5raW5nIHVzZWQgdGhlIHdob2xlIG91dHB1dCBidWRnZXQ7IHJldHJ5aW5nIG9uY2Ugd2l0aCB0aGlua2luZyBvZmYnLCB7XG4gICAgICAgIG1vZGVsOiBmaXJzdC5tb2RlbCxcbiAgICAgICAgbGFiZWw6IG9wdGlvbnMubGFiZWwsXG4gICAgICAgIG1heE91dHB1dFRva2VuczogbGFyZ2VyLFxuICAgICAgfSk7XG4gICAgICB0aGlzLnN0YXRzLnJldHJpZWQoKTtcbiAgICAgIGNvbnN0IHNlY29uZDogR2VuZXJhdGVQYXJhbXMgPSB7IC4uLmZpcnN0LCBjb25maWc6IHsgLi4uZmlyc3QuY29uZmlnLCB0aGlua2luZ0NvbmZpZzogeyB0aGlua2luZ0J1ZGdldDogMCB9LCBtYXhPdXRwdXRUb2tlbnM6IGxhcmdlciB9IH07XG4gICAgICB0cnkge1xuICAgICAgICByZXR1cm4gYXdhaXQgdGhpcy5hdHRlbXB0V2l0aFJldHJpZXMoY2xpZW50LCBhcGlLZXksIHNlY29uZCwgb3B0aW9ucywgc3RhcnRlZCk7XG4gICAgICB9IGNhdGNoIChyZXRyeUVycm9yKSB7XG4gICAgICAgIGlmIChyZXRyeUVycm9yIGluc3RhbmNlb2YgR2VtaW5pRXJyb3IgJiYgcmV0cnlFcnJvci5raW5kID09PSAnbWF4LXRva2VucycpIHRocm93IG1heFRva2Vuc0Vycm9yKGNvbnRleHQsIGxhcmdlcik7XG4gICAgICAgIHRocm93IHJldHJ5RXJyb3I7XG4gICAgICB9XG4gICAgfVxuICB9XG5cbiAgcHJpdmF0ZSBhc3luYyBhdHRlbXB0V2l0aFJldHJpZXMoXG4gICAgY2xpZW50OiBHZW1pbmlDbGllbnQsXG4gICAgYXBpS2V5OiBzdHJpbmcsXG4gICAgcGFyYW1zOiBHZW5lcmF0ZVBhcmFtcyxcbiAgICBvcHRpb25zOiBDYWxsT3B0aW9ucyxcbiAgICBzdGFydGVkOiBudW1iZXIsXG4gICk6IFByb21pc2U8VGV4dFJlc3VsdD4ge1xuICAgIGNvbnN0IGNvbnRleHQgPSB7IG1vZGVsOiBwYXJhbXMubW9kZWwsIGFwaUtleSwgdGltZW91dE1zOiB0aGlzLmNvbmZpZy5yZXF1ZXN0VGltZW91dE1zIH07XG4gICAgbGV0IGxhc3RUZXh0ID0gJyc7XG4gICAgbGV0IHRleHRTaG93biA9IGZhbHNlO1xuICAgIGNvbnN0IG9uVGV4dCA9IG9wdGlvbnMub25UZXh0XG4gICAgICA/IChkZWx0YTogc3RyaW5nLCBzb0Zhcjogc3RyaW5nKSA9PiB7XG4gICAgICAgICAgdGV4dFNob3duID0gdHJ1ZTtcbiAgICAgICAgICBvcHRpb25zLm9uVGV4dD8uKGRlbHRhLCBzb0Zhcik7XG4gICAgICAgIH1cbiAgICAgIDogdW5kZWZpbmVkO1xuXG4gICAgY29uc3QgYXR0ZW1wdCA9IGFzeW5jIChhdHRlbXB0TnVtYmVyOiBudW1iZXIpOiBQcm9taXNlPEF0dGVtcHRSZXBseT4gPT4ge1xuICAgICAgaWYgKHRleHRTaG93bikge1xuICAgICAgICAvLyBUaGUgcmV0cnkgc3RhcnRzIGZyb20gc2NyYXRjaDogdGhlIGNhbGxlciBkcm9wcyB3aGF0IHRoZSBjdXQgYXR0ZW1wdCBzaG93ZWQuXG4gICAgICAgIHRleHRTaG93biA9IGZhbHNlO1xuICAgICAgICBvcHRpb25zLm9uUmVzdGFydD8uKCk7XG4gICAgICB9XG4gICAgICBjb25zdCB0aWNrZXQgPSB0aGlzLnBhc3NCcmVha2VyKCk7XG4gICAgICBjb25zdCBlc3RpbWF0ZSA9IGVzdGltYXRlVG9rZW5zKHBhcmFtcywgdGhpcy5jb25maWcubWF4T3V0cHV0VG9rZW5zKTtcbiAgICAgIGxldCBwZXJtaXQ6IFBlcm1pdDtcbiAgICAgIHRyeSB7XG4gICAgICAgIHBlcm1pdCA9IGF3YWl0IHRoaXMubGltaXRlci5hY3F1aXJlKGVzdGltYXRlLCBvcHRpb25zLnNpZ25hbCk7XG4gICAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgICB0aGlzLmJyZWFrZXIucmVjb3JkTmV1dHJhbCh0aWNrZXQpO1xuICAgICAgICB0aHJvdyBvcHRpb25zLnNpZ25hbD8uYWJvcnRlZCA/IGNhbmNlbGxlZEVycm9yKGxhc3RUZXh0IHx8IHVuZGVmaW5lZCkgOiBlcnJvcjtcbiAgICAgIH1cbiAgICAgIHRoaXMuc3RhdHMud2FpdGVkT25MaW1pdGVyKHBlcm1pdC53YWl0ZWRNcyk7XG4gICAgICB0aGlzLnN0YXRzLmFwaUNhbGxTdGFydGVkKCk7XG4gICAgICBjb25zdCBhdHRlbXB0U3RhcnQgPSB0aGlzLmNsb2NrLm5vdygpO1xuICAgICAgY29uc3QgcHJvZ3Jlc3MgPSBuZXdQcm9ncmVzcygpO1xuICAgICAgdGhpcy5sb2cuZGVidWcoJ0NhbGxpbmcgR2VtaW5pJywgeyBtb2RlbDogcGFyYW1zLm1vZGVsLCBsYWJlbDogb3B0aW9ucy5sYWJlbCwgYXR0ZW1wdDogYXR0ZW1wdE51bWJlciwgd2FpdGVkTXM6IHBlcm1pdC53YWl0ZWRNcyB9KTtcbiAgICAgIHRyeSB7XG4gICAgICAgIGNvbnN0IHJlcGx5ID0gYXdhaXQgc3RyZWFtQXR0ZW1wdCh7IGNsaWVudCwgcGFyYW1zLCBjbG9jazogdGhpcy5jbG9jaywgY29udGV4dCwgc2lnbmFsOiBvcHRpb25zLnNpZ25hbCwgb25UZXh0LCBwcm9ncmVzcyB9KTtcbiAgICAgICAgdGhpcy5icmVha2VyLnJlY29yZFN1Y2Nlc3ModGlja2V0KTtcbiAgICAgICAgY29uc3QgZW5kID0gdGhpcy5jbG9jay5ub3coKTtcbiAgICAgICAgdGhpcy5zdGF0cy5yZXBsaWVkKGVuZCAtIGF0dGVtcHRTdGFydCwgcHJvZ3Jlc3MuZmlyc3RUZXh0QXQgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHByb2dyZXNzLmZpcnN0VGV4dEF0IC0gYXR0ZW1wdFN0YXJ0KTtcbiAgICAgICAgcmV0dXJuIHJlcGx5O1xuICAgICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgY29uc3QgZmFpbHVyZSA9IGVycm9yIGluc3RhbmNlb2YgR2VtaW5pRXJyb3IgPyBlcnJvciA6IGNsYXNzaWZ5RXJyb3IoZXJyb3IsIGNvbnRleHQpO1xuICAgICAgICBsYXN0VGV4dCA9IHByb2dyZXNzLnRleHQ7XG4gICAgICAgIHRoaXMucmVjb3JkT3V0Y29tZSh0aWNrZXQsIGZhaWx1cmUpO1xuICAgICAgICBpZiAoZmFpbHVyZS5raW5kID09PSAncmF0ZS1saW1pdGVkJykge1xuICAgICAgICAgIC8vIEV2ZXJ5b25lIHdhaXRzLCBub3QganVzdCB0aGlzIGNhbGw6IHRoZSBvdGhlcnMgd291bGQgaGl0IHRoZSBzYW1lIHdhbGwuXG4gICAgICAgICAgdGhpcy5saW1pdGVyLnBhdXNlRm9yKGZhaWx1cmUucmV0cnlBZnRlck1zID8/IGJhY2tvZmZEZWxheU1zKGF0dGVtcHROdW1iZXIsIHRoaXMuY29uZmlnLnJldHJ5LCB0aGlzLnJhbmRvbSkpO1xuICAgICAgICB9XG4gICAgICAgIHRoaXMubG9nLmRlYnVnKCdBdHRlbXB0IGZhaWxlZCcsIHsgbW9kZWw6IHBhcmFtcy5tb2RlbCwgbGFiZWw6IG9wdGlvbnMubGFiZWwsIGF0dGVtcHQ6IGF0dGVtcHROdW1iZXIsIGtpbmQ6IGZhaWx1cmUua2luZCwgc3RhdHVzOiBmYWlsdXJlLnN0YXR1cyB9KTtcbiAgICAgICAgdGhyb3cgZmFpbHVyZTtcbiAgICAgIH0gZmluYWxseSB7XG4gICAgICAgIGlmIChwcm9ncmVzcy51c2FnZSkgdGhpcy5zdGF0cy51c2FnZShwcm9ncmVzcy51c2FnZSk7XG4gICAgICAgIC8vIFJlYWwgdXNhZ2UgcmVwbGFjZXMgdGhlIGVzdGltYXRlOyB3aXRob3V0IGl0LCBjb3VudCB3aGF0IHdhcyBzZW50IGFuZCByZWNlaXZlZC5cbiAgICAgICAgcGVybWl0LnJlbGVhc2UocHJvZ3Jlc3MudXNhZ2U/LnRvdGFsVG9rZW5zID8/IGVzdGltYXRlSW5wdXRUb2tlbnMocGFyYW1zKSArIE1hdGguY2VpbChwcm9ncmVzcy50ZXh0Lmxlbmd0aCAvIDQpKTtcbiAgICAgICAgdGhpcy5jaGFuZ2VkKCk7XG4gICAgICB9XG4gICAgfTtcblxuICAgIGxldCByZXBseTogQXR0ZW1wdFJlcGx5O1xuICAgIHRyeSB7XG4gICAgICByZXBseSA9IGF3YWl0IHJ1bldpdGhSZXRyaWVzKGF0dGVtcHQsIHRoaXMuY29uZmlnLnJldHJ5LCB7XG4gICAgICAgIGNsb2NrOiB0aGlzLmNsb2NrLFxuICAgICAgICBzaWduYWw6IG9wdGlvbnMuc2lnbmFsLFxuICAgICAgICByYW5kb206IHRoaXMucmFuZG9tLFxuICAgICAgICBvblJldHJ5OiAoZXJyb3IsIHJldHJ5LCBkZWxheU1zKSA9PiB7XG4gICAgICAgICAgdGhpcy5zdGF0cy5yZXRyaWVkKCk7XG4gICAgICAgICAgdGhpcy5sb2cuaW5mbyhgUmV0cnlpbmcgaW4gJHtmb3JtYXRTZWNvbmRzKGRlbGF5TXMpfSBzYCwge1xuICAgICAgICAgICAgbW9kZWw6IHBhcmFtcy5tb2RlbCxcbiAgICAgICAgICAgIGxhYmVsOiBvcHRpb25zLmxhYmVsLFxuICAgICAgICAgICAgcmV0cnksXG4gICAgICAgICAgICBraW5kOiBlcnJvci5raW5kLFxuICAgICAgICAgICAgc3RhdHVzOiBlcnJvci5zdGF0dXMsXG4gICAgICAgICAgICBhZHZpc2VkTXM6IGVycm9yLnJldHJ5QWZ0ZXJNcyxcbiAgICAgICAgICB9KTtcbiAgICAgICAgICB0aGlzLmNoYW5nZWQoKTtcbiAgICAgICAgfSxcbiAgICAgIH0pO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAob3B0aW9ucy5zaWduYWw/LmFib3J0ZWQpIHRocm93IGNhbmNlbGxlZEVycm9yKGxhc3RUZXh0IHx8IHVuZGVmaW5lZCk7XG4gICAgICB0aHJvdyBlcnJvcjtcbiAgICB9XG4gICAgcmV0dXJuIHtcbiAgICAgIHRleHQ6IHJlcGx5LnRleHQsXG4gICAgICBmaW5pc2hSZWFzb246IHJlcGx5LmZpbmlzaFJlYXNvbixcbiAgICAgIHRydW5jYXRlZDogcmVwbHkudHJ1bmNhdGVkLFxuICAgICAgdXNhZ2U6IHJlcGx5LnVzYWdlLFxuICAgICAgZnJvbUNhY2hlOiBmYWxzZSxcbiAgICAgIG1vZGVsOiBwYXJhbXMubW9kZWwsXG4gICAgICBkdXJhdGlvbk1zOiB0aGlzLmNsb2NrLm5vdygpIC0gc3RhcnRlZCxcbiAgICB9O1xuICB9XG5cbiAgcHJpdmF0ZSBwYXNzQnJlYWtlcigpOiBCcmVha2VyVGlja2V0IHtcbiAgICBjb25zdCBkZWNpc2lvbiA9IHRoaXMuYnJlYWtlci50cnlQYXNzKCk7XG4gICAgaWYgKGRlY2lzaW9uLmFsbG93ZWQpIHJldHVybiBkZWNpc2lvbi50aWNrZXQ7XG4gICAgY29uc3QgaW5TZWNvbmRzID0gZm9ybWF0U2Vjb25kcyhNYXRoLm1heCgwLCBkZWNpc2lvbi5yZXRyeUF0IC0gdGhpcy5jbG9jay5ub3coKSkpO1xuICAgIGNvbnN0IG1lc3NhZ2UgPSBkZWNpc2lvbi5wcm9iZUluRmxpZ2h0XG4gICAgICA/ICdHZW1pbmkgcmVxdWVzdHMgYXJlIHBhdXNlZCB3aGlsZSBvbmUgdHJpYWwgcmVxdWVzdCBjaGVja3Mgd2hldGhlciBHZW1pbmkgaXMgYmFjay4gVHJ5IGFnYWluIGluIGEgbW9tZW50LidcbiAgICAgIDogYEdlbWluaSByZXF1ZXN0cyBhcmUgcGF1c2VkIGFmdGVyICR7dGhpcy5jb25maWcuY2lyY3VpdEJyZWFrZXIuZmFpbHVyZVRocmVzaG9sZH0gZmFpbHVyZXMgaW4gYSByb3c7IHRoZSBuZXh0IHRyeSBpcyBpbiAke2luU2Vjb25kc30gcyAoYXQgJHtuZXcgRGF0ZShkZWNpc2lvbi5yZXRyeUF0KS50b0xvY2FsZVRpbWVTdHJpbmcoKX0pLmA7XG4gICAgdGhyb3cgbmV3IEdlbWluaUVycm9yKCdjaXJjdWl0LW9wZW4nLCBtZXNzYWdlLCB7IHJldHJ5QWZ0ZXJNczogTWF0aC5tYXgoMCwgZGVjaXNpb24ucmV0cnlBdCAtIHRoaXMuY2xvY2subm93KCkpIH0pO1xuICB9XG5cbiAgLyoqXG4gICAqIE9ubHkgc2lnbnMgdGhhdCBHZW1pbmkgaXMgZG93biBjb3VudCBhZ2FpbnN0IHRoZSBjaXJjdWl0LiBBIDQyOSBpcyBHZW1pbmkgYW5zd2VyaW5nIChhbmQgdGhlXG4gICAqIGxpbWl0ZXIncyBwYXVzZSBoYW5kbGVzIGl0KTsgcmVmdXNhbHMgYW5kIGJhZCByZXF1ZXN0cyBwcm92ZSBpdCBpcyB1cC5cbiAgICovXG4gIHByaXZhdGUgcmVjb3JkT3V0Y29tZSh0aWNrZXQ6IEJyZWFrZXJUaWNrZXQsIGZhaWx1cmU6IEdlbWluaUVycm9yKTogdm9pZCB7XG4gICAgc3dpdGNoIChmYWlsdXJlLmtpbmQpIHtcbiAgICAgIGNhc2UgJ3VuYXZhaWxhYmxlJzpcbiAgICAgIGNhc2UgJ3RpbWVvdXQnOlxuICAgICAgY2FzZSAnbmV0d29yayc6XG4gICAgICAgIHRoaXMuYnJlYWtlci5yZWNvcmRGYWlsdXJlKHRpY2tldCk7XG4gICAgICAgIHJldHVybjtcbiAgICAgIGNhc2UgJ3JhdGUtbGltaXRlZCc6XG4gICAgICBjYXNlICdjYW5jZWxsZWQnOlxuICAgICAgY2FzZSAndW5leHBlY3RlZCc6XG4gICAgICAgIHRoaXMuYnJlYWtlci5yZWNvcmROZXV0cmFsKHRpY2tldCk7XG4gICAgICAgIHJldHVybjtcbiAgICAgIGRlZmF1bHQ6XG4gICAgICAgIHRoaXMuYnJlYWtlci5yZWNvcmRTdWNjZXNzKHRpY2tldCk7XG4gICAgfVxuICB9XG5cbiAgLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuICAvLyBIZWxwZXJzXG5cbiAgLyoqXG4gICAqIFRoZSBjYWxsZXIncyBvcHRpb25zIHdpdGggYSBzaWduYWwgdGhhdCBhbHNvIGZvbGxvd3MgYGRpc3Bvc2VgLCBhbmQgY2FsbGJhY2tzIHRoYXQgY2Fubm90XG4gICAqIGJyZWFrIGEgY2FsbDogYSBmYWlsaW5nIFVJIGxpc3RlbmVyIGlzIGxvZ2dlZCwgbmV2ZXIgbWlzdGFrZW4gZm9yIGEgR2VtaW5pIGZhaWx1cmUuXG4gICAqL1xuICBwcml2YXRlIGd1YXJkZWQob3B0aW9uczogQ2FsbE9wdGlvbnMpOiB7IG9wdGlvbnM6IENhbGxPcHRpb25zOyByZWxlYXNlOiAoKSA9PiB2b2lkIH0ge1xuICAgIGNvbnN0IGxpbmtlZCA9IGxpbmtlZFNpZ25hbChvcHRpb25zLnNpZ25hbCwgdGhpcy5saWZldGltZS5zaWduYWwpO1xuICAgIGNvbnN0IHNhZmVseSA9XG4gICAgICA8QSBleHRlbmRzIHVua25vd25bXT4obmFtZTogc3RyaW5nLCBjYWxsYmFjazogKCguLi5hcmdzOiBBKSA9PiB2b2lkKSB8IHVuZGVmaW5lZCkgPT5cbiAgICAgICguLi5hcmdzOiBBKSA9PiB7XG4gICAgICAgIHRyeSB7XG4gICAgICAgICAgY2FsbGJhY2s/LiguLi5hcmdzKTtcbiAgICAgICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgICB0aGlzLmxvZy53YXJuKGBUaGUgJHtuYW1lfSBjYWxsYmFjayBmYWlsZWRgLCB7IGxhYmVsOiBvcHRpb25zLmxhYmVsLCBlcnJvcjogU3RyaW5nKGVycm9yKSB9KTtcbiAgICAgICAgfVxuICAgICAgfTtcbiAgICByZXR1cm4ge1xuICAgICAgb3B0aW9uczoge1xuICAgICAgICAuLi5vcHRpb25zLFxuICAgICAgICBzaWduYWw6IGxpbmtlZC5zaWduYWwsXG4gICAgICAgIG9uVGV4dDogb3B0aW9ucy5vblRleHQgJiYgc2FmZWx5KCdvblRleHQnLCBvcHRpb25zLm9uVGV4dCksXG4gICAgICAgIG9uUmVzdGFydDogb3B0aW9ucy5vblJlc3RhcnQgJiYgc2FmZWx5KCdvblJlc3RhcnQnLCBvcHRpb25zLm9uUmVzdGFydCksXG4gICAgICB9LFxuICAgICAgcmVsZWFzZTogbGlua2VkLmRpc3Bvc2UsXG4gICAgfTtcbiAgfVxuXG4gIHByaXZhdGUgYmVnaW5SZXF1ZXN0KCk6IG51bWJlciB7XG4gICAgaWYgKHRoaXMuZGlzcG9zZWQpIHRocm93IG5ldyBHZW1pbmlFcnJvcignY2FuY2VsbGVkJywgJ1RoZSBHZW1pbmkgc2VydmljZSBoYXMgYmVlbiBzaHV0IGRvd24uJyk7XG4gICAgdGhpcy5zdGF0cy5yZXF1ZXN0U3RhcnRlZCgpO1xuICAgIHJldHVybiB0aGlzLmNsb2NrLm5vdygpO1xuICB9XG5cbiAgLyoqIEVmZmVjdGl2ZSBnZW5lcmF0aW9uIHNldHRpbmdzIChyZXF1ZXN0IGZpcnN0LCB0aGVuIHNldHRpbmdzKSBhbmQgdGhlIGNhY2hlIGtleS4gKi9cbiAgcHJpdmF0ZSBwcmVwYXJlKHJlcXVlc3Q6IEdlbmVyYXRlUmVxdWVzdCwganNvblNjaGVtYT86IFJlY29yZDxzdHJpbmcsIHVua25vd24+KTogUHJlcGFyZWRDYWxsIHtcbiAgICBjb25zdCB0aGlua2luZ0J1ZGdldCA9IHJlcXVlc3QudGhpbmtpbmdCdWRnZXQgPz8gdGhpcy5jb25maWcudGhpbmtpbmdCdWRnZXQ7XG4gICAgY29uc3QgY29uZmlnOiBHZW5lcmF0aW9uQ29uZmlnID0ge1xuICAgICAgdGVtcGVyYXR1cmU6IHJlcXVlc3QudGVtcGVyYXR1cmUgPz8gdGhpcy5jb25maWcudGVtcGVyYXR1cmUsXG4gICAgICBtYXhPdXRwdXRUb2tlbnM6IHJlcXVlc3QubWF4T3V0cHV0VG9rZW5zID8/IHRoaXMuY29uZmlnLm1heE91dHB1dFRva2VucyxcbiAgICAgIC8vIC0xIGlzIFwidGhlIG1vZGVsIGRlY2lkZXNcIiwgd2hpY2ggaXMgd2hhdCBzZW5kaW5nIG5vdGhpbmcgbWVhbnMgKGFuZCBvbGRlciBtb2RlbHMgYWNjZXB0KS5cbiAgICAgIC4uLih0aGlua2luZ0J1ZGdldCA+PSAwID8geyB0aGlua2luZ0NvbmZpZzogeyB0aGlua2luZ0J1ZGdldCB9IH0gOiB7fSksXG4gICAgICAuLi4oanNvblNjaGVtYSA/IHsgcmVzcG9uc2VNaW1lVHlwZTogJ2FwcGxpY2F0aW9uL2pzb24nLCByZXNwb25zZUpzb25TY2hlbWE6IGpzb25TY2hlbWEgfSA6IHt9KSxcbiAgICB9O1xuICAgIGNvbnN0IG1vZGVsID0gcmVxdWVzdC5tb2RlbCB8fCB0aGlzLmNvbmZpZy5kZWZhdWx0TW9kZWw7XG4gICAgY29uc3QgcGFyYW1zOiBHZW5lcmF0ZVBhcmFtcyA9IHsgbW9kZWwsIHByb21wdDogcmVxdWVzdC5wcm9tcHQsIHN5c3RlbUluc3RydWN0aW9uOiByZXF1ZXN0LnN5c3RlbUluc3RydWN0aW9uLCBjb25maWcgfTtcbiAgICBjb25zdCBrZXkgPSBjYWNoZUtleSh7IG1vZGVsLCBzeXN0ZW1JbnN0cnVjdGlvbjogcmVxdWVzdC5zeXN0ZW1JbnN0cnVjdGlvbiwgY29udGVudHM6IHJlcXVlc3QucHJvbXB0LCBnZW5lcmF0aW9uQ29uZmlnOiB7IC4uLmNvbmZpZyB9IH0pO1xuICAgIHJldHVybiB7IHBhcmFtcywga2V5IH07XG4gIH1cblxuICBwcml2YXRlIGFzeW5jIGFwaUtleSgpOiBQcm9taXNlPHN0cmluZz4ge1xuICAgIGNvbnN0IGtleSA9IChhd2FpdCB0aGlzLnJlYWRLZXkoKSk/LnRyaW0oKTtcbiAgICBpZiAoIWtleSkgdGhyb3cgbWlzc2luZ0tleUVycm9yKCk7XG4gICAgaWYgKCF0aGlzLnNlY3JldHMuaW5jbHVkZXMoa2V5KSkgdGhpcy5zZWNyZXRzLnB1c2goa2V5KTtcbiAgICByZXR1cm4ga2V5O1xuICB9XG5cbiAgLyoqIE9uZSBjbGllbnQgcGVyIGtleSBhbmQgYmFzZSBVUkw7IGEgY2hhbmdlIG9mIGVpdGhlciBtYWtlcyBhIG5ldyBvbmUuICovXG4gIHByaXZhdGUgY2xpZW50Rm9yKGFwaUtleTogc3RyaW5nKTogUHJvbWlzZTxHZW1pbmlDbGllbnQ+IHtcbiAgICBjb25zdCBiYXNlVXJsID0gdGhpcy5jb25maWcuYXBpQmFzZVVybDtcbiAgICBjb25zdCBpZGVudGl0eSA9IGAke2NyZWF0ZUhhc2goJ3NoYTI1NicpLnVwZGF0ZShhcGlLZXkpLmRpZ2VzdCgnaGV4Jyl9XFxuJHtiYXNlVXJsfWA7XG4gICAgaWYgKHRoaXMuY2xpZW50Py5pZGVudGl0eSAhPT0gaWRlbnRpdHkpIHtcbiAgICAgIGNvbnN0IGNsaWVudCA9IHRoaXMuY2xpZW50RmFjdG9yeSh7IGFwaUtleSwgYmFzZVVybCB9KTtcbiAgICAgIC8vIEEgZmFpbGVkIGxvYWQgbXVzdCBub3Qgc3RpY2s6IHRoZSBuZXh0IGNhbGwgdHJpZXMgYWdhaW4uXG4gICAgICBjbGllbnQuY2F0Y2goKCkgPT4ge1xuICAgICAgICBpZiAodGhpcy5jbGllbnQ/LmNsaWVudCA9PT0gY2xpZW50KSB0aGlzLmNsaWVudCA9IHVuZGVmaW5lZDtcbiAgICAgIH0pO1xuICAgICAgdGhpcy5jbGllbnQgPSB7IGlkZW50aXR5LCBjbGllbnQgfTtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuY2xpZW50LmNsaWVudDtcbiAgfVxuXG4gIC8qKiBFdmVyeSBmYWlsdXJlIGxlYXZlcyBhcyBhIEdlbWluaUVycm9yLCBjb3VudGVkIG9uY2UgYW5kIGxvZ2dlZC4gKi9cbiAgcHJpdmF0ZSBmYWlsZWQoZXJyb3I6IHVua25vd24sIG9wdGlvbnM6IENhbGxPcHRpb25zLCByZXF1ZXN0OiBHZW5lcmF0ZVJlcXVlc3QpOiBHZW1pbmlFcnJvciB7XG4gICAgY29uc3QgZmFpbHVyZSA9XG4gICAgICBlcnJvciBpbnN0YW5jZW9mIEdlbWluaUVycm9yXG4gICAgICAgID8gZXJyb3JcbiAgICAgICAgOiBvcHRpb25zLnNpZ25hbD8uYWJvcnRlZFxuICAgICAgICAgID8gY2FuY2VsbGVkRXJyb3IoKVxuICAgICAgICAgIDogY2xhc3NpZnlFcnJvcihlcnJvciwgeyBtb2RlbDogcmVxdWVzdC5tb2RlbCwgYXBpS2V5OiB0aGlzLnNlY3JldHMuYXQoLTEpIH0pO1xuICAgIHRoaXMuc3RhdHMuZmFpbGVkKGZhaWx1cmUua2luZCk7XG4gICAgY29uc3QgZmllbGRzID0geyBtb2RlbDogcmVxdWVzdC5tb2RlbCwgbGFiZWw6IG9wdGlvbnMubGFiZWwsIGtpbmQ6IGZhaWx1cmUua2luZCwgc3RhdHVzOiBmYWlsdXJlLnN0YXR1cywgcmVhc29uOiBmYWlsdXJlLnJlYXNvbiwgYXR0ZW1wdHM6IGZhaWx1cmUuYXR0ZW1wdHMgfTtcbiAgICBpZiAoZmFpbHVyZS5raW5kID09PSAnY2FuY2VsbGVkJykgdGhpcy5sb2cuaW5mbygnUmVxdWVzdCBjYW5jZWxsZWQnLCBmaWVsZHMpO1xuICAgIGVsc2UgdGhpcy5sb2cuZXJyb3IoZmFpbHVyZS5tZXNzYWdlLCBmaWVsZHMpO1xuICAgIHJldHVybiBmYWlsdXJlO1xuICB9XG5cbiAgcHJpdmF0ZSBjaGFuZ2VkKCk6IHZvaWQge1xuICAgIHRoaXMuY2hhbmdlcy5maXJlKCk7XG4gIH1cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGNyZWF0ZUdlbWluaVNlcnZpY2Uob3B0aW9uczogR2VtaW5pU2VydmljZU9wdGlvbnMpOiBHZW1pbmlTZXJ2aWNlIHtcbiAgcmV0dXJuIG5ldyBHZW1pbmlTZXJ2aWNlKG9wdGlvbnMpO1xufVxuXG4vKiogUm91Z2ggdG9rZW4gY291bnQgYmVmb3JlIHRoZSBjYWxsOiB+NCBjaGFyYWN0ZXJzIGEgdG9rZW4sIHBsdXMgdGhlIHdob2xlIG91dHB1dCBidWRnZXQuICovXG5leHBvcnQgZnVuY3Rpb24gZXN0aW1hdGVUb2tlbnMocGFyYW1zOiBHZW5lcmF0ZVBhcmFtcywgZGVmYXVsdE1heE91dHB1dDogbnVtYmVyKTogbnVtYmVyIHtcbiAgcmV0dXJuIGVzdGltYXRlSW5wdXRUb2tlbnMocGFyYW1zKSArIChwYXJhbXMuY29uZmlnLm1heE91dHB1dFRva2VucyA/PyBkZWZhdWx0TWF4T3V0cHV0KTtcbn1cblxuZnVuY3Rpb24gZXN0aW1hdGVJbnB1dFRva2VucyhwYXJhbXM6IEdlbmVyYXRlUGFyYW1zKTogbnVtYmVyIHtcbiAgcmV0dXJuIE1hdGguY2VpbCgocGFyYW1zLnByb21wdC5sZW5ndGggKyAocGFyYW1zLnN5c3RlbUluc3RydWN0aW9uPy5sZW5ndGggPz8gMCkpIC8gNCk7XG59XG5cbmZ1bmN0aW9uIGhlYWx0aFN0YXR1c09mKGZhaWx1cmU6IEdlbWluaUVycm9yKTogRXhjbHVkZTxIZWFsdGhSZXN1bHRbJ3N0YXR1cyddLCAnb2snPiB7XG4gIHN3aXRjaCAoZmFpbHVyZS5raW5kKSB7XG4gICAgY2FzZSAnYXV0aCc6XG4gICAgICByZXR1cm4gJ2ludmFsaWQta2V5JztcbiAgICBjYXNlICdtb2RlbC1ub3QtZm91bmQnOlxuICAgICAgcmV0dXJuICd1bmtub3duLW1vZGVsJztcbiAgICBjYXNlICduZXR3b3JrJzpcbiAgICBjYXNlICd0aW1lb3V0JzpcbiAgICAgIHJldHVybiAndW5yZWFjaGFibGUnO1xuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4gJ2Vycm9yJztcbiAgfVxufVxuXG5mdW5jdGlvbiB0b0NhY2hlZChyZXN1bHQ6IFRleHRSZXN1bHQpOiBDYWNoZWRSZXBseSB7XG4gIHJldHVybiB7IHRleHQ6IHJlc3VsdC50ZXh0LCBmaW5pc2hSZWFzb246IHJlc3VsdC5maW5pc2hSZWFzb24sIHRydW5jYXRlZDogcmVzdWx0LnRydW5jYXRlZCwgbW9kZWw6IHJlc3VsdC5tb2RlbCwgdXNhZ2U6IHJlc3VsdC51c2FnZSB9O1xufVxuXG5mdW5jdGlvbiBmcm9tQ2FjaGVkKHJlcGx5OiBDYWNoZWRSZXBseSwgZHVyYXRpb25NczogbnVtYmVyKTogVGV4dFJlc3VsdCB7XG4gIHJldHVybiB7IC4uLnJlcGx5LCBmcm9tQ2FjaGU6IHRydWUsIGR1cmF0aW9uTXMgfTtcbn1cblxuLyoqIFRoZSBwcm9taXNlJ3Mgb3V0Y29tZSwgb3IgYSByZWplY3Rpb24gYXMgc29vbiBhcyB0aGUgc2lnbmFsIGFib3J0cy4gKi9cbmZ1bmN0aW9uIHVudGlsQWJvcnRlZDxUPihwcm9taXNlOiBQcm9taXNlPFQ+LCBzaWduYWw6IEFib3J0U2lnbmFsIHwgdW5kZWZpbmVkKTogUHJvbWlzZTxUPiB7XG4gIGlmICghc2lnbmFsKSByZXR1cm4gcHJvbWlzZTtcbiAgaWYgKHNpZ25hbC5hYm9ydGVkKSByZXR1cm4gUHJvbWlzZS5yZWplY3Qoc2lnbmFsLnJlYXNvbik7XG4gIHJldHVybiBuZXcgUHJvbWlzZTxUPigocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgY29uc3Qgb25BYm9ydCA9ICgpID0+IHJlamVjdChzaWduYWwucmVhc29uKTtcbiAgICBzaWduYWwuYWRkRXZlbnRMaXN0ZW5lcignYWJvcnQnLCBvbkFib3J0LCB7IG9uY2U6IHRydWUgfSk7XG4gICAgcHJvbWlzZS50aGVuKFxuICAgICAgKHZhbHVlKSA9PiB7XG4gICAgICAgIHNpZ25hbC5yZW1vdmVFdmVudExpc3RlbmVyKCdhYm9ydCcsIG9uQWJvcnQpO1xuICAgICAgICByZXNvbHZlKHZhbHVlKTtcbiAgICAgIH0sXG4gICAgICAoZXJyb3I6IHVua25vd24pID0+IHtcbiAgICAgICAgc2lnbmFsLnJlbW92ZUV2ZW50TGlzdGVuZXIoJ2Fib3J0Jywgb25BYm9ydCk7XG4gICAgICAgIHJlamVjdChlcnJvcik7XG4gICAgICB9LFxuICAgICk7XG4gIH0pO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSx5QkFBMkI7QUFHM0IsbUJBQTRCO0FBRTVCLHlCQUErQztBQUMvQyw0QkFBbUQ7QUFDbkQsNkJBT087QUFDUCxvQkFBNEI7QUFDNUIsd0JBQW1GO0FBQ25GLDBCQUE2QjtBQUM3Qix5QkFBeUM7QUFDekMsNkJBQWdDO0FBQ2hDLDJCQUEwRDtBQUMxRCx5QkFBNEQ7QUFDNUQsdUJBQW1IO0FBQ25ILDJCQUE2RDtBQUM3RCwwQkFBNkI7QUFDN0Isd0JBQW9DO0FBQ3BDLDJCQUE4RDtBQTBCOUQsTUFBTSx3QkFBd0I7QUFFOUIsTUFBTSx3QkFBd0I7QUFXOUIsTUFBTSxZQUF3QixNQUFNO0FBTzdCLE1BQU0sY0FBdUM7QUFBQSxFQUMxQztBQUFBLEVBQ1M7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0EsVUFBVSxJQUFJLGlDQUF5QjtBQUFBLEVBQ3ZDO0FBQUE7QUFBQSxFQUVBLFVBQW9CLENBQUM7QUFBQSxFQUM5QjtBQUFBO0FBQUEsRUFFUyxXQUFXLElBQUksZ0JBQWdCO0FBQUEsRUFDeEMsV0FBVztBQUFBO0FBQUEsRUFHVjtBQUFBLEVBRVQsWUFBWSxTQUErQjtBQUN6QyxTQUFLLGFBQVMseUNBQW1CLFFBQVEsUUFBUTtBQUNqRCxTQUFLLFFBQVEsUUFBUSxTQUFTO0FBQzlCLFNBQUssVUFBTSx3Q0FBZ0IsUUFBUSxPQUFPLE1BQU0sUUFBUSxHQUFHLE1BQU0sS0FBSyxPQUFPO0FBQzdFLFVBQU0sU0FBUyxRQUFRO0FBQ3ZCLFNBQUssVUFBVSxPQUFPLFdBQVcsYUFBYSxTQUFTLE1BQU0sT0FBTyxVQUFVO0FBQzlFLFNBQUssZ0JBQWdCLFFBQVEsaUJBQWlCO0FBQzlDLFNBQUssU0FBUyxRQUFRLFVBQVUsS0FBSztBQUNyQyxTQUFLLFVBQVUsSUFBSSwrQkFBWSxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssZ0NBQWdDLEVBQUUsT0FBTyxPQUFPLEtBQUssRUFBRSxDQUFDLENBQUM7QUFDakgsU0FBSyxjQUFjLEtBQUssUUFBUTtBQUNoQyxTQUFLLFFBQVEsSUFBSSxzQ0FBb0IsS0FBSyxLQUFLO0FBQy9DLFNBQUssVUFBVSxJQUFJLCtCQUFZLEtBQUssT0FBTyxXQUFXLEtBQUssT0FBTyxNQUFNLEtBQUssUUFBUSxDQUFDO0FBQ3RGLFNBQUssVUFBVSxJQUFJLHFDQUFlLEtBQUssT0FBTyxnQkFBZ0IsS0FBSyxPQUFPLENBQUMsVUFBVTtBQUNuRixZQUFNLFFBQVEsVUFBVSxXQUFXLFNBQVM7QUFDNUMsV0FBSyxJQUFJLEtBQUssRUFBRSxXQUFXLEtBQUssSUFBSSxFQUFFLE9BQU8sVUFBVSxLQUFLLFFBQVEsU0FBUyxDQUFDO0FBQzlFLFdBQUssUUFBUTtBQUFBLElBQ2YsQ0FBQztBQUNELFNBQUssUUFBUSxJQUFJLG1DQUFjLEtBQUssT0FBTyxPQUFPLEtBQUssT0FBTyxLQUFLLEtBQUssUUFBUSxRQUFRO0FBQUEsRUFDMUY7QUFBQTtBQUFBO0FBQUEsRUFLQSxNQUFNLGFBQWEsU0FBMEIsZ0JBQTZCLENBQUMsR0FBd0I7QUFDakcsVUFBTSxVQUFVLEtBQUssYUFBYTtBQUNsQyxVQUFNLEVBQUUsU0FBUyxRQUFRLElBQUksS0FBSyxRQUFRLGFBQWE7QUFDdkQsUUFBSTtBQUNGLGFBQU8sTUFBTSxLQUFLLE9BQU8sS0FBSyxRQUFRLE9BQU8sR0FBRyxTQUFTLFdBQVcsT0FBTztBQUFBLElBQzdFLFNBQVMsT0FBTztBQUNkLFlBQU0sS0FBSyxPQUFPLE9BQU8sU0FBUyxPQUFPO0FBQUEsSUFDM0MsVUFBRTtBQUNBLGNBQVE7QUFDUixXQUFLLFFBQVE7QUFBQSxJQUNmO0FBQUEsRUFDRjtBQUFBLEVBRUEsTUFBTSxhQUFnQixTQUEwQixRQUFzQixnQkFBNkIsQ0FBQyxHQUEyQjtBQUM3SCxVQUFNLFVBQVUsS0FBSyxhQUFhO0FBQ2xDLFVBQU0sRUFBRSxTQUFTLFFBQVEsSUFBSSxLQUFLLFFBQVEsYUFBYTtBQUN2RCxRQUFJO0FBQ0YsWUFBTSxpQkFBYSxzQ0FBbUIsTUFBTTtBQUM1QyxZQUFNLFdBQVcsS0FBSyxRQUFRLFNBQVMsVUFBVTtBQUNqRCxZQUFNLFVBQXNCLENBQUMsYUFBUyxrQ0FBZSxNQUFNLE1BQU0sRUFBRTtBQUNuRSxZQUFNLFFBQVEsTUFBTSxLQUFLLE9BQU8sVUFBVSxTQUFTLFNBQVMsT0FBTztBQUNuRSxZQUFNLGFBQVMsa0NBQWUsTUFBTSxNQUFNLE1BQU07QUFDaEQsVUFBSSxPQUFPLEdBQUksUUFBTyxFQUFFLEdBQUcsT0FBTyxPQUFPLE9BQU8sTUFBTTtBQUd0RCxXQUFLLElBQUksS0FBSyxxREFBcUQsRUFBRSxPQUFPLFFBQVEsT0FBTyxPQUFPLFFBQVEsT0FBTyxTQUFTLE9BQU8sTUFBTSxDQUFDO0FBQ3hJLFdBQUssTUFBTSxRQUFRO0FBQ25CLGNBQVEsWUFBWTtBQUNwQixZQUFNLFNBQVMsS0FBSyxRQUFRLEVBQUUsR0FBRyxTQUFTLFlBQVEsZ0NBQWEsUUFBUSxRQUFRLE1BQU0sTUFBTSxPQUFPLEtBQUssRUFBRSxHQUFHLFVBQVU7QUFDdEgsWUFBTSxTQUFTLE1BQU0sS0FBSyxXQUFXLFFBQVEsU0FBUyxPQUFPO0FBQzdELFlBQU0sZUFBVyxrQ0FBZSxPQUFPLE1BQU0sTUFBTTtBQUNuRCxVQUFJLENBQUMsU0FBUyxHQUFJLFdBQU0sb0NBQWlCLE9BQU8sT0FBTyxPQUFPLFNBQVMsT0FBTyxPQUFPLElBQUk7QUFDekYsVUFBSSxDQUFDLE9BQU8sVUFBVyxNQUFLLE1BQU0sSUFBSSxTQUFTLEtBQUssU0FBUyxNQUFNLENBQUM7QUFDcEUsYUFBTyxFQUFFLEdBQUcsUUFBUSxPQUFPLFNBQVMsTUFBTTtBQUFBLElBQzVDLFNBQVMsT0FBTztBQUNkLFlBQU0sS0FBSyxPQUFPLE9BQU8sU0FBUyxPQUFPO0FBQUEsSUFDM0MsVUFBRTtBQUNBLGNBQVE7QUFDUixXQUFLLFFBQVE7QUFBQSxJQUNmO0FBQUEsRUFDRjtBQUFBO0FBQUEsRUFHQSxNQUFNLFlBQVksUUFBZ0IsS0FBSyxPQUFPLGNBQXFDO0FBQ2pGLFFBQUk7QUFDSixRQUFJO0FBQ0YsZUFBUyxNQUFNLEtBQUssT0FBTztBQUFBLElBQzdCLFNBQVMsT0FBTztBQUNkLGFBQU8sRUFBRSxRQUFRLGVBQWUsT0FBTyxTQUFTLGlCQUFpQixRQUFRLE1BQU0sVUFBVSxPQUFPLEtBQUssRUFBRTtBQUFBLElBQ3pHO0FBQ0EsVUFBTSxZQUFZLEtBQUssSUFBSSxLQUFLLE9BQU8sa0JBQWtCLHFCQUFxQjtBQUM5RSxVQUFNLFVBQTJCLEVBQUUsT0FBTyxRQUFRLFVBQVU7QUFDNUQsVUFBTSxhQUFhLElBQUksZ0JBQWdCO0FBQ3ZDLFVBQU0sUUFBUSxJQUFJLGdCQUFnQjtBQUNsQyxRQUFJLFdBQVc7QUFDZixTQUFLLE1BQU0sTUFBTSxXQUFXLE1BQU0sTUFBTSxFQUFFO0FBQUEsTUFDeEMsTUFBTTtBQUNKLG1CQUFXO0FBQ1gsbUJBQVcsTUFBTSxJQUFJLE1BQU0sU0FBUyxDQUFDO0FBQUEsTUFDdkM7QUFBQSxNQUNBLE1BQU07QUFBQSxNQUFDO0FBQUEsSUFDVDtBQUNBLFFBQUk7QUFDRixZQUFNLFNBQVMsTUFBTSxLQUFLLFVBQVUsTUFBTTtBQUMxQyxZQUFNLE9BQU8sTUFBTSxPQUFPLFNBQVMsT0FBTyxXQUFXLE1BQU07QUFDM0QsV0FBSyxJQUFJLEtBQUssdUJBQXVCLEVBQUUsTUFBTSxDQUFDO0FBQzlDLGFBQU8sS0FBSyxjQUFjLEVBQUUsUUFBUSxNQUFNLE9BQU8sYUFBYSxLQUFLLFlBQVksSUFBSSxFQUFFLFFBQVEsTUFBTSxNQUFNO0FBQUEsSUFDM0csU0FBUyxPQUFPO0FBQ2QsWUFBTSxVQUFVLFdBQ1osSUFBSSwwQkFBWSxXQUFXLG9DQUFnQyxzQ0FBYyxTQUFTLENBQUMsc0RBQXNELFFBQ3pJLHNDQUFjLE9BQU8sT0FBTztBQUNoQyxXQUFLLElBQUksS0FBSyx1QkFBdUIsRUFBRSxPQUFPLE1BQU0sUUFBUSxNQUFNLFNBQVMsUUFBUSxRQUFRLENBQUM7QUFDNUYsYUFBTyxFQUFFLFFBQVEsZUFBZSxPQUFPLEdBQUcsT0FBTyxTQUFTLFFBQVEsUUFBUTtBQUFBLElBQzVFLFVBQUU7QUFDQSxZQUFNLE1BQU07QUFBQSxJQUNkO0FBQUEsRUFDRjtBQUFBO0FBQUE7QUFBQSxFQUtBLGdCQUFtQztBQUNqQyxVQUFNLFFBQVEsS0FBSyxNQUFNLFdBQVc7QUFDcEMsV0FBTyxLQUFLLE1BQU0sU0FBUztBQUFBLE1BQ3pCLGNBQWMsTUFBTTtBQUFBLE1BQ3BCLFlBQVksTUFBTTtBQUFBLE1BQ2xCLGtCQUFrQixNQUFNO0FBQUEsTUFDeEIsZ0JBQWdCLE1BQU07QUFBQSxNQUN0QixrQkFBa0IsTUFBTTtBQUFBLE1BQ3hCLGtCQUFrQixLQUFLLFFBQVE7QUFBQSxNQUMvQixjQUFjLEtBQUssUUFBUTtBQUFBLElBQzdCLENBQUM7QUFBQSxFQUNIO0FBQUEsRUFFQSxrQkFBd0I7QUFDdEIsU0FBSyxNQUFNLE1BQU07QUFDakIsU0FBSyxRQUFRO0FBQUEsRUFDZjtBQUFBLEVBRUEsTUFBTSxhQUE0QjtBQUNoQyxVQUFNLEtBQUssTUFBTSxNQUFNO0FBQ3ZCLFNBQUssSUFBSSxLQUFLLGVBQWU7QUFDN0IsU0FBSyxRQUFRO0FBQUEsRUFDZjtBQUFBO0FBQUEsRUFHQSxlQUFlLFVBQTBCO0FBQ3ZDLFNBQUssYUFBUyx5Q0FBbUIsUUFBUTtBQUN6QyxTQUFLLFFBQVEsT0FBTyxLQUFLLE9BQU8sU0FBUztBQUN6QyxTQUFLLFFBQVEsT0FBTyxLQUFLLE9BQU8sY0FBYztBQUM5QyxTQUFLLE1BQU0sWUFBWSxLQUFLLE9BQU8sS0FBSztBQUN4QyxTQUFLLFFBQVE7QUFBQSxFQUNmO0FBQUE7QUFBQSxFQUdBLFFBQXVCO0FBQ3JCLFdBQU8sS0FBSyxNQUFNLE1BQU07QUFBQSxFQUMxQjtBQUFBO0FBQUEsRUFHQSxNQUFNLFVBQXlCO0FBQzdCLFFBQUksS0FBSyxTQUFVO0FBQ25CLFNBQUssV0FBVztBQUNoQixTQUFLLFNBQVMsTUFBTSxJQUFJLE1BQU0sbUNBQW1DLENBQUM7QUFDbEUsU0FBSyxRQUFRLFFBQVE7QUFDckIsU0FBSyxRQUFRLE1BQU07QUFDbkIsVUFBTSxLQUFLLE1BQU0sTUFBTTtBQUFBLEVBQ3pCO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFNQSxNQUFjLE9BQU8sVUFBd0IsU0FBc0IsUUFBb0IsU0FBc0M7QUFDM0gsUUFBSSxDQUFDLEtBQUssTUFBTSxRQUFTLFFBQU8sS0FBSyxXQUFXLFVBQVUsU0FBUyxPQUFPO0FBQzFFLFVBQU0sU0FBUyxRQUFRLGNBQWMsU0FBWSxLQUFLLFFBQVEsSUFBSSxTQUFTLEdBQUc7QUFDOUUsUUFBSSxPQUFRLFFBQU8sS0FBSyxPQUFPLFFBQVEsVUFBVSxTQUFTLFFBQVEsT0FBTztBQUN6RSxXQUFPLEtBQUssUUFBUSxLQUFLLFNBQVMsS0FBSyxNQUFNLEtBQUssY0FBYyxVQUFVLFNBQVMsUUFBUSxPQUFPLENBQUM7QUFBQSxFQUNyRztBQUFBLEVBRUEsTUFBYyxjQUFjLFVBQXdCLFNBQXNCLFFBQW9CLFNBQXNDO0FBQ2xJLFFBQUksQ0FBQyxRQUFRLGFBQWE7QUFDeEIsWUFBTSxTQUFTLE1BQU0sS0FBSyxNQUFNLElBQUksU0FBUyxHQUFHO0FBQ2hELFVBQUksVUFBVSxPQUFPLE9BQU8sSUFBSSxHQUFHO0FBQ2pDLGFBQUssTUFBTSxTQUFTO0FBQ3BCLGFBQUssSUFBSSxNQUFNLGFBQWEsRUFBRSxPQUFPLE9BQU8sT0FBTyxPQUFPLFFBQVEsTUFBTSxDQUFDO0FBQ3pFLGdCQUFRLFNBQVMsT0FBTyxNQUFNLE9BQU8sSUFBSTtBQUN6QyxlQUFPLFdBQVcsUUFBUSxLQUFLLE1BQU0sSUFBSSxJQUFJLE9BQU87QUFBQSxNQUN0RDtBQUFBLElBQ0Y7QUFDQSxTQUFLLE1BQU0sVUFBVTtBQUNyQixVQUFNLFNBQVMsTUFBTSxLQUFLLFdBQVcsVUFBVSxTQUFTLE9BQU87QUFFL0QsUUFBSSxDQUFDLE9BQU8sYUFBYSxPQUFPLE9BQU8sSUFBSSxFQUFHLE1BQUssTUFBTSxJQUFJLFNBQVMsS0FBSyxTQUFTLE1BQU0sQ0FBQztBQUMzRixXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFHQSxNQUFjLE9BQ1osUUFDQSxVQUNBLFNBQ0EsUUFDQSxTQUNxQjtBQUNyQixRQUFJO0FBQ0osUUFBSTtBQUNGLGVBQVMsTUFBTSxhQUFhLFFBQVEsUUFBUSxNQUFNO0FBQUEsSUFDcEQsU0FBUyxPQUFPO0FBQ2QsVUFBSSxRQUFRLFFBQVEsUUFBUyxXQUFNLHVDQUFlO0FBRWxELFVBQUksaUJBQWlCLDZCQUFlLE1BQU0sU0FBUyxZQUFhLFFBQU8sS0FBSyxPQUFPLFVBQVUsU0FBUyxRQUFRLE9BQU87QUFDckgsWUFBTTtBQUFBLElBQ1I7QUFDQSxTQUFLLE1BQU0sU0FBUztBQUNwQixZQUFRLFNBQVMsT0FBTyxNQUFNLE9BQU8sSUFBSTtBQUN6QyxXQUFPLEVBQUUsR0FBRyxRQUFRLFdBQVcsTUFBTSxZQUFZLEtBQUssTUFBTSxJQUFJLElBQUksUUFBUTtBQUFBLEVBQzlFO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFNQSxNQUFjLFdBQVcsVUFBd0IsU0FBc0IsU0FBc0M7QUFDM0csVUFBTSxTQUFTLE1BQU0sS0FBSyxPQUFPO0FBQ2pDLFVBQU0sU0FBUyxNQUFNLEtBQUssVUFBVSxNQUFNO0FBQzFDLFVBQU0sUUFBUSxTQUFTO0FBQ3ZCLFFBQUk7QUFDRixhQUFPLE1BQU0sS0FBSyxtQkFBbUIsUUFBUSxRQUFRLE9BQU8sU0FBUyxPQUFPO0FBQUEsSUFDOUUsU0FBUyxPQUFPO0FBQ2QsVUFBSSxFQUFFLGlCQUFpQiw2QkFBZSxNQUFNLFNBQVMsY0FBZSxPQUFNO0FBQzFFLFlBQU0sU0FBUyxNQUFNLE9BQU8sbUJBQW1CLEtBQUssT0FBTztBQUMzRCxZQUFNLFNBQVMsS0FBSyxJQUFJLHVCQUF1QixTQUFTLENBQUM7QUFDekQsWUFBTSxVQUFVLEVBQUUsT0FBTyxNQUFNLE9BQU8sT0FBTztBQUM3QyxVQUFJLE1BQU0sT0FBTyxnQkFBZ0IsbUJBQW1CLEtBQUssV0FBVyxPQUFRLFdBQU0sdUNBQWUsU0FBUyxNQUFNO0FBQ2hILFdBQUssSUFBSSxLQUFLLDBFQUEwRTtBQUFBLFFBQ3RGLE9BQU8sTUFBTTtBQUFBLFFBQ2IsT0FBTyxRQUFRO0FBQUEsUUFDZixpQkFBaUI7QUFBQSxNQUNuQixDQUFDO0FBQ0QsV0FBSyxNQUFNLFFBQVE7QUFDbkIsWUFBTSxTQUF5QixFQUFFLEdBQUcsT0FBTyxRQUFRLEVBQUUsR0FBRyxNQUFNLFFBQVEsZ0JBQWdCLEVBQUUsZ0JBQWdCLEVBQUUsR0FBRyxpQkFBaUIsT0FBTyxFQUFFO0FBQ3ZJLFVBQUk7QUFDRixlQUFPLE1BQU0sS0FBSyxtQkFBbUIsUUFBUSxRQUFRLFFBQVEsU0FBUyxPQUFPO0FBQUEsTUFDL0UsU0FBUyxZQUFZO0FBQ25CLFlBQUksc0JBQXNCLDZCQUFlLFdBQVcsU0FBUyxhQUFjLFdBQU0sdUNBQWUsU0FBUyxNQUFNO0FBQy9HLGNBQU07QUFBQSxNQUNSO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLE1BQWMsbUJBQ1osUUFDQSxRQUNBLFFBQ0EsU0FDQSxTQUNxQjtBQUNyQixVQUFNLFVBQVUsRUFBRSxPQUFPLE9BQU8sT0FBTyxRQUFRLFdBQVcsS0FBSyxPQUFPLGlCQUFpQjtBQUN2RixRQUFJLFdBQVc7QUFDZixRQUFJLFlBQVk7QUFDaEIsVUFBTSxTQUFTLFFBQVEsU0FDbkIsQ0FBQyxPQUFlLFVBQWtCO0FBQ2hDLGtCQUFZO0FBQ1osY0FBUSxTQUFTLE9BQU8sS0FBSztBQUFBLElBQy9CLElBQ0E7QUFFSixVQUFNLFVBQVUsT0FBTyxrQkFBaUQ7QUFDdEUsVUFBSSxXQUFXO0FBRWIsb0JBQVk7QUFDWixnQkFBUSxZQUFZO0FBQUEsTUFDdEI7QUFDQSxZQUFNLFNBQVMsS0FBSyxZQUFZO0FBQ2hDLFlBQU0sV0FBVyxlQUFlLFFBQVEsS0FBSyxPQUFPLGVBQWU7QUFDbkUsVUFBSTtBQUNKLFVBQUk7QUFDRixpQkFBUyxNQUFNLEtBQUssUUFBUSxRQUFRLFVBQVUsUUFBUSxNQUFNO0FBQUEsTUFDOUQsU0FBUyxPQUFPO0FBQ2QsYUFBSyxRQUFRLGNBQWMsTUFBTTtBQUNqQyxjQUFNLFFBQVEsUUFBUSxjQUFVLHVDQUFlLFlBQVksTUFBUyxJQUFJO0FBQUEsTUFDMUU7QUFDQSxXQUFLLE1BQU0sZ0JBQWdCLE9BQU8sUUFBUTtBQUMxQyxXQUFLLE1BQU0sZUFBZTtBQUMxQixZQUFNLGVBQWUsS0FBSyxNQUFNLElBQUk7QUFDcEMsWUFBTSxlQUFXLGtDQUFZO0FBQzdCLFdBQUssSUFBSSxNQUFNLGtCQUFrQixFQUFFLE9BQU8sT0FBTyxPQUFPLE9BQU8sUUFBUSxPQUFPLFNBQVMsZUFBZSxVQUFVLE9BQU8sU0FBUyxDQUFDO0FBQ2pJLFVBQUk7QUFDRixjQUFNQSxTQUFRLFVBQU0sb0NBQWMsRUFBRSxRQUFRLFFBQVEsT0FBTyxLQUFLLE9BQU8sU0FBUyxRQUFRLFFBQVEsUUFBUSxRQUFRLFNBQVMsQ0FBQztBQUMxSCxhQUFLLFFBQVEsY0FBYyxNQUFNO0FBQ2pDLGNBQU0sTUFBTSxLQUFLLE1BQU0sSUFBSTtBQUMzQixhQUFLLE1BQU0sUUFBUSxNQUFNLGNBQWMsU0FBUyxnQkFBZ0IsU0FBWSxTQUFZLFNBQVMsY0FBYyxZQUFZO0FBQzNILGVBQU9BO0FBQUEsTUFDVCxTQUFTLE9BQU87QUFDZCxjQUFNLFVBQVUsaUJBQWlCLDRCQUFjLFlBQVEsc0NBQWMsT0FBTyxPQUFPO0FBQ25GLG1CQUFXLFNBQVM7QUFDcEIsYUFBSyxjQUFjLFFBQVEsT0FBTztBQUNsQyxZQUFJLFFBQVEsU0FBUyxnQkFBZ0I7QUFFbkMsZUFBSyxRQUFRLFNBQVMsUUFBUSxvQkFBZ0IsbUNBQWUsZUFBZSxLQUFLLE9BQU8sT0FBTyxLQUFLLE1BQU0sQ0FBQztBQUFBLFFBQzdHO0FBQ0EsYUFBSyxJQUFJLE1BQU0sa0JBQWtCLEVBQUUsT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFRLE9BQU8sU0FBUyxlQUFlLE1BQU0sUUFBUSxNQUFNLFFBQVEsUUFBUSxPQUFPLENBQUM7QUFDbEosY0FBTTtBQUFBLE1BQ1IsVUFBRTtBQUNBLFlBQUksU0FBUyxNQUFPLE1BQUssTUFBTSxNQUFNLFNBQVMsS0FBSztBQUVuRCxlQUFPLFFBQVEsU0FBUyxPQUFPLGVBQWUsb0JBQW9CLE1BQU0sSUFBSSxLQUFLLEtBQUssU0FBUyxLQUFLLFNBQVMsQ0FBQyxDQUFDO0FBQy9HLGFBQUssUUFBUTtBQUFBLE1BQ2Y7QUFBQSxJQUNGO0FBRUEsUUFBSTtBQUNKLFFBQUk7QUFDRixjQUFRLFVBQU0sbUNBQWUsU0FBUyxLQUFLLE9BQU8sT0FBTztBQUFBLFFBQ3ZELE9BQU8sS0FBSztBQUFBLFFBQ1osUUFBUSxRQUFRO0FBQUEsUUFDaEIsUUFBUSxLQUFLO0FBQUEsUUFDYixTQUFTLENBQUMsT0FBTyxPQUFPLFlBQVk7QUFDbEMsZUFBSyxNQUFNLFFBQVE7QUFDbkIsZUFBSyxJQUFJLEtBQUssbUJBQWUsc0NBQWMsT0FBTyxDQUFDLE1BQU07QUFBQSxZQUN2RCxPQUFPLE9BQU87QUFBQSxZQUNkLE9BQU8sUUFBUTtBQUFBLFlBQ2Y7QUFBQSxZQUNBLE1BQU0sTUFBTTtBQUFBLFlBQ1osUUFBUSxNQUFNO0FBQUEsWUFDZCxXQUFXLE1BQU07QUFBQSxVQUNuQixDQUFDO0FBQ0QsZUFBSyxRQUFRO0FBQUEsUUFDZjtBQUFBLE1BQ0YsQ0FBQztBQUFBLElBQ0gsU0FBUyxPQUFPO0FBQ2QsVUFBSSxRQUFRLFFBQVEsUUFBUyxXQUFNLHVDQUFlLFlBQVksTUFBUztBQUN2RSxZQUFNO0FBQUEsSUFDUjtBQUNBLFdBQU87QUFBQSxNQUNMLE1BQU0sTUFBTTtBQUFBLE1BQ1osY0FBYyxNQUFNO0FBQUEsTUFDcEIsV0FBVyxNQUFNO0FBQUEsTUFDakIsT0FBTyxNQUFNO0FBQUEsTUFDYixXQUFXO0FBQUEsTUFDWCxPQUFPLE9BQU87QUFBQSxNQUNkLFlBQVksS0FBSyxNQUFNLElBQUksSUFBSTtBQUFBLElBQ2pDO0FBQUEsRUFDRjtBQUFBLEVBRVEsY0FBNkI7QUFDbkMsVUFBTSxXQUFXLEtBQUssUUFBUSxRQUFRO0FBQ3RDLFFBQUksU0FBUyxRQUFTLFFBQU8sU0FBUztBQUN0QyxVQUFNLGdCQUFZLHNDQUFjLEtBQUssSUFBSSxHQUFHLFNBQVMsVUFBVSxLQUFLLE1BQU0sSUFBSSxDQUFDLENBQUM7QUFDaEYsVUFBTSxVQUFVLFNBQVMsZ0JBQ3JCLDZHQUNBLG9DQUFvQyxLQUFLLE9BQU8sZUFBZSxnQkFBZ0IsMENBQTBDLFNBQVMsVUFBVSxJQUFJLEtBQUssU0FBUyxPQUFPLEVBQUUsbUJBQW1CLENBQUM7QUFDL0wsVUFBTSxJQUFJLDBCQUFZLGdCQUFnQixTQUFTLEVBQUUsY0FBYyxLQUFLLElBQUksR0FBRyxTQUFTLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxFQUFFLENBQUM7QUFBQSxFQUNuSDtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFNUSxjQUFjLFFBQXVCLFNBQTRCO0FBQ3ZFLFlBQVEsUUFBUSxNQUFNO0FBQUEsTUFDcEIsS0FBSztBQUFBLE1BQ0wsS0FBSztBQUFBLE1BQ0wsS0FBSztBQUNILGFBQUssUUFBUSxjQUFjLE1BQU07QUFDakM7QUFBQSxNQUNGLEtBQUs7QUFBQSxNQUNMLEtBQUs7QUFBQSxNQUNMLEtBQUs7QUFDSCxhQUFLLFFBQVEsY0FBYyxNQUFNO0FBQ2pDO0FBQUEsTUFDRjtBQUNFLGFBQUssUUFBUSxjQUFjLE1BQU07QUFBQSxJQUNyQztBQUFBLEVBQ0Y7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQVNRLFFBQVEsU0FBcUU7QUFDbkYsVUFBTSxhQUFTLGtDQUFhLFFBQVEsUUFBUSxLQUFLLFNBQVMsTUFBTTtBQUNoRSxVQUFNLFNBQ0osQ0FBc0IsTUFBYyxhQUNwQyxJQUFJLFNBQVk7QUFDZCxVQUFJO0FBQ0YsbUJBQVcsR0FBRyxJQUFJO0FBQUEsTUFDcEIsU0FBUyxPQUFPO0FBQ2QsYUFBSyxJQUFJLEtBQUssT0FBTyxJQUFJLG9CQUFvQixFQUFFLE9BQU8sUUFBUSxPQUFPLE9BQU8sT0FBTyxLQUFLLEVBQUUsQ0FBQztBQUFBLE1BQzdGO0FBQUEsSUFDRjtBQUNGLFdBQU87QUFBQSxNQUNMLFNBQVM7QUFBQSxRQUNQLEdBQUc7QUFBQSxRQUNILFFBQVEsT0FBTztBQUFBLFFBQ2YsUUFBUSxRQUFRLFVBQVUsT0FBTyxVQUFVLFFBQVEsTUFBTTtBQUFBLFFBQ3pELFdBQVcsUUFBUSxhQUFhLE9BQU8sYUFBYSxRQUFRLFNBQVM7QUFBQSxNQUN2RTtBQUFBLE1BQ0EsU0FBUyxPQUFPO0FBQUEsSUFDbEI7QUFBQSxFQUNGO0FBQUEsRUFFUSxlQUF1QjtBQUM3QixRQUFJLEtBQUssU0FBVSxPQUFNLElBQUksMEJBQVksYUFBYSx3Q0FBd0M7QUFDOUYsU0FBSyxNQUFNLGVBQWU7QUFDMUIsV0FBTyxLQUFLLE1BQU0sSUFBSTtBQUFBLEVBQ3hCO0FBQUE7QUFBQSxFQUdRLFFBQVEsU0FBMEIsWUFBb0Q7QUFDNUYsVUFBTSxpQkFBaUIsUUFBUSxrQkFBa0IsS0FBSyxPQUFPO0FBQzdELFVBQU0sU0FBMkI7QUFBQSxNQUMvQixhQUFhLFFBQVEsZUFBZSxLQUFLLE9BQU87QUFBQSxNQUNoRCxpQkFBaUIsUUFBUSxtQkFBbUIsS0FBSyxPQUFPO0FBQUE7QUFBQSxNQUV4RCxHQUFJLGtCQUFrQixJQUFJLEVBQUUsZ0JBQWdCLEVBQUUsZUFBZSxFQUFFLElBQUksQ0FBQztBQUFBLE1BQ3BFLEdBQUksYUFBYSxFQUFFLGtCQUFrQixvQkFBb0Isb0JBQW9CLFdBQVcsSUFBSSxDQUFDO0FBQUEsSUFDL0Y7QUFDQSxVQUFNLFFBQVEsUUFBUSxTQUFTLEtBQUssT0FBTztBQUMzQyxVQUFNLFNBQXlCLEVBQUUsT0FBTyxRQUFRLFFBQVEsUUFBUSxtQkFBbUIsUUFBUSxtQkFBbUIsT0FBTztBQUNySCxVQUFNLFVBQU0sK0JBQVMsRUFBRSxPQUFPLG1CQUFtQixRQUFRLG1CQUFtQixVQUFVLFFBQVEsUUFBUSxrQkFBa0IsRUFBRSxHQUFHLE9BQU8sRUFBRSxDQUFDO0FBQ3ZJLFdBQU8sRUFBRSxRQUFRLElBQUk7QUFBQSxFQUN2QjtBQUFBLEVBRUEsTUFBYyxTQUEwQjtBQUN0QyxVQUFNLE9BQU8sTUFBTSxLQUFLLFFBQVEsSUFBSSxLQUFLO0FBQ3pDLFFBQUksQ0FBQyxJQUFLLFdBQU0sd0NBQWdCO0FBQ2hDLFFBQUksQ0FBQyxLQUFLLFFBQVEsU0FBUyxHQUFHLEVBQUcsTUFBSyxRQUFRLEtBQUssR0FBRztBQUN0RCxXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFHUSxVQUFVLFFBQXVDO0FBQ3ZELFVBQU0sVUFBVSxLQUFLLE9BQU87QUFDNUIsVUFBTSxXQUFXLE9BQUcsK0JBQVcsUUFBUSxFQUFFLE9BQU8sTUFBTSxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFBSyxPQUFPO0FBQ2pGLFFBQUksS0FBSyxRQUFRLGFBQWEsVUFBVTtBQUN0QyxZQUFNLFNBQVMsS0FBSyxjQUFjLEVBQUUsUUFBUSxRQUFRLENBQUM7QUFFckQsYUFBTyxNQUFNLE1BQU07QUFDakIsWUFBSSxLQUFLLFFBQVEsV0FBVyxPQUFRLE1BQUssU0FBUztBQUFBLE1BQ3BELENBQUM7QUFDRCxXQUFLLFNBQVMsRUFBRSxVQUFVLE9BQU87QUFBQSxJQUNuQztBQUNBLFdBQU8sS0FBSyxPQUFPO0FBQUEsRUFDckI7QUFBQTtBQUFBLEVBR1EsT0FBTyxPQUFnQixTQUFzQixTQUF1QztBQUMxRixVQUFNLFVBQ0osaUJBQWlCLDRCQUNiLFFBQ0EsUUFBUSxRQUFRLGNBQ2QsdUNBQWUsUUFDZixzQ0FBYyxPQUFPLEVBQUUsT0FBTyxRQUFRLE9BQU8sUUFBUSxLQUFLLFFBQVEsR0FBRyxFQUFFLEVBQUUsQ0FBQztBQUNsRixTQUFLLE1BQU0sT0FBTyxRQUFRLElBQUk7QUFDOUIsVUFBTSxTQUFTLEVBQUUsT0FBTyxRQUFRLE9BQU8sT0FBTyxRQUFRLE9BQU8sTUFBTSxRQUFRLE1BQU0sUUFBUSxRQUFRLFFBQVEsUUFBUSxRQUFRLFFBQVEsVUFBVSxRQUFRLFNBQVM7QUFDNUosUUFBSSxRQUFRLFNBQVMsWUFBYSxNQUFLLElBQUksS0FBSyxxQkFBcUIsTUFBTTtBQUFBLFFBQ3RFLE1BQUssSUFBSSxNQUFNLFFBQVEsU0FBUyxNQUFNO0FBQzNDLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxVQUFnQjtBQUN0QixTQUFLLFFBQVEsS0FBSztBQUFBLEVBQ3BCO0FBQ0Y7QUFFTyxTQUFTLG9CQUFvQixTQUE4QztBQUNoRixTQUFPLElBQUksY0FBYyxPQUFPO0FBQ2xDO0FBR08sU0FBUyxlQUFlLFFBQXdCLGtCQUFrQztBQUN2RixTQUFPLG9CQUFvQixNQUFNLEtBQUssT0FBTyxPQUFPLG1CQUFtQjtBQUN6RTtBQUVBLFNBQVMsb0JBQW9CLFFBQWdDO0FBQzNELFNBQU8sS0FBSyxNQUFNLE9BQU8sT0FBTyxVQUFVLE9BQU8sbUJBQW1CLFVBQVUsTUFBTSxDQUFDO0FBQ3ZGO0FBRUEsU0FBUyxlQUFlLFNBQTZEO0FBQ25GLFVBQVEsUUFBUSxNQUFNO0FBQUEsSUFDcEIsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1Q7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBRUEsU0FBUyxTQUFTLFFBQWlDO0FBQ2pELFNBQU8sRUFBRSxNQUFNLE9BQU8sTUFBTSxjQUFjLE9BQU8sY0FBYyxXQUFXLE9BQU8sV0FBVyxPQUFPLE9BQU8sT0FBTyxPQUFPLE9BQU8sTUFBTTtBQUN2STtBQUVBLFNBQVMsV0FBVyxPQUFvQixZQUFnQztBQUN0RSxTQUFPLEVBQUUsR0FBRyxPQUFPLFdBQVcsTUFBTSxXQUFXO0FBQ2pEO0FBR0EsU0FBUyxhQUFnQixTQUFxQixRQUE2QztBQUN6RixNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLE1BQUksT0FBTyxRQUFTLFFBQU8sUUFBUSxPQUFPLE9BQU8sTUFBTTtBQUN2RCxTQUFPLElBQUksUUFBVyxDQUFDLFNBQVMsV0FBVztBQUN6QyxVQUFNLFVBQVUsTUFBTSxPQUFPLE9BQU8sTUFBTTtBQUMxQyxXQUFPLGlCQUFpQixTQUFTLFNBQVMsRUFBRSxNQUFNLEtBQUssQ0FBQztBQUN4RCxZQUFRO0FBQUEsTUFDTixDQUFDLFVBQVU7QUFDVCxlQUFPLG9CQUFvQixTQUFTLE9BQU87QUFDM0MsZ0JBQVEsS0FBSztBQUFBLE1BQ2Y7QUFBQSxNQUNBLENBQUMsVUFBbUI7QUFDbEIsZUFBTyxvQkFBb0IsU0FBUyxPQUFPO0FBQzNDLGVBQU8sS0FBSztBQUFBLE1BQ2Q7QUFBQSxJQUNGO0FBQUEsRUFDRixDQUFDO0FBQ0g7IiwKICAibmFtZXMiOiBbInJlcGx5Il0KfQo=
