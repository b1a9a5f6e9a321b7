import type { Clock } from '../core/ports';
import type { PriorityLevel } from '../core/generation/callPriority';
import type { Usage } from '../core/generation/textGenerator';
import type { CircuitState, ModelUsage, ServiceStatistics, SpeculativeSpending } from './types';

/** Facts the collector does not own: they are read from the cache, limiter and breaker. */
export interface LiveState {
  readonly cacheEntries: number;
  readonly cacheBytes: number;
  readonly diskCacheEntries: number;
  readonly diskCacheBytes: number;
  readonly diskCacheCorrupt: number;
  readonly rateLimitedForMs: number;
  readonly circuitState: CircuitState;
  readonly circuitOpenForMs: number;
}

export interface Summary {
  readonly mean: number;
  readonly p50: number;
  readonly p95: number;
}

/** The most recent samples, in a fixed amount of memory. */
export class SampleRing {
  private readonly samples: number[] = [];
  private next = 0;

  constructor(private readonly capacity = 512) {}

  add(value: number): void {
    if (this.samples.length < this.capacity) this.samples.push(value);
    else this.samples[this.next] = value;
    this.next = (this.next + 1) % this.capacity;
  }

  summary(): Summary {
    if (this.samples.length === 0) return { mean: 0, p50: 0, p95: 0 };
    const sorted = [...this.samples].sort((a, b) => a - b);
    const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
    return { mean: Math.round(mean), p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
  }
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/**
 * Counts what the service does. `requests` are calls to the service; `apiCalls` are HTTP
 * attempts; every attempt after a call's first (backoff retries, the thinking-off retry, the
 * JSON repair) is a retry, so `apiCalls = cacheMisses + retries` when the cache is on.
 */
export class StatisticsCollector {
  private requests = 0;
  private apiCalls = 0;
  private cacheHits = 0;
  private cacheMisses = 0;
  private retries = 0;
  private errorsByKind: Record<string, number> = {};
  private tokensIn = 0;
  private tokensOut = 0;
  private thinkingTokens = 0;
  private cachedTokens = 0;
  private readonly byModel = new Map<string, ModelUsage>();
  private limiterWaitMs = 0;
  private firstRequestAt: number | undefined;
  private readonly speculative = { requests: 0, apiCalls: 0, tokensIn: 0, tokensOut: 0, thinkingTokens: 0 };
  private readonly latency = new SampleRing();
  private readonly ttft = new SampleRing();

  constructor(private readonly clock: Clock) {}

  requestStarted(level: PriorityLevel = 'writer'): void {
    this.requests++;
    if (level === 'speculative') this.speculative.requests++;
    this.firstRequestAt ??= this.clock.now();
  }

  apiCallStarted(level: PriorityLevel = 'writer'): void {
    this.apiCalls++;
    if (level === 'speculative') this.speculative.apiCalls++;
  }

  cacheHit(): void {
    this.cacheHits++;
  }

  cacheMiss(): void {
    this.cacheMisses++;
  }

  retried(): void {
    this.retries++;
  }

  failed(kind: string): void {
    this.errorsByKind[kind] = (this.errorsByKind[kind] ?? 0) + 1;
  }

  waitedOnLimiter(ms: number): void {
    this.limiterWaitMs += ms;
  }

  /** One finished API attempt that produced a reply. */
  replied(latencyMs: number, timeToFirstTokenMs: number | undefined): void {
    this.latency.add(latencyMs);
    if (timeToFirstTokenMs !== undefined) this.ttft.add(timeToFirstTokenMs);
  }

  /** Tokens a reply from `model` reports (attempts that failed after a partial reply included). */
  usage(usage: Usage, model: string, level: PriorityLevel = 'writer'): void {
    const cached = usage.cachedTokens ?? 0;
    this.tokensIn += usage.promptTokens;
    this.tokensOut += usage.outputTokens;
    this.thinkingTokens += usage.thinkingTokens;
    this.cachedTokens += cached;
    const sum = this.byModel.get(model) ?? { promptTokens: 0, cachedTokens: 0, outputTokens: 0, thinkingTokens: 0 };
    this.byModel.set(model, {
      promptTokens: sum.promptTokens + usage.promptTokens,
      cachedTokens: sum.cachedTokens + cached,
      outputTokens: sum.outputTokens + usage.outputTokens,
      thinkingTokens: sum.thinkingTokens + usage.thinkingTokens,
    });
    if (level === 'speculative') {
      this.speculative.tokensIn += usage.promptTokens;
      this.speculative.tokensOut += usage.outputTokens;
      this.speculative.thinkingTokens += usage.thinkingTokens;
    }
  }

  snapshot(live: LiveState): ServiceStatistics {
    const errors = Object.values(this.errorsByKind).reduce((sum, n) => sum + n, 0);
    const lookups = this.cacheHits + this.cacheMisses;
    const elapsedSeconds = this.firstRequestAt === undefined ? 0 : Math.max(0.001, (this.clock.now() - this.firstRequestAt) / 1000);
    const perSecond = (n: number) => (elapsedSeconds === 0 ? 0 : n / elapsedSeconds);
    return {
      requests: this.requests,
      apiCalls: this.apiCalls,
      cacheHits: this.cacheHits,
      cacheMisses: this.cacheMisses,
      cacheHitRate: lookups === 0 ? 0 : this.cacheHits / lookups,
      cacheEntries: live.cacheEntries,
      cacheBytes: live.cacheBytes,
      diskCacheEntries: live.diskCacheEntries,
      diskCacheBytes: live.diskCacheBytes,
      diskCacheCorrupt: live.diskCacheCorrupt,
      retries: this.retries,
      errors,
      errorsByKind: { ...this.errorsByKind },
      errorRate: this.requests === 0 ? 0 : errors / this.requests,
      latencyMs: this.latency.summary(),
      timeToFirstTokenMs: this.ttft.summary(),
      tokensIn: this.tokensIn,
      tokensOut: this.tokensOut,
      thinkingTokens: this.thinkingTokens,
      cachedTokens: this.cachedTokens,
      usageByModel: Object.fromEntries(this.byModel),
      requestsPerSecond: perSecond(this.requests),
      tokensPerSecond: perSecond(this.tokensOut),
      limiterWaitMs: this.limiterWaitMs,
      rateLimitedForMs: live.rateLimitedForMs,
      circuitState: live.circuitState,
      circuitOpenForMs: live.circuitOpenForMs,
      speculative: { ...this.speculative } satisfies SpeculativeSpending,
    };
  }
}
